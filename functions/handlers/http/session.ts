import { createHash, timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { systemClock } from '#adapters/clock';
import { readEnvironment } from '#adapters/environment';
import { once } from '#adapters/once';
import { InvalidSessionError, verifyIdToken } from '#adapters/identity';
import { unverifiedClaims } from '#adapters/jwt';
import { logger } from '#logger';
import type { PortalUser } from '#adapters/portal-user';
import { renderFormExpiredPage, renderSignedOutPage } from '#views/session-pages';
import { readCookie, serializeCookie } from './cookies';
import { htmlErrors } from './html-errors';
import { httpHandler } from './middleware';
import { header, readBody } from './request';
import { htmlResponse, redirectResponse } from './responses';
import { signInLocation } from './return-path';

/**
 * The portal session: the cookie holds the identity provider's ID token
 * itself, checked (signature, issuer, audience, expiry, group) on every
 * request. Nothing is stored on the server, so a Lambda needs no session table
 * and the session ends when the token does (one hour).
 */
export const SESSION_COOKIE = 'portaal_sessie';

/**
 * The cookie's name as sent: with the `__Host-` prefix wherever the site is
 * served over https, so the browser accepts it only when Secure, for Path=/
 * and without a Domain, and no subdomain or plain-http page can set one in its
 * place. Plain http (local) cannot carry the prefix.
 */
export const sessionCookieName = (): string => (secureCookies() ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE);

/** The site's public address: all the session needs of the environment (no table, so sign-in bundles no DynamoDB client). */
const publicBaseUrl = once(() => readEnvironment().PUBLIC_BASE_URL);

/** Secure cookies wherever the site is served over https (AWS); plain http only locally. */
export function secureCookies(): boolean {
  return publicBaseUrl().startsWith('https:');
}

export function sessionCookie(idToken: string, now: Date = systemClock.now()): string {
  const expiresAt = (unverifiedClaims(idToken).exp ?? 0) * 1000;
  return serializeCookie(sessionCookieName(), idToken, {
    maxAgeSeconds: (expiresAt - now.getTime()) / 1000,
    sameSite: 'Lax',
    path: '/',
    secure: secureCookies(),
  });
}

export function clearSessionCookie(): string {
  return serializeCookie(sessionCookieName(), '', { maxAgeSeconds: 0, sameSite: 'Lax', path: '/', secure: secureCookies() });
}

/**
 * The CSRF token for a session: a hash of the HttpOnly session cookie. Another
 * site can make the browser send the cookie but cannot read it, so it cannot
 * compute the token to put in a form. No server-side state is needed.
 */
export function csrfFor(sessionCookieValue: string): string {
  return createHash('sha256').update(`csrf:${sessionCookieValue}`).digest('base64url');
}

export function csrfToken(event: APIGatewayProxyEventV2): string {
  const session = readCookie(event, sessionCookieName());
  return session ? csrfFor(session) : '';
}

export function verifyCsrf(event: APIGatewayProxyEventV2, submitted: string | null | undefined): boolean {
  const expected = csrfToken(event);
  if (!expected || !submitted) return false;
  // Hashing both sides gives equal lengths, which timingSafeEqual needs.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(submitted));
}

/** A POST from a page of another site, where the browser says so (Origin), is refused outright. */
export function originAllowed(event: APIGatewayProxyEventV2): boolean {
  const origin = header(event, 'origin');
  // No header, or "null" (what browsers send under Referrer-Policy: no-referrer): the CSRF token decides.
  if (origin === undefined || origin === 'null') return true;
  return origin === new URL(publicBaseUrl()).origin;
}

/** The signed-in user and the token, or undefined when there is no valid session. */
export async function readSession(event: APIGatewayProxyEventV2): Promise<{ user: PortalUser; token: string } | undefined> {
  const token = readCookie(event, sessionCookieName());
  if (!token) return undefined;
  try {
    return { user: await verifyIdToken(token), token };
  } catch (error) {
    if (!(error instanceof InvalidSessionError)) throw error;
    // The reason names a check ("JWTExpired", "expected one portal group"), never a claim value.
    logger.info('session refused', { route: event.routeKey, reason: error.message });
    return undefined;
  }
}

function pathWithQuery(event: APIGatewayProxyEventV2): string {
  return event.rawQueryString ? `${event.rawPath}?${event.rawQueryString}` : event.rawPath;
}

function withCookies(result: APIGatewayProxyStructuredResultV2, cookies: string[]): APIGatewayProxyStructuredResultV2 {
  return cookies.length > 0 ? { ...result, cookies: [...(result.cookies ?? []), ...cookies] } : result;
}

export type PortalHandlerFunction = (event: APIGatewayProxyEventV2, user: PortalUser, csrf: string) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * The wrapper for every portal route. It checks the session on every request
 * (API Gateway cannot: its JWT authorizer reads headers, not cookies): without
 * a valid one a GET goes to the sign-in page and comes back afterwards, a POST
 * gets 401. A POST must also come from this site and carry the session's CSRF
 * token in the form field `csrf`; only then is `fn` called.
 */
export function portalHandler(fn: PortalHandlerFunction) {
  return httpHandler(async (event) => {
    const isPost = event.requestContext.http.method === 'POST';
    const session = await readSession(event);
    if (!session) {
      // A stale or forged cookie is removed, so the browser stops sending it.
      const clear = readCookie(event, sessionCookieName()) !== undefined ? [clearSessionCookie()] : [];
      if (!isPost) return withCookies(redirectResponse(signInLocation(pathWithQuery(event))), clear);
      return withCookies(htmlResponse(401, renderSignedOutPage()), clear);
    }
    if (isPost && !(originAllowed(event) && verifyCsrf(event, new URLSearchParams(readBody(event)).get('csrf')))) {
      logger.warn('form refused: origin or CSRF token does not match', { route: event.routeKey });
      return htmlResponse(403, renderFormExpiredPage());
    }
    return fn(event, session.user, csrfFor(session.token));
  }, htmlErrors);
}
