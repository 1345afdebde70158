import type { SignInProgress } from '#application/sign-in';
import { pathTo } from '#routes';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { readCookie, serializeCookie } from './cookies';
import { secureCookies } from './session';

/**
 * Between the password and the next step (TOTP code, new password, linking an
 * app) the browser keeps Cognito's challenge `Session`. That string proves
 * nothing by itself (Cognito checks it, with the code, and it expires after a
 * few minutes), but it is still kept from scripts and other sites: HttpOnly,
 * SameSite=Strict, only sent to the sign-in page, five minutes.
 */
export const SIGN_IN_STATE_COOKIE = 'portaal_inloggen';
/** `__Secure-` over https (it is scoped to the sign-in page's path, which `__Host-` does not allow). */
const stateCookieName = () => (secureCookies() ? `__Secure-${SIGN_IN_STATE_COOKIE}` : SIGN_IN_STATE_COOKIE);
const LIFETIME_SECONDS = 5 * 60;

const stateSchema = z.object({
  step: z.enum(['totp', 'new-password', 'mfa-setup']),
  session: z.string().check(z.minLength(1), z.maxLength(4096)),
  username: z.string().check(z.minLength(1), z.maxLength(256)),
  /** Where to go afterwards (already checked by safeReturnPath). */
  terug: z.optional(z.string().check(z.maxLength(512))),
  /** Only while linking an app: the secret shown to the user, to show it again after a typo. */
  secret: z.optional(z.string().check(z.maxLength(256))),
});
/** The schema checks a cookie that comes back from the browser; its shape is the use case's SignInProgress. */
export type SignInState = z.infer<typeof stateSchema> & SignInProgress;

export function signInStateCookie(state: SignInState): string {
  const value = Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
  return serializeCookie(stateCookieName(), value, {
    maxAgeSeconds: LIFETIME_SECONDS,
    sameSite: 'Strict',
    path: pathTo('signInPage'),
    secure: secureCookies(),
  });
}

export function clearSignInStateCookie(): string {
  return serializeCookie(stateCookieName(), '', { maxAgeSeconds: 0, sameSite: 'Strict', path: pathTo('signInPage'), secure: secureCookies() });
}

export function readSignInState(event: APIGatewayProxyEventV2): SignInState | undefined {
  const value = readCookie(event, stateCookieName());
  if (!value) return undefined;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
