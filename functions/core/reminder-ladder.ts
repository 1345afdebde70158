import { addDays, amsterdamDate, daysBetween, type IsoDate } from './calendar-date';
import { inRegion, type Mail, type ReminderKind, type ReminderLine, reminderMail } from './mails';
import type { Directory } from './directory';
import { answerByOf } from './answer-by';
import type { AuditEvent, PartyTask, RequestRecord } from './request-record';

/**
 * Deadline tracking (DOMAIN.md, lifecycle): which reminders are due for a
 * request on a given day. Every reminder belongs to a track; on any day only
 * the latest due step of a track is sent, so a week of missed sweeps catches
 * up with one mail, not a burst. A step's id names the deadline it was
 * computed for, so an extension starts the ladder again for the new date.
 */

/** Days before its answer-by date (core/answer-by.ts) on which a party that has not answered is reminded (0: on the day). */
export const PARTY_LADDER = [14, 7, 3, 1, 0] as const;
/** Days before the deadline on which the coordinator is reminded while no decision was sent. */
export const COORDINATOR_LADDER = [7, 3, 1] as const;

export type Recipient = 'contact' | 'fg' | 'coordinator';

/** Sent by the answer that completes the set, or by the sweep if that answer raced another. */
export const ALL_ANSWERED_STEP = 'coordinator:alle-antwoorden-binnen';

export interface ReminderStep {
  /** Unique per request: recorded with a conditional write so it is sent once. */
  id: string;
  track: string;
  date: IsoDate;
  partyId: string;
  recipient: Recipient;
  kind: ReminderKind;
}

/**
 * When a step falls relative to the deadline (`…:D-14`, `…:D+3`) or to the
 * parties' answer-by date (`…:A-14`, `…:A+3`), read back from its id as
 * stepsUpTo writes them: the audit trail states it; null for a step that is
 * not on a day count (the coordinator's "all answered").
 */
export function stepTiming(stepId: string): { days: number; before: boolean; of: 'deadline' | 'answerBy' } | null {
  const step = /:([DA])([-+])(\d+)$/.exec(stepId);
  return step ? { days: Number(step[3]), before: step[2] === '-', of: step[1] === 'A' ? 'answerBy' : 'deadline' } : null;
}

/** Reminders matter only while the clock runs and no decision was sent. */
export function isTracked(record: Pick<RequestRecord, 'status'>): boolean {
  return record.status === 'in_progress';
}

function openAnswerTasks(tasks: readonly PartyTask[]): PartyTask[] {
  return tasks.filter((task) => task.kind === 'answer' && task.status === 'open');
}

/** Every step of every track up to and including `today`, in date order. */
export function stepsUpTo(record: RequestRecord, tasks: readonly PartyTask[], today: IsoDate): ReminderStep[] {
  if (!isTracked(record)) return [];
  const deadline = record.deadline;
  // The parties count to their answer-by date; one that is the deadline (a region's 0, a request routed before it existed) keeps the deadline's ids.
  const answerBy = answerByOf(record);
  const mark = answerBy === deadline ? 'D' : 'A';
  const steps: ReminderStep[] = [];
  for (const task of openAnswerTasks(tasks)) {
    for (const before of PARTY_LADDER) {
      steps.push({
        id: `${task.partyId}:${answerBy}:${mark}-${before}`,
        track: `${task.partyId}:herinnering`,
        date: addDays(answerBy, -before),
        partyId: task.partyId,
        recipient: 'contact',
        kind: 'herinnering',
      });
    }
    // Once past its date: a reminder every day; the coordinator hears of it the next day, the party's FG once the legal deadline has passed.
    for (let late = 1; late <= Math.max(0, daysBetween(answerBy, today)); late++) {
      steps.push({
        id: `${task.partyId}:${answerBy}:${mark}+${late}`,
        track: `${task.partyId}:herinnering`,
        date: addDays(answerBy, late),
        partyId: task.partyId,
        recipient: 'contact',
        kind: 'te-laat',
      });
    }
    steps.push({
      id: `${task.partyId}:${deadline}:escalatie-fg`,
      track: `${task.partyId}:escalatie-fg`,
      date: addDays(deadline, 1),
      partyId: task.partyId,
      recipient: 'fg',
      kind: 'escalatie',
    });
    steps.push({
      id: `${task.partyId}:${answerBy === deadline ? deadline : answerBy}:escalatie-coordinator`,
      track: `${task.partyId}:escalatie-coordinator`,
      date: addDays(answerBy, 1),
      partyId: task.partyId,
      recipient: 'coordinator',
      kind: 'escalatie',
    });
  }
  for (const before of COORDINATOR_LADDER) {
    steps.push({
      id: `coordinator:${deadline}:D-${before}`,
      track: 'coordinator:termijn',
      date: addDays(deadline, -before),
      partyId: record.coordinatorPartyId,
      recipient: 'coordinator',
      kind: 'coordinator-termijn',
    });
  }
  const answerTasks = tasks.filter((task) => task.kind === 'answer');
  if (answerTasks.length > 0 && openAnswerTasks(tasks).length === 0) {
    const lastAnswer =
      answerTasks
        .map((task) => (task.answeredAt ? amsterdamDate(new Date(task.answeredAt)) : today))
        .sort()
        .at(-1) ?? today;
    steps.push({
      id: ALL_ANSWERED_STEP,
      track: 'coordinator:alle-antwoorden',
      date: lastAnswer,
      partyId: record.coordinatorPartyId,
      recipient: 'coordinator',
      kind: 'alle-antwoorden-binnen',
    });
  }
  return steps.filter((step) => step.date <= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** What to send today: per track the latest due step, unless it was sent already. */
export function dueSteps(record: RequestRecord, tasks: readonly PartyTask[], sent: ReadonlySet<string>, today: IsoDate): ReminderStep[] {
  const latest = new Map<string, ReminderStep>();
  for (const step of stepsUpTo(record, tasks, today)) latest.set(step.track, step);
  return [...latest.values()].filter((step) => !sent.has(step.id));
}

/**
 * The next day on which anything can become due, for the sparse index the
 * sweep reads; null when nothing will (decided, closed, paused).
 */
export function nextReminderOn(record: Pick<RequestRecord, 'status' | 'deadline' | 'answerBy'>, after: IsoDate): IsoDate | null {
  if (!isTracked(record)) return null;
  const answerBy = answerByOf(record);
  const ladder = [...PARTY_LADDER.map((before) => addDays(answerBy, -before)), ...COORDINATOR_LADDER.map((before) => addDays(record.deadline, -before))].sort();
  // From the answer-by date on, every next day may bring a reminder to a late party.
  if (after >= answerBy) return addDays(after, 1);
  return ladder.find((date) => date > after) ?? addDays(answerBy, 1);
}

/** What one step says (reference, overleg, dates, link; for an escalation the late party's name), to whom, and its audit event; never personal data. */
export function reminderLine(
  record: RequestRecord,
  step: ReminderStep,
  context: { directory: Directory; portalUrl: string; now: Date; today: IsoDate },
): { to: string[]; line: ReminderLine; audit: AuditEvent } {
  const party = context.directory.party(step.partyId);
  const to =
    step.recipient === 'fg'
      ? context.directory.mailboxes(step.partyId, 'fg', context.today)
      : context.directory.mailboxes(step.recipient === 'coordinator' ? record.coordinatorPartyId : step.partyId, 'contact', context.today);
  const overleg = context.directory.casusoverleg(record.regionId, record.casusoverlegId);
  // A party's own reminders name its answer-by date; the legal deadline is named too.
  const countsToAnswerBy = step.recipient === 'contact' || (step.recipient === 'coordinator' && step.kind === 'escalatie');
  const answerBy = countsToAnswerBy && record.answerBy && record.answerBy !== record.deadline ? { answerBy: record.answerBy } : {};
  return {
    to,
    line: {
      kind: step.kind,
      reference: record.reference,
      casusoverlegName: overleg?.name ?? record.casusoverlegId,
      deadline: record.deadline,
      ...answerBy,
      ...(step.kind === 'escalatie' ? { latePartyName: party?.name ?? step.partyId } : {}),
      portalUrl: context.portalUrl,
    },
    audit: {
      reference: record.reference,
      at: context.now.toISOString(),
      actor: { kind: 'systeem' },
      // Without an address nothing went out, and the trail must not say it did.
      action: !to ? 'herinnering-zonder-adres' : step.kind === 'escalatie' ? 'escalatie-verstuurd' : 'herinnering-verstuurd',
      facts: { step: step.id, party: step.partyId, recipient: step.recipient },
    },
  };
}

/** One step as a mail of its own: the step an answer sends at once (all answers in). The sweep sends digests (core/reminder-digest.ts). */
export function reminderEffects(
  record: RequestRecord,
  step: ReminderStep,
  context: { directory: Directory; portalUrl: string; now: Date },
): { mail: Mail | null; audit: AuditEvent } {
  const { to, line, audit } = reminderLine(record, step, { ...context, today: amsterdamDate(context.now) });
  return { mail: to.length > 0 ? inRegion(record.regionId, reminderMail({ to, ...line })) : null, audit };
}
