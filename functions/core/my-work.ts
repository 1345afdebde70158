import { answerByOf } from './answer-by';
import type { IsoDate } from './calendar-date';
import { type DecisionScope } from './decision-scope';
import type { PartyTask, RequestRecord } from './request-record';

/**
 * Mijn taken: everything that waits for this party, not only its answers.
 * Besides answer and art. 19 tasks, the coordinator's own step on each
 * request it coordinates, from confirmation until it is closed, so a request
 * never leaves the list while it still needs the coordinator (after its own
 * answer, while paused, after the decision until it is closed).
 */
export type CoordinationStep =
  /** Every part is in, or a deelbesluit may be sent: the coordinator decides. */
  | 'decide'
  /** Parties still work and nothing can be decided yet: the coordinator follows them. */
  | 'collect'
  /** The coordinator asked the requester a question: the clock stands still. */
  | 'await-requester'
  /** The decision went out: close the case once the art. 19 follow-ups are done. */
  | 'close';

export type WorkItem =
  | { kind: 'answer' | 'art19'; reference: string; deadline: IsoDate; answerBy: IsoDate; stopped: boolean; coordinator: boolean }
  | { kind: 'coordination'; step: CoordinationStep; reference: string; deadline: IsoDate; stopped: boolean; answered: number; parts: number };

/** The statuses in which a request waits for its coordinator: the ones that carry it in the coordinator's Mijn taken. */
export const COORDINATED_STATUSES: ReadonlyArray<RequestRecord['status']> = ['in_progress', 'paused', 'decided'];

/** The coordinator's step on one request; `scope` is what a decision sent today would cover (decision-scope.ts). */
export function coordinationStep(record: Pick<RequestRecord, 'status'>, scope: Pick<DecisionScope, 'kind'>): CoordinationStep | null {
  if (record.status === 'paused') return 'await-requester';
  if (record.status === 'decided') return 'close';
  if (record.status !== 'in_progress') return null;
  return scope.kind === 'none' ? 'collect' : 'decide';
}

/** One list, most urgent first: by the date that counts for the item (a party's answer-by date, the coordinator's deadline), then reference. */
export function myWork(
  tasks: readonly PartyTask[],
  coordinated: ReadonlyArray<{ record: RequestRecord; tasks: readonly PartyTask[]; scope: Pick<DecisionScope, 'kind'> }>,
): WorkItem[] {
  const items: WorkItem[] = tasks.map((task) => ({
    kind: task.kind,
    reference: task.reference,
    deadline: task.deadline,
    answerBy: task.kind === 'answer' ? answerByOf(task) : task.deadline,
    stopped: Boolean(task.pausedSince),
    coordinator: task.coordinator,
  }));
  for (const { record, tasks: parts, scope } of coordinated) {
    const step = coordinationStep(record, scope);
    if (!step) continue;
    const answers = parts.filter((task) => task.kind === 'answer');
    items.push({
      kind: 'coordination',
      step,
      reference: record.reference,
      deadline: record.deadline,
      stopped: record.status === 'paused',
      answered: answers.filter((task) => task.status === 'answered').length,
      parts: answers.length,
    });
  }
  const due = (item: WorkItem) => (item.kind === 'coordination' ? item.deadline : item.answerBy);
  return items.sort((a, b) => due(a).localeCompare(due(b)) || a.reference.localeCompare(b.reference) || (a.kind === 'coordination' ? 1 : -1));
}
