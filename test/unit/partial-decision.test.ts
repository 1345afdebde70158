import { describe, expect, it } from 'vitest';
import { decisionScope, partialDecisionFrom } from '#core/decision-scope';
import { letterContent, letterId, letterLines } from '#core/decision-letter';
import { answerTask, decide } from '#core/request-lifecycle';
import { releasedToRequester, type DocumentRecord } from '#core/documents';
import { statusViewFor } from '#core/status-view';
import { summarize } from '#core/fg-oversight';
import { isTracked, nextReminderOn } from '#core/reminder-ladder';
import type { TypeDecision } from '#core/decision';
import type { TypeAnswer } from '#core/party-answer';
import type { PartyTask, RequestRecord } from '#core/request-record';
import { applyChange, changeOf, dir, identityChecked, lifecycleContext, refusalOf, routedRequest } from './support/records';

type State = { record: RequestRecord; tasks: PartyTask[] };

const NOTHING: TypeAnswer[] = [
  { type: 'inzage', outcome: 'geen gegevens', categories: [], summary: '', motivation: '' },
  { type: 'rectificatie', outcome: 'geen gegevens', categories: [], summary: '', motivation: '' },
];
const REFUSED_BY_LATE: TypeAnswer[] = [
  { type: 'inzage', outcome: 'afgewezen', ground: 'avg-12-5', categories: [], summary: '', motivation: 'Kennelijk ongegrond.' },
  { type: 'rectificatie', outcome: 'geen gegevens', categories: [], summary: '', motivation: '' },
];
const DECISIONS: TypeDecision[] = [
  { type: 'inzage', outcome: 'toegewezen', motivation: 'U krijgt alles.' },
  { type: 'rectificatie', outcome: 'toegewezen', motivation: 'Niets te verbeteren.' },
];
// The Thuiszitterstafel of Goeree-Overflakkee, received 2 March 2026: deadline Thursday 2 April.
const LATE = 'rgo';
const LATE_NAME = 'Stichting Openbaar Voortgezet Onderwijs Goeree-Overflakkee';

function answered(state: State, partyId: string, answers: TypeAnswer[], today: string): State {
  const task = state.tasks.find((candidate) => candidate.kind === 'answer' && candidate.partyId === partyId)!;
  return applyChange(state, changeOf(answerTask(state.record, task, state.tasks, answers, lifecycleContext(today, { partyId }))));
}

/** Every party but the late one has answered. */
function allButLate(): State {
  const routed = routedRequest();
  const state = { record: identityChecked(routed.record), tasks: routed.tasks };
  return state.record.partyIds.filter((partyId) => partyId !== LATE).reduce((current, partyId) => answered(current, partyId, NOTHING, '2026-03-10'), state);
}

describe('partial decisions: from five working days before the deadline', () => {
  it('counts working days back from the deadline, skipping weekends and holidays', () => {
    expect(partialDecisionFrom('2026-04-02', 5)).toBe('2026-03-26');
    // Tweede Paasdag (6 April 2026), the weekend and Goede Vrijdag before it do not count (Algemene termijnenwet).
    expect(partialDecisionFrom('2026-04-07', 5)).toBe('2026-03-27');
    expect(partialDecisionFrom('2026-04-02', 5, ['2026-03-30'])).toBe('2026-03-25');
    expect(partialDecisionFrom('2026-04-02', 0)).toBe('2026-04-02');
  });

  it('is refused the day before, naming the late party and the first day it can be sent', () => {
    const state = allButLate();
    const message = refusalOf(decide(state.record, state.tasks, DECISIONS, lifecycleContext('2026-03-25')));
    expect(message).toContain(LATE_NAME);
    expect(message).toContain('Vanaf donderdag 26 maart 2026 kunt u een deelbesluit sturen');
  });

  it('follows the region setting', () => {
    const state = allButLate();
    const region = dir.region(state.record.regionId)!;
    const scope = (workingDays: number, today: string) => decisionScope(state.record, state.tasks, { today, workingDays, designatedHolidays: [] }).kind;
    expect(region.partialDecisionWorkingDays).toBeUndefined();
    expect(scope(10, '2026-03-19')).toBe('partial');
    expect(scope(10, '2026-03-18')).toBe('none');
  });

  it('covers the parts that are in, names the party still working, and keeps the request open with its reminders', () => {
    const state = allButLate();
    const change = changeOf(decide(state.record, state.tasks, DECISIONS, lifecycleContext('2026-03-26')));
    const next = change.record!.next;
    expect(next.status).toBe('in_progress');
    expect(next.decision!.partyIds).toEqual(state.record.partyIds.filter((partyId) => partyId !== LATE));
    expect(next.decision!.pendingPartyIds).toEqual([LATE]);
    expect(next.decision!.text.paragraphs[1]).toContain(`${LATE_NAME} werkt nog aan het eigen deel`);
    expect(next.decision!.text.parts!.map((part) => part.partyId)).not.toContain(LATE);
    expect(change.audit.map((event) => event.action)).toEqual(['deelbesluit-verstuurd']);
    // Its own letter, made by the letters job.
    expect(change.documents!.map(({ document }) => [document.id, document.title, document.status])).toEqual([
      [letterId(0), `Deelbesluit ${state.record.reference}`, 'checking'],
    ]);
    expect(change.audit[0]!.facts).toMatchObject({ pending: [LATE] });
    // The late party's reminders and escalation keep running.
    expect(isTracked(next)).toBe(true);
    expect(nextReminderOn(next, '2026-03-26')).not.toBeNull();
  });

  it('lets only the late party answer afterwards, and waits for it before the supplementary decision', () => {
    const partial = applyChange(allButLate(), changeOf(decide(allButLate().record, allButLate().tasks, DECISIONS, lifecycleContext('2026-03-26'))));
    const decidedTask = partial.tasks.find((task) => task.kind === 'answer' && task.partyId === 'swv-go')!;
    expect(refusalOf(answerTask(partial.record, decidedTask, partial.tasks, NOTHING, lifecycleContext('2026-03-27', { partyId: 'swv-go' })))).toContain(
      'al besloten',
    );
    expect(refusalOf(decide(partial.record, partial.tasks, DECISIONS, lifecycleContext('2026-03-27')))).toContain(LATE_NAME);
    const lateIn = answered(partial, LATE, REFUSED_BY_LATE, '2026-04-06');
    // The late party refused inzage: the supplementary decision cannot grant it in full.
    expect(refusalOf(decide(lateIn.record, lateIn.tasks, DECISIONS, lifecycleContext('2026-04-07')))).toContain('deels toegewezen');
  });

  it('sends the supplementary decision with the late party’s own remedies, and then the request is decided', () => {
    const first = allButLate();
    const partial = applyChange(first, changeOf(decide(first.record, first.tasks, DECISIONS, lifecycleContext('2026-03-26'))));
    const lateIn = answered(partial, LATE, REFUSED_BY_LATE, '2026-04-06');
    const supplementary: TypeDecision[] = [
      { type: 'inzage', outcome: 'deels toegewezen', ground: 'avg-12-5', motivation: 'Eén organisatie weigert.' },
      DECISIONS[1]!,
    ];
    const change = changeOf(decide(lateIn.record, lateIn.tasks, supplementary, lifecycleContext('2026-04-07')));
    const next = change.record!.next;
    expect(next.status).toBe('decided');
    expect(next.decision).toEqual(partial.record.decision);
    expect(next.supplement!.partyIds).toEqual([LATE]);
    expect(next.supplement!.text.paragraphs[1]).toBe(
      'Dit is het aanvullende besluit bij het deelbesluit van donderdag 26 maart 2026. Het gaat over de delen die toen nog niet klaar waren.',
    );
    const latePart = next.supplement!.text.parts!;
    expect(latePart.map((part) => part.partyId)).toEqual([LATE]);
    // RGO is an openbaar school board (publicBody in the configuration): bezwaar at RGO.
    expect(latePart[0]!.remedies.join(' ')).toContain('bezwaar');
    expect(change.audit.map((event) => event.action)).toEqual(['aanvullend-besluit-verstuurd']);
    // The second letter: the late party's part with its own remedies, referring to the deelbesluit.
    expect(change.documents!.map(({ document }) => [document.id, document.title])).toEqual([[letterId(1), `Aanvullend besluit ${next.reference}`]]);
    const letter = letterLines(letterContent(next, 1, dir, [])!).join('\n');
    expect(letter).toContain('Onderwerp: Aanvullend besluit op uw verzoek');
    expect(letter).toContain('Dit is het aanvullende besluit bij het deelbesluit van donderdag 26 maart 2026.');
    expect(letter).toContain(latePart[0]!.remedies[0]);
    expect(letterLines(letterContent(next, 0, dir, [])!).join('\n')).toContain(`${LATE_NAME} werkt nog aan het eigen deel`);

    const decided = applyChange(lateIn, change);
    const view = statusViewFor(decided.record, decided.tasks);
    expect(view.decisions.map((decision) => [decision.kind, decision.decidedOn])).toEqual([
      ['partial', '2026-03-26'],
      ['supplementary', '2026-04-07'],
    ]);
    // Each FG's figures follow the decision on its own part.
    expect(summarize(decided.record, { partyId: 'swv-go', downloads: 0 }).decidedOn).toBe('2026-03-26');
    expect(summarize(decided.record, { partyId: LATE, downloads: 0 }).decidedOn).toBe('2026-04-07');
  });

  it('releases a party’s files with the decision that covers its part, not before', () => {
    const first = allButLate();
    const withCopy: TypeAnswer[] = [{ ...NOTHING[0]!, outcome: 'verstrekt', categories: ['NAW-gegevens'], summary: 'Naam.' }, NOTHING[1]!];
    const state = answered(first, 'swv-go', withCopy, '2026-03-11');
    const partial = applyChange(state, changeOf(decide(state.record, state.tasks, DECISIONS, lifecycleContext('2026-03-26'))));
    const file = (partyId: string): DocumentRecord => ({
      reference: state.record.reference,
      id: `file-of-${partyId}`,
      owner: { kind: 'party', partyId },
      title: 'Dossier',
      status: 'available',
      createdAt: '2026-03-20T10:00:00.000Z',
      createdBy: 'user',
      typeCheck: 'passed',
      malwareScan: 'clean',
      version: 3,
    });
    const now = new Date('2026-03-27T10:00:00Z');
    expect(releasedToRequester(partial.record, file('swv-go'), now)).toBe(true);
    expect(releasedToRequester(partial.record, file(LATE), now)).toBe(false);
    const withLateCopy: TypeAnswer[] = [{ ...withCopy[0]!, summary: 'Leerlingdossier.' }, NOTHING[1]!];
    const lateIn = answered(partial, LATE, withLateCopy, '2026-04-01');
    const decided = applyChange(lateIn, changeOf(decide(lateIn.record, lateIn.tasks, DECISIONS, lifecycleContext('2026-04-02'))));
    expect(releasedToRequester(decided.record, file(LATE), new Date('2026-04-03T10:00:00Z'))).toBe(true);
  });
});
