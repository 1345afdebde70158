import type { IsoDate } from '#core/calendar-date';
import { acceptRequest, type AcceptedRequest } from '#core/intake';
import type { PortalActor, PortalRole } from '#core/portal-access';
import { parseRegionConfig } from '#core/region-config';
import { type Directory, directory } from '#core/directory';
import { type Change, type LifecycleContext, type Outcome } from '#core/request-lifecycle';
import { confirmAndRoute, newRequestRecord, type PartyTask, type RequestRecord, type Routed, taskId } from '#core/request-record';
import type { RequestType } from '#core/request-schema';
import { loadRegionsJson, REGIONS_FILE } from './regions';

/**
 * Requests in real shapes: the real configuration, accepted by acceptRequest,
 * stored by newRequestRecord and routed by confirmAndRoute, exactly as the
 * application does it. Tests then step through the lifecycle with `applyChange`.
 */
export const dir = directory(parseRegionConfig(loadRegionsJson(), REGIONS_FILE));

export const REFERENCE = 'AVG-7K3M-Q9TZ';
export const STATUS_TOKEN = 'st4tus-t0ken-abc';
export const LINKS = {
  portalUrl: `https://portaal.example/portaal/verzoeken/${REFERENCE}`,
  statusUrl: `https://verzoek.example/status/${STATUS_TOKEN}`,
};
export const REQUESTER_EMAIL = 'fatima@voorbeeld.nl';
export const REQUESTER_NAME = 'Fatima de Vries';
export const CHILD_NAME = 'Noor de Vries';
export const DETAILS = 'Ik wil weten welke gegevens over mijn dochter zijn besproken.';

/** The Thuiszitterstafel of Goeree-Overflakkee: SWV GO coordinates, RGO is the chosen school board. */
export const THUISZITTERSTAFEL = {
  regionId: 'goeree-overflakkee',
  casusoverlegId: 'go-thuiszitterstafel',
  variablePartyId: 'rgo',
} as const;
export const THUISZITTERSTAFEL_PARTIES = ['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', 'rgo'];

/** Midden-Gelre: four fixed parties, the RBL (a municipal body) coordinates. */
export const MIDDEN_GELRE = { regionId: 'midden-gelre', casusoverlegId: 'mg-thuiszitters-uitwisseling' } as const;
export const MIDDEN_GELRE_PARTIES = ['rbl-midden-gelre', 'passend-wijs', 'de-verbinding', 'de-liemers'];

/**
 * West-Kennemerland as configured, but without its variable municipality: an
 * overleg of one single party, the Leerplein, which coordinates itself.
 */
export const WEST_KENNEMERLAND_ALONE = { regionId: 'west-kennemerland', casusoverlegId: 'wk-leerplicht-rmc' } as const;
export function singlePartyDirectory(): Directory {
  const json = loadRegionsJson();
  const overleg = json.regions
    .find((region: any) => region.id === 'west-kennemerland')
    .casusoverleggen.find((candidate: any) => candidate.id === 'wk-leerplicht-rmc');
  delete overleg.variableParty;
  return directory(parseRegionConfig(json, REGIONS_FILE));
}

export interface RequestOptions {
  receivedOn?: IsoDate;
  types?: RequestType[];
  overleg?: { regionId: string; casusoverlegId: string; variablePartyId?: string };
  designatedHolidays?: IsoDate[];
  /** Another configuration than the real one (default: the real one). */
  directory?: Directory;
}

/** The raw request as the form or the API sends it: a parent of a 13-year-old. */
export function rawRequest(options: RequestOptions = {}): any {
  return {
    ...(options.overleg ?? THUISZITTERSTAFEL),
    types: options.types ?? ['inzage', 'rectificatie'],
    requester: { role: 'ouder', name: REQUESTER_NAME, email: REQUESTER_EMAIL },
    child: { name: CHILD_NAME, dateOfBirth: '2012-06-15' },
    details: DETAILS,
  };
}

export function accepted(options: RequestOptions = {}): AcceptedRequest {
  const result = acceptRequest(rawRequest(options), {
    directory: options.directory ?? dir,
    receivedOn: options.receivedOn ?? '2026-03-02',
    designatedHolidays: options.designatedHolidays ?? [],
  });
  if (!result.ok) throw new Error(`test request not accepted: ${JSON.stringify(result.errors)}`);
  return result.request;
}

/** Midday in Amsterdam on a date (UTC+1 or +2: always the same calendar day). */
export const middayOn = (date: IsoDate) => new Date(`${date}T10:00:00Z`);

/** A submitted, unconfirmed request. */
export function submittedRecord(options: RequestOptions = {}): RequestRecord {
  const request = accepted(options);
  return newRequestRecord(request, { reference: REFERENCE, receivedAt: middayOn(request.receivedOn), channel: 'formulier', statusToken: STATUS_TOKEN });
}

/** A confirmed request, routed to every party: status in_progress, one open answer task per party. */
export function routedRequest(options: RequestOptions = {}): Routed {
  const record = submittedRecord(options);
  const result = confirmAndRoute(record, {
    directory: options.directory ?? dir,
    designatedHolidays: [],
    portalUrl: LINKS.portalUrl,
    now: middayOn(record.receivedOn),
  });
  if (!result.ok) throw new Error(`test request not routed: ${result.reason}`);
  return result.routed;
}

export function actor(partyId: string, role: PortalRole = 'contact', userId = `${partyId}-${role}-user`): PortalActor {
  return { userId, partyId, role };
}

/** What a lifecycle rule needs, acting on `today` (at 10:00 UTC) as the given party's contact person. */
export function lifecycleContext(
  today: IsoDate,
  options: { partyId?: string; role?: PortalRole; designatedHolidays?: IsoDate[]; directory?: Directory } = {},
): LifecycleContext {
  return {
    actor: actor(options.partyId ?? 'swv-go', options.role),
    now: middayOn(today),
    today,
    directory: options.directory ?? dir,
    links: LINKS,
    designatedHolidays: options.designatedHolidays ?? [],
  };
}

export function changeOf(outcome: Outcome): Change {
  if (!outcome.ok) throw new Error(`refused: ${outcome.message}`);
  return outcome.change;
}

export function refusalOf(outcome: Outcome): string {
  if (outcome.ok) throw new Error('expected a refusal, but the change was allowed');
  return outcome.message;
}

/**
 * Writes a change the way the store does: the record and every existing task
 * only if still at the version that was read, new tasks only if they do not
 * exist yet. Throws on a conflict, so a wrong readVersion fails the test.
 */
export function applyChange(state: { record: RequestRecord; tasks: PartyTask[] }, change: Change): { record: RequestRecord; tasks: PartyTask[] } {
  let record = state.record;
  if (change.record) {
    if (change.record.readVersion !== state.record.version)
      throw new Error(`record conflict: read ${change.record.readVersion}, stored ${state.record.version}`);
    if (change.record.next.version !== state.record.version + 1) throw new Error('a rewritten record must have version + 1');
    record = change.record.next;
  }
  if (change.requireStatus && !change.requireStatus.statuses.includes(state.record.status)) throw new Error(`status ${state.record.status} not allowed`);
  const tasks = [...state.tasks];
  for (const { task, readVersion } of change.tasks) {
    const at = tasks.findIndex((stored) => taskId(stored) === taskId(task));
    if (readVersion === null) {
      if (at >= 0) throw new Error(`task ${taskId(task)} already exists`);
      tasks.push(task);
    } else {
      if (at < 0 || tasks[at]!.version !== readVersion) throw new Error(`task conflict on ${taskId(task)}`);
      tasks[at] = task;
    }
  }
  for (const { task, readVersion } of change.removedTasks ?? []) {
    const at = tasks.findIndex((stored) => taskId(stored) === taskId(task));
    if (at < 0 || tasks[at]!.version !== readVersion) throw new Error(`task conflict on removing ${taskId(task)}`);
    tasks.splice(at, 1);
  }
  return { record, tasks };
}

/** The coordinator recorded who asks (seen at the desk): what an inzage needs before it can be decided. */
export function identityChecked(record: RequestRecord, checkedOn: IsoDate = record.receivedOn): RequestRecord {
  return { ...record, identityCheck: { method: 'balie', checkedOn, checkedBy: 'swv-go-contact-user', recordedAt: `${checkedOn}T10:00:00.000Z` } };
}
