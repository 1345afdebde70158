import { confirmAndRoute, type RequestRecord } from '#core/request-record';
import { joinAsCoRequester, whyNotJoin } from '#core/co-requester';
import { logger } from '#logger';
import type { CaseReader, CaseWriter, Clock, Configuration, IntakeRepository, Secrets, SiteLinks } from './ports';

export interface ConfirmDeps {
  /** The writer joins a co-requester (routing goes through `intake`). */
  cases: Pick<CaseReader, 'findReferenceByToken' | 'getRequest'> & CaseWriter;
  intake: Pick<IntakeRepository, 'saveRouting'>;
  clock: Clock;
  config: Pick<Configuration, 'directory' | 'designatedHolidays'>;
  links: SiteLinks;
  secrets: Pick<Secrets, 'hashSecret'>;
}

export type ConfirmOutcome =
  | { kind: 'unknown-token' }
  | { kind: 'awaiting'; record: RequestRecord }
  | { kind: 'withdrawn'; record: RequestRecord }
  | { kind: 'confirmed'; record: RequestRecord; alreadyConfirmed: boolean }
  /** The co-requester's link: still to join, or joined (now or before). */
  | { kind: 'co-awaiting'; record: RequestRecord }
  | { kind: 'co-joined'; record: RequestRecord; alreadyJoined: boolean };

export async function findRequestToConfirm(deps: Omit<ConfirmDeps, 'intake'>, token: string): Promise<ConfirmOutcome> {
  const now = deps.clock.now();
  const hash = deps.secrets.hashSecret(token);
  const reference = await deps.cases.findReferenceByToken(hash, 'confirm', now);
  if (!reference) return findCoRequesterToJoin(deps, hash, now);
  const record = await deps.cases.getRequest(reference, now);
  if (!record) return { kind: 'unknown-token' };
  if (record.status === 'awaiting_confirmation') return { kind: 'awaiting', record };
  // Withdrawn before it was confirmed: never routed, so "confirmed" would claim what did not happen.
  if (record.status === 'withdrawn' && !record.confirmedAt) return { kind: 'withdrawn', record };
  return { kind: 'confirmed', record, alreadyConfirmed: true };
}

async function findCoRequesterToJoin(deps: Omit<ConfirmDeps, 'intake'>, hash: string, now: Date): Promise<ConfirmOutcome> {
  const reference = await deps.cases.findReferenceByToken(hash, 'co-confirm', now);
  const record = reference ? await deps.cases.getRequest(reference, now) : null;
  const why = record ? whyNotJoin(record) : 'none';
  if (!record || why === 'none' || why === 'ended') return { kind: 'unknown-token' };
  return why === 'joined' ? { kind: 'co-joined', record, alreadyJoined: true } : { kind: 'co-awaiting', record };
}

/**
 * Confirms the e-mail address and routes the request to every party in one
 * transaction. Confirming twice (a double click, a retry) routes once. The
 * co-requester's link joins them instead, as often as it is pressed: once.
 */
export async function confirmRequest(deps: ConfirmDeps, token: string): Promise<ConfirmOutcome> {
  const found = await findRequestToConfirm(deps, token);
  if (found.kind === 'co-awaiting') return joinRequest(deps, found.record);
  if (found.kind !== 'awaiting') return found;
  const now = deps.clock.now();
  const result = confirmAndRoute(found.record, {
    directory: deps.config.directory,
    designatedHolidays: deps.config.designatedHolidays,
    portalUrl: deps.links.portalHome(),
    now,
  });
  if (!result.ok) throw new Error(`cannot route ${found.record.reference}: ${result.reason}`);
  const saved = await deps.intake.saveRouting(result.routed, found.record.version, now);
  if (saved === 'conflict') {
    // Someone confirmed between our read and write: show what is stored now.
    const current = await deps.cases.getRequest(found.record.reference, now);
    if (!current) return { kind: 'unknown-token' };
    return { kind: 'confirmed', record: current, alreadyConfirmed: true };
  }
  logger.info('request routed', { reference: found.record.reference, parties: found.record.partyIds.length });
  return { kind: 'confirmed', record: result.routed.record, alreadyConfirmed: false };
}

async function joinRequest(deps: ConfirmDeps, record: RequestRecord): Promise<ConfirmOutcome> {
  const now = deps.clock.now();
  const change = joinAsCoRequester(record, now);
  if ((await deps.cases.saveChange(change, now)) === 'conflict') {
    // The requester confirmed, or the link was pressed twice, in between: read again and join on what is stored.
    const current = await deps.cases.getRequest(record.reference, now);
    if (!current) return { kind: 'unknown-token' };
    if (current.coRequester?.confirmedAt) return { kind: 'co-joined', record: current, alreadyJoined: true };
    const again = joinAsCoRequester(current, now);
    if ((await deps.cases.saveChange(again, now)) === 'conflict') throw new Error(`could not join the co-requester of ${record.reference}`);
    return { kind: 'co-joined', record: again.record!.next, alreadyJoined: false };
  }
  logger.info('co-requester joined', { reference: record.reference });
  return { kind: 'co-joined', record: change.record!.next, alreadyJoined: false };
}
