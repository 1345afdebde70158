import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDelivery } from '#adapters/mail-delivery';
import { getRuntime } from '#adapters/runtime';
import { startSesEmulator, type RunningService } from '#infra/local/emulators';
import { freePort } from '#infra/local/ports';
import { startTestApp, type TestApp } from '#test-support/local-app';

/**
 * This file has an SES emulator of its own, so it can take mail down and
 * bring it back without disturbing other test files.
 */
let app: TestApp;
let ses: RunningService;
let sesPort: number;
beforeAll(async () => {
  sesPort = await freePort();
  ses = await startSesEmulator({ port: sesPort });
  app = await startTestApp({ sesUrl: ses.url });
});
afterAll(async () => {
  await app?.stop();
  await ses?.stop();
});

function formBody(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) params.append(name, one);
  return params.toString();
}

const validForm = (email: string) => ({
  overleg: 'goeree-overflakkee/go-thuiszitterstafel',
  variablePartyId: 'rgo',
  types: ['inzage', 'verwijdering'],
  role: 'voogd',
  name: 'Fatima <script>alert(1)</script>',
  email,
  phone: '',
  childName: 'Noor',
  dobDay: '3',
  dobMonth: '9',
  dobYear: '2015',
  details: 'Alle gegevens graag. <b>vet</b>',
  submissionId: `form-${email}`,
  // The check page's button: the first post only shows "Controleer uw verzoek".
  stap: 'versturen',
});

const postForm = (fields: Record<string, string | string[]>) =>
  fetch(`${app.baseUrl}/verzoek`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: formBody(fields) });

describe('the public form', () => {
  it('shows the reference and the deadline in Dutch words after a valid submit, once for a double submit', async () => {
    const email = `voogd-${Date.now()}@voorbeeld.nl`;
    const first = await postForm(validForm(email));
    expect(first.status).toBe(200);
    const page = await first.text();
    const reference = /AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(page)?.[0];
    expect(reference).toBeDefined();
    expect(page).toMatch(/uiterlijk (maandag|dinsdag|woensdag|donderdag|vrijdag) \d{1,2} [a-z]+ 20\d\d/);
    expect(page).toContain('Wat gebeurt er nu?');

    const second = await postForm(validForm(email));
    expect(await second.text()).toContain(reference);
    expect(await app.mails({ to: email })).toHaveLength(1);
  });

  it('shows every error in a summary and at its field, keeps the values, and stores nothing', async () => {
    const before = (await app.items()).length;
    const fields = { ...validForm(`fout-${Date.now()}@voorbeeld.nl`), email: 'niet-goed', dobDay: '31', dobMonth: '2', types: [] as string[] };
    const response = await postForm(fields);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('<title>Fout: ');
    expect(page).toContain('Er ging iets mis');
    expect(page).toContain('href="#email"');
    expect(page).toContain('href="#types"');
    expect(page).toContain('href="#dobDay"');
    expect(page).toContain('id="email-error"');
    expect(page).toContain('value="niet-goed"');
    // What the requester typed comes back as text, never as markup.
    expect(page).toContain('Fatima &lt;script>alert(1)&lt;/script>');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('Alle gegevens graag. &lt;b>vet&lt;/b>');
    expect((await app.items()).length).toBe(before);
  });

  it('answers an unknown address with a real Dutch page: status 404, a title, the language and a way back', async () => {
    for (const path of ['/bestaat-niet', '/verzoek/typfout/nog-meer', '/portaal/onbekend']) {
      const response = await fetch(`${app.baseUrl}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('text/html');
      const html = await response.text();
      expect(html, path).toContain('<html lang="nl"');
      expect(html, path).toContain('<title>Deze pagina bestaat niet');
      expect(html, path).toContain('<a href="/verzoek">Naar het formulier</a>');
    }
    // The routes themselves still answer; a POST to nowhere is not a page.
    expect((await fetch(`${app.baseUrl}/verzoek`)).status).toBe(200);
    expect((await fetch(`${app.baseUrl}/bestaat-niet`, { method: 'POST' })).status).toBe(404);
  });

  it('serves the form without any script, with a CSP that forbids inline code', async () => {
    const response = await fetch(`${app.baseUrl}/verzoek`);
    const page = await response.text();
    expect(page).not.toMatch(/<script/i);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    // The first step asks the municipality: every municipality of every region, in one list.
    expect(page).toContain('In welke gemeente woont het kind?');
    expect(page).toContain('<option value="Goeree-Overflakkee">Goeree-Overflakkee</option>');
    expect(page).toContain('<option value="Zandvoort">Zandvoort</option>');
  });
});

describe('finding the overleg by municipality and school, then the check step', () => {
  const html = async (path: string) => {
    const response = await fetch(`${app.baseUrl}${path}`);
    return { status: response.status, page: await response.text() };
  };

  it('shows only the region of the municipality: its schools by place, its overleggen, and "Ik weet het niet"', async () => {
    const { status, page } = await html('/verzoek?gemeente=Goeree-Overflakkee');
    expect(status).toBe(200);
    expect(page).toContain('<optgroup label="Middelharnis">');
    expect(page).toContain('RGO Middelharnis');
    expect(page).toContain('Thuiszitterstafel');
    expect(page).not.toContain('Leerplicht en RMC West-Kennemerland');
    expect(page).toContain('Ik weet het niet');
    expect(page).toContain('Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee');
    // A municipality this installation does not serve keeps the parent at the first step, with the reason.
    const unknown = await html('/verzoek?gemeente=Utrecht');
    expect(unknown.status).toBe(400);
    expect(unknown.page).toContain('Kies de gemeente waar het kind woont of naar school gaat.');
  });

  it('checks first and stores nothing; the check page sends exactly what was typed, the school naming its board', async () => {
    const email = `controle-${Date.now()}@voorbeeld.nl`;
    const before = (await app.items()).length;
    const { variablePartyId: _board, stap: _send, ...typed } = validForm(email);
    const fields = { ...typed, regio: 'goeree-overflakkee', gemeente: 'Goeree-Overflakkee', school: 'rgo|RGO Middelharnis' };
    const check = await postForm(fields);
    expect(check.status).toBe(200);
    const page = await check.text();
    expect(page).toContain('<h1>Controleer uw verzoek</h1>');
    expect(page).toContain('RGO Middelharnis, Middelharnis');
    expect(page).toContain('Gegevens inzien (inzage), Gegevens laten wissen (verwijdering)');
    expect(page).toContain('formaction="/verzoek#email"');
    expect((await app.items()).length).toBe(before);
    // "Wijzigen" brings the form back with everything typed.
    const change = await (await postForm({ ...fields, stap: 'wijzigen' })).text();
    expect(change).toContain(`value="${email}"`);
    expect(change).toMatch(/<option value="rgo\|RGO Middelharnis" selected/);

    const sent = await postForm({ ...fields, stap: 'versturen' });
    const reference = /AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await sent.text())![0];
    const request = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!;
    expect([request.casusoverlegId, request.variablePartyId, request.partyIds]).toEqual([
      'go-thuiszitterstafel',
      'rgo',
      ['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', 'rgo'],
    ]);
  });

  it('sends "Ik weet het niet" to the central contact point alone, to assign the overleg', async () => {
    const email = `weetniet-${Date.now()}@voorbeeld.nl`;
    const { variablePartyId: _board, ...typed } = validForm(email);
    const sent = await postForm({ ...typed, regio: 'goeree-overflakkee', overleg: 'goeree-overflakkee/weet-ik-niet' });
    expect(sent.status).toBe(200);
    const reference = /AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await sent.text())![0];
    const request = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!;
    expect([request.toAssign, request.partyIds, request.coordinatorPartyId]).toEqual([true, ['swv-go'], 'swv-go']);
  });
});

describe('mail that cannot be sent is kept, not lost', () => {
  it('stores the request while SES is down and delivers the mail once it is back', async () => {
    await ses.stop();
    const email = `storing-${Date.now()}@voorbeeld.nl`;
    const response = await postForm(validForm(email));
    expect(response.status).toBe(200);
    const reference = /AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await response.text())![0];
    // Stored in one write: the request carries its confirmation mail until a deliverer writes it out.
    const request = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!;
    expect((request.deferredEffects as { mails: Array<{ to: string }> }).mails.map((mail) => mail.to)).toEqual([email]);
    // The delivery attempt while SES is down writes the mail out, fails to send it and schedules a retry.
    const failed = await getDelivery(getRuntime()).deliverPending(new Date());
    expect(failed.retrying).toBeGreaterThanOrEqual(1);
    const outbox = (await app.items()).filter((item) => item.PK === `REQ#${reference}` && String(item.SK).startsWith('OUTBOX#'));
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.status).toBe('pending');

    ses = await startSesEmulator({ port: sesPort });
    expect(await app.mails({ to: email })).toHaveLength(0);
    // The poller's next run, after the retry delay has passed.
    const report = await getDelivery(getRuntime()).deliverPending(new Date(Date.now() + 10 * 60_000));
    expect(report.sent).toBeGreaterThanOrEqual(1);
    expect(await app.mails({ to: email })).toHaveLength(1);
    // A second run sends nothing again.
    await getDelivery(getRuntime()).deliverPending(new Date(Date.now() + 20 * 60_000));
    expect(await app.mails({ to: email })).toHaveLength(1);
  });
});

describe('the outbox stream consumer (AWS delivery path)', () => {
  it('writes out a submitted request handed over by the stream and sends its confirmation', async () => {
    const { handler } = await import('#handlers/outbox-stream');
    const { marshall } = await import('@aws-sdk/util-dynamodb');
    const email = `stroom-nieuw-${Date.now()}@voorbeeld.nl`;
    const reference = /AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await (await postForm(validForm(email))).text())![0];
    const submitted = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!;
    expect(submitted.GSI3PK).toBe('OUTBOX#PENDING');
    const record = { eventName: 'INSERT', dynamodb: { NewImage: marshall(submitted, { removeUndefinedValues: true }) as never, SequenceNumber: '1' } };
    // The stream may hand the same record over twice: the second writes and sends nothing.
    expect((await handler({ Records: [record] } as never)).batchItemFailures).toEqual([]);
    expect((await handler({ Records: [record] } as never)).batchItemFailures).toEqual([]);
    const items = (await app.items()).filter((item) => item.PK === `REQ#${reference}` || item.reference === reference);
    const request = items.find((item) => item.SK === 'REQUEST')!;
    expect(request.deferredEffects).toBeUndefined();
    expect(request.GSI3PK).toBeUndefined();
    expect(
      items
        .filter((item) => String(item.PK).startsWith('TOKEN#'))
        .map((item) => item.purpose)
        .sort(),
    ).toEqual(['confirm', 'status']);
    expect(items.filter((item) => String(item.SK).startsWith('AUDIT#')).map((item) => item.action)).toEqual(['verzoek-ontvangen']);
    expect(items.filter((item) => String(item.SK).startsWith('OUTBOX#')).map((item) => item.status)).toEqual(['sent']);
    expect(await app.mails({ to: email })).toHaveLength(1);
  });

  it('delivers a new outbox item handed over by the stream, ignores other items, and reports what it cannot read', async () => {
    const { handler } = await import('#handlers/outbox-stream');
    const { marshall } = await import('@aws-sdk/util-dynamodb');
    await ses.stop();
    const email = `stroom-${Date.now()}@voorbeeld.nl`;
    await postForm(validForm(email));
    await getDelivery(getRuntime()).deliverPending(new Date());
    ses = await startSesEmulator({ port: sesPort });
    const outboxItem = (await app.items()).find((item) => String(item.SK).startsWith('OUTBOX#') && (item.mail as { to: string }).to === email)!;
    expect(outboxItem.status).toBe('pending');
    // The failed first try set a retry time; the stream's record arrives once that has passed.
    const runtime = getRuntime();
    const realClock = runtime.clock;
    runtime.clock = { now: () => new Date(Date.now() + 10 * 60_000) };
    try {
      const record = (image: Record<string, unknown>, sequence: string) => ({
        eventName: 'INSERT',
        dynamodb: { NewImage: marshall(image, { removeUndefinedValues: true }) as never, SequenceNumber: sequence },
      });
      const result = await handler({
        Records: [
          record(outboxItem, '1'),
          record({ PK: 'REQ#X', SK: 'REQUEST', type: 'request' }, '2'),
          // A record it cannot even read (an attribute of no DynamoDB type).
          { eventName: 'INSERT', dynamodb: { NewImage: { type: { BROKEN: 'x' } } as never, SequenceNumber: '3' } },
        ],
      } as never);
      expect(result.batchItemFailures).toEqual([{ itemIdentifier: '3' }]);
    } finally {
      runtime.clock = realClock;
    }
    expect(await app.mails({ to: email })).toHaveLength(1);
    const after = (await app.items()).find((item) => item.PK === outboxItem.PK && item.SK === outboxItem.SK)!;
    expect(after.status).toBe('sent');
  });
});

describe('unconfirmed requests', () => {
  it('cannot be confirmed after 7 days', async () => {
    const email = `laat-${Date.now()}@voorbeeld.nl`;
    await postForm(validForm(email));
    const link = /https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec((await app.mails({ to: email }))[0]!.text)![0];
    const runtime = getRuntime();
    const realClock = runtime.clock;
    runtime.clock = { now: () => new Date(Date.now() + 7 * 86_400_000 + 60_000) };
    try {
      const response = await fetch(link, { method: 'POST' });
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Deze link werkt niet');
    } finally {
      runtime.clock = realClock;
    }
  });
});
