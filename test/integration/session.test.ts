import { randomUUID } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminInitiateAuthCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, InvalidSessionError, verifyIdToken } from '#adapters/identity';
import { htmlResponse } from '#handlers/http/responses';
import { csrfFor, portalHandler, SESSION_COOKIE } from '#handlers/http/session';
import { cognitoAdminClient, createPortalUser, LOCAL_PASSWORD } from '#infra/local/seed-users';
import { currentDirectory, startTestApp, type TestApp } from '#test-support/local-app';
import { postForm, seededPortalUsers, setCookie, signIn } from '#test-support/portal-session';

/**
 * The session checks with real tokens from the run's cognito-local: every
 * kind of wrong token is refused by the one verification path, and the portal
 * wrapper turns that into a sign-in redirect, 401 or 403.
 */
let app: TestApp;
let cognito: CognitoIdentityProviderClient;
let token: string;
beforeAll(async () => {
  app = await startTestApp();
  cognito = cognitoAdminClient(app.system.cognitoUrl);
  token = (await signIn(app, 'rgo.contact@portaal.example')).cookie.slice(`${SESSION_COOKIE}=`.length);
});
afterAll(async () => {
  cognito?.destroy();
  await app?.stop();
});

const pool = () => seededPortalUsers();
const issuer = () => `${app.system.cognitoUrl}/${pool().userPoolId}`;
const allParties = () => new Set(pool().users.flatMap((user) => (user.partyId ? [user.partyId] : [])));

/** Tokens straight from cognito-local's admin flow (which skips MFA): enough to test what the verifier refuses. */
async function adminTokens(clientId: string, email: string, userPoolId = pool().userPoolId) {
  const answer = await cognito.send(
    new AdminInitiateAuthCommand({
      UserPoolId: userPoolId,
      ClientId: clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: LOCAL_PASSWORD },
    }),
  );
  return answer.AuthenticationResult!;
}

async function expectRefused(candidate: string) {
  await expect(verifyIdToken(candidate, await currentDirectory())).rejects.toBeInstanceOf(InvalidSessionError);
}

describe('verifyIdToken', () => {
  it('accepts the ID token of a signed-in user and maps the group to party and role', async () => {
    expect(decodeProtectedHeader(token).alg).toBe('RS256');
    await expect(verifyIdToken(token, await currentDirectory())).resolves.toMatchObject({
      email: 'rgo.contact@portaal.example',
      partyId: 'rgo',
      role: 'contact',
    });
  });

  it('refuses a token whose payload was changed (one character flipped)', async () => {
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const i = Math.floor(payload.length / 2);
    const flipped = payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1);
    await expectRefused(`${header}.${flipped}.${signature}`);
  });

  it('refuses a token with different claims signed by another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const claims = decodeJwt(token);
    const forged = await new SignJWT({ ...claims, 'cognito:groups': ['fg:rgo'] }).setProtectedHeader({ alg: 'RS256', kid: 'CognitoLocal' }).sign(privateKey);
    await expectRefused(forged);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const [, payload] = token.split('.');
    await expectRefused(`${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`);
  });

  it('refuses a token for another app client (audience)', async () => {
    const other = await cognito.send(
      new CreateUserPoolClientCommand({ UserPoolId: pool().userPoolId, ClientName: `ander-${randomUUID()}`, ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'] }),
    );
    const { IdToken } = await adminTokens(other.UserPoolClient!.ClientId!, 'rgo.contact@portaal.example');
    expect(decodeJwt(IdToken!).aud).toBe(other.UserPoolClient!.ClientId);
    await expectRefused(IdToken!);
  });

  it('refuses a token of another user pool (issuer), though cognito-local signs it with the same key', async () => {
    const otherPool = await cognito.send(new CreateUserPoolCommand({ PoolName: `ander-${randomUUID()}`, UsernameAttributes: ['email'] }));
    const userPoolId = otherPool.UserPool!.Id!;
    const client = await cognito.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: 'portaal' }));
    const email = `ander-${randomUUID().slice(0, 8)}@portaal.example`;
    await createPortalUser(cognito, { userPoolId, clientId: client.UserPoolClient!.ClientId! }, { email });
    const { IdToken } = await adminTokens(client.UserPoolClient!.ClientId!, email, userPoolId);
    // Even with the audience of this pool's client, the issuer gives it away.
    const verifier = createTokenVerifier({
      issuer: issuer(),
      clientId: client.UserPoolClient!.ClientId!,
      known: () => ({ partyIds: allParties(), regionIds: new Set() }),
    });
    await expect(verifier(IdToken!)).rejects.toBeInstanceOf(InvalidSessionError);
  });

  it('refuses an access token: only ID tokens are sessions', async () => {
    const { AccessToken } = await adminTokens(pool().clientId, 'rgo.contact@portaal.example');
    await expectRefused(AccessToken!);
  });

  it('refuses an expired token, allowing 30 seconds of clock difference', async () => {
    const exp = decodeJwt(token).exp!;
    const at = (seconds: number) =>
      createTokenVerifier({
        issuer: issuer(),
        clientId: pool().clientId,
        known: () => ({ partyIds: allParties(), regionIds: new Set() }),
        clock: { now: () => new Date(seconds * 1000) },
      });
    await expect(at(exp + 29)(token)).resolves.toMatchObject({ partyId: 'rgo' });
    await expect(at(exp + 31)(token)).rejects.toBeInstanceOf(InvalidSessionError);
  });

  it('refuses a user in no group, and a user in two', async () => {
    const noGroup = `geen-groep-${randomUUID().slice(0, 8)}@portaal.example`;
    await createPortalUser(cognito, pool(), { email: noGroup });
    await expectRefused((await adminTokens(pool().clientId, noGroup)).IdToken!);

    const twoRoles = `twee-rollen-${randomUUID().slice(0, 8)}@portaal.example`;
    await createPortalUser(cognito, pool(), { email: twoRoles, group: 'contact:rgo' });
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: pool().userPoolId, Username: twoRoles, GroupName: 'fg:rgo' }));
    await expectRefused((await adminTokens(pool().clientId, twoRoles)).IdToken!);
  });

  it('refuses a group of a party that is not configured', async () => {
    const verifier = createTokenVerifier({
      issuer: issuer(),
      clientId: pool().clientId,
      known: () => ({ partyIds: new Set(['swv-go']), regionIds: new Set() }),
    });
    await expect(verifier(token)).rejects.toBeInstanceOf(InvalidSessionError);
  });
});

describe('a user without a portal group signing in through the pages', () => {
  it('gets a clear Dutch page and no session', async () => {
    const email = `geen-groep-${randomUUID().slice(0, 8)}@portaal.example`;
    const { totpSecret: secret } = await createPortalUser(cognito, pool(), { email });
    const password = await postForm(app, '/portaal/inloggen', { step: 'password', email, password: LOCAL_PASSWORD });
    const state = setCookie(password, 'portaal_inloggen')!;
    const { generateSync } = await import('otplib');
    const response = await postForm(app, '/portaal/inloggen', { step: 'totp', code: generateSync({ secret }) }, [`portaal_inloggen=${state.value}`]);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Geen toegang tot het portaal');
    expect(setCookie(response, SESSION_COOKIE)).toBeUndefined();
  });
});

describe('portalHandler', () => {
  const calls: Array<{ user: unknown; csrf: string }> = [];
  const handler = portalHandler(async (_event, user, csrf) => {
    calls.push({ user, csrf });
    return htmlResponse(200, 'ok');
  });

  function event(
    method: 'GET' | 'POST',
    path: string,
    options: { cookie?: string; body?: Record<string, string>; origin?: string; query?: string } = {},
  ): APIGatewayProxyEventV2 {
    return {
      version: '2.0',
      routeKey: `${method} ${path}`,
      rawPath: path,
      rawQueryString: options.query ?? '',
      headers: { ...(options.origin ? { origin: options.origin } : {}), 'content-type': 'application/x-www-form-urlencoded' },
      cookies: options.cookie ? [options.cookie] : undefined,
      body: options.body ? new URLSearchParams(options.body).toString() : undefined,
      isBase64Encoded: false,
      requestContext: {
        http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
        requestId: randomUUID(),
        routeKey: `${method} ${path}`,
        stage: '$default',
        time: '',
        timeEpoch: Date.now(),
        accountId: 'test',
        apiId: 'test',
        domainName: 'localhost',
        domainPrefix: 'localhost',
      },
    };
  }
  const context = { functionName: 'portal-pages', awsRequestId: randomUUID(), getRemainingTimeInMillis: () => 10_000 } as unknown as Context;
  const run = (e: APIGatewayProxyEventV2) => handler(e, context);
  const session = () => `${SESSION_COOKIE}=${token}`;

  it('calls the page with the user and the CSRF token of the session', async () => {
    calls.length = 0;
    const result = await run(event('GET', '/portaal', { cookie: session() }));
    expect(result.statusCode).toBe(200);
    expect(calls).toEqual([{ user: expect.objectContaining({ partyId: 'rgo', role: 'contact' }), csrf: csrfFor(token) }]);
  });

  it('sends a GET without a session to the sign-in page, returning to the same path afterwards', async () => {
    const result = await run(event('GET', '/portaal/verzoeken/AVG-7K3M-9QXD', { query: 'tab=tijdlijn' }));
    expect(result.statusCode).toBe(303);
    expect(result.headers?.location).toBe(`/portaal/inloggen?terug=${encodeURIComponent('/portaal/verzoeken/AVG-7K3M-9QXD?tab=tijdlijn')}`);
  });

  it('treats a tampered or expired cookie as no session, and removes it', async () => {
    const result = await run(event('GET', '/portaal', { cookie: `${SESSION_COOKIE}=${token.slice(0, -4)}AAAA` }));
    expect(result.statusCode).toBe(303);
    expect(result.headers?.location).toBe('/portaal/inloggen?terug=%2Fportaal');
    expect(result.cookies?.[0]).toMatch(/^portaal_sessie=; Max-Age=0/);
  });

  it('answers a POST without a session with 401 and a Dutch page', async () => {
    const result = await run(event('POST', '/portaal/registreren', { body: { csrf: csrfFor(token) } }));
    expect(result.statusCode).toBe(401);
    expect(result.body).toContain('U bent niet meer ingelogd');
  });

  it('accepts a POST only with the CSRF token of the session, and not from another site', async () => {
    calls.length = 0;
    const refused = [
      event('POST', '/portaal/registreren', { cookie: session(), body: {} }),
      event('POST', '/portaal/registreren', { cookie: session(), body: { csrf: 'geraden' } }),
      event('POST', '/portaal/registreren', { cookie: session(), body: { csrf: csrfFor('een-andere-sessie') } }),
      event('POST', '/portaal/registreren', { cookie: session(), body: { csrf: csrfFor(token) }, origin: 'https://aanvaller.example' }),
    ];
    for (const candidate of refused) {
      const result = await run(candidate);
      expect(result.statusCode).toBe(403);
      expect(result.body).toContain('Het formulier is verlopen of niet geldig. Laad de pagina opnieuw.');
    }
    expect(calls).toHaveLength(0);

    const accepted = await run(event('POST', '/portaal/registreren', { cookie: session(), body: { csrf: csrfFor(token) }, origin: app.baseUrl }));
    expect(accepted.statusCode).toBe(200);
    expect(calls).toHaveLength(1);
  });
});
