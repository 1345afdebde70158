import { pathTo, routeIdOf } from '#routes';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createSignInClient, type SignInClient } from '#adapters/cognito-sign-in';
import { type SignInOutcome, type SignInProblems, submitSignInStep } from '#application/sign-in';
import { portalIdentitySettings, readEnvironment } from '#adapters/environment';
import { InvalidSessionError } from '#adapters/identity';
import { isBeheerder } from '#adapters/portal-user';
import { logger } from '#logger';
import { renderFormExpiredPage } from '#views/session-pages';
import { signInTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { renderCodeStep, renderMfaSetupStep, renderNewPasswordStep, renderPasswordStep, renderSignInProblem, type SignInErrors } from '#views/sign-in-pages';
import { readCookie } from './http/cookies';
import { htmlErrors } from './http/html-errors';
import { httpHandler } from './http/middleware';
import { readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';
import { safeReturnPath } from './http/return-path';
import { admittedUser, clearSessionCookie, originAllowed, readSession, recordSignIn, sessionCookie, sessionCookieName, verifyCsrf } from './http/session';
import { clearSignInStateCookie, readSignInState, signInStateCookie } from './http/sign-in-state';

const M = signInTexts(DEFAULT_LANGUAGE).errors;

/**
 * GET/POST /portaal/inloggen and POST /portaal/uitloggen. Step 1 is e-mail
 * address and password, step 2 the TOTP code (or, for a new account, a new
 * password and linking the app). On success the ID token becomes the session
 * cookie and the user goes on to `terug` or /portaal.
 */

let client: SignInClient | undefined;
const signInClient = () => (client ??= createSignInClient(portalIdentitySettings(readEnvironment())));

type Result = APIGatewayProxyStructuredResultV2;
const page = (status: number, body: string, cookies: string[] = []): Result => ({ ...htmlResponse(status, body), ...(cookies.length ? { cookies } : {}) });
const texts = (problems: SignInProblems): SignInErrors => problems.map((problem) => ({ field: problem.field, message: M[problem.message] }));

export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  if (routeIdOf(event.routeKey) === 'signOut') return signOut(event);
  if (event.requestContext.http.method === 'GET') return showSignIn(event);
  // A sign-in form posted from another site is refused before anything else.
  if (!originAllowed(event)) return htmlResponse(403, renderFormExpiredPage());
  const form = new URLSearchParams(readBody(event));
  const outcome = await submitSignInStep(
    signInClient(),
    {
      step: form.get('step'),
      email: form.get('email') ?? '',
      password: form.get('password') ?? '',
      terug: safeReturnPath(form.get('terug')),
      newPassword: form.get('newPassword') ?? '',
      newPasswordAgain: form.get('newPasswordAgain') ?? '',
      code: form.get('code') ?? '',
    },
    readSignInState(event),
  );
  return respond(outcome);
}, htmlErrors);

async function showSignIn(event: APIGatewayProxyEventV2): Promise<Result> {
  const terug = safeReturnPath(event.queryStringParameters?.terug);
  // Already signed in: no need to ask again.
  if (await readSession(event)) return redirectResponse(terug ?? pathTo('myTasks'));
  // A stale session cookie (expired, or of another pool) is removed while we are here.
  const stale = readCookie(event, sessionCookieName()) !== undefined ? [clearSessionCookie()] : [];
  return page(200, renderPasswordStep({ email: '', terug, errors: [] }), [clearSignInStateCookie(), ...stale]);
}

/** The page of a sign-in outcome, with the state cookie the next form needs (or without it when the sign-in starts over). */
async function respond(outcome: SignInOutcome): Promise<Result> {
  const status = 'problems' in outcome && outcome.problems.length > 0 ? 400 : 200;
  const progress = 'progress' in outcome && outcome.progress ? [signInStateCookie(outcome.progress)] : [];
  switch (outcome.kind) {
    case 'signed-in':
      return signedIn(outcome.idToken, safeReturnPath(outcome.terug));
    case 'password':
      return page(
        status,
        renderPasswordStep({ email: outcome.email, terug: safeReturnPath(outcome.terug), errors: texts(outcome.problems) }),
        outcome.restart ? [clearSignInStateCookie()] : [],
      );
    case 'totp':
      return page(status, renderCodeStep({ errors: texts(outcome.problems) }), progress);
    case 'new-password':
      return page(status, renderNewPasswordStep({ errors: texts(outcome.problems) }), progress);
    case 'mfa-setup':
      return page(status, renderMfaSetupStep({ secret: outcome.secret, errors: texts(outcome.problems) }), progress);
    case 'problem':
      if (outcome.challenge) logger.warn('sign-in challenge not supported', { challenge: outcome.challenge });
      return page(400, renderSignInProblem(outcome.problem), [clearSignInStateCookie()]);
  }
}

/**
 * Cognito accepted the user; the session starts only if the token is a valid
 * portal session too (one party, one role). `terug` has been checked again
 * here: it may come from the state cookie, which the browser could have changed.
 */
async function signedIn(idToken: string, terug: string | undefined): Promise<Result> {
  let home: string;
  try {
    const { user, admitted } = await admittedUser(idToken);
    if (admitted !== 'admitted') {
      // cognito-local lets a disabled account sign in; our record refuses it (docs/portal.md).
      logger.warn('signed in without portal access', { personRecord: admitted });
      return page(403, renderSignInProblem(admitted === 'disabled' ? 'disabled' : 'no-access'), [clearSignInStateCookie()]);
    }
    await recordSignIn(user.userId);
    logger.info('signed in', { userId: user.userId, role: user.role, ...(isBeheerder(user) ? { regionId: user.regionId } : { partyId: user.partyId }) });
    home = isBeheerder(user) ? pathTo('beheerHome') : pathTo('myTasks');
  } catch (error) {
    if (!(error instanceof InvalidSessionError)) throw error;
    logger.warn('signed in without portal access', { reason: error.message });
    return page(403, renderSignInProblem('no-access'), [clearSignInStateCookie()]);
  }
  return { ...redirectResponse(terug ?? home), cookies: [sessionCookie(idToken), clearSignInStateCookie()] };
}

/** POST /portaal/uitloggen: removes the session cookie; with a session, only with its CSRF token. */
function signOut(event: APIGatewayProxyEventV2): Result {
  const hasSession = readCookie(event, sessionCookieName()) !== undefined;
  if (!originAllowed(event) || (hasSession && !verifyCsrf(event, new URLSearchParams(readBody(event)).get('csrf')))) {
    return htmlResponse(403, renderFormExpiredPage());
  }
  return { ...redirectResponse(pathTo('signInPage')), cookies: [clearSessionCookie()] };
}
