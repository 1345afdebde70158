import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRuntime } from '#adapters/runtime';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';

/** This file runs with a low per-client limit; the rest of the suite runs with a very high one. */
let app: TestApp;
const previousLimit = process.env.RATE_LIMIT_PER_MINUTE;
beforeAll(async () => {
  process.env.RATE_LIMIT_PER_MINUTE = '3';
  app = await startTestApp();
});
afterAll(async () => {
  process.env.RATE_LIMIT_PER_MINUTE = previousLimit;
  await app?.stop();
});

const requestCount = async () => (await app.items()).filter((item) => item.SK === 'REQUEST').length;

/** Every post of one test falls in one window: the clock stands still at the start of a minute. */
function freezeClock(minute: number) {
  const runtime = getRuntime();
  const at = new Date(Date.UTC(2026, 10, 22, 9, minute, 1));
  runtime.clock = { now: () => at };
}

describe('per-client rate limit on public posts', () => {
  it('answers 429 in Dutch (English on the English pages) with Retry-After once a client passes the limit, and stores nothing more', async () => {
    await postJson(app, validRequest()); // builds the runtime
    freezeClock(1);
    const statuses: number[] = [];
    for (let n = 0; n < 3; n++) statuses.push((await postJson(app, validRequest())).status);
    expect(statuses).toEqual([201, 201, 201]);
    const before = await requestCount();
    const refused = await postJson(app, validRequest());
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body.errors[0].message).toContain('te veel verzoeken');
    const form = await fetch(`${app.baseUrl}/verzoek`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'overleg=x' });
    expect(form.status).toBe(429);
    expect(await form.text()).toContain('Even wachten');
    // The English form's posts count the same, answered in English.
    const english = await fetch(`${app.baseUrl}/en/verzoek`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'overleg=x',
    });
    expect(english.status).toBe(429);
    expect(await english.text()).toMatch(/<html lang="en"[\s\S]*Please wait/);
    expect(await requestCount()).toBe(before);
    // Reading the form is never limited.
    expect((await fetch(`${app.baseUrl}/verzoek`)).status).toBe(200);
    // The next minute the client may post again.
    freezeClock(2);
    expect((await postJson(app, validRequest())).status).toBe(201);
  });

  it('counts the passwords and codes tried at sign-in too, refusing before the identity provider is asked', async () => {
    freezeClock(3);
    const tryPassword = () =>
      fetch(`${app.baseUrl}/portaal/inloggen`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ step: 'password', email: 'swv-go.contact@portaal.example', password: 'geraden-wachtwoord' }).toString(),
      });
    const statuses: number[] = [];
    for (let n = 0; n < 3; n++) statuses.push((await tryPassword()).status);
    expect(statuses.every((status) => status !== 429)).toBe(true);
    const refused = await tryPassword();
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('Even wachten');
  });

  it('counts at the edge: nothing of the count, and no client address, is stored in the table', async () => {
    const items = await app.items();
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((item) => String(item.PK).startsWith('RATE#'))).toEqual([]);
    for (const item of items) expect(JSON.stringify(item)).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
  });

  it('counts each client on its own', async () => {
    freezeClock(5);
    const post = (from: string) =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify(validRequest());
        const request = httpRequest(
          `${app.baseUrl.replace('localhost', '127.0.0.1')}/api/verzoeken`,
          { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    const first: number[] = [];
    for (let n = 0; n < 4; n++) first.push(await post('127.0.0.2'));
    expect(first).toEqual([201, 201, 201, 429]);
    expect(await post('127.0.0.3')).toBe(201);
  });
});

describe('the honeypot', () => {
  it('refuses a form whose hidden field was filled in, storing and sending nothing', async () => {
    freezeClock(10);
    const email = `bot-${Date.now()}@voorbeeld.nl`;
    const before = await requestCount();
    const body = new URLSearchParams({
      overleg: 'goeree-overflakkee/go-thuiszitterstafel',
      variablePartyId: 'rgo',
      types: 'inzage',
      role: 'ouder',
      name: 'Bot',
      email,
      childName: 'X',
      dobDay: '1',
      dobMonth: '1',
      dobYear: '2015',
      details: 'spam',
      website: 'https://spam.example',
    });
    const response = await fetch(`${app.baseUrl}/verzoek`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(response.status).toBe(400);
    expect(await requestCount()).toBe(before);
    expect(await app.mails({ to: email })).toEqual([]);
  });

  it('is hidden from people and assistive technology', async () => {
    const page = await (await fetch(`${app.baseUrl}/verzoek?gemeente=Goeree-Overflakkee`)).text();
    expect(page).toMatch(/<div class="avg-honeypot" aria-hidden="true">/);
    expect(page).toMatch(/name="website"[^>]*tabindex="-1"|tabindex="-1"[^>]*name="website"/);
  });
});

describe('bodies above 32 KB', () => {
  it('are refused on the form too, before anything is read', async () => {
    freezeClock(20);
    const before = await requestCount();
    const response = await fetch(`${app.baseUrl}/verzoek`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `details=${'x'.repeat(33 * 1024)}`,
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('Te veel tekst');
    expect(await requestCount()).toBe(before);
  });
});
