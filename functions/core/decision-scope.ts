import type { IsoDate } from './calendar-date';
import { workingDaysBefore } from './deadline';
import type { Decision, PartyTask, RequestRecord } from './request-record';

/**
 * Which organisations' parts a decision covers (AVG art. 12(3): each party is
 * a controller of its own, so one late party must not hold back the others'
 * answers). From a set number of working days before the deadline the
 * coordinator may send a partial decision (deelbesluit) for the parts that
 * are in, naming the organisations still working; their parts follow in one
 * supplementary decision (aanvullend besluit) with its own remedies.
 */

/** The default: five working days before the deadline, configurable per region (`partialDecisionWorkingDays`). */
export const DEFAULT_PARTIAL_DECISION_WORKING_DAYS = 5;

/** The decisions sent, in order: the first (whole or partial), then the supplementary one. */
export function decisionsOf(record: Pick<RequestRecord, 'decision' | 'supplement'>): Decision[] {
  return [record.decision, record.supplement].filter((decision): decision is Decision => Boolean(decision));
}

export type DecisionKind = 'whole' | 'partial' | 'supplementary';

/** What a sent decision was: the `n`th of decisionsOf. */
export function decisionKind(decision: Pick<Decision, 'pendingPartyIds'>, n: number): DecisionKind {
  return n > 0 ? 'supplementary' : decision.pendingPartyIds ? 'partial' : 'whole';
}

/** A decision sent before partial decisions existed covers every part. */
function covers(decision: Decision, partyId: string): boolean {
  return decision.partyIds ? decision.partyIds.includes(partyId) : true;
}

/** The decision that covers this organisation's part, if one was sent. */
export function decisionCovering(record: Pick<RequestRecord, 'decision' | 'supplement'>, partyId: string): Decision | undefined {
  return decisionsOf(record).find((decision) => covers(decision, partyId));
}

/** The first day a partial decision may be sent: `workingDays` working days before the deadline. */
export function partialDecisionFrom(deadline: IsoDate, workingDays: number, designatedHolidays: readonly IsoDate[] = []): IsoDate {
  return workingDaysBefore(deadline, workingDays, designatedHolidays);
}

export type DecisionScope =
  /** Every part not yet decided is in: the decision that ends the request (the whole one, or the supplementary one). */
  | { kind: 'whole' | 'supplementary'; parts: PartyTask[]; pending: [] }
  /** Some parts are in and some organisations still work: a partial decision, allowed from `partialFrom`. */
  | { kind: 'partial'; parts: PartyTask[]; pending: PartyTask[]; partialFrom: IsoDate }
  /** Nothing to decide yet. */
  | { kind: 'none'; parts: []; pending: PartyTask[]; partialFrom: IsoDate | null };

/** What a decision sent today would cover. */
export function decisionScope(
  record: Pick<RequestRecord, 'decision' | 'supplement' | 'deadline'>,
  tasks: readonly PartyTask[],
  settings: { today: IsoDate; workingDays: number; designatedHolidays: readonly IsoDate[] },
): DecisionScope {
  const undecided = tasks.filter((task) => task.kind === 'answer' && !decisionCovering(record, task.partyId));
  const parts = undecided.filter((task) => task.status === 'answered');
  const pending = undecided.filter((task) => task.status !== 'answered');
  if (pending.length === 0 && parts.length > 0) return { kind: record.decision ? 'supplementary' : 'whole', parts, pending: [] };
  // One supplementary decision: it waits for every organisation the partial decision named.
  if (record.decision || parts.length === 0) return { kind: 'none', parts: [], pending, partialFrom: null };
  const partialFrom = partialDecisionFrom(record.deadline, settings.workingDays, settings.designatedHolidays);
  return settings.today >= partialFrom ? { kind: 'partial', parts, pending, partialFrom } : { kind: 'none', parts: [], pending, partialFrom };
}
