import { amsterdamDate } from '#core/calendar-date';
import { generateSync } from 'otplib';
import { inject } from 'vitest';
import { csrfFor, SESSION_COOKIE } from '#handlers/http/session';
import { SIGN_IN_STATE_COOKIE } from '#handlers/http/sign-in-state';
import { readPortalUsersFile, type SeededUser } from '#infra/local/seed-users';
import type { TestApp } from './local-app';

/** The seeded users of the run's shared user pool (see global-setup.ts). */
export function seededPortalUsers() {
  const seeded = readPortalUsersFile(inject('portalUsersFile'));
  if (!seeded) throw new Error('The test setup has not seeded any portal users');
  return seeded;
}

export function seededUser(email: string): SeededUser {
  const user = seededPortalUsers().users.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`No seeded portal user ${email}`);
  return user;
}

/** The value of a cookie the response sets ('' when it clears it), or undefined when it does not set it. */
export function setCookie(response: Response, name: string): { value: string; attributes: string } | undefined {
  for (const line of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';');
    const separator = pair.indexOf('=');
    if (pair.slice(0, separator).trim() === name) return { value: pair.slice(separator + 1), attributes: attributes.join(';').trim() };
  }
  return undefined;
}

/** POSTs a form the way a browser without JavaScript does, without following redirects. */
export function postForm(app: TestApp, path: string, fields: Record<string, string>, cookies: string[] = [], headers: Record<string, string> = {}) {
  return fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookies.length ? { cookie: cookies.join('; ') } : {}), ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Step 1 (e-mail address and password): the state cookie that step 2 needs. */
export async function passwordStep(app: TestApp, email: string, password = seededPortalUsers().password, terug?: string): Promise<string> {
  const response = await postForm(app, '/portaal/inloggen', { step: 'password', email, password, ...(terug ? { terug } : {}) });
  const state = setCookie(response, SIGN_IN_STATE_COOKIE);
  if (response.status !== 200 || !state?.value) throw new Error(`password step answered ${response.status}`);
  return `${SIGN_IN_STATE_COOKIE}=${state.value}`;
}

export const currentCode = (secret: string) => generateSync({ secret });

/** Waits until the authenticator shows its next code (a new 30-second window). */
async function nextTotpWindow(): Promise<void> {
  const msLeft = 30_000 - (Date.now() % 30_000);
  await new Promise((resolve) => setTimeout(resolve, msLeft + 250));
}

/**
 * Signs in through the real pages (password, then the TOTP code from the
 * seeded secret) and returns the session cookie ("portaal_sessie=…") and its
 * CSRF token for forms. cognito-local accepts a code more than once, but AWS
 * does not, so a refused code is retried once with the next window's code.
 */
export async function signIn(app: TestApp, email: string): Promise<{ cookie: string; csrf: string }> {
  const user = seededUser(email);
  const state = await passwordStep(app, email);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await nextTotpWindow();
    const response = await postForm(app, '/portaal/inloggen', { step: 'totp', code: currentCode(user.totpSecret) }, [state]);
    const session = setCookie(response, SESSION_COOKIE);
    if (response.status === 303 && session?.value) return { cookie: `${SESSION_COOKIE}=${session.value}`, csrf: csrfFor(session.value) };
  }
  throw new Error(`could not sign in as ${email}`);
}

/** The registration form's fields for a letter received today about a Thuiszitterstafel request; each test sets what it is about. */
export function registrationForm(fields: Record<string, string>): Record<string, string> {
  const [year, month, day] = amsterdamDate(new Date()).split('-') as [string, string, string];
  return {
    channel: 'brief',
    receivedDay: day,
    receivedMonth: month,
    receivedYear: year,
    overleg: 'goeree-overflakkee/go-thuiszitterstafel',
    variablePartyId: 'rgo',
    types: 'inzage',
    role: 'ouder',
    dobDay: '6',
    dobMonth: '5',
    dobYear: '2014',
    details: 'Welke gegevens zijn er?',
    submissionId: `registratie-${Date.now()}-${Math.random()}`,
    ...fields,
  };
}
