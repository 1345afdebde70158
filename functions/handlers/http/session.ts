import { createHash, timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { systemClock } from '#adapters/clock';
import { readEnvironment } from '#adapters/environment';
import { once } from '#adapters/once';
import { InvalidSessionError, verifyIdToken } from '#adapters/identity';
import { unverifiedClaims } from '#adapters/jwt';
import { readPerson, recordSignIn as recordSignInOf } from '#adapters/configuration-store';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { admission } from '#core/portal-access';
import { logger } from '#logger';
import { isBeheerder, type PortalUser, type SessionUser } from '#adapters/portal-user';
import { pathTo } from '#routes';
import { renderMessagePage } from '#views/error-page';
import { renderFormExpiredPage, renderSignedOutPage } from '#views/session-pages';
import { portalTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { readCookie, serializeCookie } from './cookies';
import type { PostedForm } from './form-body';
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

/** The site's public address, for the cookie's Secure flag and the Origin check. */
const publicBaseUrl = once(() => readEnvironment().PUBLIC_BASE_URL);

/** The configuration (which parties and regions exist) and the person records every session is checked against. */
const sessionDeps = once(() => {
  const runtime = getRuntime();
  return { config: runtime.config, configuration: runtime.configuration, table: runtime.table };
});

/**
 * The user of a verified token, if our person record admits them (core/portal-access.ts):
 * read from the table on every request, so a person the beheerder disabled is refused at once.
 */
export async function admittedUser(token: string): Promise<{ user: SessionUser; admitted: ReturnType<typeof admission> }> {
  const deps = await refreshConfiguration(sessionDeps());
  const { directory } = deps.config;
  const user = await verifyIdToken(token, directory);
  const person = await readPerson(deps.table, user.userId);
  return { user, admitted: admission(user, person, (partyId) => directory.regionOfParty(partyId)?.id) };
}

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

/** Our own record of the sign-in, for the beheer pages' "laatst ingelogd". */
export async function recordSignIn(personId: string): Promise<void> {
  await recordSignInOf(sessionDeps().table, personId, getRuntime().clock.now().toISOString());
}

/** The signed-in user and the token, or undefined when there is no valid session. */
export async function readSession(event: APIGatewayProxyEventV2): Promise<{ user: SessionUser; token: string } | undefined> {
  const token = readCookie(event, sessionCookieName());
  if (!token) return undefined;
  try {
    const { user, admitted } = await admittedUser(token);
    if (admitted !== 'admitted') throw new InvalidSessionError(`person record: ${admitted}`);
    return { user, token };
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

export const WRONG_PLACE = portalTexts(DEFAULT_LANGUAGE).wrongPlace;

/**
 * The wrapper for every portal route of contact persons and FGs. A beheerder
 * who opens one is sent to the beheer pages (a GET) or refused (a POST): the
 * beheer role reads no request.
 */
export function portalHandler(fn: PortalHandlerFunction) {
  return sessionHandler((user, event, csrf) => {
    if (!isBeheerder(user)) return fn(event, user, csrf);
    if (event.requestContext.http.method === 'GET') return Promise.resolve(redirectResponse(pathTo('beheerHome')));
    return Promise.resolve(htmlResponse(403, renderMessagePage({ kind: 'portal', title: WRONG_PLACE.title, paragraphs: [WRONG_PLACE.forBeheer] })));
  });
}

/**
 * It checks the session on every request (API Gateway cannot: its JWT
 * authorizer reads headers, not cookies): without a valid one a GET goes to
 * the sign-in page and comes back afterwards, a POST gets 401. A POST must also
 * come from this site and carry the session's CSRF token in the form field
 * `csrf`; only then is `fn` called.
 */
export function sessionHandler(
  fn: (user: SessionUser, event: APIGatewayProxyEventV2, csrf: string, form?: PostedForm) => Promise<APIGatewayProxyStructuredResultV2>,
  readForm?: (event: APIGatewayProxyEventV2) => Promise<PostedForm>,
) {
  return httpHandler(async (event) => {
    const isPost = event.requestContext.http.method === 'POST';
    const session = await readSession(event);
    if (!session) {
      // A stale or forged cookie is removed, so the browser stops sending it.
      const clear = readCookie(event, sessionCookieName()) !== undefined ? [clearSessionCookie()] : [];
      if (!isPost) return withCookies(redirectResponse(signInLocation(pathWithQuery(event))), clear);
      return withCookies(htmlResponse(401, renderSignedOutPage()), clear);
    }
    const form = isPost && readForm ? await readForm(event) : undefined;
    const csrf = form ? form.fields.get('csrf') : isPost ? new URLSearchParams(readBody(event)).get('csrf') : null;
    if (isPost && !(originAllowed(event) && verifyCsrf(event, csrf))) {
      logger.warn('form refused: origin or CSRF token does not match', { route: event.routeKey });
      return htmlResponse(403, renderFormExpiredPage());
    }
    return fn(session.user, event, csrfFor(session.token), form);
  }, htmlErrors);
}
