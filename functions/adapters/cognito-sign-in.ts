import { type IdentityProvider, SignInRefusedError, type SignInStep } from '#application/ports';
import type { PortalIdentitySettings } from './environment';

/**
 * Sign-in against the user pool with the public client API (InitiateAuth
 * USER_PASSWORD_AUTH and the challenges after it). Cognito evaluates no IAM
 * policy for these calls, so the sign-in function needs no IAM rights for them.
 * The same calls reach cognito-local through COGNITO_ENDPOINT.
 *
 * These four calls are unsigned JSON posts (AWS JSON 1.1 protocol), so they are
 * made with fetch rather than the SDK client, which would add a third to the
 * sign-in function's bundle and cold start for no gain.
 */

interface AuthOutput {
  AuthenticationResult?: { IdToken?: string };
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
}

/** A Cognito error, named as the SDK names it ("NotAuthorizedException"), so callers read it the same way. */
class CognitoError extends Error {
  constructor(
    override readonly name: string,
    readonly status: number,
  ) {
    super(name);
  }
}

async function callCognito<T>(settings: PortalIdentitySettings, action: string, input: object): Promise<T> {
  const response = await fetch(settings.endpoint ?? `https://cognito-idp.${settings.region}.amazonaws.com/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${action}` },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(8000),
  });
  const text = await response.text();
  const body = (text ? JSON.parse(text) : {}) as T & { __type?: string };
  if (!response.ok) {
    // "NotAuthorizedException", "com.amazonaws...#NotAuthorizedException" or cognito-local's "CognitoLocal#Unsupported".
    const type = body.__type ?? response.headers.get('x-amzn-errortype') ?? 'UnknownError';
    throw new CognitoError(type.split('#').pop()!.split(':')[0]!, response.status);
  }
  return body;
}

const RATE_LIMITS = new Set(['TooManyRequestsException', 'LimitExceededException', 'TooManyFailedAttemptsException']);

/** Cognito error names to refusals; anything else (an outage, a bug) is thrown on. */
function refusal(error: unknown, during: 'password' | 'challenge' | 'new-password' | 'mfa-setup'): never {
  const name = (error as { name?: string })?.name ?? '';
  if (RATE_LIMITS.has(name)) throw new SignInRefusedError('too-many-attempts');
  if (name === 'PasswordResetRequiredException') throw new SignInRefusedError('password-reset');
  if (name === 'CodeMismatchException' || name === 'EnableSoftwareTokenMFAException') throw new SignInRefusedError('code');
  // Cognito refuses a TOTP code that was used before.
  if (name === 'ExpiredCodeException') throw new SignInRefusedError('code-used');
  if (during === 'new-password' && (name === 'InvalidPasswordException' || name === 'InvalidParameterException')) {
    throw new SignInRefusedError('password-policy');
  }
  // cognito-local answers "unsupported" (or a parameter error) where it lacks a flow, e.g. MFA_SETUP by session.
  if (name === 'Unsupported' || (during === 'mfa-setup' && name === 'InvalidParameterException')) throw new SignInRefusedError('unsupported');
  if (['NotAuthorizedException', 'UserNotFoundException', 'UserNotConfirmedException', 'InvalidPasswordException'].includes(name)) {
    // After the password, "not authorized" means the challenge session ran out.
    throw new SignInRefusedError(during === 'password' ? 'credentials' : 'expired');
  }
  throw error;
}

function nextStep(output: AuthOutput, username: string): SignInStep {
  if (output.AuthenticationResult?.IdToken) return { kind: 'signed-in', idToken: output.AuthenticationResult.IdToken };
  const session = output.Session ?? '';
  // Cognito names the user by its internal id in later challenges.
  const challengeUser = output.ChallengeParameters?.USER_ID_FOR_SRP ?? username;
  switch (output.ChallengeName) {
    case 'SOFTWARE_TOKEN_MFA':
      return { kind: 'totp', session, username: challengeUser };
    case 'NEW_PASSWORD_REQUIRED':
      return { kind: 'new-password', session, username: challengeUser };
    case 'MFA_SETUP':
      return { kind: 'mfa-setup', session, username: challengeUser };
    default:
      return { kind: 'unsupported', challenge: output.ChallengeName ?? 'none' };
  }
}

export type SignInClient = IdentityProvider;

export function createSignInClient(settings: PortalIdentitySettings): SignInClient {
  const clientId = settings.clientId;
  const respond = async (
    challenge: 'SOFTWARE_TOKEN_MFA' | 'NEW_PASSWORD_REQUIRED' | 'MFA_SETUP',
    session: string,
    username: string,
    answers: Record<string, string>,
    during: 'challenge' | 'new-password' | 'mfa-setup',
  ) => {
    try {
      const output = await callCognito<AuthOutput>(settings, 'RespondToAuthChallenge', {
        ClientId: clientId,
        ChallengeName: challenge,
        Session: session,
        ChallengeResponses: { USERNAME: username, ...answers },
      });
      return nextStep(output, username);
    } catch (error) {
      return refusal(error, during);
    }
  };
  return {
    async start(email, password) {
      try {
        const output = await callCognito<AuthOutput>(settings, 'InitiateAuth', {
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: password },
        });
        return nextStep(output, email);
      } catch (error) {
        return refusal(error, 'password');
      }
    },
    answerTotp: (state, code) => respond('SOFTWARE_TOKEN_MFA', state.session, state.username, { SOFTWARE_TOKEN_MFA_CODE: code }, 'challenge'),
    setNewPassword: (state, newPassword) => respond('NEW_PASSWORD_REQUIRED', state.session, state.username, { NEW_PASSWORD: newPassword }, 'new-password'),
    async beginMfaSetup(state) {
      try {
        const output = await callCognito<{ SecretCode?: string; Session?: string }>(settings, 'AssociateSoftwareToken', { Session: state.session });
        if (!output.SecretCode || !output.Session) throw new SignInRefusedError('unsupported');
        return { secret: output.SecretCode, session: output.Session };
      } catch (error) {
        if (error instanceof SignInRefusedError) throw error;
        return refusal(error, 'mfa-setup');
      }
    },
    async finishMfaSetup(state, code) {
      let session: string;
      try {
        const output = await callCognito<{ Status?: string; Session?: string }>(settings, 'VerifySoftwareToken', {
          Session: state.session,
          UserCode: code,
          FriendlyDeviceName: 'Authenticator-app',
        });
        if (output.Status !== 'SUCCESS' || !output.Session) throw new SignInRefusedError('code');
        session = output.Session;
      } catch (error) {
        if (error instanceof SignInRefusedError) throw error;
        return refusal(error, 'mfa-setup');
      }
      return respond('MFA_SETUP', session, state.username, {}, 'mfa-setup');
    },
  };
}
