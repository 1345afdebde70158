import { describe, expect, it } from 'vitest';
import { caseViewFor } from '#core/case-view';
import { letterContent, letterLines } from '#core/decision-letter';
import { acceptRequest } from '#core/intake';
import { recordAnswerReceived, recordSentByPost } from '#core/postal-steps';
import { forStaff, notYourOverleg, registrationRegions } from '#core/registration';
import { decide, pauseForClarification } from '#core/request-lifecycle';
import { registerAndRoute } from '#core/request-record';
import { intake as M, staffIntake as S } from '#texts/nl/intake';
import type { TypeDecision } from '#core/decision';
import type { RequestRecord } from '#core/request-record';
import { actor, applyChange, changeOf, dir, lifecycleContext, rawRequest, refusalOf, REQUESTER_EMAIL, THUISZITTERSTAFEL_PARTIES } from './support/records';

const decisionsOf = (record: RequestRecord): TypeDecision[] => record.types.map((type) => ({ type, outcome: 'toegewezen', motivation: 'Alles gegeven.' }));
const ADDRESS = 'Voorstraat 12\n3241 EG Middelharnis';
const context = { directory: dir, receivedOn: '2026-03-02' as const, designatedHolidays: [], registration: true };

/** A letter without an e-mail address, as the registration page sends it. */
function byPost(): any {
  const raw = rawRequest({ types: ['verwijdering'] });
  const { email: _none, ...requester } = raw.requester;
  return { ...raw, requester: { ...requester, postalAddress: ADDRESS } };
}

function registered(raw: any = byPost()) {
  const accepted = acceptRequest(raw, context);
  if (!accepted.ok) throw new Error(JSON.stringify(accepted.errors));
  const result = registerAndRoute(
    accepted.request,
    { reference: 'AVG-POST-0001', channel: 'brief', statusToken: 't', statusUrl: 'https://x/status/t', registeredBy: { partyId: 'swv-go', userId: 'u' } },
    { directory: dir, designatedHolidays: [], portalUrl: 'https://x/portaal', now: new Date('2026-03-02T10:00:00Z') },
  );
  if (!result.ok) throw new Error(result.reason);
  return result.routed;
}

describe('registering a letter: e-mail or postal address', () => {
  it('accepts a postal address instead of an e-mail address, and the public form does not', () => {
    expect(acceptRequest(byPost(), context).ok).toBe(true);
    const publicForm = acceptRequest(byPost(), { ...context, registration: false });
    expect(publicForm.ok).toBe(false);
    expect(!publicForm.ok && publicForm.errors.map((error) => error.path)).toContain('requester.email');
  });

  it('asks for one of the two at the e-mail field, together with every other error', () => {
    const raw = byPost();
    delete raw.requester.postalAddress;
    raw.child.dateOfBirth = '2030-01-01';
    const result = acceptRequest(raw, context);
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors : [];
    expect(errors).toContainEqual({ path: 'requester.email', message: M.contactMissing });
    expect(errors.map((error) => error.path)).toContain('child.dateOfBirth');
  });

  it('sends the requester no mail at all, and routes to every party', () => {
    const routed = registered();
    expect(routed.mails.map((mail) => mail.to)).not.toContain(undefined);
    expect(routed.mails.every((mail) => mail.kind === 'partyTask')).toBe(true);
    expect(
      routed.tasks
        .filter((task) => task.kind === 'answer')
        .map((task) => task.partyId)
        .sort(),
    ).toEqual([...THUISZITTERSTAFEL_PARTIES].sort());
    expect(routed.record.requester).toMatchObject({ postalAddress: ADDRESS });
    expect(routed.record.requester.email).toBeUndefined();
  });

  it('still mails a requester who gave an e-mail address', () => {
    const routed = registered(rawRequest());
    expect(routed.mails.filter((mail) => mail.to === REQUESTER_EMAIL).map((mail) => mail.kind)).toEqual(['requesterNews']);
  });
});

describe('a requester by post, after registration', () => {
  const coordinator = (today: string) => lifecycleContext(today, { partyId: 'swv-go' });

  it('mails nothing when the coordinator asks, and the coordinator records the answer that came by post: the clock runs again', () => {
    const routed = registered();
    const paused = changeOf(pauseForClarification(routed.record, routed.tasks, { question: 'Stuur een kopie van uw ID.' }, coordinator('2026-03-05')));
    expect(paused.mails).toEqual([]);
    const afterPause = applyChange({ record: routed.record, tasks: routed.tasks }, paused);
    // Once the coordinator's own part is answered, the answer by post is what leads its page.
    const ownDone = afterPause.tasks.map((task) => (task.kind === 'answer' && task.partyId === 'swv-go' ? { ...task, status: 'answered' as const } : task));
    const view = caseViewFor(actor('swv-go'), { ...afterPause, tasks: ownDone, audit: [] }, { today: '2026-03-09', directory: dir, designatedHolidays: [] });
    expect(view.byPost).toBe(true);
    expect(view.next).toBe('recordAnswer');

    const resumed = changeOf(recordAnswerReceived(afterPause.record, afterPause.tasks, { answer: 'Kopie ID ontvangen per post.' }, coordinator('2026-03-09')));
    expect(resumed.record!.next.status).toBe('in_progress');
    expect(resumed.record!.next.deadline > routed.record.deadline).toBe(true);
    expect(resumed.mails).toEqual([]);
    expect(resumed.audit[0]).toMatchObject({ action: 'vraag-beantwoord', actor: { kind: 'medewerker', partyId: 'swv-go' }, facts: { byPost: true } });
  });

  it('refuses to record an answer while no question is open', () => {
    const routed = registered();
    expect(refusalOf(recordAnswerReceived(routed.record, routed.tasks, { answer: 'x' }, coordinator('2026-03-05')))).toMatch(/geen besluit|niet/i);
  });

  it('puts the postal address on the letter, and records the posting once per decision', () => {
    let state = { ...registered(), audit: [] as never[] };
    for (const partyId of THUISZITTERSTAFEL_PARTIES) {
      state = {
        ...state,
        tasks: state.tasks.map((task) => (task.kind === 'answer' && task.partyId === partyId ? { ...task, status: 'answered' as const, answers: [] } : task)),
      };
    }
    const decided = applyChange(state, changeOf(decide(state.record, state.tasks, decisionsOf(state.record), coordinator('2026-03-10'))));
    expect(changeOf(decide(state.record, state.tasks, decisionsOf(state.record), coordinator('2026-03-10'))).mails).toEqual([]);
    const lines = letterLines(letterContent(decided.record, 0, dir, [])!);
    expect(lines.slice(lines.indexOf(decided.record.requester.name), lines.indexOf(decided.record.requester.name) + 3)).toEqual([
      decided.record.requester.name,
      'Voorstraat 12',
      '3241 EG Middelharnis',
    ]);

    const view = caseViewFor(actor('swv-go'), { ...decided, audit: [] }, { today: '2026-03-10', directory: dir, designatedHolidays: [] });
    expect(view.next).toBe('recordSentByPost');
    const posted = changeOf(recordSentByPost(decided.record, coordinator('2026-03-11')));
    expect(posted.record!.next.sentByPost).toEqual(['2026-03-11']);
    expect(posted.audit[0]).toMatchObject({ action: 'per-post-verstuurd', facts: { decision: 1, sentOn: '2026-03-11' } });
    expect(refusalOf(recordSentByPost(posted.record!.next, coordinator('2026-03-12')))).toContain('geen besluit');
  });
});

describe('what a contact person may register', () => {
  it('offers only the overleggen of their own region', () => {
    expect(registrationRegions(actor('swv-go'), dir).map((region) => region.id)).toEqual(['goeree-overflakkee']);
  });

  it('says "not your overleg" on the choice alone: another region, or another school board', () => {
    const other = notYourOverleg(actor('swv-go'), dir, { regionId: 'west-kennemerland', casusoverlegId: 'wk-leerplicht-rmc' });
    expect(other).toEqual({ path: 'casusoverlegId', message: M.notInOverleg });
    expect(notYourOverleg(actor('swv-go'), dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-thuiszitterstafel', variablePartyId: 'rgo' })).toBeNull();
    // RGO is in the overleg only as the chosen school board.
    expect(notYourOverleg(actor('rgo'), dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-thuiszitterstafel', variablePartyId: 'rgo' })).toBeNull();
    const otherBoard = dir.variablePartyChoices('goeree-overflakkee', 'go-thuiszitterstafel').find((party) => party.id !== 'rgo')!;
    expect(
      notYourOverleg(actor('rgo'), dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-thuiszitterstafel', variablePartyId: otherBoard.id }),
    ).toEqual({
      path: 'casusoverlegId',
      message: M.notInOverleg,
    });
    // No overleg chosen yet: the routing says so, not this rule.
    expect(notYourOverleg(actor('swv-go'), dir, {})).toBeNull();
  });

  it('speaks about the requester, not to them', () => {
    expect(forStaff([{ path: 'requester.name', message: M.nameMissing }])).toEqual([{ path: 'requester.name', message: S.nameMissing }]);
    expect(forStaff([{ path: 'x', message: 'Iets anders.' }])).toEqual([{ path: 'x', message: 'Iets anders.' }]);
  });
});
