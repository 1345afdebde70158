import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Person } from '#core/people';
import type { Region, RegionConfig } from '#core/region-config';
import { queryAll, type Table } from './table';

/**
 * The read side of the configuration and the people (the write side, for
 * the beheer pages, is region-store.ts): what every function needs, and
 * nothing more, so no function but beheer carries the writes.
 *
 *   CONFIG / REGION#<regionId>   the version of the region in use
 *   CONFIG / PERSON#<personId>   a person (core/people.ts)
 *
 * Everything the functions need to route and mail sits in this one
 * partition, so the configuration cache fills with one query
 * (configuration-source.ts).
 */
export const CONFIG = 'CONFIG';
export const regionKey = (regionId: string) => ({ PK: CONFIG, SK: `REGION#${regionId}` });
export const personKey = (personId: string) => ({ PK: CONFIG, SK: `PERSON#${personId}` });

export interface LoadedConfiguration {
  config: RegionConfig;
  people: Person[];
  versions: Record<string, number>;
  /** Where each region stands in lists; kept when a region is saved again. */
  positions: Record<string, number>;
}

export function personOf(item: Record<string, unknown>): Person {
  const { PK: _pk, SK: _sk, type: _type, ...person } = item;
  return person as unknown as Person;
}

/** Every region in use and every person: one query over one partition. */
export async function loadConfiguration(table: Table): Promise<LoadedConfiguration> {
  const { items } = await queryAll(table, { KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': CONFIG } });
  // In the order they were added (the seed file's order first), not by id.
  const regions = items.filter((item) => item.type === 'region-config').sort((a, b) => (a.position as number) - (b.position as number));
  return {
    config: { regions: regions.map((item) => item.region as Region) },
    people: items.filter((item) => item.type === 'person').map(personOf),
    versions: Object.fromEntries(regions.map((item) => [item.regionId as string, item.version as number])),
    positions: Object.fromEntries(regions.map((item) => [item.regionId as string, item.position as number])),
  };
}

/** The person, read from the table itself (not the cache): a disabled person is refused at once. */
export async function readPerson(table: Table, personId: string): Promise<Person | undefined> {
  const result = await table.db.send(new GetCommand({ TableName: table.name, Key: personKey(personId), ConsistentRead: true }));
  return result.Item ? personOf(result.Item) : undefined;
}

/** Our own record of the last sign-in (the identity provider's is not readable everywhere, and not in cognito-local). */
export async function recordSignIn(table: Table, personId: string, at: string): Promise<void> {
  try {
    await table.db.send(
      new UpdateCommand({
        TableName: table.name,
        Key: personKey(personId),
        UpdateExpression: 'SET lastSignInAt = :at',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  } catch (error) {
    if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
  }
}
