import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';

/**
 * Over https (AWS) the portal's cookies carry the browser's name prefixes:
 * `__Host-` for the session (Secure, Path=/, no Domain: no subdomain or
 * plain-http page can plant one), `__Secure-` for the sign-in state, which is
 * scoped to the sign-in path. The site's address is read once per process, so
 * this file sets an https one before anything reads it.
 */
Object.assign(process.env, { TABLE_NAME: 't', MAIL_FROM: 'noreply@avg.example', PUBLIC_BASE_URL: 'https://avg.example' });
const { clearSessionCookie, csrfFor, csrfToken, sessionCookie } = await import('#handlers/http/session');
const { signInStateCookie } = await import('#handlers/http/sign-in-state');

const unsignedToken = (exp: number) =>
  [{ alg: 'none' }, { exp }].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.signature';
const eventWithCookies = (cookies: string[]) => ({ cookies, headers: {}, requestContext: { http: { method: 'GET' } } }) as unknown as APIGatewayProxyEventV2;

describe('portal cookies over https', () => {
  it('names the session cookie __Host-, Secure, for the whole site and without a domain', () => {
    const cookie = sessionCookie(unsignedToken(Math.floor(Date.now() / 1000) + 3600));
    expect(cookie).toMatch(/^__Host-portaal_sessie=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(clearSessionCookie()).toMatch(/^__Host-portaal_sessie=;/);
  });

  it('names the sign-in state cookie __Secure-, Secure', () => {
    const cookie = signInStateCookie({ step: 'totp', session: 's', username: 'u' });
    expect(cookie).toMatch(/^__Secure-portaal_inloggen=/);
    expect(cookie).toMatch(/; Secure/);
  });

  it('reads only the prefixed session cookie, so a cookie planted without the prefix counts for nothing', () => {
    expect(csrfToken(eventWithCookies(['portaal_sessie=planted']))).toBe('');
    expect(csrfToken(eventWithCookies(['__Host-portaal_sessie=real']))).toBe(csrfFor('real'));
  });
});
