import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDelivery } from '#adapters/mail-delivery';
import { getRuntime } from '#adapters/runtime';
import { type RunningService, startDynamoDbLocal, startSesEmulator } from '#infra/local/emulators';
import { freePort } from '#infra/local/ports';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';

/**
 * Faults against real emulators of this file's own: DynamoDB Local (on disk, so it can be stopped and
 * started again with its data) and the SES emulator.
 */
let app: TestApp;
let dynamo: RunningService;
let ses: RunningService;
const ports = { dynamo: 0, ses: 0 };
const dataDir = mkdtempSync(join(tmpdir(), 'faults-dynamodb-'));

beforeAll(async () => {
  ports.dynamo = await freePort();
  ports.ses = await freePort();
  [dynamo, ses] = await Promise.all([startDynamoDbLocal({ port: ports.dynamo, dataDir }), startSesEmulator({ port: ports.ses })]);
  app = await startTestApp({ dynamoUrl: dynamo.url, sesUrl: ses.url });
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await Promise.all([dynamo?.stop(), ses?.stop()]);
});

const confirmLink = (text: string) => /https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(text)![0];

/**
 * Every stored request has all it was written with: once the deliverer has
 * written out what a submit carries, its tokens, first mail and audit event are
 * there and nothing is left pending in the request. Nothing stands alone.
 */
async function expectNoHalfWrittenRequests() {
  await app.mails({});
  const items = await app.items();
  const requests = items.filter((item) => item.SK === 'REQUEST').map((item) => item.reference as string);
  for (const reference of requests) {
    const own = items.filter((item) => item.PK === `REQ#${reference}`);
    expect(own.find((item) => item.SK === 'REQUEST')!.deferredEffects, reference).toBeUndefined();
    expect(
      own.some((item) => String(item.SK).startsWith('OUTBOX#')),
      reference,
    ).toBe(true);
    expect(
      own.some((item) => String(item.SK).startsWith('AUDIT#')),
      reference,
    ).toBe(true);
    expect(items.filter((item) => String(item.PK).startsWith('TOKEN#') && item.reference === reference).length, reference).toBeGreaterThanOrEqual(1);
  }
  const orphans = items.filter((item) =>
    String(item.PK).startsWith('TOKEN#')
      ? !requests.includes(item.reference as string)
      : String(item.PK).startsWith('REQ#') && !requests.includes(String(item.PK).slice(4)),
  );
  expect(orphans).toEqual([]);
}

describe('DynamoDB unreachable', () => {
  it('answers a clear Dutch 503, stores no half request, and works again once DynamoDB is back', async () => {
    const before = await postJson(app, validRequest());
    expect(before.status).toBe(201);

    // Stop DynamoDB while submits are in flight.
    const inFlight = Array.from({ length: 12 }, () => postJson(app, validRequest()));
    await new Promise((resolve) => setTimeout(resolve, 15));
    await dynamo.stop();
    const answers = await Promise.all(inFlight);
    expect(answers.every((answer) => answer.status === 201 || answer.status === 503)).toBe(true);

    const api = await postJson(app, validRequest());
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('60');
    expect(api.body.errors[0].message).toContain('Er is niets bewaard');
    const form = await fetch(`${app.baseUrl}/verzoek`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'regio=goeree-overflakkee&overleg=x&stap=versturen',
    });
    expect(form.status).toBe(503);
    expect(await form.text()).toContain('Even niet bereikbaar');
    // Reading the empty form needs no database.
    expect((await fetch(`${app.baseUrl}/verzoek`)).status).toBe(200);

    dynamo = await startDynamoDbLocal({ port: ports.dynamo, dataDir });
    const after = await postJson(app, validRequest());
    expect(after.status).toBe(201);
    const stored = (await app.items()).filter((item) => item.SK === 'REQUEST').map((item) => item.reference);
    for (const answer of [before, after, ...answers.filter((candidate) => candidate.status === 201)]) expect(stored).toContain(answer.body.reference);
    await expectNoHalfWrittenRequests();
  }, 120_000);
});

describe('SES unreachable while routing', () => {
  it('routes the request, and the party mails follow once SES is back, each once', async () => {
    const body = validRequest();
    const { body: answer } = await postJson(app, body);
    const [mail] = await app.mails({ to: body.requester.email });
    await ses.stop();
    try {
      const confirmed = await fetch(confirmLink(mail!.text), { method: 'POST' });
      expect(confirmed.status).toBe(200);
      expect(await confirmed.text()).toContain('Verzoek bevestigd');
      // The requester retries the confirmation (a double click, a reload): nothing is routed twice.
      expect(await (await fetch(confirmLink(mail!.text), { method: 'POST' })).text()).toContain('al bevestigd');
      // The delivery attempt while SES is down fails and schedules retries.
      expect((await getDelivery(getRuntime()).deliverPending(new Date())).retrying).toBeGreaterThanOrEqual(4);
    } finally {
      ses = await startSesEmulator({ port: ports.ses });
    }
    const tasks = (await app.items()).filter((item) => item.PK === `REQ#${answer.reference}` && String(item.SK).startsWith('TASK#'));
    expect(tasks).toHaveLength(4);
    expect(await app.mails({ subjectIncludes: `Nieuw privacyverzoek ${answer.reference}` })).toHaveLength(0);
    // The delivery job runs twice at the same moment after the retry time: each mail goes out once.
    const later = new Date(Date.now() + 10 * 60_000);
    await Promise.all([getDelivery(getRuntime()).deliverPending(later), getDelivery(getRuntime()).deliverPending(later)]);
    expect(await app.mails({ subjectIncludes: `Nieuw privacyverzoek ${answer.reference}` })).toHaveLength(4);
  });
});

describe('a client that retries after partial work', () => {
  it('gets the first answer for a retried submit, with one request, one set of tokens and one mail', async () => {
    const body = validRequest();
    const key = `retry-${Date.now()}`;
    const first = await postJson(app, body, { 'idempotency-key': key });
    // The answer never reached the client (a timeout); it sends the same request again, twice.
    const [second, third] = await Promise.all([postJson(app, body, { 'idempotency-key': key }), postJson(app, body, { 'idempotency-key': key })]);
    expect(second.body).toEqual(first.body);
    expect(third.body).toEqual(first.body);
    expect(await app.mails({ to: body.requester.email })).toHaveLength(1);
    const items = await app.items();
    const requests = items.filter((item) => item.SK === 'REQUEST' && (item.requester as { email: string }).email === body.requester.email);
    expect(requests).toHaveLength(1);
    expect(items.filter((item) => String(item.PK).startsWith('TOKEN#') && item.reference === first.body.reference)).toHaveLength(2);
  });
});
