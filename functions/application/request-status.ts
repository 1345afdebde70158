import { amsterdamDate } from '#core/calendar-date';
import type { PartyTask, RequestRecord } from '#core/request-record';
import { answerClarification } from '#core/request-lifecycle';
import type { Runtime } from '#adapters/runtime';
import { hashSecret } from '#adapters/tokens';

export interface StatusView {
  record: RequestRecord;
  tasks: PartyTask[];
}

/** What the status link shows; null for an unknown token or an unconfirmed or expired request. */
export async function loadStatus(runtime: Runtime, token: string): Promise<StatusView | null> {
  const now = runtime.clock.now();
  const reference = await runtime.store.findReferenceByToken(hashSecret(token), 'status', now);
  const record = reference ? await runtime.store.getRequest(reference, now) : null;
  if (!record || record.statusToken !== token) return null;
  return { record, tasks: record.status === 'awaiting_confirmation' ? [] : await runtime.store.getTasks(record.reference) };
}

export type AnswerOutcome = { kind: 'done' } | { kind: 'unknown' } | { kind: 'refused'; message: string } | { kind: 'conflict' };

/** The requester answers the coordinator's question: the clock runs again. */
export async function answerQuestion(runtime: Runtime, token: string, answer: string, readVersion: number): Promise<AnswerOutcome> {
  const view = await loadStatus(runtime, token);
  if (!view) return { kind: 'unknown' };
  const now = runtime.clock.now();
  const outcome = answerClarification(
    { ...view.record, version: readVersion },
    view.tasks,
    { answer },
    {
      now,
      today: amsterdamDate(now),
      directory: runtime.directory,
      links: { portalUrl: `${runtime.env.PUBLIC_BASE_URL}/portaal/verzoeken/${view.record.reference}`, statusUrl: '' },
      designatedHolidays: runtime.designatedHolidays,
    },
  );
  if (!outcome.ok) return { kind: 'refused', message: outcome.message };
  if ((await runtime.store.saveChange(outcome.change, now)) === 'conflict') return { kind: 'conflict' };
  return { kind: 'done' };
}
