import { describe, expect, it } from 'vitest';
import { noteRecipients } from '#core/notes';
import { addDays, type IsoDate } from '#core/calendar-date';
import { type CaseStep, type CaseView, caseViewFor } from '#core/case-view';
import type { TypeDecision } from '#core/decision';
import type { TypeAnswer } from '#core/party-answer';
import type { PortalActor, PortalRole } from '#core/portal-access';
import { assignOverleg } from '#core/assign-overleg';
import { answerTask, close, decide, extendDeadline, type Outcome, pauseForClarification, recordIdentityCheck, addNote } from '#core/request-lifecycle';
import { describeDocument } from '#core/document-steps';
import { recordAnswerReceived, recordSentByPost } from '#core/postal-steps';
import type { AuditEvent, PartyTask, RequestRecord } from '#core/request-record';
import { releasedSections, statusViewFor } from '#core/status-view';
import {
  actor,
  applyChange,
  changeOf,
  dir,
  lifecycleContext,
  REQUESTER_EMAIL,
  routedRequest,
  STATUS_TOKEN,
  THUISZITTERSTAFEL_PARTIES,
} from './support/records';

/**
 * The case view is the only thing a portal page gets. Walked over every role
 * of every party and every state a request passes through, it must hold
 * nothing its actor may not see, and offer exactly the steps the lifecycle
 * would accept.
 */
const COORDINATOR = 'swv-go';
/** A marker per party, written into its answer: it may only reach the coordinator and that party itself. */
const marker = (partyId: string) => `GEHEIM-ANTWOORD-${partyId}`;
const PHONE = '06 98765432';
const POSTAL_ADDRESS = 'Postbus 4321\n3250 AA Stellendam';

interface State {
  name: string;
  record: RequestRecord;
  tasks: PartyTask[];
  audit: AuditEvent[];
  today: IsoDate;
}

const answersOf = (record: RequestRecord, partyId: string): TypeAnswer[] =>
  record.types.map((type) =>
    type === 'inzage'
      ? { type, outcome: 'verstrekt', categories: ['NAW-gegevens'], summary: marker(partyId), motivation: '' }
      : { type, outcome: 'geen gegevens', categories: [], summary: '', motivation: marker(partyId) },
  );
const decisionsOf = (record: RequestRecord): TypeDecision[] => record.types.map((type) => ({ type, outcome: 'toegewezen', motivation: 'Alles gegeven.' }));

function step(state: State, outcome: Outcome, name: string, today = state.today): State {
  const change = changeOf(outcome);
  return { name, ...applyChange(state, change), audit: [...state.audit, ...change.audit], today };
}

function answered(state: State, partyId: string, name: string): State {
  const task = state.tasks.find((candidate) => candidate.kind === 'answer' && candidate.partyId === partyId)!;
  return step(state, answerTask(state.record, task, state.tasks, answersOf(state.record, partyId), lifecycleContext(state.today, { partyId })), name);
}

function states(): State[] {
  const routed = routedRequest();
  const withPhone = { ...routed.record, requester: { ...routed.record.requester, phone: PHONE } };
  const today = addDays(routed.record.receivedOn, 3);
  const start: State = { name: 'routed, nobody answered', record: withPhone, tasks: routed.tasks, audit: routed.audit, today };
  const partly = answered(answered(start, COORDINATOR, 'x'), 'cjg-rijnmond', 'two of four answered');
  const all = THUISZITTERSTAFEL_PARTIES.filter((id) => id !== COORDINATOR && id !== 'cjg-rijnmond').reduce(
    (state, partyId) => answered(state, partyId, 'all answered'),
    partly,
  );
  const paused = step(
    partly,
    pauseForClarification(partly.record, partly.tasks, { question: 'Kunt u zich legitimeren?' }, lifecycleContext(today)),
    'paused for a question',
  );
  const extended = step(partly, extendDeadline(partly.record, partly.tasks, { months: 2, reason: 'Veel dossiers.' }, lifecycleContext(today)), 'extended');
  const late = { ...partly, name: 'first term passed', today: addDays(partly.record.deadline, 1) };
  const checked = step(all, recordIdentityCheck(all.record, { method: 'balie', checkedOn: today }, lifecycleContext(today)), 'identity checked');
  const decided = step(checked, decide(checked.record, checked.tasks, decisionsOf(checked.record), lifecycleContext(today)), 'decided');
  const closed = step(decided, close(decided.record, { ...lifecycleContext(today), retentionDays: 365 }), 'closed');
  // A letter registered without an e-mail address: the coordinator posts, and records it.
  const byPost = (state: State): State => {
    const { email: _none, ...requester } = state.record.requester;
    return { ...state, name: `${state.name}, by post`, record: { ...state.record, requester: { ...requester, postalAddress: POSTAL_ADDRESS } } };
  };
  const postedOnce = step(byPost(decided), recordSentByPost(byPost(decided).record, lifecycleContext(today)), 'decision posted');
  return [start, partly, all, paused, extended, late, checked, decided, closed, byPost(paused), byPost(decided), postedOnce];
}

const actors: PortalActor[] = THUISZITTERSTAFEL_PARTIES.flatMap((partyId) => (['contact', 'fg'] as PortalRole[]).map((role) => actor(partyId, role)));
const isCoordinator = (who: PortalActor) => who.partyId === COORDINATOR && who.role === 'contact';

const orNull = (outcome: Outcome | 'forbidden') => (outcome === 'forbidden' ? null : outcome);
const orRefusal = (outcome: Outcome | { invalid: Array<{ message: string }> }): Outcome =>
  'invalid' in outcome ? { ok: false, message: outcome.invalid[0]!.message } : outcome;

function noteOutcome(state: State, who: PortalActor, context: ReturnType<typeof lifecycleContext>): Outcome | null {
  const [withPartyId] = noteRecipients(who, state.record);
  if (!withPartyId) return null;
  const outcome = addNote(state.record, { text: 'Welk dossier bedoelt u?', withPartyId }, 0, context);
  return 'invalid' in outcome ? { ok: false, message: outcome.invalid[0]!.message } : outcome;
}

/** What the lifecycle says to each step, for this actor; null where the actor has no such step at all. */
function lifecycleAnswer(state: State, who: PortalActor): Record<Exclude<CaseStep, 'applyArt19'>, Outcome | null> {
  const context = lifecycleContext(state.today, { partyId: who.partyId, role: who.role });
  const own = state.tasks.find((task) => task.kind === 'answer' && task.partyId === who.partyId);
  const coordinating = isCoordinator(who);
  return {
    assign: coordinating
      ? orRefusal(assignOverleg(state.record, state.tasks, { casusoverlegId: 'go-thuiszitterstafel', variablePartyId: 'rgo' }, context))
      : null,
    answer: who.role === 'contact' && own ? answerTask(state.record, own, state.tasks, answersOf(state.record, who.partyId), context) : null,
    extend: coordinating ? extendDeadline(state.record, state.tasks, { months: 2, reason: 'Reden.' }, context) : null,
    ask: coordinating ? pauseForClarification(state.record, state.tasks, { question: 'Vraag?' }, context) : null,
    recordAnswer: coordinating ? recordAnswerReceived(state.record, state.tasks, { answer: 'Zie brief van 3 maart.' }, context) : null,
    recordSentByPost: coordinating ? recordSentByPost(state.record, context) : null,
    decide: coordinating ? decide(state.record, state.tasks, decisionsOf(state.record), context) : null,
    close: coordinating ? close(state.record, { ...context, retentionDays: 365 }) : null,
    recordIdentity: coordinating ? recordIdentityCheck(state.record, { method: 'bekend', checkedOn: state.today }, context) : null,
    addDocument: orNull(describeDocument(state.record, who, { id: 'document-1', title: 'Dossier' }, context.now)),
    addNote: noteOutcome(state, who, context),
  };
}

describe('caseViewFor: what each actor sees and may do', () => {
  for (const state of states()) {
    describe(state.name, () => {
      for (const who of actors) {
        it(`${who.role} of ${who.partyId}`, () => {
          const view: CaseView = caseViewFor(who, state, { today: state.today, directory: dir, designatedHolidays: [] });
          const seen = JSON.stringify(view);

          // The requester's key to the status page never reaches a portal page.
          expect(seen).not.toContain(STATUS_TOKEN);
          // Contact data only for the coordinator, who contacts the requester.
          expect(seen.includes(state.record.requester.email ? REQUESTER_EMAIL : 'Postbus 4321')).toBe(isCoordinator(who));
          expect(seen.includes(PHONE)).toBe(isCoordinator(who));
          // Each party's answer: the coordinator and that party's own people, nobody else.
          for (const partyId of THUISZITTERSTAFEL_PARTIES) {
            const answeredYet = state.tasks.some((task) => task.kind === 'answer' && task.partyId === partyId && task.status === 'answered');
            expect(seen.includes(marker(partyId)), `answer of ${partyId}`).toBe(answeredYet && (isCoordinator(who) || who.partyId === partyId));
          }
          // The audit trail: the coordinator and the FGs.
          expect(view.audit !== null).toBe(isCoordinator(who) || who.role === 'fg');
          expect(view.standing).toBe(isCoordinator(who) ? 'coordinator' : who.role);

          // Every step offered is a step the lifecycle accepts, and every refusal gives the lifecycle's reason.
          for (const [name, outcome] of Object.entries(lifecycleAnswer(state, who)) as Array<[CaseStep, Outcome | null]>) {
            const permission = view.can[name];
            if (outcome === null) {
              expect(permission.allowed, name).toBe(false);
              continue;
            }
            expect(permission.allowed, name).toBe(outcome.ok);
            if (!permission.allowed && !outcome.ok) expect(permission.reason, name).toBe(outcome.message);
          }
        });
      }
    });
  }
});

describe('statusViewFor: what the requester sees', () => {
  for (const state of states()) {
    it(state.name, () => {
      const view = statusViewFor(state.record, state.tasks);
      const seen = JSON.stringify(view);
      const granted = state.record.decision !== null;
      // Who answered and their motivations stay inside; an inzage summary only comes with the decision that grants it.
      for (const partyId of THUISZITTERSTAFEL_PARTIES) {
        const answeredYet = state.tasks.some((task) => task.kind === 'answer' && task.partyId === partyId && task.status === 'answered');
        expect(seen.includes(marker(partyId)), partyId).toBe(granted && answeredYet);
      }
      expect(seen).not.toContain(`${COORDINATOR}-contact-user`);
      expect(seen).not.toContain(STATUS_TOKEN);
      expect(view.parties.map((party) => party.partyId).sort()).toEqual([...THUISZITTERSTAFEL_PARTIES].sort());
      expect(view.openQuestion !== null).toBe(state.record.status === 'paused');
    });
  }
});

describe('statusViewFor: the released answers, in layers', () => {
  it("shows each released party's summary with its art. 15 details and copy, and nothing of a party whose copy was not released", () => {
    const [decided] = states().filter((state) => state.record.decision !== null);
    const details = { purposes: 'Ondersteuning.', recipients: 'Het overleg.', retention: 'Een jaar.', source: 'De mentor.', copy: 'Kopie-tekst.' };
    const tasks = decided!.tasks.map((task) =>
      task.kind === 'answer' ? { ...task, answers: task.answers!.map((answer) => (answer.type === 'inzage' ? { ...answer, details } : answer)) } : task,
    );
    const record = { ...decided!.record, decision: { ...decided!.record.decision!, releasedPartyIds: ['rgo'] } };
    const view = statusViewFor(record, tasks);
    expect(view.decisions[0]!.inzage).toEqual([{ partyId: 'rgo', categories: ['NAW-gegevens'], summary: marker('rgo'), details }]);
    expect(JSON.stringify(view)).not.toContain(marker('cjg-rijnmond'));
  });
});

describe('statusViewFor: the date the decision was sent', () => {
  it('is the Amsterdam date: sent at 00:30 in Amsterdam on 5 March (23:30 UTC on 4 March) shows 5 March', () => {
    const [decided] = states().filter((state) => state.record.decision !== null);
    const record = { ...decided!.record, decision: { ...decided!.record.decision!, decidedAt: '2026-03-04T23:30:00.000Z' } };
    expect(statusViewFor(record, decided!.tasks).decisions[0]!.decidedOn).toBe('2026-03-05');
    // Summer time: 00:30 on 5 July in Amsterdam is 22:30 UTC on 4 July.
    const summer = { ...record, decision: { ...record.decision, decidedAt: '2026-07-04T22:30:00.000Z' } };
    expect(statusViewFor(summer, decided!.tasks).decisions[0]!.decidedOn).toBe('2026-07-05');
  });
});

describe('releasedSections: the status page per organisation', () => {
  it('gives each organisation with a released part or file one section, with its own files only', () => {
    const file = (id: string, partyId: string) => ({ id, owner: { kind: 'party', partyId } }) as never;
    const part = { partyId: 'rgo', categories: ['NAW-gegevens'], summary: 'Het dossier.' };
    expect(releasedSections([part], [file('a', 'rgo'), file('b', 'cjg-rijnmond'), file('c', 'rgo')])).toEqual([
      { partyId: 'rgo', part, files: [file('a', 'rgo'), file('c', 'rgo')] },
      // Files without an answer text (a decision sent before the details were recorded) still get their section.
      { partyId: 'cjg-rijnmond', part: undefined, files: [file('b', 'cjg-rijnmond')] },
    ]);
    expect(releasedSections([], [])).toEqual([]);
  });
});
