import type { SignInProgress } from '#application/sign-in';
import { pathTo } from '#routes';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
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

const STEPS = ['totp', 'new-password', 'mfa-setup'] as const;

/** The cookie's shape: the use case's SignInProgress, checked when it comes back from the browser (stateOf). */
export type SignInState = SignInProgress & {
  step: (typeof STEPS)[number];
  session: string;
  username: string;
  /** Where to go afterwards (already checked by safeReturnPath). */
  terug?: string;
  /** Only while linking an app: the secret shown to the user, to show it again after a typo. */
  secret?: string;
};

const text = (value: unknown, min: number, max: number): value is string => typeof value === 'string' && value.length >= min && value.length <= max;

/**
 * The state, if the cookie holds one: every field checked, anything else
 * dropped. _Decision:_ checked by hand, not with zod: five fields of our own
 * making, and zod's core was 15 KB of the sign-in function's cold start.
 */
function stateOf(json: unknown): SignInState | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { step, session, username, terug, secret } = json as Record<string, unknown>;
  if (!STEPS.includes(step as (typeof STEPS)[number]) || !text(session, 1, 4096) || !text(username, 1, 256)) return undefined;
  if ((terug !== undefined && !text(terug, 0, 512)) || (secret !== undefined && !text(secret, 0, 256))) return undefined;
  return {
    step: step as SignInState['step'],
    session,
    username,
    ...(terug !== undefined ? { terug } : {}),
    ...(secret !== undefined ? { secret } : {}),
  };
}

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
    return stateOf(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    return undefined;
  }
}
