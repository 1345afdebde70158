import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { acceptedOriginSecrets, forgetOriginSecrets, OriginSecretUnavailableError } from '#adapters/origin-secret';
import { refuseUnlessThroughEdge } from '#handlers/http/origin-verify';
import { ClientRateLimit } from '#infra/local/client-rate-limit';

const eventWith = (headers: Record<string, string>) => ({ headers }) as unknown as APIGatewayProxyEventV2;

const CURRENT = 'geheim-van-cloudfront-0123456789abcdef';
const PREVIOUS = 'vorig-geheim-van-cloudfront-0123456789';

describe('requests that went around CloudFront (AWS)', () => {
  it('are refused with 403 without the origin secret, or with a wrong one', () => {
    expect(refuseUnlessThroughEdge(eventWith({}), [CURRENT])?.statusCode).toBe(403);
    expect(refuseUnlessThroughEdge(eventWith({ 'x-origin-verify': 'geraden' }), [CURRENT])?.statusCode).toBe(403);
    expect(refuseUnlessThroughEdge(eventWith({ 'x-origin-verify': `${CURRENT}-` }), [CURRENT])?.statusCode).toBe(403);
  });

  it('pass with the secret CloudFront adds, and with the previous one while a rotation settles', () => {
    expect(refuseUnlessThroughEdge(eventWith({ 'x-origin-verify': CURRENT }), [CURRENT])).toBeUndefined();
    expect(refuseUnlessThroughEdge(eventWith({ 'x-origin-verify': PREVIOUS }), [CURRENT, PREVIOUS])).toBeUndefined();
    expect(refuseUnlessThroughEdge(eventWith({ 'x-origin-verify': PREVIOUS }), [CURRENT])?.statusCode).toBe(403);
  });

  it('pass locally, where there is no edge and no secret', () => {
    expect(refuseUnlessThroughEdge(eventWith({}), undefined)).toBeUndefined();
  });
});

/**
 * The origin secret as the functions read it in AWS: from the Parameters and
 * Secrets extension on localhost, here a small server standing in for it that
 * checks the session token as the extension does.
 */
describe('the origin secret, read through the Lambda extension', () => {
  let server: Server;
  let port = 0;
  let secretString: string | undefined;
  let calls = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      calls++;
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.headers['x-aws-parameters-secrets-token'] !== 'sessie-token' || url.pathname !== '/secretsmanager/get') {
        res.writeHead(401).end();
        return;
      }
      if (secretString === undefined) {
        res.writeHead(500).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Name: url.searchParams.get('secretId'), SecretString: secretString }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    forgetOriginSecrets();
    calls = 0;
  });
  const env = (overrides: Record<string, string> = {}) => ({
    ORIGIN_VERIFY_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:OriginVerify',
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(port),
    AWS_SESSION_TOKEN: 'sessie-token',
    ...overrides,
  });

  it('gives the current and the previous value, and asks the extension once per five minutes', async () => {
    secretString = JSON.stringify({ current: CURRENT, previous: PREVIOUS });
    expect(await acceptedOriginSecrets(env(), 0)).toEqual([CURRENT, PREVIOUS]);
    expect(await acceptedOriginSecrets(env(), 60_000)).toEqual([CURRENT, PREVIOUS]);
    expect(calls).toBe(1);
    secretString = JSON.stringify({ current: PREVIOUS.replace('vorig', 'nieuw') });
    expect(await acceptedOriginSecrets(env(), 5 * 60_000 + 1)).toEqual([PREVIOUS.replace('vorig', 'nieuw')]);
    expect(calls).toBe(2);
  });

  it('is not needed locally: no secret configured, no call', async () => {
    expect(await acceptedOriginSecrets({}, 0)).toBeUndefined();
    expect(calls).toBe(0);
  });

  it('fails closed, as "unavailable", when the extension refuses, errs or holds no usable value', async () => {
    secretString = JSON.stringify({ current: CURRENT });
    await expect(acceptedOriginSecrets(env({ AWS_SESSION_TOKEN: 'vervalst' }), 0)).rejects.toMatchObject({ name: 'ServiceUnavailable' });
    secretString = undefined;
    await expect(acceptedOriginSecrets(env(), 0)).rejects.toBeInstanceOf(OriginSecretUnavailableError);
    secretString = JSON.stringify({ current: 'kort' });
    await expect(acceptedOriginSecrets(env(), 0)).rejects.toBeInstanceOf(OriginSecretUnavailableError);
    await expect(acceptedOriginSecrets(env({ PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '1' }), 0)).rejects.toBeInstanceOf(OriginSecretUnavailableError);
  });
});

describe('the local per-client limit', () => {
  const at = (minute: number, second: number) => new Date(Date.UTC(2026, 10, 22, 9, minute, second));

  it('allows a client its limit per minute, then refuses until the next minute', () => {
    let now = at(1, 15);
    const limit = new ClientRateLimit(3, () => now);
    expect([1, 2, 3, 4].map(() => limit.hit('192.0.2.1').allowed)).toEqual([true, true, true, false]);
    expect(limit.hit('192.0.2.1').retryAfterSeconds).toBe(45);
    now = at(2, 0);
    expect(limit.hit('192.0.2.1').allowed).toBe(true);
  });

  it('counts each client on its own', () => {
    const limit = new ClientRateLimit(1, () => at(3, 0));
    expect(limit.hit('192.0.2.1').allowed).toBe(true);
    expect(limit.hit('192.0.2.1').allowed).toBe(false);
    expect(limit.hit('192.0.2.2').allowed).toBe(true);
  });
});
