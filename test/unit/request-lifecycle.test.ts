import { statusTexts } from '#texts/catalogue';
import { describe, expect, it } from 'vitest';
import type { TypeDecision } from '#core/decision';
import { remedies } from '#texts/nl/remedies';
import type { TypeAnswer } from '#core/party-answer';
import {
  answerClarification,
  answerTask,
  close,
  completeArt19,
  decide,
  extendDeadline,
  pauseForClarification,
  recordIdentityCheck,
} from '#core/request-lifecycle';
import { readIdentityCheck } from '#core/identity-check';
import { expiryOf, type PartyTask, type RequestRecord, withExpiryOf } from '#core/request-record';
import type { RequestType } from '#core/request-schema';
import { independentWeekday } from './support/calendar';
import { expectDutch } from './support/dutch';
import {
  applyChange,
  changeOf,
  CHILD_NAME,
  DETAILS,
  LINKS,
  lifecycleContext,
  MIDDEN_GELRE,
  MIDDEN_GELRE_PARTIES,
  REFERENCE,
  refusalOf,
  REQUESTER_EMAIL,
  REQUESTER_NAME,
  routedRequest,
  type RequestOptions,
  THUISZITTERSTAFEL_PARTIES,
  singlePartyDirectory,
  WEST_KENNEMERLAND_ALONE,
  identityChecked,
  dir,
} from './support/records';
import { renderMail } from '#core/mail-rendering';
import type { Mail } from '#core/mails';

/** The requester's words for the answer's rule, as the status page passes them. */
const ANSWER_RULES = statusTexts('nl').answerRules;

type State = { record: RequestRecord; tasks: PartyTask[] };

function routed(options: RequestOptions = {}): State {
  const { record, tasks } = routedRequest(options);
  return { record, tasks };
}

const answerTaskOf = (state: State, partyId: string) => state.tasks.find((task) => task.kind === 'answer' && task.partyId === partyId)!;
const art19TasksOf = (state: State) => state.tasks.filter((task) => task.kind === 'art19');

const answer = (type: RequestType, outcome: string, extra: Partial<TypeAnswer> = {}): TypeAnswer => ({
  type,
  outcome,
  categories: [],
  summary: '',
  motivation: '',
  ...extra,
});
const NOTHING_FOUND = [answer('inzage', 'geen gegevens'), answer('rectificatie', 'geen gegevens')];
const RECTIFIED = [answer('inzage', 'verstrekt', { categories: ['NAW-gegevens'], summary: 'Naam en adres.' }), answer('rectificatie', 'gerectificeerd')];

/** One party answers, as its own contact person, and the change is written. */
function answered(state: State, partyId: string, answers: TypeAnswer[], today = '2026-03-05'): State {
  return applyChange(state, changeOf(answerTask(state.record, answerTaskOf(state, partyId), state.tasks, answers, lifecycleContext(today, { partyId }))));
}

function allAnswered(state: State, answers = NOTHING_FOUND): State {
  return state.record.partyIds.reduce((current, partyId) => answered(current, partyId, answers), state);
}

/** No mail may carry personal data or free text (toelichting art. 10). */
function expectNoPersonalData(mails: Mail[], ...freeText: string[]) {
  for (const { subject, text } of mails.map((mail) => renderMail(mail))) {
    for (const secret of [REQUESTER_NAME, CHILD_NAME, DETAILS, '2012-06-15', ...freeText]) {
      expect(subject + text, `mail "${subject}"`).not.toContain(secret);
    }
  }
}

describe('the test requests', () => {
  it('are routed to the parties of the Thuiszitterstafel, with one-month deadlines worked out by hand', () => {
    const state = routed({ receivedOn: '2026-03-02' });
    expect(state.record.status).toBe('in_progress');
    expect(state.record.deadline).toBe('2026-04-02');
    expect(independentWeekday('2026-04-02')).toBe('donderdag');
    expect(state.tasks.map((task) => task.partyId)).toEqual(THUISZITTERSTAFEL_PARTIES);
    // 31 January: 28 February 2026 is a Saturday, so Monday 2 March.
    expect(independentWeekday('2026-02-28')).toBe('zaterdag');
    expect(routed({ receivedOn: '2026-01-31' }).record.deadline).toBe('2026-03-02');
  });
});

describe('answerTask', () => {
  it('marks the open task answered, with the answers, who and when, at version + 1 guarded by the version read', () => {
    const state = routed();
    const task = answerTaskOf(state, 'cjg-rijnmond');
    const context = lifecycleContext('2026-03-05', { partyId: 'cjg-rijnmond' });
    const change = changeOf(answerTask(state.record, task, state.tasks, NOTHING_FOUND, context));
    expect(change.record).toBeUndefined();
    expect(change.requireStatus).toEqual({ reference: REFERENCE, statuses: ['in_progress', 'paused'] });
    expect(change.tasks).toEqual([
      {
        task: {
          ...task,
          status: 'answered',
          answers: NOTHING_FOUND,
          answeredAt: '2026-03-05T10:00:00.000Z',
          answeredBy: 'cjg-rijnmond-contact-user',
          version: 2,
        },
        readVersion: 1,
      },
    ]);
    expect(change.mails).toEqual([]);
    expect(change.audit).toEqual([
      {
        reference: REFERENCE,
        at: '2026-03-05T10:00:00.000Z',
        actor: { kind: 'medewerker', partyId: 'cjg-rijnmond', userId: 'cjg-rijnmond-contact-user' },
        action: 'antwoord-gegeven',
        facts: { party: 'cjg-rijnmond', outcomes: ['inzage:geen gegevens', 'rectificatie:geen gegevens'] },
      },
    ]);
  });

  it('lets a party change its answer: the version read is the answered one, the audit says "gewijzigd"', () => {
    const state = answered(routed(), 'cjg-rijnmond', NOTHING_FOUND);
    const task = answerTaskOf(state, 'cjg-rijnmond');
    expect(task.version).toBe(2);
    const change = changeOf(
      answerTask(state.record, task, state.tasks, RECTIFIED.slice(0, 1).concat(NOTHING_FOUND[1]!), lifecycleContext('2026-03-06', { partyId: 'cjg-rijnmond' })),
    );
    expect(change.tasks).toHaveLength(1);
    expect(change.tasks[0]!.readVersion).toBe(2);
    expect(change.tasks[0]!.task.version).toBe(3);
    expect(change.tasks[0]!.task.answers![0]!.outcome).toBe('verstrekt');
    expect(change.audit.map((event) => event.action)).toEqual(['antwoord-gewijzigd']);
  });

  it('still accepts answers while the request waits for the requester', () => {
    const start = routed();
    const paused = applyChange(start, changeOf(pauseForClarification(start.record, start.tasks, { question: 'Wie bent u?' }, lifecycleContext('2026-03-04'))));
    expect(paused.record.status).toBe('paused');
    const result = answerTask(paused.record, answerTaskOf(paused, 'rgo'), paused.tasks, NOTHING_FOUND, lifecycleContext('2026-03-05', { partyId: 'rgo' }));
    expect(result.ok).toBe(true);
  });

  it('is refused once the request is decided or closed', () => {
    const all = allAnswered(routed());
    const decided = applyChange(
      all,
      changeOf(decide(identityChecked(all.record), all.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-03-20'))),
    );
    expect(decided.record.status).toBe('decided');
    const lateAnswer = answerTask(decided.record, answerTaskOf(decided, 'rgo'), decided.tasks, RECTIFIED, lifecycleContext('2026-03-21', { partyId: 'rgo' }));
    expectDutch(refusalOf(lateAnswer));
    const closed = applyChange(decided, changeOf(close(decided.record, { ...lifecycleContext('2026-03-22'), retentionDays: 365 })));
    expect(closed.record.status).toBe('closed');
    expectDutch(refusalOf(answerTask(closed.record, answerTaskOf(closed, 'rgo'), closed.tasks, RECTIFIED, lifecycleContext('2026-03-23', { partyId: 'rgo' }))));
  });

  it('is refused for an art. 19 task', () => {
    const state = answered(routed(), 'cjg-rijnmond', RECTIFIED);
    const art19 = art19TasksOf(state)[0]!;
    expectDutch(refusalOf(answerTask(state.record, art19, state.tasks, NOTHING_FOUND, lifecycleContext('2026-03-06', { partyId: art19.partyId }))));
  });
});

describe('answerTask: AVG art. 19', () => {
  it('gives every other party of the request an art. 19 task and a mail, and tells the requester once', () => {
    const state = routed();
    const change = changeOf(
      answerTask(state.record, answerTaskOf(state, 'cjg-rijnmond'), state.tasks, RECTIFIED, lifecycleContext('2026-03-05', { partyId: 'cjg-rijnmond' })),
    );
    const others = ['swv-go', 'gemeente-goeree-overflakkee', 'rgo'];
    const created = change.tasks.filter((entry) => entry.task.kind === 'art19');
    expect(created.map((entry) => entry.task.partyId).sort()).toEqual([...others].sort());
    for (const { task, readVersion } of created) {
      expect(readVersion).toBeNull();
      expect(task).toMatchObject({
        reference: REFERENCE,
        kind: 'art19',
        fromPartyId: 'cjg-rijnmond',
        coordinator: false,
        status: 'open',
        deadline: '2026-04-02',
        version: 1,
        createdAt: '2026-03-05T10:00:00.000Z',
      });
      expect(task.changes).toContain('rectificatie:gerectificeerd');
    }
    // the party's own answer task is answered in the same change
    expect(change.tasks.filter((entry) => entry.task.kind === 'answer').map((entry) => entry.task.partyId)).toEqual(['cjg-rijnmond']);

    // one mail to each other party's contact from the configuration, one to the requester
    expect(change.mails.flatMap((mail) => mail.to).sort()).toEqual(
      ['privacy@swv-go.example', 'avg@gemeente-go.example', 'privacy@rgo.example', REQUESTER_EMAIL].sort(),
    );
    expect(change.mails.map((mail) => mail.to)).not.toContain('privacy@cjg-rijnmond.example');
    for (const mail of change.mails.filter((mail) => mail.to !== REQUESTER_EMAIL)) {
      expect(renderMail(mail).subject).toContain(REFERENCE);
      expect(renderMail(mail).text).toContain('artikel 19');
      expect(renderMail(mail).text).toContain('"Thuiszitterstafel"');
      expect(renderMail(mail).text).toContain(LINKS.portalUrl);
      expect(renderMail(mail).text).not.toContain(LINKS.statusUrl);
    }
    const news = change.mails.find((mail) => mail.to === REQUESTER_EMAIL)!;
    expect(renderMail(news).text).toContain('doorgegeven aan de andere organisaties');
    expect(renderMail(news).text).toContain(LINKS.statusUrl);
    expect(renderMail(news).text).not.toContain(LINKS.portalUrl);
    expectNoPersonalData(change.mails);

    const forwarded = change.audit.filter((event) => event.action === 'art19-doorgegeven');
    expect(forwarded).toHaveLength(1);
    expect(forwarded[0]!.facts!.from).toBe('cjg-rijnmond');
    expect([...(forwarded[0]!.facts!.to as string[])].sort()).toEqual([...others].sort());
    expect(forwarded[0]!.actor).toEqual({ kind: 'medewerker', partyId: 'cjg-rijnmond', userId: 'cjg-rijnmond-contact-user' });
  });

  it.each([
    ['rectificatie', 'gerectificeerd'],
    ['rectificatie', 'aangevuld'],
    ['verwijdering', 'verwijderd'],
    ['beperking', 'beperkt'],
  ] as const)('follows %s: %s with three art. 19 tasks, one per other party', (type, outcome) => {
    const state = routed({ types: [type] });
    const change = changeOf(
      answerTask(state.record, answerTaskOf(state, 'rgo'), state.tasks, [answer(type, outcome)], lifecycleContext('2026-03-05', { partyId: 'rgo' })),
    );
    expect(
      change.tasks
        .filter((entry) => entry.task.kind === 'art19')
        .map((entry) => entry.task.partyId)
        .sort(),
    ).toEqual(['cjg-rijnmond', 'gemeente-goeree-overflakkee', 'swv-go']);
    expect(change.tasks.filter((entry) => entry.task.kind === 'art19').every((entry) => entry.task.fromPartyId === 'rgo')).toBe(true);
    expect(change.mails).toHaveLength(4);
    expect(change.audit.map((event) => event.action)).toEqual(['antwoord-gegeven', 'art19-doorgegeven']);
  });

  it.each([
    ['inzage', 'geen gegevens'],
    ['inzage', 'verstrekt'],
    ['inzage', 'afgewezen'],
    ['rectificatie', 'geen gegevens'],
    ['verwijdering', 'afgewezen'],
    ['bezwaar', 'bezwaar toegekend'],
  ] as const)('creates no art. 19 task, mail or event for %s: %s', (type, outcome) => {
    const state = routed({ types: [type] });
    const extra =
      outcome === 'verstrekt'
        ? { categories: ['NAW-gegevens' as const], summary: 'Naam.' }
        : outcome === 'afgewezen'
          ? { ground: 'avg-12-5' as const, motivation: 'Kennelijk ongegrond.' }
          : {};
    const change = changeOf(
      answerTask(state.record, answerTaskOf(state, 'rgo'), state.tasks, [answer(type, outcome, extra)], lifecycleContext('2026-03-05', { partyId: 'rgo' })),
    );
    expect(change.tasks.map((entry) => entry.task.kind)).toEqual(['answer']);
    expect(change.mails).toEqual([]);
    expect(change.audit.map((event) => event.action)).toEqual(['antwoord-gegeven']);
  });

  it('creates no duplicate tasks or mails when the same party answers again with a change', () => {
    const once = answered(routed(), 'cjg-rijnmond', RECTIFIED);
    expect(art19TasksOf(once)).toHaveLength(3);
    const again = changeOf(
      answerTask(once.record, answerTaskOf(once, 'cjg-rijnmond'), once.tasks, RECTIFIED, lifecycleContext('2026-03-06', { partyId: 'cjg-rijnmond' })),
    );
    expect(again.tasks.map((entry) => entry.task.kind)).toEqual(['answer']);
    expect(again.mails).toEqual([]);
    expect(again.audit.map((event) => event.action)).toEqual(['antwoord-gewijzigd']);
  });

  it('still informs the others when a second party changes data: tasks are per party that changed it', () => {
    const first = answered(routed(), 'cjg-rijnmond', RECTIFIED);
    const second = answered(first, 'rgo', RECTIFIED);
    const fromRgo = art19TasksOf(second).filter((task) => task.fromPartyId === 'rgo');
    expect(fromRgo.map((task) => task.partyId).sort()).toEqual(['cjg-rijnmond', 'gemeente-goeree-overflakkee', 'swv-go']);
    expect(art19TasksOf(second)).toHaveLength(6);
  });

  it('only adds the parties that do not have a task from this party yet', () => {
    const state = routed();
    // swv-go already holds an art. 19 task from cjg-rijnmond (e.g. from an earlier answer)
    const existing: PartyTask = {
      ...answerTaskOf(state, 'swv-go'),
      kind: 'art19',
      coordinator: false,
      fromPartyId: 'cjg-rijnmond',
      changes: ['rectificatie:aangevuld'],
    };
    const change = changeOf(
      answerTask(
        state.record,
        answerTaskOf(state, 'cjg-rijnmond'),
        [...state.tasks, existing],
        RECTIFIED,
        lifecycleContext('2026-03-05', { partyId: 'cjg-rijnmond' }),
      ),
    );
    expect(
      change.tasks
        .filter((entry) => entry.task.kind === 'art19')
        .map((entry) => entry.task.partyId)
        .sort(),
    ).toEqual(['gemeente-goeree-overflakkee', 'rgo']);
    expect(change.mails.flatMap((mail) => mail.to).sort()).toEqual(['avg@gemeente-go.example', 'privacy@rgo.example', REQUESTER_EMAIL].sort());
    expect(change.audit.find((event) => event.action === 'art19-doorgegeven')!.facts!.to).toEqual(['gemeente-goeree-overflakkee', 'rgo']);
  });

  it('informs nobody, and does not tell the requester so, when the request has no other party', () => {
    const alone = singlePartyDirectory();
    const state = routed({ overleg: WEST_KENNEMERLAND_ALONE, types: ['verwijdering'], directory: alone });
    expect(state.record.partyIds).toEqual(['rbl-leerplein']);
    const context = lifecycleContext('2026-03-05', { partyId: 'rbl-leerplein', directory: alone });
    const change = changeOf(answerTask(state.record, answerTaskOf(state, 'rbl-leerplein'), state.tasks, [answer('verwijdering', 'verwijderd')], context));
    expect(change.tasks.map((entry) => entry.task.kind)).toEqual(['answer']);
    // No art. 19 mails and no requester news; being the only answer, it does complete the set for the coordinator.
    expect(change.mails.map((mail) => renderMail(mail).subject)).toEqual([expect.stringMatching(/^Alle antwoorden binnen/)]);
    expect(change.audit.map((event) => event.action)).toEqual(['antwoord-gegeven', 'herinnering-verstuurd']);
  });
});

describe('completeArt19', () => {
  it('marks the art. 19 task done by the other party, version + 1, with an audit event naming both parties', () => {
    const state = answered(routed(), 'cjg-rijnmond', RECTIFIED);
    const task = art19TasksOf(state).find((candidate) => candidate.partyId === 'gemeente-goeree-overflakkee')!;
    const change = changeOf(completeArt19(state.record, task, lifecycleContext('2026-03-09', { partyId: 'gemeente-goeree-overflakkee' })));
    expect(change.record).toBeUndefined();
    expect(change.tasks).toEqual([
      {
        task: { ...task, status: 'answered', answeredAt: '2026-03-09T10:00:00.000Z', answeredBy: 'gemeente-goeree-overflakkee-contact-user', version: 2 },
        readVersion: 1,
      },
    ]);
    expect(change.mails).toEqual([]);
    expect(change.audit).toEqual([
      {
        reference: REFERENCE,
        at: '2026-03-09T10:00:00.000Z',
        actor: { kind: 'medewerker', partyId: 'gemeente-goeree-overflakkee', userId: 'gemeente-goeree-overflakkee-contact-user' },
        action: 'art19-toegepast',
        facts: { party: 'gemeente-goeree-overflakkee', from: 'cjg-rijnmond' },
      },
    ]);
    // applying it leaves the other art. 19 tasks open
    const after = applyChange(state, change);
    expect(
      art19TasksOf(after)
        .filter((candidate) => candidate.status === 'open')
        .map((candidate) => candidate.partyId)
        .sort(),
    ).toEqual(['rgo', 'swv-go']);
  });

  it('is refused for an answer task and for an art. 19 task already done', () => {
    const state = answered(routed(), 'cjg-rijnmond', RECTIFIED);
    expectDutch(refusalOf(completeArt19(state.record, answerTaskOf(state, 'rgo'), lifecycleContext('2026-03-09', { partyId: 'rgo' }))));
    const task = art19TasksOf(state).find((candidate) => candidate.partyId === 'rgo')!;
    const done = applyChange(state, changeOf(completeArt19(state.record, task, lifecycleContext('2026-03-09', { partyId: 'rgo' }))));
    const again = art19TasksOf(done).find((candidate) => candidate.partyId === 'rgo')!;
    expect(again.status).toBe('answered');
    expectDutch(refusalOf(completeArt19(done.record, again, lifecycleContext('2026-03-10', { partyId: 'rgo' }))));
  });
});

describe('extendDeadline', () => {
  // Received Saturday 31 January 2026: the month ends on Saturday 28 February, so the first deadline is Monday 2 March.
  const received = { receivedOn: '2026-01-31' };
  const REASON = 'Vier organisaties moeten in oude dossiers zoeken.';

  it('adds two months to the unshifted month end (28 Feb → 28 Apr, a Tuesday), not to the shifted deadline', () => {
    const state = routed(received);
    expect(state.record.deadline).toBe('2026-03-02');
    expect(independentWeekday('2026-04-28')).toBe('dinsdag');
    const change = changeOf(extendDeadline(state.record, state.tasks, { months: 2, reason: `  ${REASON} ` }, lifecycleContext('2026-02-10')));
    expect(change.record!.readVersion).toBe(state.record.version);
    expect(change.record!.next).toEqual({
      ...state.record,
      extended: true,
      extension: { months: 2, reason: REASON, extendedOn: '2026-02-10' },
      deadline: '2026-04-28', // 2 March + 2 months would be 2 May (a Saturday, to 4 May); 31 Jan + 3 months would be 30 April
      answerBy: '2026-04-20', // five working days before, Koningsdag (Monday 27 April) skipped
      version: state.record.version + 1,
    });
  });

  it('adds one month when asked: 28 Feb → Saturday 28 March → Monday 30 March', () => {
    const state = routed(received);
    expect(independentWeekday('2026-03-28')).toBe('zaterdag');
    const change = changeOf(extendDeadline(state.record, state.tasks, { months: 1, reason: REASON }, lifecycleContext('2026-02-10')));
    expect(change.record!.next.deadline).toBe('2026-03-30');
    expect(change.record!.next.extension!.months).toBe(1);
  });

  it('moves every open task to the new deadline at version + 1, and leaves answered tasks alone', () => {
    const state = answered(routed(received), 'cjg-rijnmond', RECTIFIED, '2026-02-05');
    const change = changeOf(extendDeadline(state.record, state.tasks, { months: 2, reason: REASON }, lifecycleContext('2026-02-10')));
    const moved = change.tasks.map(({ task, readVersion }) => ({
      id: `${task.kind}:${task.partyId}`,
      deadline: task.deadline,
      version: task.version,
      readVersion,
    }));
    expect(moved.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [
        { id: 'answer:gemeente-goeree-overflakkee', deadline: '2026-04-28', version: 2, readVersion: 1 },
        { id: 'answer:rgo', deadline: '2026-04-28', version: 2, readVersion: 1 },
        { id: 'answer:swv-go', deadline: '2026-04-28', version: 2, readVersion: 1 },
        { id: 'art19:gemeente-goeree-overflakkee', deadline: '2026-04-28', version: 2, readVersion: 1 },
        { id: 'art19:rgo', deadline: '2026-04-28', version: 2, readVersion: 1 },
        { id: 'art19:swv-go', deadline: '2026-04-28', version: 2, readVersion: 1 },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const after = applyChange(state, change);
    expect(answerTaskOf(after, 'cjg-rijnmond').deadline).toBe('2026-03-02');
    expect(after.record.deadline).toBe('2026-04-28');
  });

  it('tells the requester with only the status link, never the reason; the audit keeps months and deadline', () => {
    const state = routed(received);
    const change = changeOf(extendDeadline(state.record, state.tasks, { months: 2, reason: REASON }, lifecycleContext('2026-02-10')));
    expect(change.mails).toHaveLength(1);
    const mail = change.mails[0]!;
    expect(mail.to).toBe(REQUESTER_EMAIL);
    expect(renderMail(mail).text).toContain('verlengd');
    expect(renderMail(mail).text).toContain(LINKS.statusUrl);
    expect(renderMail(mail).text).toContain(REFERENCE);
    expect(renderMail(mail).subject + renderMail(mail).text).not.toContain('Vier organisaties');
    expectNoPersonalData(change.mails, REASON);
    expect(change.audit).toEqual([
      {
        reference: REFERENCE,
        at: '2026-02-10T10:00:00.000Z',
        actor: { kind: 'medewerker', partyId: 'swv-go', userId: 'swv-go-contact-user' },
        action: 'termijn-verlengd',
        facts: { months: 2, deadline: '2026-04-28' },
      },
    ]);
  });

  it('is allowed once only', () => {
    const state = routed(received);
    const extended = applyChange(state, changeOf(extendDeadline(state.record, state.tasks, { months: 1, reason: REASON }, lifecycleContext('2026-02-10'))));
    const message = refusalOf(extendDeadline(extended.record, extended.tasks, { months: 1, reason: REASON }, lifecycleContext('2026-02-11')));
    expectDutch(message);
    expect(message).toMatch(/één keer/);
  });

  it('is allowed on the deadline day itself, and after the unshifted month end while the shifted deadline is still ahead', () => {
    const state = routed(received);
    for (const today of ['2026-02-28', '2026-03-01', '2026-03-02']) {
      expect(extendDeadline(state.record, state.tasks, { months: 2, reason: REASON }, lifecycleContext(today)).ok, today).toBe(true);
    }
  });

  it('is refused the day after the original deadline', () => {
    const state = routed(received);
    expectDutch(refusalOf(extendDeadline(state.record, state.tasks, { months: 2, reason: REASON }, lifecycleContext('2026-03-03'))));
    expect(extendDeadline(state.record, state.tasks, { months: 2, reason: REASON }, lifecycleContext('2026-04-01')).ok).toBe(false);
  });

  it.each([0, 3, -1, 1.5, Number.NaN])('is refused for %s months', (months) => {
    const state = routed(received);
    expect(refusalOf(extendDeadline(state.record, state.tasks, { months, reason: REASON }, lifecycleContext('2026-02-10')))).toMatch(/1 of 2 maanden/);
  });

  it.each(['', '   ', '\n\t'])('needs a reason (%j is none)', (reason) => {
    const state = routed(received);
    expectDutch(refusalOf(extendDeadline(state.record, state.tasks, { months: 2, reason }, lifecycleContext('2026-02-10'))));
  });

  it('is refused while paused and once decided', () => {
    const state = routed(received);
    const paused = applyChange(state, changeOf(pauseForClarification(state.record, state.tasks, { question: 'Welk kind?' }, lifecycleContext('2026-02-03'))));
    expectDutch(refusalOf(extendDeadline(paused.record, paused.tasks, { months: 2, reason: REASON }, lifecycleContext('2026-02-10'))));
    const all = allAnswered(state);
    const decided = applyChange(
      all,
      changeOf(decide(identityChecked(all.record), all.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-02-10'))),
    );
    expectDutch(refusalOf(extendDeadline(decided.record, decided.tasks, { months: 2, reason: REASON }, lifecycleContext('2026-02-11'))));
  });

  it('after a pause: counts "the original deadline" with the paused days, and keeps them in the extended one', () => {
    // received 2 March, due Thursday 2 April; paused 10 days → Sunday 12 April → Monday 13 April
    const resumed = pausedAndResumed();
    expect(resumed.record.deadline).toBe('2026-04-13');
    expect(extendDeadline(resumed.record, resumed.tasks, { months: 2, reason: REASON }, lifecycleContext('2026-04-14')).ok).toBe(false);
    const change = changeOf(extendDeadline(resumed.record, resumed.tasks, { months: 2, reason: REASON }, lifecycleContext('2026-04-13')));
    // 2 April + 2 months = 2 June, + 10 paused days = Friday 12 June
    expect(independentWeekday('2026-06-12')).toBe('vrijdag');
    expect(change.record!.next.deadline).toBe('2026-06-12');
  });
});

/** Received Monday 2 March 2026, asked on 10 March, answered on 20 March. */
function pausedAndResumed(): State {
  const state = routed({ receivedOn: '2026-03-02' });
  const paused = applyChange(
    state,
    changeOf(pauseForClarification(state.record, state.tasks, { question: 'Over welk schooljaar gaat het?' }, lifecycleContext('2026-03-10'))),
  );
  const { designatedHolidays, directory, links, now, today } = lifecycleContext('2026-03-20');
  return applyChange(
    paused,
    changeOf(
      answerClarification(paused.record, paused.tasks, { answer: 'Schooljaar 2024-2025.' }, { designatedHolidays, directory, links, now, today }, ANSWER_RULES),
    ),
  );
}

const requesterContext = (today: string, designatedHolidays: string[] = []) => {
  const { actor: _actor, ...rest } = lifecycleContext(today, { designatedHolidays });
  return rest;
};

describe('pauseForClarification', () => {
  const QUESTION = 'Kunt u een kopie van uw identiteitsbewijs laten zien op het loket?';

  it('pauses the request and records the question and the day it was asked; the deadline stays as it was', () => {
    const state = routed({ receivedOn: '2026-03-02' });
    const change = changeOf(pauseForClarification(state.record, state.tasks, { question: `  ${QUESTION}\n` }, lifecycleContext('2026-03-10')));
    expect(change.record).toEqual({
      next: { ...state.record, status: 'paused', pauses: [{ startedOn: '2026-03-10', question: QUESTION }], version: state.record.version + 1 },
      readVersion: state.record.version,
    });
    // Every open task says the clock stands still (Mijn taken), under its version.
    expect(change.tasks.map(({ task, readVersion }) => [task.partyId, task.deadline, task.pausedSince, task.version, readVersion])).toEqual(
      state.tasks.map((task) => [task.partyId, task.deadline, '2026-03-10', task.version + 1, task.version]),
    );
    expect(change.audit).toEqual([
      {
        reference: REFERENCE,
        at: '2026-03-10T10:00:00.000Z',
        actor: { kind: 'medewerker', partyId: 'swv-go', userId: 'swv-go-contact-user' },
        action: 'opgeschort-voor-vraag',
        facts: { startedOn: '2026-03-10' },
      },
    ]);
  });

  it('mails the requester the status link, never the question', () => {
    const state = routed();
    const change = changeOf(pauseForClarification(state.record, state.tasks, { question: QUESTION }, lifecycleContext('2026-03-10')));
    expect(change.mails).toHaveLength(1);
    expect(change.mails[0]!.to).toBe(REQUESTER_EMAIL);
    expect(renderMail(change.mails[0]!).text).toContain(LINKS.statusUrl);
    expect(renderMail(change.mails[0]!).text).toContain('vraag');
    expectNoPersonalData(change.mails, QUESTION, 'identiteitsbewijs');
  });

  it('is refused without a question, while already paused, and once decided', () => {
    const state = routed();
    expectDutch(refusalOf(pauseForClarification(state.record, state.tasks, { question: '  ' }, lifecycleContext('2026-03-10'))));
    const paused = applyChange(state, changeOf(pauseForClarification(state.record, state.tasks, { question: QUESTION }, lifecycleContext('2026-03-10'))));
    expectDutch(refusalOf(pauseForClarification(paused.record, paused.tasks, { question: 'Nog een vraag?' }, lifecycleContext('2026-03-11'))));
    const all = allAnswered(state);
    const decided = applyChange(
      all,
      changeOf(decide(identityChecked(all.record), all.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-03-12'))),
    );
    expectDutch(refusalOf(pauseForClarification(decided.record, decided.tasks, { question: QUESTION }, lifecycleContext('2026-03-13'))));
  });
});

describe('answerClarification', () => {
  const ANSWER = 'Het gaat om schooljaar 2024-2025, groep 7.';

  function paused(on = '2026-03-10'): State {
    const state = routed({ receivedOn: '2026-03-02' });
    return applyChange(state, changeOf(pauseForClarification(state.record, state.tasks, { question: 'Over welk schooljaar gaat het?' }, lifecycleContext(on))));
  }

  it('resumes the request and moves the deadline by the days paused: 2 April + 10 = Sunday 12 April → Monday 13 April', () => {
    const state = paused();
    expect(state.record.deadline).toBe('2026-04-02');
    expect(independentWeekday('2026-04-12')).toBe('zondag');
    expect(independentWeekday('2026-04-13')).toBe('maandag');
    const change = changeOf(answerClarification(state.record, state.tasks, { answer: ` ${ANSWER} ` }, requesterContext('2026-03-20'), ANSWER_RULES));
    expect(change.record).toEqual({
      next: {
        ...state.record,
        status: 'in_progress',
        pauses: [{ startedOn: '2026-03-10', endedOn: '2026-03-20', question: 'Over welk schooljaar gaat het?', answer: ANSWER }],
        deadline: '2026-04-13',
        answerBy: '2026-04-02', // five working days before, Easter Monday (6 April) and Goede Vrijdag (3 April) skipped
        version: state.record.version + 1,
      },
      readVersion: state.record.version,
    });
  });

  it('moves every open task to the new deadline at version + 1, its clock running again', () => {
    const state = answered(paused(), 'rgo', NOTHING_FOUND, '2026-03-12');
    const change = changeOf(answerClarification(state.record, state.tasks, { answer: ANSWER }, requesterContext('2026-03-20'), ANSWER_RULES));
    // Version 2 was the pause's mark on each task.
    expect(change.tasks.map(({ task, readVersion }) => [task.partyId, task.deadline, task.pausedSince, task.version, readVersion])).toEqual([
      ['swv-go', '2026-04-13', undefined, 3, 2],
      ['gemeente-goeree-overflakkee', '2026-04-13', undefined, 3, 2],
      ['cjg-rijnmond', '2026-04-13', undefined, 3, 2],
    ]);
  });

  it('mails the coordinator the portal link, without the answer; the requester is the actor in the audit', () => {
    const state = paused();
    const change = changeOf(answerClarification(state.record, state.tasks, { answer: ANSWER }, requesterContext('2026-03-20'), ANSWER_RULES));
    expect(change.mails).toHaveLength(1);
    expect(change.mails[0]!.to).toEqual(['privacy@swv-go.example']);
    expect(renderMail(change.mails[0]!).subject).toContain(REFERENCE);
    expect(renderMail(change.mails[0]!).text).toContain(LINKS.portalUrl);
    expectNoPersonalData(change.mails, ANSWER, 'groep 7');
    expect(change.audit).toEqual([
      {
        reference: REFERENCE,
        at: '2026-03-20T10:00:00.000Z',
        actor: { kind: 'aanvrager' },
        action: 'vraag-beantwoord',
        facts: { endedOn: '2026-03-20', deadline: '2026-04-13' },
      },
    ]);
    expect(JSON.stringify(change.audit)).not.toContain('groep 7');
  });

  it('adds up every pause: 10 days, then 3 more (1 to 4 April) → Wednesday 15 April', () => {
    const once = pausedAndResumed();
    const again = applyChange(once, changeOf(pauseForClarification(once.record, once.tasks, { question: 'En welke school?' }, lifecycleContext('2026-04-01'))));
    // while paused the clock stands still at the last deadline
    expect(again.record.deadline).toBe('2026-04-13');
    const change = changeOf(answerClarification(again.record, again.tasks, { answer: 'De Ark.' }, requesterContext('2026-04-04'), ANSWER_RULES));
    expect(independentWeekday('2026-04-15')).toBe('woensdag');
    expect(change.record!.next.deadline).toBe('2026-04-15');
    expect(change.record!.next.pauses.map((pause) => [pause.startedOn, pause.endedOn])).toEqual([
      ['2026-03-10', '2026-03-20'],
      ['2026-04-01', '2026-04-04'],
    ]);
  });

  it('shifts past a designated holiday too', () => {
    const state = paused();
    const change = changeOf(answerClarification(state.record, state.tasks, { answer: ANSWER }, requesterContext('2026-03-20', ['2026-04-13']), ANSWER_RULES));
    expect(change.record!.next.deadline).toBe('2026-04-14');
  });

  it('leaves the deadline alone when answered on the day it was asked; the tasks only lose their pause mark', () => {
    const state = paused();
    const change = changeOf(answerClarification(state.record, state.tasks, { answer: ANSWER }, requesterContext('2026-03-10'), ANSWER_RULES));
    expect(change.record!.next.deadline).toBe('2026-04-02');
    expect(change.tasks.map(({ task }) => [task.deadline, 'pausedSince' in task])).toEqual(state.tasks.map(() => ['2026-04-02', false]));
  });

  it('accepts an answer of 5000 characters and refuses an empty one, a longer one, and one when nothing was asked', () => {
    const state = paused();
    expect(answerClarification(state.record, state.tasks, { answer: 'x'.repeat(5000) }, requesterContext('2026-03-20'), ANSWER_RULES).ok).toBe(true);
    expectDutch(refusalOf(answerClarification(state.record, state.tasks, { answer: 'x'.repeat(5001) }, requesterContext('2026-03-20'), ANSWER_RULES)));
    expectDutch(refusalOf(answerClarification(state.record, state.tasks, { answer: ' \n ' }, requesterContext('2026-03-20'), ANSWER_RULES)));
    const running = routed();
    expectDutch(refusalOf(answerClarification(running.record, running.tasks, { answer: ANSWER }, requesterContext('2026-03-20'), ANSWER_RULES)));
  });
});

const granted = (type: RequestType): TypeDecision => ({ type, outcome: 'toegewezen', motivation: `${type}: alle gegevens staan op uw statuspagina.` });

describe('decide', () => {
  it('is refused while any party has not answered, naming exactly those parties', () => {
    const state = answered(answered(routed(), 'swv-go', NOTHING_FOUND), 'cjg-rijnmond', NOTHING_FOUND);
    const message = refusalOf(decide(identityChecked(state.record), state.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-03-20')));
    expectDutch(message);
    expect(message).toContain('Gemeente Goeree-Overflakkee');
    expect(message).toContain('Stichting Openbaar Voortgezet Onderwijs Goeree-Overflakkee');
    expect(message).not.toContain('Stichting CJG Rijnmond');
    expect(message).not.toContain('Samenwerkingsverband Passend Onderwijs');
  });

  it('is not held up by art. 19 tasks still open', () => {
    const state = allAnswered(answered(routed(), 'cjg-rijnmond', RECTIFIED));
    expect(art19TasksOf(state).every((task) => task.status === 'open')).toBe(true);
    expect(decide(identityChecked(state.record), state.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-03-20')).ok).toBe(true);
  });

  it('is refused while a question to the requester is open, and a second time', () => {
    const all = allAnswered(routed());
    const paused = applyChange(all, changeOf(pauseForClarification(all.record, all.tasks, { question: 'Welk kind?' }, lifecycleContext('2026-03-10'))));
    expectDutch(refusalOf(decide(identityChecked(paused.record), paused.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-03-11'))));
    const decided = applyChange(
      all,
      changeOf(decide(identityChecked(all.record), all.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-03-11'))),
    );
    expectDutch(
      refusalOf(decide(identityChecked(decided.record), decided.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-03-12'))),
    );
  });

  it('releases the copy of each party that provided its part, and of no other, and none when inzage is refused', () => {
    const state = answered(allAnswered(routed()), 'cjg-rijnmond', RECTIFIED);
    const decidedWith = (outcome: 'toegewezen' | 'deels toegewezen' | 'afgewezen') =>
      changeOf(
        decide(
          identityChecked(state.record),
          state.tasks,
          [
            outcome === 'afgewezen' ? { type: 'inzage', outcome, ground: 'avg-12-5', motivation: 'Kennelijk ongegrond.' } : { ...granted('inzage'), outcome },
            granted('rectificatie'),
          ],
          lifecycleContext('2026-03-20'),
        ),
      ).record!.next.decision!.releasedPartyIds;
    expect(decidedWith('toegewezen')).toEqual(['cjg-rijnmond']);
    expect(decidedWith('deels toegewezen')).toEqual(['cjg-rijnmond']);
    expect(decidedWith('afgewezen')).toEqual([]);
  });

  it('records the decision with its composed text, by the coordinating party, and sets status decided', () => {
    const all = allAnswered(routed());
    const decisions: TypeDecision[] = [
      granted('inzage'),
      { type: 'rectificatie', outcome: 'afgewezen', ground: 'avg-16', motivation: 'De gegevens zijn juist; het verslag geeft weer wat is besproken.' },
    ];
    const change = changeOf(decide(identityChecked(all.record), all.tasks, decisions, lifecycleContext('2026-03-20')));
    const next = change.record!.next;
    expect(change.record!.readVersion).toBe(all.record.version);
    expect(next.version).toBe(all.record.version + 1);
    expect(next.status).toBe('decided');
    expect(next.decision).toMatchObject({ decidedAt: '2026-03-20T10:00:00.000Z', byPartyId: 'swv-go', decisions, releasedPartyIds: [] });
    const text = next.decision!.text;
    expect(text.paragraphs).toEqual([
      'Besluit van Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee, namens alle organisaties van het overleg.',
      'Inzage: toegewezen. inzage: alle gegevens staan op uw statuspagina.',
      'Rectificatie: afgewezen. De gegevens zijn juist; het verslag geeft weer wat is besproken.',
      'Grond voor de afwijzing: de gegevens zijn juist en volledig (art. 16 AVG).',
    ]);
    // Rectification refused as a whole: every organisation's part is refused, each with its own remedies.
    const remediesOf = (partyId: string) => text.parts!.find((part) => part.partyId === partyId)!.remedies;
    expect(text.parts!.map((part) => part.partyId)).toEqual(all.tasks.filter((task) => task.kind === 'answer').map((task) => task.partyId));
    const municipality = dir.party('gemeente-goeree-overflakkee')!.name;
    expect(remediesOf('gemeente-goeree-overflakkee')).toEqual([
      remedies.bezwaar(municipality, dir.party('gemeente-goeree-overflakkee')!.contact!),
      remedies.complaint(municipality),
    ]);
    const swv = dir.party('swv-go')!.name;
    // A samenwerkingsverband is not a public body by default: the AP and the district court, no bezwaar.
    expect(remediesOf('swv-go')).toEqual([remedies.complaint(swv), remedies.court(swv)]);
    expect(text.rights).toEqual([remedies.accessRights]);
    expect([text.includesComplaintNotice, text.includesBezwaarNotice]).toEqual([true, true]);
    // The decided answers are written back at version + 1: an answer changed meanwhile makes the decision a conflict.
    expect(change.tasks.map(({ task, readVersion }) => [task.partyId, task.status, task.version - readVersion!])).toEqual(
      all.tasks.filter((task) => task.kind === 'answer').map((task) => [task.partyId, 'answered', 1]),
    );
    expect(next.decision!.partyIds).toEqual(all.record.partyIds);
    expect(next.decision!.pendingPartyIds).toBeUndefined();
    expect(change.mails).toHaveLength(1);
    expect(change.mails[0]!.to).toBe(REQUESTER_EMAIL);
    expect(renderMail(change.mails[0]!).text).toContain(LINKS.statusUrl);
    expect(renderMail(change.mails[0]!).text).toContain('besluit');
    expectNoPersonalData(change.mails, 'De gegevens zijn juist');
    expect(change.audit.map((event) => [event.action, event.facts])).toEqual([
      ['besluit-verstuurd', { outcomes: ['inzage:toegewezen', 'rectificatie:afgewezen'], parties: all.record.partyIds }],
    ]);
  });

  it('names the bezwaar term under the part of a municipal body (RBL Midden-Gelre)', () => {
    const all = allAnswered(routed({ overleg: MIDDEN_GELRE }));
    expect(all.record.partyIds).toEqual(MIDDEN_GELRE_PARTIES);
    const change = changeOf(
      decide(
        identityChecked(all.record),
        all.tasks,
        [granted('inzage'), granted('rectificatie')],
        lifecycleContext('2026-03-20', { partyId: 'rbl-midden-gelre' }),
      ),
    );
    const text = change.record!.next.decision!.text;
    expect(text.includesBezwaarNotice).toBe(true);
    expect(text.includesComplaintNotice).toBe(false);
    expect(text.paragraphs[0]).toContain('Regionaal Bureau Leerplicht Midden-Gelre');
    expect(text.parts!.find((part) => part.partyId === 'rbl-midden-gelre')!.remedies.join(' ')).toContain('binnen zes weken');
    expect(change.record!.next.decision!.byPartyId).toBe('rbl-midden-gelre');
  });
});

describe('close', () => {
  function decided(): State {
    const all = allAnswered(routed());
    return applyChange(
      all,
      changeOf(decide(identityChecked(all.record), all.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-03-20'))),
    );
  }

  it('closes a decided request and keeps it until today + the retention days', () => {
    const state = decided();
    const change = changeOf(close(state.record, { ...lifecycleContext('2026-04-10'), retentionDays: 365 }));
    expect(change.record).toEqual({
      next: { ...state.record, status: 'closed', closedAt: '2026-04-10T10:00:00.000Z', retainUntil: '2027-04-10', version: state.record.version + 1 },
      readVersion: state.record.version,
    });
    expect(change.mails).toEqual([]);
    expect(change.tasks).toEqual([]);
    expect(change.audit.map((event) => [event.action, event.facts])).toEqual([['afgesloten', { retainUntil: '2027-04-10' }]]);
  });

  it('gives what is written after closing (a download, an FG inspection) the expiry closing gave the request, and nothing before', () => {
    const state = decided();
    expect(expiryOf(state.record)).toBeUndefined();
    const change = changeOf(close(state.record, { ...lifecycleContext('2026-04-10'), retentionDays: 365 }));
    expect(expiryOf(change.record!.next)).toBe(change.expireAllAt);
    const later = { reference: state.record.reference, at: '2026-05-01T08:00:00.000Z', actor: { kind: 'aanvrager' as const }, action: 'document-gedownload' };
    expect(withExpiryOf(change.record!.next, later).expiresAt).toBe(change.expireAllAt);
    expect(withExpiryOf(state.record, later)).toEqual(later);
  });

  it('counts the retention days from today: 30 days from 10 April is 10 May; 365 from 1 March 2027 crosses 29 February 2028', () => {
    const state = decided();
    expect(changeOf(close(state.record, { ...lifecycleContext('2026-04-10'), retentionDays: 30 })).record!.next.retainUntil).toBe('2026-05-10');
    expect(changeOf(close(state.record, { ...lifecycleContext('2027-03-01'), retentionDays: 365 })).record!.next.retainUntil).toBe('2028-02-29');
  });

  it('is refused before the decision and once closed', () => {
    const running = routed();
    expectDutch(refusalOf(close(running.record, { ...lifecycleContext('2026-03-20'), retentionDays: 365 })));
    const state = decided();
    const closed = applyChange(state, changeOf(close(state.record, { ...lifecycleContext('2026-04-10'), retentionDays: 365 })));
    expectDutch(refusalOf(close(closed.record, { ...lifecycleContext('2026-04-11'), retentionDays: 365 })));
  });
});

describe('recordIdentityCheck: who asks, before data is released', () => {
  it('is needed before an inzage is decided, and not for a request without inzage', () => {
    const all = allAnswered(routed());
    expect(refusalOf(decide(all.record, all.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-03-20')))).toBe(
      'Leg eerst vast hoe u heeft gecontroleerd wie de aanvrager is. Bij inzage gaan er gegevens naar de aanvrager.',
    );
    const withoutInzage = { ...all.record, types: ['rectificatie' as const] };
    expect(decide(withoutInzage, all.tasks, [granted('rectificatie')], lifecycleContext('2026-03-20')).ok).toBe(true);
  });

  it('records method, date, who and when, with an audit event, and then the decision can be sent', () => {
    const all = allAnswered(routed());
    const context = lifecycleContext('2026-03-20');
    const change = changeOf(recordIdentityCheck(all.record, { method: 'rechterlijke-uitspraak', checkedOn: '2026-03-19' }, context));
    expect(change.record!.next.identityCheck).toEqual({
      method: 'rechterlijke-uitspraak',
      checkedOn: '2026-03-19',
      checkedBy: context.actor.userId,
      recordedAt: context.now.toISOString(),
    });
    expect(change.audit.map((event) => [event.action, event.facts])).toEqual([
      ['identiteit-gecontroleerd', { method: 'rechterlijke-uitspraak', checkedOn: '2026-03-19' }],
    ]);
    const checked = applyChange(all, change);
    expect(decide(checked.record, checked.tasks, [granted('inzage'), granted('rectificatie')], context).ok).toBe(true);
  });

  it('is refused once decided', () => {
    const all = allAnswered(routed());
    const decided = applyChange(
      all,
      changeOf(decide(identityChecked(all.record), all.tasks, [granted('inzage'), granted('rectificatie')], lifecycleContext('2026-03-20'))),
    );
    expectDutch(refusalOf(recordIdentityCheck(decided.record, { method: 'balie', checkedOn: '2026-03-20' }, lifecycleContext('2026-03-21'))));
  });
});

describe('readIdentityCheck', () => {
  it('asks for a known method and a real date that is not in the future', () => {
    expect(readIdentityCheck({ method: 'balie', checkedOn: '2026-03-20' }, '2026-03-20')).toEqual({
      ok: true,
      value: { method: 'balie', checkedOn: '2026-03-20' },
    });
    const wrong = readIdentityCheck({ method: 'gok', checkedOn: '2026-02-30' }, '2026-03-20');
    expect(wrong.ok === false && wrong.errors.map((error) => error.path)).toEqual(['method', 'checkedOn']);
    const future = readIdentityCheck({ method: 'bekend', checkedOn: '2026-03-21' }, '2026-03-20');
    expect(future.ok === false && future.errors[0]!.message).toBe('De datum van de controle kan niet in de toekomst liggen.');
    const empty = readIdentityCheck({ method: undefined, checkedOn: undefined }, '2026-03-20');
    expect(empty.ok === false && empty.errors.map((error) => error.message)).toEqual([
      'Kies hoe u heeft gecontroleerd wie de aanvrager is.',
      'Vul de datum van de controle in.',
    ]);
  });

  it("checks a gemachtigde's machtiging: no other method shows whom they act for", () => {
    const atDesk = readIdentityCheck({ method: 'balie', checkedOn: '2026-03-20' }, '2026-03-20', true);
    expect(atDesk.ok === false && atDesk.errors.map((error) => error.path)).toEqual(['method']);
    expect(readIdentityCheck({ method: 'machtiging', checkedOn: '2026-03-20' }, '2026-03-20', true).ok).toBe(true);
  });
});
