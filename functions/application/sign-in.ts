import { logger } from '#logger';
import { type IdentityProvider, type SignInRefusal, SignInRefusedError, type SignInStep } from './ports';

/**
 * The sign-in steps as one use case: password, then the TOTP code (or, for a
 * new account, a new password and linking an authenticator app). It decides
 * which step comes next and which message a refusal gets; the handler turns
 * the outcome into a page and cookies.
 */

/** Where a sign-in stands between two pages (kept by the browser in the sign-in state cookie). */
export interface SignInProgress {
  step: 'totp' | 'new-password' | 'mfa-setup';
  session: string;
  username: string;
  /** Where to go afterwards (already checked by safeReturnPath). */
  terug?: string;
  /** Only while linking an app: the secret shown to the user, to show it again after a typo. */
  secret?: string;
}

/** The messages of the sign-in pages, by what went wrong (their words are in the catalogue: texts/nl/sign-in.ts). */
export type SignInMessage =
  | 'emailMissing'
  | 'passwordMissing'
  | 'credentials'
  | 'expired'
  | 'tooManyAttempts'
  | 'codeFormat'
  | 'code'
  | 'codeUsed'
  | 'newPasswordMissing'
  | 'newPasswordMismatch'
  | 'passwordPolicy';
export type SignInProblems = Array<{ field: string; message: SignInMessage }>;

export interface SignInForm {
  step: string | null;
  email: string;
  password: string;
  terug: string | undefined;
  newPassword: string;
  newPasswordAgain: string;
  code: string;
}

export type SignInOutcome =
  /** Cognito accepted the user; the session starts only if the token is a valid portal session too (checked by the caller). */
  | { kind: 'signed-in'; idToken: string; terug: string | undefined }
  /** Back to the first step; `restart` drops the sign-in state. */
  | { kind: 'password'; email: string; terug: string | undefined; problems: SignInProblems; restart: boolean }
  /** A next step; `progress` is new when the step was just reached (the state cookie is set), absent when the same step is asked again. */
  | { kind: 'totp' | 'new-password'; problems: SignInProblems; progress?: SignInProgress }
  | { kind: 'mfa-setup'; secret: string; problems: SignInProblems; progress?: SignInProgress }
  | { kind: 'problem'; problem: 'unsupported' | 'password-reset'; challenge?: string };

/** Spaces and dashes that people type into codes ("123 456") do not matter. */
const cleanCode = (value: string) => value.replace(/[\s-]/g, '');
const one = (field: string, message: SignInMessage): SignInProblems => [{ field, message }];

/**
 * One posted step. `progress` is what the state cookie holds (undefined when
 * there is none or it is invalid); a step that does not match it starts over.
 */
export async function submitSignInStep(identity: IdentityProvider, form: SignInForm, progress: SignInProgress | undefined): Promise<SignInOutcome> {
  try {
    return await step(identity, form, progress);
  } catch (error) {
    if (!(error instanceof SignInRefusedError)) throw error;
    logger.info('sign-in refused', { reason: error.reason });
    return refused(error.reason, form, progress);
  }
}

async function step(identity: IdentityProvider, form: SignInForm, progress: SignInProgress | undefined): Promise<SignInOutcome> {
  if (form.step === 'password') {
    const email = form.email.trim();
    const problems: SignInProblems = [];
    if (!email) problems.push({ field: 'email', message: 'emailMissing' });
    if (!form.password) problems.push({ field: 'password', message: 'passwordMissing' });
    if (problems.length > 0) return { kind: 'password', email, terug: form.terug, problems, restart: false };
    return next(identity, await identity.start(email, form.password), form.terug);
  }
  if (!progress || progress.step !== form.step) {
    return { kind: 'password', email: '', terug: progress?.terug, problems: one('email', 'expired'), restart: true };
  }
  if (progress.step === 'new-password') {
    if (!form.newPassword) return { kind: 'new-password', problems: one('newPassword', 'newPasswordMissing') };
    if (form.newPassword !== form.newPasswordAgain) return { kind: 'new-password', problems: one('newPasswordAgain', 'newPasswordMismatch') };
    return next(identity, await identity.setNewPassword(progress, form.newPassword), progress.terug);
  }
  const code = cleanCode(form.code);
  if (!/^\d{6}$/.test(code)) return askCodeAgain(progress, one('code', 'codeFormat'));
  const answer = progress.step === 'totp' ? identity.answerTotp(progress, code) : identity.finishMfaSetup(progress, code);
  return next(identity, await answer, progress.terug);
}

/** Whatever the identity provider asks next, with the progress the next form needs. */
async function next(identity: IdentityProvider, step: SignInStep, terug: string | undefined): Promise<SignInOutcome> {
  switch (step.kind) {
    case 'signed-in':
      return { kind: 'signed-in', idToken: step.idToken, terug };
    case 'totp':
    case 'new-password':
      return { kind: step.kind, problems: [], progress: { step: step.kind, session: step.session, username: step.username, terug } };
    case 'mfa-setup': {
      const setup = await identity.beginMfaSetup({ session: step.session });
      return {
        kind: 'mfa-setup',
        secret: setup.secret,
        problems: [],
        progress: { step: 'mfa-setup', session: setup.session, username: step.username, terug, secret: setup.secret },
      };
    }
    case 'unsupported':
      return { kind: 'problem', problem: 'unsupported', challenge: step.challenge };
  }
}

function askCodeAgain(progress: SignInProgress, problems: SignInProblems): SignInOutcome {
  return progress.step === 'mfa-setup' && progress.secret ? { kind: 'mfa-setup', secret: progress.secret, problems } : { kind: 'totp', problems };
}

/** A refusal by the identity provider, as the page that comes next. */
function refused(reason: SignInRefusal, form: SignInForm, progress: SignInProgress | undefined): SignInOutcome {
  const email = form.step === 'password' ? form.email.trim() : '';
  const terug = progress?.terug ?? form.terug;
  const startAgain = (message: SignInMessage): SignInOutcome => ({ kind: 'password', email, terug, problems: one('email', message), restart: true });
  switch (reason) {
    case 'credentials':
      return startAgain('credentials');
    case 'expired':
      return startAgain('expired');
    case 'too-many-attempts':
      return startAgain('tooManyAttempts');
    case 'code':
    case 'code-used':
      return progress ? askCodeAgain(progress, one('code', reason === 'code' ? 'code' : 'codeUsed')) : startAgain('expired');
    case 'password-policy':
      return { kind: 'new-password', problems: one('newPassword', 'passwordPolicy') };
    case 'password-reset':
    case 'unsupported':
      return { kind: 'problem', problem: reason };
  }
}
