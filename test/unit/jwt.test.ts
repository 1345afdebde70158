import { KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type KeySet, KeySetUnavailableError, remoteKeySet, TokenRejectedError, unverifiedClaims, verifyRs256Jwt } from '#adapters/jwt';

/**
 * The ID-token check against tokens signed by jose (a second, independent
 * implementation) and a key set served over HTTP like Cognito's. The
 * integration test (session.test.ts) does the same with cognito-local's tokens.
 */
const ISSUER = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_test';
const AUDIENCE = 'portal-client';
const NOW = new Date('2026-12-02T10:00:00Z');
const nowSeconds = NOW.getTime() / 1000;

let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let publicJwk: JWK;
let served: { keys: JWK[] } | 'down' = { keys: [] };
let fetches = 0;
let server: Server;
let jwksUrl: URL;

beforeAll(async () => {
  keys = await generateKeyPair('RS256', { extractable: true });
  publicJwk = { ...(await exportJWK(keys.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  server = createServer((_request, response) => {
    fetches += 1;
    if (served === 'down') return void response.writeHead(500).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  served = { keys: [publicJwk] };
  fetches = 0;
});

const rules = { issuer: ISSUER, audience: AUDIENCE, required: ['exp', 'iat', 'sub'], clockToleranceSeconds: 30, now: NOW };
const keySet = (now = () => 0) => remoteKeySet(jwksUrl, { timeoutMs: 1000, cooldownMs: 30_000, now });

function token(claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}, key: CryptoKey = keys.privateKey) {
  const standard = { iss: ISSUER, aud: AUDIENCE, sub: 'user-1', iat: nowSeconds - 60, exp: nowSeconds + 3600, token_use: 'id' };
  return new SignJWT({ ...standard, ...claims }).setProtectedHeader({ alg: 'RS256', kid: 'key-1', ...header }).sign(key);
}

const rejected = (candidate: string | Promise<string>, set: KeySet = keySet()) =>
  expect(Promise.resolve(candidate).then((jwt) => verifyRs256Jwt(jwt, set, rules))).rejects.toBeInstanceOf(TokenRejectedError);

describe('verifyRs256Jwt', () => {
  it('accepts a token signed with the published key and returns its claims', async () => {
    const claims = await verifyRs256Jwt(await token({ email: 'a@b.example' }), keySet(), rules);
    expect(claims).toMatchObject({ iss: ISSUER, aud: AUDIENCE, sub: 'user-1', email: 'a@b.example', token_use: 'id' });
  });

  it('accepts an audience list that holds the client', async () => {
    await expect(verifyRs256Jwt(await token({ aud: ['other', AUDIENCE] }), keySet(), rules)).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('refuses a changed payload, another key, and a signature cut short', async () => {
    const good = await token();
    const [header, payload, signature] = good.split('.') as [string, string, string];
    const changed = Buffer.from(JSON.stringify({ ...unverifiedClaims(good), sub: 'user-2' })).toString('base64url');
    await rejected(`${header}.${changed}.${signature}`);
    const other = await generateKeyPair('RS256');
    await rejected(token({}, {}, other.privateKey));
    await rejected(`${header}.${payload}.${signature.slice(0, 20)}`);
  });

  it('refuses alg none, HS256 signed with the public key, and a critical header', async () => {
    const payload = (await token()).split('.')[1]!;
    const none = Buffer.from(JSON.stringify({ alg: 'none', kid: 'key-1' })).toString('base64url');
    await rejected(`${none}.${payload}.`);
    const hmacKey = new TextEncoder().encode(JSON.stringify(publicJwk));
    const hs256 = new SignJWT({ sub: 'user-1', iss: ISSUER, aud: AUDIENCE, exp: nowSeconds + 60, iat: nowSeconds })
      .setProtectedHeader({ alg: 'HS256', kid: 'key-1' })
      .sign(hmacKey);
    await rejected(hs256);
    // jose will not sign a critical header it does not know, so this one is signed by hand.
    const critical = Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'key-1', crit: ['x-later'], 'x-later': true })).toString('base64url');
    const signature = sign('RSA-SHA256', Buffer.from(`${critical}.${payload}`), KeyObject.from(keys.privateKey)).toString('base64url');
    await rejected(`${critical}.${payload}.${signature}`);
    // The same hand signing without the critical header passes, so the refusal above is the header's.
    const plain = Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'key-1' })).toString('base64url');
    const plainSignature = sign('RSA-SHA256', Buffer.from(`${plain}.${payload}`), KeyObject.from(keys.privateKey)).toString('base64url');
    await expect(verifyRs256Jwt(`${plain}.${payload}.${plainSignature}`, keySet(), rules)).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('refuses another issuer, another audience, and a token without exp, iat or sub', async () => {
    await rejected(token({ iss: 'https://elsewhere.example' }));
    await rejected(token({ aud: 'other-client' }));
    for (const missing of ['exp', 'iat', 'sub']) {
      const full = unverifiedClaims(await token());
      const { [missing]: _dropped, ...rest } = full;
      await rejected(new SignJWT(rest).setProtectedHeader({ alg: 'RS256', kid: 'key-1' }).sign(keys.privateKey));
    }
  });

  it('allows 30 seconds of clock difference on exp and nbf, not 31', async () => {
    const at = (seconds: number) => ({ ...rules, now: new Date(seconds * 1000) });
    const jwt = await token({ exp: nowSeconds, nbf: nowSeconds });
    await expect(verifyRs256Jwt(jwt, keySet(), at(nowSeconds + 29))).resolves.toBeDefined();
    await expect(verifyRs256Jwt(jwt, keySet(), at(nowSeconds + 30))).rejects.toBeInstanceOf(TokenRejectedError);
    await expect(verifyRs256Jwt(jwt, keySet(), at(nowSeconds - 30))).resolves.toBeDefined();
    await expect(verifyRs256Jwt(jwt, keySet(), at(nowSeconds - 31))).rejects.toBeInstanceOf(TokenRejectedError);
  });

  it('refuses what is not a token at all', async () => {
    for (const junk of ['', 'a.b', 'a.b.c.d', '!!!.e30.x', 'e30.e30.x', 'W10.e30.x']) await rejected(junk);
  });
});

describe('remoteKeySet', () => {
  it('fetches the key set once for many tokens', async () => {
    const set = keySet();
    for (let n = 0; n < 5; n += 1) await verifyRs256Jwt(await token(), set, rules);
    expect(fetches).toBe(1);
  });

  it('fetches again for an unknown key id (a rotation), but at most once per cooldown', async () => {
    let clock = 0;
    const set = keySet(() => clock);
    await verifyRs256Jwt(await token(), set, rules);
    const rotated = await generateKeyPair('RS256', { extractable: true });
    served = { keys: [publicJwk, { ...(await exportJWK(rotated.publicKey)), kid: 'key-2' }] };
    const next = await token({}, { kid: 'key-2' }, rotated.privateKey);
    // Within the cooldown the new key is not fetched: a forged key id cannot make every request wait.
    clock = 10_000;
    await rejected(next, set);
    expect(fetches).toBe(1);
    clock = 31_000;
    await expect(verifyRs256Jwt(next, set, rules)).resolves.toMatchObject({ sub: 'user-1' });
    expect(fetches).toBe(2);
  });

  it('ignores keys that are not RSA signing keys for RS256', async () => {
    served = { keys: [{ ...publicJwk, use: 'enc' }] };
    await rejected(token());
    served = { keys: [{ ...publicJwk, alg: 'RS512' }] };
    await rejected(token());
  });

  it('reports an unreachable or broken key set as an outage, not as a bad token', async () => {
    served = 'down';
    await expect(verifyRs256Jwt(await token(), keySet(), rules)).rejects.toBeInstanceOf(KeySetUnavailableError);
    const closed = remoteKeySet(new URL('http://127.0.0.1:9/jwks.json'), { timeoutMs: 500, cooldownMs: 0 });
    await expect(verifyRs256Jwt(await token(), closed, rules)).rejects.toBeInstanceOf(KeySetUnavailableError);
  });
});
