import { caseStore } from '#adapters/case-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#core/calendar-date';
import { getRuntime } from '#adapters/runtime';
import { sweep } from '#application/sweep';
import { sweepDeps } from '#handlers/daily-sweep';
import { startSesEmulator, type RunningService } from '#infra/local/emulators';
import { freePort } from '#infra/local/ports';
import { postForm, signIn } from '#test-support/portal-session';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';

/** The daily sweep against DynamoDB Local and an SES emulator of this file's own (so it can be stopped). */
let app: TestApp;
let ses: RunningService;
let sesPort: number;
beforeAll(async () => {
  sesPort = await freePort();
  ses = await startSesEmulator({ port: sesPort });
  app = await startTestApp({ sesUrl: ses.url });
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await ses?.stop();
});

const CONTACTS = ['avg@gemeente-go.example', 'privacy@cjg-rijnmond.example', 'privacy@rgo.example', 'privacy@swv-go.example'];
const FGS = ['fg@gemeente-go.example', 'fg@cjg-rijnmond.example', 'fg@rgo.example', 'fg@swv-go.example'];
const COORDINATOR = 'privacy@swv-go.example';

async function routedRequest() {
  const body = validRequest();
  const { body: answer } = await postJson(app, body);
  const [mail] = await app.mails({ to: body.requester.email });
  await fetch(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0], { method: 'POST' });
  const request = (await app.items()).find((item) => item.PK === `REQ#${answer.reference as string}` && item.SK === 'REQUEST')!;
  return { reference: answer.reference as string, deadline: answer.deadline as string, answerBy: request.answerBy as string, email: body.requester.email };
}

/** The sweep as it runs at 07:00 on `day` (Amsterdam). */
const sweepOn = (day: string) => sweep(sweepDeps(getRuntime()), new Date(`${day}T06:30:00Z`));
const sentFor = (report: Awaited<ReturnType<typeof sweepOn>>, reference: string) => report.sent.filter((sent) => sent.reference === reference);
/** Reminder mails about this request: a digest may also name other requests of this file that were due that day. */
const reminderMails = async (reference: string) =>
  (await app.mails({})).filter((mail) => mail.text.includes(reference) && !/Nieuw privacyverzoek|Bevestig/.test(mail.subject));

describe('the reminder ladder', () => {
  it('sends the steps of each ladder date, one mail per address, and nothing when run twice', async () => {
    const { reference, deadline, answerBy } = await routedRequest();
    // The parties count to their answer-by date (five working days before the deadline), the coordinator to the deadline.
    expect(answerBy < deadline).toBe(true);
    const partyDays = new Set([14, 7, 3, 1, 0].map((before) => addDays(answerBy, -before)));
    const coordinatorDays = new Set([7, 3, 1].map((before) => addDays(deadline, -before)));
    const days = [
      ...new Set([addDays(answerBy, -20), ...partyDays, ...coordinatorDays, addDays(answerBy, 1), addDays(answerBy, 2), deadline, addDays(deadline, 1)]),
    ].sort();
    let steps = 0;
    for (const day of days) {
      const contacts = partyDays.has(day) || day > answerBy ? CONTACTS : [];
      // The day after the answer-by date: one escalation per late party to the coordinator; after the deadline, one to each FG.
      const escalations = day === addDays(answerBy, 1) ? 4 : 0;
      const coordinator = coordinatorDays.has(day) || escalations > 0 ? [COORDINATOR] : [];
      const fgs = day === addDays(deadline, 1) ? FGS : [];
      const addresses = [...new Set([...contacts, ...coordinator, ...fgs])].sort();
      const before = (await reminderMails(reference)).length;
      const first = await sweepOn(day);
      const sent = sentFor(first, reference);
      expect([...new Set(sent.flatMap((step) => step.to))].sort(), day).toEqual(addresses);
      expect(sent.length, `steps on ${day}`).toBe(contacts.length + (coordinatorDays.has(day) ? 1 : 0) + escalations + fgs.length);
      steps += sent.length;
      expect((await reminderMails(reference)).length - before, `mails delivered on ${day}`).toBe(addresses.length);
      const again = await sweepOn(day);
      expect(sentFor(again, reference), `second sweep on ${day}`).toEqual([]);
    }
    for (const mail of await reminderMails(reference)) {
      expect(mail.text).toContain('Thuiszitterstafel');
      for (const personal of ['Sem', 'Marieke', '2013-05-17', 'ADHD']) expect(mail.text).not.toContain(personal);
    }
    const audit = (await app.items()).filter(
      (item) =>
        item.PK === `REQ#${reference}` && String((item.action as string | undefined) ?? '').endsWith('-verstuurd') && item.action !== 'besluit-verstuurd',
    );
    expect(audit.length).toBe(steps);
  });

  it('puts the escalations for three late parties in one mail to the coordinator, a line per party', async () => {
    const { reference, answerBy } = await routedRequest();
    const session = await signIn(app, 'cjg-rijnmond.contact@portaal.example');
    const task = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'TASK#cjg-rijnmond')!;
    const answered = await postForm(
      app,
      `/portaal/verzoeken/${reference}/antwoord`,
      { csrf: session.csrf, version: String(task.version), 'inzage.outcome': 'geen gegevens', 'rectificatie.outcome': 'geen gegevens' },
      [session.cookie],
    );
    expect(answered.status).toBe(303);
    const before = (await app.mails({ to: COORDINATOR })).length;
    const report = await sweepOn(addDays(answerBy, 1));
    const toCoordinator = sentFor(report, reference).filter((sent) => sent.to.includes(COORDINATOR));
    // Its own party's late reminder and an escalation for each of the three late parties (swv-go itself among them).
    // (Around the year's end the coordinator's own D-7 reminder can fall on the same day: it is not an escalation.)
    expect(toCoordinator.filter((sent) => !sent.step.startsWith('coordinator:'))).toHaveLength(4);
    const mails = (await app.mails({ to: COORDINATOR })).slice(before);
    expect(mails).toHaveLength(1);
    const text = mails[0]!.text;
    for (const party of ['Gemeente Goeree-Overflakkee', 'Stichting Openbaar Voortgezet Onderwijs Goeree-Overflakkee', 'Samenwerkingsverband'])
      expect(text).toContain(party);
    expect(text).not.toContain('CJG Rijnmond');
    expect(text.match(/Het gaat om: /g)).toHaveLength(3);
  });

  it('catches a week of missed sweeps up with the latest step only', async () => {
    const { reference, deadline, answerBy } = await routedRequest();
    const day = addDays(deadline, -1);
    const report = await sweepOn(day);
    const lateDays = Math.round((Date.parse(day) - Date.parse(answerBy)) / 86_400_000);
    expect(
      sentFor(report, reference)
        .map((sent) => sent.step)
        .sort(),
    ).toEqual(
      ['cjg-rijnmond', 'gemeente-goeree-overflakkee', 'rgo', 'swv-go']
        .flatMap((party) => [`${party}:${answerBy}:A+${lateDays}`, `${party}:${answerBy}:escalatie-coordinator`])
        .concat(`coordinator:${deadline}:D-1`)
        .sort(),
    );
  });

  it('sends each step once when two sweeps run at the same moment', async () => {
    const { reference, deadline } = await routedRequest();
    const [a, b] = await Promise.all([sweepOn(addDays(deadline, -14)), sweepOn(addDays(deadline, -14))]);
    expect([...sentFor(a, reference), ...sentFor(b, reference)].flatMap((sent) => sent.to).sort()).toEqual([...CONTACTS].sort());
    expect(await reminderMails(reference)).toHaveLength(4);
  });

  it('stops reminding a party once it answered', async () => {
    const { reference, answerBy } = await routedRequest();
    await sweepOn(addDays(answerBy, -14));
    const session = await signIn(app, 'cjg-rijnmond.contact@portaal.example');
    const task = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'TASK#cjg-rijnmond')!;
    const answered = await postForm(
      app,
      `/portaal/verzoeken/${reference}/antwoord`,
      {
        csrf: session.csrf,
        version: String(task.version),
        'inzage.outcome': 'geen gegevens',
        'rectificatie.outcome': 'geen gegevens',
      },
      [session.cookie],
    );
    expect(answered.status).toBe(303);
    const report = await sweepOn(addDays(answerBy, -7));
    expect(
      sentFor(report, reference)
        .flatMap((sent) => sent.to)
        .sort(),
    ).toEqual(['avg@gemeente-go.example', 'privacy@rgo.example', 'privacy@swv-go.example'].sort());
  });

  it('moves the whole ladder when the deadline is extended', async () => {
    const { reference, answerBy } = await routedRequest();
    await sweepOn(addDays(answerBy, -14));
    const session = await signIn(app, 'swv-go.contact@portaal.example');
    const request = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!;
    const extended = await postForm(
      app,
      `/portaal/verzoeken/${reference}/verlengen`,
      { csrf: session.csrf, version: String(request.version), months: '2', reason: 'Veel archief.' },
      [session.cookie],
    );
    expect(extended.status).toBe(303);
    const newAnswerBy = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!.answerBy as string;
    expect(newAnswerBy > answerBy).toBe(true);
    // The old A-7 no longer exists; the new ladder starts 14 days before the new answer-by date.
    expect(sentFor(await sweepOn(addDays(answerBy, -7)), reference)).toEqual([]);
    expect(sentFor(await sweepOn(addDays(newAnswerBy, -14)), reference).map((sent) => sent.step)).toContain(`rgo:${newAnswerBy}:A-14`);
  });

  it('sends nothing for a closed request', async () => {
    const { reference, deadline } = await routedRequest();
    const item = (await app.items()).find((candidate) => candidate.PK === `REQ#${reference}` && candidate.SK === 'REQUEST')!;
    expect(item.GSI2SK).toBeDefined();
    // Close it the way the portal does, through the store (every party answered, decided, closed).
    const runtime = getRuntime();
    const record = (await caseStore(runtime.table).getRequest(reference, new Date()))!;
    await caseStore(runtime.table).saveChange(
      { record: { next: { ...record, status: 'closed', version: record.version + 1 }, readVersion: record.version }, tasks: [], mails: [], audit: [] },
      new Date(),
    );
    expect((await app.items()).find((candidate) => candidate.PK === `REQ#${reference}` && candidate.SK === 'REQUEST')!.GSI2SK).toBeUndefined();
    expect(sentFor(await sweepOn(addDays(deadline, 3)), reference)).toEqual([]);
  });
});

describe("the FG's daily summary", () => {
  it('goes once a day to the FG of each party with overdue tasks, with references and counts only', async () => {
    const { reference, deadline } = await routedRequest();
    const late = addDays(deadline, 5);
    const first = await sweepOn(late);
    expect(first.fgSummaries.flatMap((summary) => summary.to).sort()).toEqual(expect.arrayContaining(FGS));
    expect((await sweepOn(late)).fgSummaries).toEqual([]);
    const mail = (await app.mails({ to: 'fg@rgo.example' })).filter((candidate) => candidate.subject.startsWith('Overzicht')).at(-1)!;
    expect(mail.text).toContain(reference);
    expect(mail.text).toMatch(/\d+ privacyverzoek/);
    for (const personal of ['Sem', 'Marieke', '2013-05-17', 'ADHD', 'voorbeeld.nl']) expect(mail.text).not.toContain(personal);
  });
});

describe('mail that fails during a sweep', () => {
  it('is kept and delivered by the next run once SES is back', async () => {
    const { reference, answerBy } = await routedRequest();
    await ses.stop();
    try {
      const report = await sweepOn(addDays(answerBy, -14));
      expect(sentFor(report, reference)).toHaveLength(4);
      expect(report.delivery.sent).toBe(0);
    } finally {
      ses = await startSesEmulator({ port: sesPort });
    }
    expect(await reminderMails(reference)).toHaveLength(0);
    const next = await sweepOn(addDays(answerBy, -13));
    expect(sentFor(next, reference)).toEqual([]);
    expect(await reminderMails(reference)).toHaveLength(4);
  });
});
