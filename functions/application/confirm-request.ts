import { confirmAndRoute, type RequestRecord } from '#core/request-record';
import { logger } from '#adapters/logger';
import { getIntakeStore } from '#adapters/intake-store';
import type { Runtime } from '#adapters/runtime';
import { hashSecret } from '#adapters/tokens';

export type ConfirmOutcome =
  { kind: 'unknown-token' } | { kind: 'awaiting'; record: RequestRecord } | { kind: 'confirmed'; record: RequestRecord; alreadyConfirmed: boolean };

export async function findRequestToConfirm(runtime: Runtime, token: string): Promise<ConfirmOutcome> {
  const now = runtime.clock.now();
  const reference = await runtime.store.findReferenceByToken(hashSecret(token), 'confirm', now);
  const record = reference ? await runtime.store.getRequest(reference, now) : null;
  if (!record) return { kind: 'unknown-token' };
  return record.status === 'awaiting_confirmation' ? { kind: 'awaiting', record } : { kind: 'confirmed', record, alreadyConfirmed: true };
}

/**
 * Confirms the e-mail address and routes the request to every party in one
 * transaction. Confirming twice (a double click, a retry) routes once.
 */
export async function confirmRequest(runtime: Runtime, token: string): Promise<ConfirmOutcome> {
  const found = await findRequestToConfirm(runtime, token);
  if (found.kind !== 'awaiting') return found;
  const now = runtime.clock.now();
  const result = confirmAndRoute(found.record, {
    directory: runtime.directory,
    portalUrl: `${runtime.env.PUBLIC_BASE_URL}/portaal`,
    now,
  });
  if (!result.ok) throw new Error(`cannot route ${found.record.reference}: ${result.reason}`);
  const saved = await getIntakeStore(runtime).saveRouting(result.routed, found.record.version, now);
  if (saved === 'conflict') {
    // Someone confirmed between our read and write: show what is stored now.
    const current = await runtime.store.getRequest(found.record.reference, now);
    if (!current) return { kind: 'unknown-token' };
    return { kind: 'confirmed', record: current, alreadyConfirmed: true };
  }
  logger.info('request routed', { reference: found.record.reference, parties: found.record.partyIds.length });
  return { kind: 'confirmed', record: result.routed.record, alreadyConfirmed: false };
}
