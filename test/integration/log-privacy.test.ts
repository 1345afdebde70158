import '#test-support/debug-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#core/calendar-date';
import { getRuntime } from '#adapters/runtime';
import { sweep } from '#application/sweep';
import { sweepDeps } from '#handlers/daily-sweep';
import { postForm, signIn } from '#test-support/portal-session';
import { inzageStatementFields } from '#test-support/inzage-answer';
import { postJson, startTestApp, type TestApp } from '#test-support/local-app';

/**
 * The whole journey with every log line captured (debug level included):
 * not one may carry the child's name, date of birth or the details text,
 * nor the requester's name or e-mail address.
 */
const captured: string[] = [];
const originals = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

let app: TestApp;
beforeAll(async () => {
  process.stdout.write = (chunk: unknown, ...rest: unknown[]) => {
    // Captured, not echoed: the test run prints results, not application logs.
    captured.push(String(chunk));
    (rest.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.();
    return true;
  };
  process.stderr.write = (chunk: unknown, ...rest: unknown[]) => {
    captured.push(String(chunk));
    (rest.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.();
    return true;
  };
  app = await startTestApp();
}, 120_000);
afterAll(async () => {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  await app?.stop();
});

const SECRETS = {
  childName: 'Zwaluwstaart Oosterbeek',
  dateOfBirth: '2013-07-19',
  details: 'Geheime-toelichting-9481 over de thuissituatie',
  requesterName: 'Margriet Wolkenveld',
  email: `margriet-${Date.now()}@voorbeeld.nl`,
  answerSummary: 'Samenvatting-7731 van het dossier',
  answerCopy: 'Kopie-6604 van het leerlingdossier',
  answerSource: 'Bron-3317 de huisarts',
  question: 'Vraag-5520 over legitimatie',
};

describe('logs carry no personal data', () => {
  it('through submit, confirm, answers, question, status page, extension, decision, close and sweeps', async () => {
    const { body: answer } = await postJson(app, {
      regionId: 'goeree-overflakkee',
      casusoverlegId: 'go-thuiszitterstafel',
      variablePartyId: 'rgo',
      types: ['inzage'],
      requester: { role: 'ouder', name: SECRETS.requesterName, email: SECRETS.email },
      child: { name: SECRETS.childName, dateOfBirth: SECRETS.dateOfBirth },
      details: SECRETS.details,
    });
    // Invalid input too: errors are logged by name only.
    await postJson(app, { child: { name: SECRETS.childName, dateOfBirth: 'nooit' }, details: SECRETS.details });
    const reference = answer.reference as string;
    const [mail] = await app.mails({ to: SECRETS.email });
    await fetch(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0], { method: 'POST' });
    const statusLink = /https?:\/\/\S+\/verzoek\/status\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];

    const item = async (sk: string) => (await app.items()).find((candidate) => candidate.PK === `REQ#${reference}` && candidate.SK === sk)!;
    for (const party of ['swv-go', 'cjg-rijnmond', 'rgo', 'gemeente-goeree-overflakkee']) {
      const session = await signIn(app, `${party}.contact@portaal.example`);
      const response = await postForm(
        app,
        `/portaal/verzoeken/${reference}/antwoord`,
        {
          csrf: session.csrf,
          version: String((await item(`TASK#${party}`)).version),
          'inzage.outcome': 'verstrekt',
          'inzage.categories': 'NAW-gegevens',
          'inzage.summary': SECRETS.answerSummary,
          ...inzageStatementFields('inzage', { copy: SECRETS.answerCopy, source: SECRETS.answerSource }),
        },
        [session.cookie],
      );
      expect(response.status).toBe(303);
      await fetch(`${app.baseUrl}/portaal/verzoeken/${reference}`, { headers: { cookie: session.cookie } });
    }
    const coordinator = await signIn(app, 'swv-go.contact@portaal.example');
    const post = async (action: string, fields: Record<string, string>) =>
      postForm(app, `/portaal/verzoeken/${reference}/${action}`, { csrf: coordinator.csrf, version: String((await item('REQUEST')).version), ...fields }, [
        coordinator.cookie,
      ]);
    expect((await post('vraag', { question: SECRETS.question })).status).toBe(303);
    await fetch(statusLink, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ version: String((await item('REQUEST')).version), answer: `${SECRETS.childName} woont hier` }),
    });
    expect((await post('verlengen', { months: '2', reason: `Reden met ${SECRETS.childName}` })).status).toBe(303);
    expect((await post('identiteit', { method: 'balie', checkedDay: '1', checkedMonth: '1', checkedYear: '2026' })).status).toBe(303);
    expect((await post('besluit', { 'inzage.outcome': 'toegewezen', 'inzage.motivation': `Motivering over ${SECRETS.childName}` })).status).toBe(303);
    await fetch(statusLink);
    expect((await post('sluiten', {})).status).toBe(303);
    await sweep(sweepDeps(getRuntime()), new Date(`${addDays(answer.deadline, 3)}T06:30:00Z`));

    const logs = captured.join('');
    expect(logs).toContain(reference);
    for (const [what, secret] of Object.entries(SECRETS)) expect(logs, what).not.toContain(secret);
    for (const part of ['Zwaluwstaart', 'Oosterbeek', 'Wolkenveld', '19-07-2013', '19 juli 2013']) expect(logs).not.toContain(part);
  }, 120_000);
});
