import { pathTo, routeIdOf } from '#routes';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createSignInClient, type SignInClient, SignInRefusedError, type SignInStep } from '#adapters/cognito-sign-in';
import { portalIdentitySettings, readEnvironment } from '#adapters/environment';
import { InvalidSessionError, verifyIdToken } from '#adapters/identity';
import { logger } from '#adapters/logger';
import { renderFormExpiredPage } from '#views/session-pages';
import { SIGN_IN_MESSAGES as M } from '#views/sign-in-messages';
import { renderCodeStep, renderMfaSetupStep, renderNewPasswordStep, renderPasswordStep, renderSignInProblem, type SignInErrors } from '#views/sign-in-pages';
import { readCookie } from './http/cookies';
import { htmlErrors } from './http/html-errors';
import { httpHandler } from './http/middleware';
import { readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';
import { safeReturnPath } from './http/return-path';
import { clearSessionCookie, originAllowed, readSession, SESSION_COOKIE, sessionCookie, verifyCsrf } from './http/session';
import { clearSignInStateCookie, readSignInState, type SignInState, signInStateCookie } from './http/sign-in-state';

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
const oneError = (field: string, message: string): SignInErrors => [{ field, message }];
/** Spaces and dashes that people type into codes ("123 456") do not matter. */
const cleanCode = (value: string | null) => (value ?? '').replace(/[\s-]/g, '');

export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  if (routeIdOf(event.routeKey) === 'signOut') return signOut(event);
  if (event.requestContext.http.method === 'GET') return showSignIn(event);
  // A sign-in form posted from another site is refused before anything else.
  if (!originAllowed(event)) return htmlResponse(403, renderFormExpiredPage());
  const form = new URLSearchParams(readBody(event));
  try {
    return await submitStep(event, form);
  } catch (error) {
    if (error instanceof SignInRefusedError) return refused(error, event, form);
    throw error;
  }
}, htmlErrors);

async function showSignIn(event: APIGatewayProxyEventV2): Promise<Result> {
  const terug = safeReturnPath(event.queryStringParameters?.terug);
  // Already signed in: no need to ask again.
  if (await readSession(event)) return redirectResponse(terug ?? pathTo('myTasks'));
  // A stale session cookie (expired, or of another pool) is removed while we are here.
  const stale = readCookie(event, SESSION_COOKIE) !== undefined ? [clearSessionCookie()] : [];
  return page(200, renderPasswordStep({ email: '', terug, errors: [] }), [clearSignInStateCookie(), ...stale]);
}

async function submitStep(event: APIGatewayProxyEventV2, form: URLSearchParams): Promise<Result> {
  const step = form.get('step');
  if (step === 'password') {
    const email = (form.get('email') ?? '').trim();
    const password = form.get('password') ?? '';
    const terug = safeReturnPath(form.get('terug'));
    const errors: SignInErrors = [];
    if (!email) errors.push({ field: 'email', message: M.emailMissing });
    if (!password) errors.push({ field: 'password', message: M.passwordMissing });
    if (errors.length > 0) return page(400, renderPasswordStep({ email, terug, errors }));
    return next(await signInClient().start(email, password), terug);
  }

  const state = readSignInState(event);
  if (!state || state.step !== step) {
    return page(400, renderPasswordStep({ email: '', terug: state?.terug, errors: oneError('email', M.expired) }), [clearSignInStateCookie()]);
  }
  if (state.step === 'new-password') {
    const newPassword = form.get('newPassword') ?? '';
    const again = form.get('newPasswordAgain') ?? '';
    if (!newPassword) return page(400, renderNewPasswordStep({ errors: oneError('newPassword', M.newPasswordMissing) }));
    if (newPassword !== again) return page(400, renderNewPasswordStep({ errors: oneError('newPasswordAgain', M.newPasswordMismatch) }));
    return next(await signInClient().setNewPassword(state, newPassword), state.terug);
  }
  const code = cleanCode(form.get('code'));
  if (!/^\d{6}$/.test(code)) return page(400, codePage(state, oneError('code', M.codeFormat)));
  const answer = state.step === 'totp' ? signInClient().answerTotp(state, code) : signInClient().finishMfaSetup(state, code);
  return next(await answer, state.terug);
}

function codePage(state: SignInState, errors: SignInErrors): string {
  return state.step === 'mfa-setup' && state.secret ? renderMfaSetupStep({ secret: state.secret, errors }) : renderCodeStep({ errors });
}

/** The page for whatever Cognito asks next, with the state cookie that the next form needs. */
async function next(step: SignInStep, terug: string | undefined): Promise<Result> {
  switch (step.kind) {
    case 'signed-in':
      return signedIn(step.idToken, terug);
    case 'totp':
      return page(200, renderCodeStep({ errors: [] }), [signInStateCookie({ step: 'totp', session: step.session, username: step.username, terug })]);
    case 'new-password':
      return page(200, renderNewPasswordStep({ errors: [] }), [
        signInStateCookie({ step: 'new-password', session: step.session, username: step.username, terug }),
      ]);
    case 'mfa-setup': {
      const setup = await signInClient().beginMfaSetup({ session: step.session });
      const state: SignInState = { step: 'mfa-setup', session: setup.session, username: step.username, terug, secret: setup.secret };
      return page(200, renderMfaSetupStep({ secret: setup.secret, errors: [] }), [signInStateCookie(state)]);
    }
    case 'unsupported':
      logger.warn('sign-in challenge not supported', { challenge: step.challenge });
      return page(400, renderSignInProblem('unsupported'), [clearSignInStateCookie()]);
  }
}

/** Cognito accepted the user; the session starts only if the token is a valid portal session too (one party, one role). */
async function signedIn(idToken: string, terug: string | undefined): Promise<Result> {
  try {
    const user = await verifyIdToken(idToken);
    logger.info('signed in', { userId: user.userId, partyId: user.partyId, role: user.role });
  } catch (error) {
    if (!(error instanceof InvalidSessionError)) throw error;
    logger.warn('signed in without portal access', { reason: error.message });
    return page(403, renderSignInProblem('no-access'), [clearSignInStateCookie()]);
  }
  return { ...redirectResponse(terug ?? pathTo('myTasks')), cookies: [sessionCookie(idToken), clearSignInStateCookie()] };
}

function refused(error: SignInRefusedError, event: APIGatewayProxyEventV2, form: URLSearchParams): Result {
  const state = readSignInState(event);
  const email = form.get('step') === 'password' ? (form.get('email') ?? '').trim() : '';
  const terug = state?.terug ?? safeReturnPath(form.get('terug'));
  const startAgain = (message: string, field = 'email') =>
    page(400, renderPasswordStep({ email, terug, errors: oneError(field, message) }), [clearSignInStateCookie()]);
  logger.info('sign-in refused', { reason: error.reason });
  switch (error.reason) {
    case 'credentials':
      return startAgain(M.credentials);
    case 'expired':
      return startAgain(M.expired);
    case 'too-many-attempts':
      return startAgain(M.tooManyAttempts);
    case 'code':
    case 'code-used':
      return state ? page(400, codePage(state, oneError('code', error.reason === 'code' ? M.code : M.codeUsed))) : startAgain(M.expired);
    case 'password-policy':
      return page(400, renderNewPasswordStep({ errors: oneError('newPassword', M.passwordPolicy) }));
    case 'password-reset':
      return page(400, renderSignInProblem('password-reset'), [clearSignInStateCookie()]);
    case 'unsupported':
      return page(400, renderSignInProblem('unsupported'), [clearSignInStateCookie()]);
  }
}

/** POST /portaal/uitloggen: removes the session cookie; with a session, only with its CSRF token. */
function signOut(event: APIGatewayProxyEventV2): Result {
  const hasSession = readCookie(event, SESSION_COOKIE) !== undefined;
  if (!originAllowed(event) || (hasSession && !verifyCsrf(event, new URLSearchParams(readBody(event)).get('csrf')))) {
    return htmlResponse(403, renderFormExpiredPage());
  }
  return { ...redirectResponse(pathTo('signInPage')), cookies: [clearSessionCookie()] };
}
