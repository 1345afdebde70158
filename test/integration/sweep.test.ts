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
  return { reference: answer.reference as string, deadline: answer.deadline as string, email: body.requester.email };
}

/** The sweep as it runs at 07:00 on `day` (Amsterdam). */
const sweepOn = (day: string) => sweep(sweepDeps(getRuntime()), new Date(`${day}T06:30:00Z`));
const sentFor = (report: Awaited<ReturnType<typeof sweepOn>>, reference: string) => report.sent.filter((sent) => sent.reference === reference);
const reminderMails = async (reference: string) =>
  (await app.mails({ subjectIncludes: reference })).filter((mail) => !/Nieuw privacyverzoek|Bevestig/.test(mail.subject));

describe('the reminder ladder', () => {
  it('sends exactly the expected mails on each ladder date, and nothing when run twice', async () => {
    const { reference, deadline } = await routedRequest();
    const expected: Array<[string, string[]]> = [
      [addDays(deadline, -20), []],
      [addDays(deadline, -14), CONTACTS],
      [addDays(deadline, -10), []],
      [addDays(deadline, -7), [...CONTACTS, COORDINATOR]],
      [addDays(deadline, -3), [...CONTACTS, COORDINATOR]],
      [addDays(deadline, -1), [...CONTACTS, COORDINATOR]],
      [deadline, CONTACTS],
      // First day late: a reminder to each contact, an escalation to each party's FG and to the coordinator.
      [addDays(deadline, 1), [...CONTACTS, ...FGS, COORDINATOR, COORDINATOR, COORDINATOR, COORDINATOR]],
      [addDays(deadline, 2), CONTACTS],
    ];
    for (const [day, recipients] of expected) {
      const before = (await reminderMails(reference)).length;
      const first = await sweepOn(day);
      expect(
        sentFor(first, reference)
          .map((sent) => sent.to)
          .sort(),
        day,
      ).toEqual([...recipients].sort());
      expect((await reminderMails(reference)).length - before, `mails delivered on ${day}`).toBe(recipients.length);
      const again = await sweepOn(day);
      expect(sentFor(again, reference), `second sweep on ${day}`).toEqual([]);
    }
    for (const mail of await reminderMails(reference)) {
      expect(mail.text).toContain(reference);
      expect(mail.text).toContain('Thuiszitterstafel');
      for (const personal of ['Sem', 'Marieke', '2013-05-17', 'ADHD']) expect(mail.text).not.toContain(personal);
    }
    const audit = (await app.items()).filter(
      (item) =>
        item.PK === `REQ#${reference}` && String((item.action as string | undefined) ?? '').endsWith('-verstuurd') && item.action !== 'besluit-verstuurd',
    );
    expect(audit.length).toBe(expected.reduce((total, [, recipients]) => total + recipients.length, 0));
  });

  it('catches a week of missed sweeps up with the latest step only', async () => {
    const { reference, deadline } = await routedRequest();
    const report = await sweepOn(addDays(deadline, -1));
    expect(
      sentFor(report, reference)
        .map((sent) => sent.step)
        .sort(),
    ).toEqual(
      ['cjg-rijnmond', 'gemeente-goeree-overflakkee', 'rgo', 'swv-go']
        .map((party) => `${party}:${deadline}:D-1`)
        .concat(`coordinator:${deadline}:D-1`)
        .sort(),
    );
  });

  it('sends each step once when two sweeps run at the same moment', async () => {
    const { reference, deadline } = await routedRequest();
    const [a, b] = await Promise.all([sweepOn(addDays(deadline, -14)), sweepOn(addDays(deadline, -14))]);
    expect([...sentFor(a, reference), ...sentFor(b, reference)].map((sent) => sent.to).sort()).toEqual([...CONTACTS].sort());
    expect(await reminderMails(reference)).toHaveLength(4);
  });

  it('stops reminding a party once it answered', async () => {
    const { reference, deadline } = await routedRequest();
    await sweepOn(addDays(deadline, -14));
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
    const report = await sweepOn(addDays(deadline, -7));
    expect(
      sentFor(report, reference)
        .map((sent) => sent.to)
        .sort(),
    ).toEqual(['avg@gemeente-go.example', 'privacy@rgo.example', 'privacy@swv-go.example', COORDINATOR].sort());
  });

  it('moves the whole ladder when the deadline is extended', async () => {
    const { reference, deadline } = await routedRequest();
    await sweepOn(addDays(deadline, -14));
    const session = await signIn(app, 'swv-go.contact@portaal.example');
    const request = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!;
    const extended = await postForm(
      app,
      `/portaal/verzoeken/${reference}/verlengen`,
      { csrf: session.csrf, version: String(request.version), months: '2', reason: 'Veel archief.' },
      [session.cookie],
    );
    expect(extended.status).toBe(303);
    const newDeadline = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!.deadline as string;
    expect(newDeadline > deadline).toBe(true);
    // The old D-7 no longer exists; the new ladder starts at the new D-14.
    expect(sentFor(await sweepOn(addDays(deadline, -7)), reference)).toEqual([]);
    expect(sentFor(await sweepOn(addDays(newDeadline, -14)), reference).map((sent) => sent.step)).toContain(`rgo:${newDeadline}:D-14`);
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
    expect(first.fgSummaries.map((summary) => summary.to).sort()).toEqual(expect.arrayContaining(FGS));
    expect((await sweepOn(late)).fgSummaries).toEqual([]);
    const mail = (await app.mails({ to: 'fg@rgo.example' })).filter((candidate) => candidate.subject.startsWith('Overzicht')).at(-1)!;
    expect(mail.text).toContain(reference);
    expect(mail.text).toMatch(/\d+ privacyverzoek/);
    for (const personal of ['Sem', 'Marieke', '2013-05-17', 'ADHD', 'voorbeeld.nl']) expect(mail.text).not.toContain(personal);
  });
});

describe('mail that fails during a sweep', () => {
  it('is kept and delivered by the next run once SES is back', async () => {
    const { reference, deadline } = await routedRequest();
    await ses.stop();
    try {
      const report = await sweepOn(addDays(deadline, -14));
      expect(sentFor(report, reference)).toHaveLength(4);
      expect(report.delivery.sent).toBe(0);
    } finally {
      ses = await startSesEmulator({ port: sesPort });
    }
    expect(await reminderMails(reference)).toHaveLength(0);
    const next = await sweepOn(addDays(deadline, -13));
    expect(sentFor(next, reference)).toEqual([]);
    expect(await reminderMails(reference)).toHaveLength(4);
  });
});
