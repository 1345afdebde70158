import { confirmAndRoute, type RequestRecord } from '#core/request-record';
import { logger } from '#logger';
import type { CaseReader, Clock, Configuration, IntakeRepository, Secrets, SiteLinks } from './ports';

export interface ConfirmDeps {
  cases: CaseReader;
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
  | { kind: 'confirmed'; record: RequestRecord; alreadyConfirmed: boolean };

export async function findRequestToConfirm(deps: Omit<ConfirmDeps, 'intake'>, token: string): Promise<ConfirmOutcome> {
  const now = deps.clock.now();
  const reference = await deps.cases.findReferenceByToken(deps.secrets.hashSecret(token), 'confirm', now);
  const record = reference ? await deps.cases.getRequest(reference, now) : null;
  if (!record) return { kind: 'unknown-token' };
  if (record.status === 'awaiting_confirmation') return { kind: 'awaiting', record };
  // Withdrawn before it was confirmed: never routed, so "confirmed" would claim what did not happen.
  if (record.status === 'withdrawn' && !record.confirmedAt) return { kind: 'withdrawn', record };
  return { kind: 'confirmed', record, alreadyConfirmed: true };
}

/**
 * Confirms the e-mail address and routes the request to every party in one
 * transaction. Confirming twice (a double click, a retry) routes once.
 */
export async function confirmRequest(deps: ConfirmDeps, token: string): Promise<ConfirmOutcome> {
  const found = await findRequestToConfirm(deps, token);
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
