import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Mail } from '#core/mails';
import type { Person } from '#core/people';
import { outboxPuts } from './table-items';
import type { Region, RegionConfig } from '#core/region-config';
import { queryAll, type Table, type TransactItem, transact } from './table';
import { loadConfiguration, personKey, readPerson, recordSignIn, regionKey } from './configuration-store';

export type { LoadedConfiguration } from './configuration-store';

/**
 * The write side of the configuration and the people, for the beheer pages
 * (the read side every function uses is configuration-store.ts):
 *
 *   REGION#<regionId> / VERSION#<n>       every version ever saved: who, when, what changed
 *   REGION#<regionId> / AUDIT#<iso>#<tag> every change by a beheerder (versions, people)
 *   REGION#<regionId> / LOGO#<file>       an uploaded logo's bytes
 */
const versionKey = (regionId: string, version: number) => ({ PK: `REGION#${regionId}`, SK: `VERSION#${String(version).padStart(8, '0')}` });
const logoKey = (regionId: string, file: string) => ({ PK: `REGION#${regionId}`, SK: `LOGO#${file}` });

export interface RegionVersion {
  regionId: string;
  version: number;
  region: Region;
  changedAt: string;
  /** A person id, or "seed" for the version written from config/regions.json. */
  changedBy: string;
  /** What changed, one line each, as the beheerder saw it before saving (core/config-diff.ts). */
  changes: string[];
}

export interface RegionAuditEvent {
  at: string;
  by: string;
  action:
    | 'configuratie-gewijzigd'
    | 'versie-teruggezet'
    | 'persoon-uitgenodigd'
    | 'persoon-uitgezet'
    | 'persoon-aangezet'
    | 'persoon-verwijderd'
    | 'vervanger-ingesteld';
  version?: number;
  personId?: string;
}

// The tag (the person or the version) keeps two events of one instant apart, as a seed writes them.
const auditPut = (table: Table, regionId: string, event: RegionAuditEvent): TransactItem => ({
  Put: {
    TableName: table.name,
    Item: { PK: `REGION#${regionId}`, SK: `AUDIT#${event.at}#${event.personId ?? `v${event.version ?? 0}`}`, type: 'region-audit', regionId, ...event },
    ConditionExpression: 'attribute_not_exists(PK)',
  },
});

export function regionStore(table: Table) {
  return {
    load: () => loadConfiguration(table),

    /**
     * A new version of a region, if the one in use is still `expectedVersion`
     * (0: the region is new): two beheerders saving at once cannot overwrite
     * each other; the second is told to look again. The version in use, the
     * history and the audit event are written together or not at all.
     */
    async save(
      version: RegionVersion,
      expectedVersion: number,
      options: { action?: RegionAuditEvent['action']; position: number },
    ): Promise<'saved' | 'conflict'> {
      const { regionId } = version;
      return transact(table, [
        {
          Put: {
            TableName: table.name,
            Item: {
              ...regionKey(regionId),
              type: 'region-config',
              regionId,
              position: options.position,
              version: version.version,
              region: version.region,
              changedAt: version.changedAt,
              changedBy: version.changedBy,
            },
            ...(expectedVersion === 0
              ? { ConditionExpression: 'attribute_not_exists(PK)' }
              : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }),
          },
        },
        {
          Put: {
            TableName: table.name,
            Item: { ...versionKey(regionId, version.version), type: 'region-version', ...version },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        auditPut(table, regionId, {
          at: version.changedAt,
          by: version.changedBy,
          action: options.action ?? 'configuratie-gewijzigd',
          version: version.version,
        }),
      ]);
    },

    /** Newest first. */
    async versions(regionId: string): Promise<RegionVersion[]> {
      const { items } = await queryAll(table, {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': `REGION#${regionId}`, ':prefix': 'VERSION#' },
        ScanIndexForward: false,
      });
      return items.map(({ PK: _pk, SK: _sk, type: _type, ...version }) => version as unknown as RegionVersion);
    },

    /** Newest first. */
    async auditTrail(regionId: string): Promise<RegionAuditEvent[]> {
      const { items } = await queryAll(table, {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': `REGION#${regionId}`, ':prefix': 'AUDIT#' },
        ScanIndexForward: false,
      });
      return items.map(({ PK: _pk, SK: _sk, type: _type, regionId: _region, ...event }) => event as unknown as RegionAuditEvent);
    },

    person: (personId: string) => readPerson(table, personId),

    /** A new person, with the audit event and their invitation mail; 'conflict' when the person exists already. */
    async addPerson(person: Person, audit: RegionAuditEvent, invitation?: Mail): Promise<'saved' | 'conflict'> {
      return transact(table, [
        { Put: { TableName: table.name, Item: { ...personKey(person.personId), type: 'person', ...person }, ConditionExpression: 'attribute_not_exists(PK)' } },
        auditPut(table, person.regionId, audit),
        ...(invitation
          ? outboxPuts(table.name, `uitnodiging-${person.regionId}`, [invitation], new Date(audit.at), person.personId, `REGION#${person.regionId}`)
          : []),
      ]);
    },

    /** A changed person of this region, with the audit event; 'conflict' when they are gone or of another region. */
    async updatePerson(person: Person, audit: RegionAuditEvent): Promise<'saved' | 'conflict'> {
      return transact(table, [
        {
          Put: {
            TableName: table.name,
            Item: { ...personKey(person.personId), type: 'person', ...person },
            ConditionExpression: 'regionId = :region',
            ExpressionAttributeValues: { ':region': person.regionId },
          },
        },
        auditPut(table, person.regionId, audit),
      ]);
    },

    /** A person removed: the record goes, the audit event stays on the region's trail. */
    async removePerson(person: Person, audit: RegionAuditEvent): Promise<'saved' | 'conflict'> {
      return transact(table, [
        {
          Delete: {
            TableName: table.name,
            Key: personKey(person.personId),
            ConditionExpression: 'regionId = :region',
            ExpressionAttributeValues: { ':region': person.regionId },
          },
        },
        auditPut(table, person.regionId, audit),
      ]);
    },

    recordSignIn: (personId: string, at: string) => recordSignIn(table, personId, at),

    async putLogo(regionId: string, file: string, contentType: string, bytes: Uint8Array): Promise<void> {
      await table.db.send(new PutCommand({ TableName: table.name, Item: { ...logoKey(regionId, file), type: 'region-logo', contentType, bytes } }));
    },

    async logo(regionId: string, file: string): Promise<{ contentType: string; bytes: Uint8Array } | undefined> {
      const result = await table.db.send(new GetCommand({ TableName: table.name, Key: logoKey(regionId, file) }));
      return result.Item ? { contentType: result.Item.contentType as string, bytes: result.Item.bytes as Uint8Array } : undefined;
    },
  };
}

export type RegionStore = ReturnType<typeof regionStore>;

/**
 * A new installation's configuration: each region of the seed file that the
 * table does not have yet becomes its version 1. A region already there is
 * left as its beheerder made it.
 */
export async function seedRegions(store: RegionStore, config: RegionConfig, at: string): Promise<string[]> {
  const have = new Set(Object.keys((await store.load()).versions));
  const added: string[] = [];
  for (const [position, region] of config.regions.entries()) {
    if (have.has(region.id)) continue;
    const saved = await store.save(
      { regionId: region.id, version: 1, region, changedAt: at, changedBy: 'seed', changes: ['Eerste versie, uit config/regions.json'] },
      0,
      { position },
    );
    if (saved === 'saved') added.push(region.id);
  }
  return added;
}
