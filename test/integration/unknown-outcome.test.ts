import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';

/**
 * A write that reached DynamoDB but whose answer never came back: the case in
 * which "nothing was stored" would be a lie. A proxy in front of DynamoDB
 * Local passes every request on and, while `holdAnswers` is set, keeps the
 * answers to writes back, so the functions' calls time out (after 300 ms here instead of
 * the 2 s of production) with the write done.
 */
process.env.DYNAMODB_REQUEST_TIMEOUT_MS = '300';

let holdAnswers = false;
const WRITE = /x-amz-target:\s*DynamoDB_20120810\.(TransactWriteItems|PutItem)/i;
const held: Socket[] = [];
/** Every socket of the proxy, so the proxy can close although clients keep their connections alive. */
const open = new Set<Socket>();
let proxy: Server;
let app: TestApp;

beforeAll(async () => {
  const upstream = new URL(inject('dynamoUrl'));
  proxy = createServer((client) => {
    const server = createConnection({ host: upstream.hostname, port: Number(upstream.port) });
    open.add(client).add(server);
    // Requests on a connection follow one another: once a write went out while holding, its answer and all after it are kept back.
    let holding = false;
    client.on('data', (chunk: Buffer) => {
      if (holdAnswers && WRITE.test(chunk.toString('latin1'))) {
        holding = true;
        held.push(client, server);
      }
      server.write(chunk);
    });
    server.on('data', (chunk: Buffer) => {
      if (!holding) client.write(chunk);
    });
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
    client.on('close', () => server.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address() as { port: number };
  app = await startTestApp({ dynamoUrl: `http://127.0.0.1:${address.port}` });
}, 120_000);
afterAll(async () => {
  await app?.stop();
  for (const socket of open) socket.destroy();
  await new Promise((resolve) => proxy?.close(resolve));
});

async function withAnswersHeld<T>(fn: () => Promise<T>): Promise<T> {
  holdAnswers = true;
  try {
    return await fn();
  } finally {
    holdAnswers = false;
    for (const socket of held.splice(0)) socket.destroy();
  }
}

const requestsFrom = async (email: string) =>
  (await app.items()).filter((item) => item.SK === 'REQUEST' && (item.requester as { email: string }).email === email);

const formFields = (email: string, submissionId: string) =>
  new URLSearchParams({
    submissionId,
    overleg: 'goeree-overflakkee/go-thuiszitterstafel',
    variablePartyId: 'rgo',
    types: 'inzage',
    details: 'Welke gegevens zijn er besproken?',
    role: 'ouder',
    name: 'Marieke de Vries',
    email,
    childName: 'Sem de Vries',
    dobDay: '17',
    dobMonth: '5',
    dobYear: '2013',
    stap: 'versturen',
  });

describe('a submit whose write may have happened', () => {
  it('says it does not know yet, keeps the form and its submission id, and a resend stores the request once', async () => {
    const email = `onzeker-${Date.now()}@voorbeeld.nl`;
    const submissionId = `11111111-2222-4333-8444-${String(Date.now()).slice(-12).padStart(12, '0')}`;
    const post = () =>
      fetch(`${app.baseUrl}/verzoek`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.baseUrl },
        body: formFields(email, submissionId),
      });
    const first = await withAnswersHeld(post);
    expect(first.status).toBe(503);
    const page = await first.text();
    expect(page).toContain('We weten nog niet of uw verzoek is bewaard');
    expect(page).not.toContain('Er is niets bewaard');
    expect(page).toContain(`value="${submissionId}"`);
    expect(page).toContain('value="Marieke de Vries"');
    // The write did reach DynamoDB: claiming that nothing was stored would have been a lie.
    expect(await requestsFrom(email)).toHaveLength(1);

    const again = await post();
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('AVG-');
    expect(await requestsFrom(email)).toHaveLength(1);
  });

  it('answers the API in Dutch JSON with 503, never "nothing was stored", and the same Idempotency-Key gets the first answer', async () => {
    const body = validRequest();
    const key = `onzeker-${Date.now()}`;
    const first = await withAnswersHeld(() => postJson(app, body, { 'idempotency-key': key }));
    expect(first.status).toBe(503);
    expect(first.body.errors[0].message).toContain('We weten nog niet of uw verzoek is bewaard');
    const again = await postJson(app, body, { 'idempotency-key': key });
    expect(again.status).toBe(201);
    expect(await requestsFrom(body.requester.email)).toHaveLength(1);
  });
});
