import { statusTexts } from '#texts/catalogue';
import { describe, expect, it } from 'vitest';
import type { TypeDecision } from '#core/decision';
import type { TypeAnswer } from '#core/party-answer';
import {
  ALL_ANSWERED_STEP,
  COORDINATOR_LADDER,
  dueSteps,
  isTracked,
  nextReminderOn,
  PARTY_LADDER,
  reminderEffects,
  type ReminderStep,
  stepsUpTo,
} from '#core/reminder-ladder';
import { answerClarification, answerTask, close, decide, extendDeadline, pauseForClarification } from '#core/request-lifecycle';
import type { PartyTask, RequestRecord } from '#core/request-record';
import { REQUEST_STATUSES } from '#core/request-state';
import type { RequestType } from '#core/request-schema';
import { independentWeekday } from './support/calendar';
import {
  applyChange,
  changeOf,
  CHILD_NAME,
  DETAILS,
  dir,
  LINKS,
  lifecycleContext,
  middayOn,
  MIDDEN_GELRE,
  MIDDEN_GELRE_PARTIES,
  REFERENCE,
  REQUESTER_EMAIL,
  REQUESTER_NAME,
  routedRequest,
  type RequestOptions,
  submittedRecord,
  THUISZITTERSTAFEL_PARTIES,
  identityChecked,
} from './support/records';
import { renderMail } from '#core/mail-rendering';
import { directory } from '#core/directory';
import type { Mail } from '#core/mails';

/** The requester's words for the answer's rule, as the status page passes them. */
const ANSWER_RULES = statusTexts('nl').answerRules;

/**
 * The reminder ladder (DOMAIN.md, "Reminders"): every expected date below is
 * worked out by hand from the calendar, never with the core's own date
 * arithmetic. The default request is received Monday 2 March 2026, so its
 * deadline is Thursday 2 April 2026, and the ladder is
 *   D-14 Thu 19 March, D-7 Thu 26 March, D-3 Mon 30 March, D-1 Wed 1 April, D-0 Thu 2 April,
 *   overdue from Fri 3 April (Goede Vrijdag: the ladder counts calendar days).
 */

/**
 * The ladder counted to the deadline itself, as for a region that sets
 * `answerWorkingDays` to 0; the internal answer-by date has its own cases
 * at the end.
 */
const LADDER_DIR = directory({ ...dir.config, regions: dir.config.regions.map((region) => ({ ...region, answerWorkingDays: 0 })) });
const ctx = (today: string, options: Parameters<typeof lifecycleContext>[1] = {}) => lifecycleContext(today, { directory: LADDER_DIR, ...options });

type State = { record: RequestRecord; tasks: PartyTask[] };

const DEADLINE = '2026-04-02';
const COORDINATOR = 'swv-go';
const [SWV, GEMEENTE, CJG, RGO] = THUISZITTERSTAFEL_PARTIES as [string, string, string, string];

const CONTACT: Record<string, string> = {
  'swv-go': 'privacy@swv-go.example',
  'gemeente-goeree-overflakkee': 'avg@gemeente-go.example',
  'cjg-rijnmond': 'privacy@cjg-rijnmond.example',
  rgo: 'privacy@rgo.example',
};
const FG: Record<string, string> = {
  'swv-go': 'fg@swv-go.example',
  'gemeente-goeree-overflakkee': 'fg@gemeente-go.example',
  'cjg-rijnmond': 'fg@cjg-rijnmond.example',
  rgo: 'fg@rgo.example',
};

function routed(options: RequestOptions = {}): State {
  const { record, tasks } = routedRequest({ directory: LADDER_DIR, ...options });
  return { record, tasks };
}

const answer = (type: RequestType, outcome: string): TypeAnswer => ({ type, outcome, categories: [], summary: '', motivation: '' });
const NOTHING_FOUND = [answer('inzage', 'geen gegevens'), answer('rectificatie', 'geen gegevens')];
const RECTIFIED = [answer('inzage', 'geen gegevens'), answer('rectificatie', 'gerectificeerd')];
const granted = (type: RequestType): TypeDecision => ({ type, outcome: 'toegewezen', motivation: `${type}: alle gegevens staan op uw statuspagina.` });

const answerTaskOf = (state: State, partyId: string) => state.tasks.find((task) => task.kind === 'answer' && task.partyId === partyId)!;

function answerChange(state: State, partyId: string, today: string, answers = NOTHING_FOUND) {
  return changeOf(answerTask(state.record, answerTaskOf(state, partyId), state.tasks, answers, ctx(today, { partyId })));
}

function answered(state: State, partyIds: readonly string[], today: string, answers = NOTHING_FOUND): State {
  return partyIds.reduce((current, partyId) => applyChange(current, answerChange(current, partyId, today, answers)), state);
}

/** Every calendar day from `from` to `to`, inclusive (plain UTC arithmetic, independent of the core). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/**
 * The daily sweep, in pure form: each day the due steps are "sent" (added to
 * the sent set) and a second run on the same day must find nothing. Returns
 * the step ids sent per day (days without any are left out).
 */
function sweepDaily(state: State, from: string, to: string, sent: Set<string> = new Set()): Record<string, string[]> {
  const byDay: Record<string, string[]> = {};
  for (const day of days(from, to)) {
    const due = dueSteps(state.record, state.tasks, sent, day);
    for (const step of due) sent.add(step.id);
    if (due.length > 0) byDay[day] = due.map((step) => step.id).sort();
    expect(dueSteps(state.record, state.tasks, sent, day), `second sweep on ${day}`).toEqual([]);
  }
  return byDay;
}

const partySteps = (parties: readonly string[], deadline: string, suffix: string) => parties.map((party) => `${party}:${deadline}:${suffix}`);
const ids = (...groups: string[][]) => groups.flat().sort();

const herinneringDates = (steps: ReminderStep[], partyId: string) =>
  steps.filter((step) => step.partyId === partyId && step.kind === 'herinnering').map((step) => step.date);
const coordinatorDates = (steps: ReminderStep[]) => steps.filter((step) => step.kind === 'coordinator-termijn').map((step) => step.date);

describe('the ladders', () => {
  it('remind parties 14, 7, 3, 1 days before and on the day; the coordinator 7, 3 and 1 days before', () => {
    expect([...PARTY_LADDER]).toEqual([14, 7, 3, 1, 0]);
    expect([...COORDINATOR_LADDER]).toEqual([7, 3, 1]);
    expect(ALL_ANSWERED_STEP).toBe('coordinator:alle-antwoorden-binnen');
  });

  it('fall on the hand-computed dates for the default request (deadline Thursday 2 April 2026)', () => {
    const state = routed();
    expect(state.record.deadline).toBe(DEADLINE);
    const steps = stepsUpTo(state.record, state.tasks, DEADLINE);
    for (const party of THUISZITTERSTAFEL_PARTIES) {
      expect(herinneringDates(steps, party), party).toEqual(['2026-03-19', '2026-03-26', '2026-03-30', '2026-04-01', '2026-04-02']);
    }
    expect(coordinatorDates(steps)).toEqual(['2026-03-26', '2026-03-30', '2026-04-01']);
  });

  it('cross a month end: deadline Monday 2 March 2026 gives D-14 16 February and D-3 27 February', () => {
    // Received Monday 2 February 2026: one month later is Monday 2 March, a working day.
    const state = routed({ receivedOn: '2026-02-02' });
    expect(state.record.deadline).toBe('2026-03-02');
    expect(independentWeekday('2026-03-02')).toBe('maandag');
    const steps = stepsUpTo(state.record, state.tasks, '2026-03-02');
    expect(herinneringDates(steps, RGO)).toEqual(['2026-02-16', '2026-02-23', '2026-02-27', '2026-03-01', '2026-03-02']);
    expect(coordinatorDates(steps)).toEqual(['2026-02-23', '2026-02-27', '2026-03-01']);
    expect(Object.keys(sweepDaily(state, '2026-02-02', '2026-03-04'))).toEqual([
      '2026-02-16',
      '2026-02-23',
      '2026-02-27',
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
    ]);
  });

  it('count 29 February in a leap year: deadline Friday 1 March 2024 gives D-1 29 February', () => {
    const state = routed({ receivedOn: '2024-02-01' });
    expect(state.record.deadline).toBe('2024-03-01');
    expect(independentWeekday('2024-03-01')).toBe('vrijdag');
    const steps = stepsUpTo(state.record, state.tasks, '2024-03-01');
    expect(herinneringDates(steps, RGO)).toEqual(['2024-02-16', '2024-02-23', '2024-02-27', '2024-02-29', '2024-03-01']);
    expect(coordinatorDates(steps)).toEqual(['2024-02-23', '2024-02-27', '2024-02-29']);
    const sent = sweepDaily(state, '2024-02-01', '2024-03-01');
    expect(sent['2024-02-29']).toEqual(ids(partySteps(THUISZITTERSTAFEL_PARTIES, '2024-03-01', 'D-1'), ['coordinator:2024-03-01:D-1']));
    expect(sent['2024-02-28']).toBeUndefined();
  });

  it('skip 29 February in a common year: deadline Monday 1 March 2027 gives D-1 28 February, D-3 26 February', () => {
    const state = routed({ receivedOn: '2027-02-01' });
    expect(state.record.deadline).toBe('2027-03-01');
    const steps = stepsUpTo(state.record, state.tasks, '2027-03-01');
    expect(herinneringDates(steps, RGO)).toEqual(['2027-02-15', '2027-02-22', '2027-02-26', '2027-02-28', '2027-03-01']);
    expect(coordinatorDates(steps)).toEqual(['2027-02-22', '2027-02-26', '2027-02-28']);
  });

  it('count back from a deadline shifted past Christmas: Monday 28 December 2026 gives D-3 on Christmas Day', () => {
    // Received 25 November 2026: one month is Friday 25 December (eerste Kerstdag), then tweede Kerstdag
    // on Saturday and a Sunday, so the deadline is Monday 28 December.
    const state = routed({ receivedOn: '2026-11-25' });
    expect(independentWeekday('2026-12-25')).toBe('vrijdag');
    expect(state.record.deadline).toBe('2026-12-28');
    const steps = stepsUpTo(state.record, state.tasks, '2026-12-28');
    expect(herinneringDates(steps, RGO)).toEqual(['2026-12-14', '2026-12-21', '2026-12-25', '2026-12-27', '2026-12-28']);
    expect(coordinatorDates(steps)).toEqual(['2026-12-21', '2026-12-25', '2026-12-27']);
    const sent = sweepDaily(state, '2026-11-25', '2026-12-29');
    expect(Object.keys(sent)).toEqual(['2026-12-14', '2026-12-21', '2026-12-25', '2026-12-27', '2026-12-28', '2026-12-29']);
    expect(sent['2026-12-25']).toEqual(ids(partySteps(THUISZITTERSTAFEL_PARTIES, '2026-12-28', 'D-3'), ['coordinator:2026-12-28:D-3']));
  });

  it('lists only steps up to and including today, in date order', () => {
    const state = routed();
    const steps = stepsUpTo(state.record, state.tasks, '2026-03-26');
    expect(steps.map((step) => step.date)).toEqual([...steps.map((step) => step.date)].sort());
    expect(new Set(steps.map((step) => step.date))).toEqual(new Set(['2026-03-19', '2026-03-26']));
    expect(stepsUpTo(state.record, state.tasks, '2026-03-18')).toEqual([]);
  });
});

describe('dueSteps, sweeping every day', () => {
  it('sends exactly the expected steps on each ladder day and nothing on the other days', () => {
    const state = routed();
    const P = THUISZITTERSTAFEL_PARTIES;
    expect(sweepDaily(state, '2026-03-02', '2026-04-05')).toEqual({
      '2026-03-19': ids(partySteps(P, DEADLINE, 'D-14')),
      '2026-03-26': ids(partySteps(P, DEADLINE, 'D-7'), [`coordinator:${DEADLINE}:D-7`]),
      '2026-03-30': ids(partySteps(P, DEADLINE, 'D-3'), [`coordinator:${DEADLINE}:D-3`]),
      '2026-04-01': ids(partySteps(P, DEADLINE, 'D-1'), [`coordinator:${DEADLINE}:D-1`]),
      '2026-04-02': ids(partySteps(P, DEADLINE, 'D-0')),
      '2026-04-03': ids(partySteps(P, DEADLINE, 'D+1'), partySteps(P, DEADLINE, 'escalatie-fg'), partySteps(P, DEADLINE, 'escalatie-coordinator')),
      '2026-04-04': ids(partySteps(P, DEADLINE, 'D+2')),
      '2026-04-05': ids(partySteps(P, DEADLINE, 'D+3')),
    });
  });

  it('gives each step the right recipient, kind and party', () => {
    const state = routed();
    const seen = new Map<string, ReminderStep>();
    for (const day of days('2026-03-02', '2026-04-04'))
      for (const step of dueSteps(state.record, state.tasks, new Set(seen.keys()), day)) seen.set(step.id, step);
    const pick = (id: string) => {
      const step = seen.get(id);
      expect(step, id).toBeDefined();
      return { recipient: step!.recipient, kind: step!.kind, partyId: step!.partyId, date: step!.date };
    };
    expect(pick(`${RGO}:${DEADLINE}:D-14`)).toEqual({ recipient: 'contact', kind: 'herinnering', partyId: RGO, date: '2026-03-19' });
    expect(pick(`${CJG}:${DEADLINE}:D-0`)).toEqual({ recipient: 'contact', kind: 'herinnering', partyId: CJG, date: '2026-04-02' });
    expect(pick(`${GEMEENTE}:${DEADLINE}:D+2`)).toEqual({ recipient: 'contact', kind: 'te-laat', partyId: GEMEENTE, date: '2026-04-04' });
    expect(pick(`${RGO}:${DEADLINE}:escalatie-fg`)).toEqual({ recipient: 'fg', kind: 'escalatie', partyId: RGO, date: '2026-04-03' });
    expect(pick(`${RGO}:${DEADLINE}:escalatie-coordinator`)).toEqual({ recipient: 'coordinator', kind: 'escalatie', partyId: RGO, date: '2026-04-03' });
    expect(pick(`coordinator:${DEADLINE}:D-3`)).toEqual({ recipient: 'coordinator', kind: 'coordinator-termijn', partyId: COORDINATOR, date: '2026-03-30' });
    const kinds = new Set([...seen.values()].map((step) => `${step.recipient}/${step.kind}`));
    expect(kinds).toEqual(new Set(['contact/herinnering', 'contact/te-laat', 'fg/escalatie', 'coordinator/escalatie', 'coordinator/coordinator-termijn']));
  });

  it('sends nothing the second time on the same day, once the sent set holds what went out', () => {
    const state = routed();
    for (const day of ['2026-03-19', '2026-03-26', '2026-04-02', '2026-04-03', '2026-04-09']) {
      const first = dueSteps(state.record, state.tasks, new Set(), day);
      expect(first.length, day).toBeGreaterThan(0);
      expect(dueSteps(state.record, state.tasks, new Set(first.map((step) => step.id)), day), day).toEqual([]);
    }
  });

  it('still sends what was not recorded as sent (a step another sweep did not finish)', () => {
    const state = routed();
    const first = dueSteps(state.record, state.tasks, new Set(), '2026-03-26');
    const withoutRgo = new Set(first.map((step) => step.id).filter((id) => !id.startsWith(`${RGO}:`)));
    expect(dueSteps(state.record, state.tasks, withoutRgo, '2026-03-26').map((step) => step.id)).toEqual([`${RGO}:${DEADLINE}:D-7`]);
  });

  it('catches a week of missed sweeps up with the latest step of each track only, not a burst', () => {
    const state = routed();
    const sent = new Set(dueSteps(state.record, state.tasks, new Set(), '2026-03-19').map((step) => step.id));
    // No sweep from 20 March to 30 March: D-7 (26 March) and D-3 (30 March) fell due; only D-3 goes out, on 31 March.
    const caughtUp = dueSteps(state.record, state.tasks, sent, '2026-03-31');
    expect(caughtUp.map((step) => step.id).sort()).toEqual(ids(partySteps(THUISZITTERSTAFEL_PARTIES, DEADLINE, 'D-3'), [`coordinator:${DEADLINE}:D-3`]));
    for (const step of caughtUp) sent.add(step.id);
    // And the day after, nothing (D-1 is 1 April).
    expect(dueSteps(state.record, state.tasks, sent, '2026-03-31')).toEqual([]);
    expect(
      dueSteps(state.record, state.tasks, sent, '2026-04-01')
        .map((step) => step.id)
        .sort(),
    ).toEqual(ids(partySteps(THUISZITTERSTAFEL_PARTIES, DEADLINE, 'D-1'), [`coordinator:${DEADLINE}:D-1`]));
  });

  it('catches up past the deadline with one overdue reminder per party, one escalation each, and the last coordinator step', () => {
    const state = answered(routed(), [SWV, GEMEENTE, CJG], '2026-03-05');
    // First sweep ever on 7 April (D+5): per track only its latest step.
    const due = dueSteps(state.record, state.tasks, new Set(), '2026-04-07');
    expect(due.map((step) => step.id).sort()).toEqual(
      [`${RGO}:${DEADLINE}:D+5`, `${RGO}:${DEADLINE}:escalatie-fg`, `${RGO}:${DEADLINE}:escalatie-coordinator`, `coordinator:${DEADLINE}:D-1`].sort(),
    );
  });

  it('once overdue: one te-laat per day per open task, the escalations to FG and coordinator only once', () => {
    const state = answered(routed(), [SWV, CJG], '2026-03-05');
    const open = [GEMEENTE, RGO];
    const sent = sweepDaily(state, '2026-03-02', '2026-04-06');
    expect(sent['2026-04-02']).toEqual(ids(partySteps(open, DEADLINE, 'D-0')));
    expect(sent['2026-04-03']).toEqual(
      ids(partySteps(open, DEADLINE, 'D+1'), partySteps(open, DEADLINE, 'escalatie-fg'), partySteps(open, DEADLINE, 'escalatie-coordinator')),
    );
    expect(sent['2026-04-04']).toEqual(ids(partySteps(open, DEADLINE, 'D+2')));
    expect(sent['2026-04-05']).toEqual(ids(partySteps(open, DEADLINE, 'D+3')));
    expect(sent['2026-04-06']).toEqual(ids(partySteps(open, DEADLINE, 'D+4')));
    const escalations = Object.values(sent)
      .flat()
      .filter((id) => id.includes('escalatie'));
    expect(escalations.sort()).toEqual(ids(partySteps(open, DEADLINE, 'escalatie-fg'), partySteps(open, DEADLINE, 'escalatie-coordinator')));
  });

  it('keeps the escalation ids the same on every overdue day, so a recorded escalation is never sent again', () => {
    const state = routed();
    const escalationIds = (day: string) =>
      stepsUpTo(state.record, state.tasks, day)
        .filter((step) => step.kind === 'escalatie')
        .map((step) => `${step.id}@${step.date}`)
        .sort();
    expect(escalationIds('2026-04-02')).toEqual([]);
    const first = escalationIds('2026-04-03');
    expect(first).toEqual(
      ids(
        partySteps(THUISZITTERSTAFEL_PARTIES, DEADLINE, 'escalatie-fg@2026-04-03'),
        partySteps(THUISZITTERSTAFEL_PARTIES, DEADLINE, 'escalatie-coordinator@2026-04-03'),
      ),
    );
    expect(escalationIds('2026-04-10')).toEqual(first);
    expect(escalationIds('2026-05-20')).toEqual(first);
    const sent = new Set(dueSteps(state.record, state.tasks, new Set(), '2026-04-03').map((step) => step.id));
    expect(dueSteps(state.record, state.tasks, sent, '2026-04-10').filter((step) => step.kind === 'escalatie')).toEqual([]);
  });

  it('stops reminding a party once it answered', () => {
    const state = routed();
    const sent = new Set<string>();
    const before = sweepDaily(state, '2026-03-02', '2026-03-19', sent);
    expect(before['2026-03-19']).toContain(`${RGO}:${DEADLINE}:D-14`);
    const afterAnswer = answered(state, [RGO], '2026-03-20');
    const after = Object.values(sweepDaily(afterAnswer, '2026-03-20', '2026-04-08', sent)).flat();
    expect(after.filter((id) => id.startsWith(`${RGO}:`))).toEqual([]);
    // The others go on being reminded and escalated.
    expect(after).toContain(`${CJG}:${DEADLINE}:D-7`);
    expect(after).toContain(`${CJG}:${DEADLINE}:escalatie-fg`);
    expect(after).toContain(`${CJG}:${DEADLINE}:D+6`);
  });

  it('stops the overdue reminders of a party that answers late', () => {
    const state = routed();
    const sent = new Set<string>();
    sweepDaily(state, '2026-03-02', '2026-04-04', sent);
    const late = answered(state, [GEMEENTE], '2026-04-05');
    const after = sweepDaily(late, '2026-04-05', '2026-04-06', sent);
    expect(after['2026-04-05']).toEqual(ids(partySteps([SWV, CJG, RGO], DEADLINE, 'D+3')));
  });
});

describe('isTracked: reminders only while the clock runs', () => {
  it('is true for a request in progress only', () => {
    const tracked = REQUEST_STATUSES.filter((status) => isTracked({ status }));
    expect(tracked).toEqual(['in_progress']);
  });

  it('sends nothing for a request that waits for the requester (paused), and starts again after the answer', () => {
    const start = routed();
    const paused = applyChange(
      start,
      changeOf(pauseForClarification(start.record, start.tasks, { question: 'Van welk kind gaat het?' }, ctx('2026-03-20', { partyId: COORDINATOR }))),
    );
    expect(paused.record.status).toBe('paused');
    for (const day of ['2026-03-26', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-10']) {
      expect(stepsUpTo(paused.record, paused.tasks, day), day).toEqual([]);
      expect(dueSteps(paused.record, paused.tasks, new Set(), day), day).toEqual([]);
    }
    expect(nextReminderOn(paused.record, '2026-03-20')).toBeNull();
    // Paused 20 to 25 March (5 days): 2 April + 5 = Tuesday 7 April, a working day (just after Easter Monday 6 April).
    const resumed = applyChange(paused, changeOf(answerClarification(paused.record, paused.tasks, { answer: 'Over Noor.' }, ctx('2026-03-25'), ANSWER_RULES)));
    expect(resumed.record.status).toBe('in_progress');
    expect(resumed.record.deadline).toBe('2026-04-07');
    expect(
      dueSteps(resumed.record, resumed.tasks, new Set(), '2026-03-31')
        .map((step) => step.id)
        .sort(),
    ).toEqual(ids(partySteps(THUISZITTERSTAFEL_PARTIES, '2026-04-07', 'D-7'), ['coordinator:2026-04-07:D-7']));
  });

  it('sends nothing once the decision was sent, nor after closing', () => {
    const all = answered(routed(), THUISZITTERSTAFEL_PARTIES, '2026-03-20');
    // Before the decision the coordinator is reminded on D-1.
    expect(dueSteps(all.record, all.tasks, new Set([ALL_ANSWERED_STEP]), '2026-04-01').map((step) => step.id)).toEqual([`coordinator:${DEADLINE}:D-1`]);
    const decided = applyChange(
      all,
      changeOf(decide(identityChecked(all.record), all.tasks, [granted('inzage'), granted('rectificatie')], ctx('2026-03-25', { partyId: COORDINATOR }))),
    );
    expect(decided.record.status).toBe('decided');
    const closed = applyChange(decided, changeOf(close(decided.record, { ...ctx('2026-03-26', { partyId: COORDINATOR }), retentionDays: 365 })));
    expect(closed.record.status).toBe('closed');
    for (const state of [decided, closed]) {
      for (const day of ['2026-03-26', '2026-04-01', '2026-04-03']) {
        expect(stepsUpTo(state.record, state.tasks, day), `${state.record.status} ${day}`).toEqual([]);
        expect(dueSteps(state.record, state.tasks, new Set(), day), `${state.record.status} ${day}`).toEqual([]);
      }
      expect(nextReminderOn(state.record, '2026-03-26')).toBeNull();
    }
  });

  it('sends nothing for a request whose e-mail address is not confirmed yet', () => {
    const record = submittedRecord();
    expect(record.status).toBe('awaiting_confirmation');
    expect(dueSteps(record, [], new Set(), '2026-04-01')).toEqual([]);
    expect(nextReminderOn(record, '2026-03-02')).toBeNull();
  });
});

describe('the coordinator track', () => {
  it('reminds the coordinator on D-7, D-3 and D-1 while no decision was sent, also once every party answered', () => {
    const all = answered(routed(), THUISZITTERSTAFEL_PARTIES, '2026-03-05');
    const sent = new Set<string>([ALL_ANSWERED_STEP]);
    expect(sweepDaily(all, '2026-03-05', '2026-04-06', sent)).toEqual({
      '2026-03-26': [`coordinator:${DEADLINE}:D-7`],
      '2026-03-30': [`coordinator:${DEADLINE}:D-3`],
      '2026-04-01': [`coordinator:${DEADLINE}:D-1`],
    });
  });

  it('says "alle antwoorden binnen" once every answer task is answered, not before', () => {
    const state = routed();
    const threeOfFour = answered(state, [SWV, GEMEENTE, CJG], '2026-03-05');
    for (const day of ['2026-03-05', '2026-03-10', '2026-04-03']) {
      expect(
        stepsUpTo(threeOfFour.record, threeOfFour.tasks, day).filter((step) => step.kind === 'alle-antwoorden-binnen'),
        day,
      ).toEqual([]);
    }
    const all = answered(threeOfFour, [RGO], '2026-03-09');
    const due = dueSteps(all.record, all.tasks, new Set(), '2026-03-10');
    expect(due).toEqual([
      {
        id: ALL_ANSWERED_STEP,
        track: 'coordinator:alle-antwoorden',
        date: '2026-03-09',
        partyId: COORDINATOR,
        recipient: 'coordinator',
        kind: 'alle-antwoorden-binnen',
      },
    ]);
    // Once recorded it is not sent again, on any later day.
    const sent = new Set([ALL_ANSWERED_STEP]);
    for (const day of ['2026-03-10', '2026-03-20', '2026-04-03']) {
      expect(
        dueSteps(all.record, all.tasks, sent, day).filter((step) => step.kind === 'alle-antwoorden-binnen'),
        day,
      ).toEqual([]);
    }
  });

  it('does not count art. 19 tasks as answer tasks: open ones neither block "alle antwoorden binnen" nor get reminders', () => {
    const state = routed();
    // RGO rectifies: every other party gets an art. 19 task to apply the same change.
    const rectified = answered(state, [RGO], '2026-03-05', RECTIFIED);
    const art19 = rectified.tasks.filter((task) => task.kind === 'art19');
    expect(art19.map((task) => task.partyId).sort()).toEqual([SWV, GEMEENTE, CJG].sort());
    const all = answered(rectified, [SWV, GEMEENTE, CJG], '2026-03-06');
    expect(all.tasks.filter((task) => task.kind === 'art19' && task.status === 'open')).toHaveLength(3);
    const sent = new Set<string>();
    const byDay = sweepDaily(all, '2026-03-06', '2026-04-06', sent);
    expect(byDay).toEqual({
      '2026-03-06': [ALL_ANSWERED_STEP],
      '2026-03-26': [`coordinator:${DEADLINE}:D-7`],
      '2026-03-30': [`coordinator:${DEADLINE}:D-3`],
      '2026-04-01': [`coordinator:${DEADLINE}:D-1`],
    });
  });

  it('does not count answered art. 19 tasks either: an open answer task still blocks "alle antwoorden binnen"', () => {
    const state = answered(routed(), [RGO], '2026-03-05', RECTIFIED);
    const art19Done: State = {
      ...state,
      tasks: state.tasks.map((task) => (task.kind === 'art19' ? { ...task, status: 'answered', answeredAt: middayOn('2026-03-06').toISOString() } : task)),
    };
    const withOneOpen = answered(art19Done, [SWV, GEMEENTE], '2026-03-06');
    expect(withOneOpen.tasks.filter((task) => task.status === 'open').map((task) => `${task.kind}:${task.partyId}`)).toEqual([`answer:${CJG}`]);
    expect(stepsUpTo(withOneOpen.record, withOneOpen.tasks, '2026-03-10').map((step) => step.kind)).not.toContain('alle-antwoorden-binnen');
  });

  it('uses the coordinator of the overleg, here the RBL of Midden-Gelre', () => {
    const state = routed({ overleg: MIDDEN_GELRE });
    expect(state.record.coordinatorPartyId).toBe('rbl-midden-gelre');
    const due = dueSteps(state.record, state.tasks, new Set(), '2026-03-26');
    expect(due.map((step) => step.id).sort()).toEqual(ids(partySteps(MIDDEN_GELRE_PARTIES, DEADLINE, 'D-7'), [`coordinator:${DEADLINE}:D-7`]));
    expect(due.find((step) => step.kind === 'coordinator-termijn')!.partyId).toBe('rbl-midden-gelre');
  });
});

describe('an extension moves the whole ladder', () => {
  it('starts again for the new deadline; the old ladder is not due any more', () => {
    const start = routed();
    const sent = new Set<string>();
    expect(sweepDaily(start, '2026-03-02', '2026-03-19', sent)).toEqual({ '2026-03-19': ids(partySteps(THUISZITTERSTAFEL_PARTIES, DEADLINE, 'D-14')) });
    // Two months on the unshifted end 2 April 2026: Tuesday 2 June 2026, a working day.
    const extended = applyChange(
      start,
      changeOf(extendDeadline(start.record, start.tasks, { months: 2, reason: 'Veel archief.' }, ctx('2026-03-20', { partyId: COORDINATOR }))),
    );
    const NEW = '2026-06-02';
    expect(independentWeekday(NEW)).toBe('dinsdag');
    expect(extended.record.deadline).toBe(NEW);
    expect(extended.tasks.every((task) => task.deadline === NEW)).toBe(true);
    // Nothing of the old ladder: not D-7, D-3, D-1, D-0 nor the overdue steps of 2 April.
    for (const day of ['2026-03-26', '2026-03-30', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-10']) {
      expect(dueSteps(extended.record, extended.tasks, sent, day), day).toEqual([]);
      expect(
        stepsUpTo(extended.record, extended.tasks, day).filter((step) => step.id.includes(DEADLINE)),
        day,
      ).toEqual([]);
    }
    const P = THUISZITTERSTAFEL_PARTIES;
    expect(sweepDaily(extended, '2026-03-20', '2026-06-04', sent)).toEqual({
      '2026-05-19': ids(partySteps(P, NEW, 'D-14')),
      '2026-05-26': ids(partySteps(P, NEW, 'D-7'), [`coordinator:${NEW}:D-7`]),
      '2026-05-30': ids(partySteps(P, NEW, 'D-3'), [`coordinator:${NEW}:D-3`]),
      '2026-06-01': ids(partySteps(P, NEW, 'D-1'), [`coordinator:${NEW}:D-1`]),
      '2026-06-02': ids(partySteps(P, NEW, 'D-0')),
      '2026-06-03': ids(partySteps(P, NEW, 'D+1'), partySteps(P, NEW, 'escalatie-fg'), partySteps(P, NEW, 'escalatie-coordinator')),
      '2026-06-04': ids(partySteps(P, NEW, 'D+2')),
    });
    expect(nextReminderOn(extended.record, '2026-03-20')).toBe('2026-05-19');
  });

  it('sends the new D-14 even when the old D-14 was sent (the ids carry the deadline)', () => {
    const start = routed();
    const oldSent = new Set(dueSteps(start.record, start.tasks, new Set(), '2026-03-19').map((step) => step.id));
    const extended = applyChange(
      start,
      changeOf(extendDeadline(start.record, start.tasks, { months: 1, reason: 'Veel archief.' }, ctx('2026-03-20', { partyId: COORDINATOR }))),
    );
    // One month on 2 April: Saturday 2 May 2026, then Sunday 3 May, so Monday 4 May.
    expect(independentWeekday('2026-05-02')).toBe('zaterdag');
    expect(extended.record.deadline).toBe('2026-05-04');
    const due = dueSteps(extended.record, extended.tasks, oldSent, '2026-04-20');
    expect(due.map((step) => step.id).sort()).toEqual(ids(partySteps(THUISZITTERSTAFEL_PARTIES, '2026-05-04', 'D-14')));
  });
});

describe('nextReminderOn', () => {
  const record = { status: 'in_progress' as const, deadline: DEADLINE };

  it('is the next ladder date strictly after the given day', () => {
    const expected: Array<[string, string]> = [
      ['2026-03-02', '2026-03-19'],
      ['2026-03-18', '2026-03-19'],
      ['2026-03-19', '2026-03-26'],
      ['2026-03-25', '2026-03-26'],
      ['2026-03-26', '2026-03-30'],
      ['2026-03-29', '2026-03-30'],
      ['2026-03-30', '2026-04-01'],
      ['2026-03-31', '2026-04-01'],
      ['2026-04-01', '2026-04-02'],
    ];
    for (const [after, next] of expected) expect(nextReminderOn(record, after), after).toBe(next);
  });

  it('is every next day from the deadline on', () => {
    const expected: Array<[string, string]> = [
      ['2026-04-02', '2026-04-03'],
      ['2026-04-03', '2026-04-04'],
      ['2026-04-30', '2026-05-01'],
      ['2026-12-31', '2027-01-01'],
    ];
    for (const [after, next] of expected) expect(nextReminderOn(record, after), after).toBe(next);
  });

  it('crosses month ends by hand-computed dates (deadline 1 March 2024, a leap year)', () => {
    const leap = { status: 'in_progress' as const, deadline: '2024-03-01' };
    expect(nextReminderOn(leap, '2024-02-01')).toBe('2024-02-16');
    expect(nextReminderOn(leap, '2024-02-23')).toBe('2024-02-27');
    expect(nextReminderOn(leap, '2024-02-27')).toBe('2024-02-29');
    expect(nextReminderOn(leap, '2024-02-29')).toBe('2024-03-01');
    expect(nextReminderOn(leap, '2024-03-01')).toBe('2024-03-02');
  });

  it('is null when the request is not tracked', () => {
    for (const status of ['awaiting_confirmation', 'paused', 'decided', 'closed'] as const) {
      expect(nextReminderOn({ status, deadline: DEADLINE }, '2026-03-02'), status).toBeNull();
      expect(nextReminderOn({ status, deadline: DEADLINE }, '2026-04-10'), status).toBeNull();
    }
  });

  it.each([
    ['counted to the deadline', LADDER_DIR],
    ['counted to the answer-by date, five working days earlier', dir],
  ])('lets a sweep that only visits the indexed dates send exactly what a daily sweep sends (%s)', (_, directory) => {
    const state = answered(routed({ directory }), [CJG], '2026-03-05');
    const daily = sweepDaily(state, '2026-03-05', '2026-04-08');
    const indexed: Record<string, string[]> = {};
    const sent = new Set<string>();
    let next = nextReminderOn(state.record, '2026-03-05');
    let previous = '2026-03-05';
    while (next && next <= '2026-04-08') {
      expect(next > previous, `index moves forward from ${previous}`).toBe(true);
      previous = next;
      const due = dueSteps(state.record, state.tasks, sent, next);
      for (const step of due) sent.add(step.id);
      if (due.length > 0) indexed[next] = due.map((step) => step.id).sort();
      next = nextReminderOn(state.record, next);
    }
    expect(indexed).toEqual(daily);
  });
});

describe('reminderEffects', () => {
  const NOW = new Date('2026-04-03T05:00:00Z');
  const DUTCH_DEADLINE = 'donderdag 2 april 2026';
  const PERSONAL = [CHILD_NAME, 'Noor', '2012-06-15', '15 juni 2012', DETAILS, REQUESTER_NAME, 'Fatima', REQUESTER_EMAIL];

  /** Every kind of step for the default request, as the ladder produces them. */
  function allKindsOfSteps() {
    const state = routed();
    const overdue = stepsUpTo(state.record, state.tasks, '2026-04-03');
    const all = answered(state, THUISZITTERSTAFEL_PARTIES, '2026-03-20');
    const find = (steps: ReminderStep[], id: string) => {
      const step = steps.find((candidate) => candidate.id === id);
      if (!step) throw new Error(`no step ${id}`);
      return step;
    };
    return {
      record: state.record,
      steps: [
        {
          step: find(overdue, `${RGO}:${DEADLINE}:D-3`),
          to: CONTACT[RGO]!,
          subject: `Herinnering: privacyverzoek ${REFERENCE}`,
          action: 'herinnering-verstuurd',
        },
        {
          step: find(overdue, `${GEMEENTE}:${DEADLINE}:D-0`),
          to: CONTACT[GEMEENTE]!,
          subject: `Herinnering: privacyverzoek ${REFERENCE}`,
          action: 'herinnering-verstuurd',
        },
        { step: find(overdue, `${CJG}:${DEADLINE}:D+1`), to: CONTACT[CJG]!, subject: `Te laat: privacyverzoek ${REFERENCE}`, action: 'herinnering-verstuurd' },
        {
          step: find(overdue, `${RGO}:${DEADLINE}:escalatie-fg`),
          to: FG[RGO]!,
          subject: `Termijn overschreden door ${dir.party(RGO)!.name}: privacyverzoek ${REFERENCE}`,
          action: 'escalatie-verstuurd',
        },
        {
          step: find(overdue, `${RGO}:${DEADLINE}:escalatie-coordinator`),
          to: CONTACT[COORDINATOR]!,
          subject: `Termijn overschreden door ${dir.party(RGO)!.name}: privacyverzoek ${REFERENCE}`,
          action: 'escalatie-verstuurd',
        },
        {
          step: find(overdue, `${SWV}:${DEADLINE}:escalatie-fg`),
          to: FG[SWV]!,
          subject: `Termijn overschreden door ${dir.party(SWV)!.name}: privacyverzoek ${REFERENCE}`,
          action: 'escalatie-verstuurd',
        },
        {
          step: find(overdue, `coordinator:${DEADLINE}:D-1`),
          to: CONTACT[COORDINATOR]!,
          subject: `Besluit nodig: privacyverzoek ${REFERENCE}`,
          action: 'herinnering-verstuurd',
        },
        {
          step: find(stepsUpTo(all.record, all.tasks, '2026-03-20'), ALL_ANSWERED_STEP),
          to: CONTACT[COORDINATOR]!,
          subject: `Alle antwoorden binnen: privacyverzoek ${REFERENCE}`,
          action: 'herinnering-verstuurd',
        },
      ],
    };
  }

  it('mails the contact, the FG or the coordinator contact from the real configuration', () => {
    const { record, steps } = allKindsOfSteps();
    for (const { step, to, subject } of steps) {
      const { mail } = reminderEffects(record, step, { directory: LADDER_DIR, portalUrl: LINKS.portalUrl, now: NOW });
      expect(mail, step.id).not.toBeNull();
      expect(mail!.to, step.id).toEqual([to]);
      expect(renderMail(mail!).subject, step.id).toBe(subject);
    }
  });

  it('names the reference, the overleg, the deadline in Dutch and the portal link', () => {
    const { record, steps } = allKindsOfSteps();
    for (const { step } of steps) {
      const mail = reminderEffects(record, step, { directory: LADDER_DIR, portalUrl: LINKS.portalUrl, now: NOW }).mail!;
      expect(renderMail(mail).subject, step.id).toContain(REFERENCE);
      expect(renderMail(mail).text, step.id).toContain(REFERENCE);
      expect(renderMail(mail).text, step.id).toContain('Thuiszitterstafel');
      expect(renderMail(mail).text, step.id).toContain(DUTCH_DEADLINE);
      expect(renderMail(mail).text, step.id).toContain(LINKS.portalUrl);
    }
  });

  it('tells the FG and the coordinator which party is late', () => {
    const { record, steps } = allKindsOfSteps();
    const escalation = steps.find(({ step }) => step.id === `${RGO}:${DEADLINE}:escalatie-coordinator`)!.step;
    const mail = reminderEffects(record, escalation, { directory: LADDER_DIR, portalUrl: LINKS.portalUrl, now: NOW }).mail!;
    expect(renderMail(mail).text).toContain(dir.party(RGO)!.name);
  });

  it('never carries personal data: not the child, the date of birth, the details, nor the requester', () => {
    const { record, steps } = allKindsOfSteps();
    for (const { step } of steps) {
      const mail = reminderEffects(record, step, { directory: LADDER_DIR, portalUrl: LINKS.portalUrl, now: NOW }).mail!;
      for (const secret of PERSONAL)
        expect(`${[mail.to].flat().join(',')}\n${renderMail(mail).subject}\n${renderMail(mail).text}`, `${step.id}: ${secret}`).not.toContain(secret);
    }
  });

  it('records an audit event by the system with the step id', () => {
    const { record, steps } = allKindsOfSteps();
    for (const { step, action } of steps) {
      const { audit } = reminderEffects(record, step, { directory: LADDER_DIR, portalUrl: LINKS.portalUrl, now: NOW });
      expect(audit.reference, step.id).toBe(REFERENCE);
      expect(audit.at, step.id).toBe('2026-04-03T05:00:00.000Z');
      expect(audit.actor, step.id).toEqual({ kind: 'systeem' });
      expect(audit.action, step.id).toBe(action);
      expect(audit.facts?.step, step.id).toBe(step.id);
      const auditText = JSON.stringify(audit);
      for (const secret of PERSONAL) expect(auditText, `${step.id}: ${secret}`).not.toContain(secret);
    }
  });

  it('uses the configured coordinator of another overleg (RBL Midden-Gelre)', () => {
    const state = routed({ overleg: MIDDEN_GELRE });
    const step = dueSteps(state.record, state.tasks, new Set(), '2026-03-26').find((candidate) => candidate.kind === 'coordinator-termijn')!;
    const mail = reminderEffects(state.record, step, { directory: LADDER_DIR, portalUrl: LINKS.portalUrl, now: NOW }).mail!;
    expect(mail.to).toEqual(['avg@rbl-middengelre.example']);
    expect(renderMail(mail).text).toContain('Uitwisseling thuiszitterslijsten RBL - samenwerkingsverbanden');
  });
});

describe('answerTask: the answer that completes the set tells the coordinator', () => {
  const isAllIn = (mail: Mail) => renderMail(mail).subject.startsWith('Alle antwoorden binnen');

  it('adds no coordinator mail and no reminder step for an earlier answer', () => {
    let state = routed();
    for (const party of [SWV, GEMEENTE, CJG]) {
      const change = answerChange(state, party, '2026-03-05');
      expect(change.mails.filter(isAllIn), party).toEqual([]);
      expect(change.reminderSteps ?? [], party).toEqual([]);
      expect(
        change.audit.map((event) => event.action),
        party,
      ).not.toContain('herinnering-verstuurd');
      state = applyChange(state, change);
    }
  });

  for (const last of THUISZITTERSTAFEL_PARTIES) {
    it(`adds one mail to the coordinator and records ${ALL_ANSWERED_STEP} when ${last} answers last`, () => {
      const state = answered(
        routed(),
        THUISZITTERSTAFEL_PARTIES.filter((party) => party !== last),
        '2026-03-05',
      );
      const change = answerChange(state, last, '2026-03-09');
      expect(change.reminderSteps).toEqual([ALL_ANSWERED_STEP]);
      const mails = change.mails.filter(isAllIn);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.to).toEqual([CONTACT[COORDINATOR]]);
      expect(renderMail(mails[0]!).subject).toBe(`Alle antwoorden binnen: privacyverzoek ${REFERENCE}`);
      expect(renderMail(mails[0]!).text).toContain('Thuiszitterstafel');
      expect(renderMail(mails[0]!).text).toContain('donderdag 2 april 2026');
      for (const secret of [CHILD_NAME, DETAILS, REQUESTER_NAME, REQUESTER_EMAIL, '2012-06-15'])
        expect(renderMail(mails[0]!).subject + renderMail(mails[0]!).text).not.toContain(secret);
      const event = change.audit.find((candidate) => candidate.actor.kind === 'systeem');
      expect(event).toMatchObject({ reference: REFERENCE, action: 'herinnering-verstuurd', facts: { step: ALL_ANSWERED_STEP } });
    });
  }

  it('also tells the coordinator when the last answer rectifies data (art. 19 tasks do not count)', () => {
    const state = answered(routed(), [SWV, GEMEENTE, CJG], '2026-03-05');
    const change = answerChange(state, RGO, '2026-03-09', RECTIFIED);
    expect(change.tasks.filter(({ task }) => task.kind === 'art19')).toHaveLength(3);
    expect(change.reminderSteps).toEqual([ALL_ANSWERED_STEP]);
    expect(change.mails.filter(isAllIn).flatMap((mail) => mail.to)).toEqual([CONTACT[COORDINATOR]]);
  });

  it('tells the coordinator while art. 19 tasks from an earlier rectification are still open (they are no answer tasks)', () => {
    // RGO rectifies first: SWV, the municipality and CJG get an art. 19 task each, which stay open.
    const state = answered(answered(routed(), [RGO], '2026-03-05', RECTIFIED), [SWV, GEMEENTE], '2026-03-06');
    expect(
      state.tasks
        .filter((task) => task.kind === 'art19' && task.status === 'open')
        .map((task) => task.partyId)
        .sort(),
    ).toEqual([SWV, GEMEENTE, CJG].sort());
    const change = answerChange(state, CJG, '2026-03-09');
    expect(change.reminderSteps).toEqual([ALL_ANSWERED_STEP]);
    expect(change.mails.filter(isAllIn).flatMap((mail) => mail.to)).toEqual([CONTACT[COORDINATOR]]);
  });

  it('is not sent again by the sweep that runs later that day', () => {
    const state = answered(routed(), [SWV, GEMEENTE, CJG], '2026-03-05');
    const change = answerChange(state, RGO, '2026-03-09');
    const after = applyChange(state, change);
    const sent = new Set(change.reminderSteps);
    expect(dueSteps(after.record, after.tasks, sent, '2026-03-09')).toEqual([]);
    expect(dueSteps(after.record, after.tasks, sent, '2026-03-10')).toEqual([]);
  });

  it('while paused sends nothing, and the sweep tells the coordinator once the clock runs again', () => {
    const start = answered(routed(), [SWV, GEMEENTE, CJG], '2026-03-05');
    const paused = applyChange(
      start,
      changeOf(pauseForClarification(start.record, start.tasks, { question: 'Welke school?' }, ctx('2026-03-06', { partyId: COORDINATOR }))),
    );
    const change = answerChange(paused, RGO, '2026-03-09');
    expect(change.mails.filter(isAllIn)).toEqual([]);
    expect(change.reminderSteps ?? []).toEqual([]);
    const allIn = applyChange(paused, change);
    expect(dueSteps(allIn.record, allIn.tasks, new Set(), '2026-03-10')).toEqual([]);
    const resumed = applyChange(allIn, changeOf(answerClarification(allIn.record, allIn.tasks, { answer: 'Het RGO.' }, ctx('2026-03-10'), ANSWER_RULES)));
    expect(dueSteps(resumed.record, resumed.tasks, new Set(), '2026-03-10').map((step) => step.id)).toEqual([ALL_ANSWERED_STEP]);
  });

  it('does not tell the coordinator again when a party changes its answer after all were in', () => {
    const all = answered(routed(), THUISZITTERSTAFEL_PARTIES, '2026-03-05');
    expect(all.tasks.filter((task) => task.kind === 'answer').every((task) => task.status === 'answered')).toBe(true);
    // CJG corrects its answer: nothing new is complete, so no second "alle antwoorden binnen".
    const change = answerChange(all, CJG, '2026-03-12', [answer('inzage', 'verstrekt'), answer('rectificatie', 'geen gegevens')]);
    expect(change.audit.map((event) => event.action)).toContain('antwoord-gewijzigd');
    expect(change.mails.filter(isAllIn)).toEqual([]);
    expect(change.reminderSteps ?? []).toEqual([]);
  });
});

describe('the internal answer-by date (default: five working days before the deadline)', () => {
  // Deadline Thursday 2 April 2026; five working days back: 1 April, 31 March, 30 March, 27 March, 26 March.
  const ANSWER_BY = '2026-03-26';
  const start = () => routedRequest();

  it('is set on the request and on every task at routing, and named in the task mail beside the legal deadline', () => {
    const routed = start();
    expect(routed.record.answerBy).toBe(ANSWER_BY);
    expect(routed.tasks.map((task) => task.answerBy)).toEqual(THUISZITTERSTAFEL_PARTIES.map(() => ANSWER_BY));
    const text = renderMail(routed.mails[0]!).text;
    expect(text).toContain('Antwoord van uw organisatie graag uiterlijk: donderdag 26 maart 2026');
    expect(text).toContain('Wettelijke termijn voor het besluit: donderdag 2 april 2026');
  });

  it("counts the parties' ladder to that date and the coordinator's to the deadline", () => {
    const { record, tasks } = start();
    const dates = (predicate: (step: ReminderStep) => boolean) =>
      stepsUpTo(record, tasks, '2026-04-02')
        .filter(predicate)
        .map((step) => step.date);
    expect([...new Set(dates((step) => step.partyId === RGO && step.kind === 'herinnering'))]).toEqual([
      '2026-03-12',
      '2026-03-19',
      '2026-03-23',
      '2026-03-25',
      '2026-03-26',
    ]);
    expect(dates((step) => step.kind === 'coordinator-termijn')).toEqual(['2026-03-26', '2026-03-30', '2026-04-01']);
    expect(nextReminderOn(record, '2026-03-01')).toBe('2026-03-12');
  });

  it('tells the coordinator the day after the answer-by date, the FG only after the legal deadline', () => {
    const { record, tasks } = start();
    const escalations = (today: string) =>
      stepsUpTo(record, tasks, today)
        .filter((step) => step.partyId === RGO && step.kind === 'escalatie')
        .map((step) => `${step.recipient} ${step.date}`);
    expect(escalations('2026-03-26')).toEqual([]);
    expect(escalations('2026-03-27')).toEqual(['coordinator 2026-03-27']);
    expect(escalations('2026-04-02')).toEqual(['coordinator 2026-03-27']);
    expect(escalations('2026-04-03')).toEqual(['coordinator 2026-03-27', 'fg 2026-04-03']);
  });

  it('says in the late reminder that the answer-by date passed, not the legal deadline', () => {
    const { record, tasks } = start();
    const late = dueSteps(record, tasks, new Set(), '2026-03-27').find((step) => step.partyId === RGO && step.kind === 'te-laat')!;
    const text = renderMail(reminderEffects(record, late, { directory: dir, portalUrl: LINKS.portalUrl, now: middayOn('2026-03-27') }).mail!).text;
    expect(text).toContain('De datum voor uw antwoord (donderdag 26 maart 2026) is voorbij');
    expect(text).toContain('De wettelijke termijn loopt tot donderdag 2 april 2026.');
    expect(text).not.toContain('De uiterste datum (');
  });

  it('moves with an extension', () => {
    const routed = start();
    const extended = applyChange(
      routed,
      changeOf(extendDeadline(routed.record, routed.tasks, { months: 2, reason: 'Veel archief.' }, lifecycleContext('2026-03-20', { partyId: COORDINATOR }))),
    );
    // 2 June 2026 (Tuesday); five working days back: 1 June, 29, 28, 27, 26 May.
    expect(extended.record.deadline).toBe('2026-06-02');
    expect(extended.record.answerBy).toBe('2026-05-26');
    expect(extended.tasks.filter((task) => task.status === 'open').map((task) => task.answerBy)).toEqual(THUISZITTERSTAFEL_PARTIES.map(() => '2026-05-26'));
  });
});
