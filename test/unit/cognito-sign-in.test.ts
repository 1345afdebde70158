import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSignInClient } from '#adapters/cognito-sign-in';

/**
 * A new account's first sign-in in AWS, against the shapes of the Cognito
 * API (AWS JSON 1.1, as documented for InitiateAuth, RespondToAuthChallenge,
 * AssociateSoftwareToken and VerifySoftwareToken): the temporary password
 * gives NEW_PASSWORD_REQUIRED, the new password MFA_SETUP, the app is linked
 * by session, and only then come the tokens. cognito-local cannot play the
 * MFA_SETUP part (docs/portal.md), so this is where it is checked.
 */
const settings = { userPoolId: 'eu-west-1_Pool', clientId: 'client-1', issuer: 'https://issuer', region: 'eu-west-1', endpoint: undefined };
const calls: Array<{ target: string; body: Record<string, unknown> }> = [];

function cognitoAnswers(answers: Record<string, unknown>) {
  vi.stubGlobal('fetch', async (_url: string, init: { headers: Record<string, string>; body: string }) => {
    const target = init.headers['x-amz-target']!.replace('AWSCognitoIdentityProviderService.', '');
    calls.push({ target, body: JSON.parse(init.body) as Record<string, unknown> });
    const answer = answers[target];
    if (answer instanceof Error) return new Response(JSON.stringify({ __type: answer.name, message: answer.message }), { status: 400 });
    return new Response(JSON.stringify(answer), { status: 200 });
  });
}
afterEach(() => {
  vi.unstubAllGlobals();
  calls.length = 0;
});

describe('the first sign-in of an invited person, against the Cognito API', () => {
  it('goes temporary password, NEW_PASSWORD_REQUIRED, MFA_SETUP, linking by session, then the tokens', async () => {
    const client = createSignInClient(settings);
    cognitoAnswers({
      InitiateAuth: {
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: 'session-1',
        ChallengeParameters: { USER_ID_FOR_SRP: 'sub-123', requiredAttributes: '[]' },
      },
    });
    const first = await client.start('fatima@delinde.example', 'Tijdelijk-wachtwoord1!');
    expect(first).toEqual({ kind: 'new-password', session: 'session-1', username: 'sub-123' });

    cognitoAnswers({
      RespondToAuthChallenge: { ChallengeName: 'MFA_SETUP', Session: 'session-2', ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } },
    });
    const second = await client.setNewPassword({ session: 'session-1', username: 'sub-123' }, 'Linde-eigen-2026!');
    expect(second).toEqual({ kind: 'mfa-setup', session: 'session-2', username: 'sub-123' });
    expect(calls.at(-1)).toEqual({
      target: 'RespondToAuthChallenge',
      body: {
        ClientId: 'client-1',
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: 'session-1',
        ChallengeResponses: { USERNAME: 'sub-123', NEW_PASSWORD: 'Linde-eigen-2026!' },
      },
    });

    cognitoAnswers({ AssociateSoftwareToken: { SecretCode: 'JBSWY3DPEHPK3PXP', Session: 'session-3' } });
    expect(await client.beginMfaSetup({ session: 'session-2' })).toEqual({ secret: 'JBSWY3DPEHPK3PXP', session: 'session-3' });
    expect(calls.at(-1)).toEqual({ target: 'AssociateSoftwareToken', body: { Session: 'session-2' } });

    cognitoAnswers({
      VerifySoftwareToken: { Status: 'SUCCESS', Session: 'session-4' },
      RespondToAuthChallenge: {
        AuthenticationResult: { IdToken: 'id-token', AccessToken: 'access', ExpiresIn: 3600, TokenType: 'Bearer' },
        ChallengeParameters: {},
      },
    });
    expect(await client.finishMfaSetup({ session: 'session-3', username: 'sub-123' }, '123456')).toEqual({ kind: 'signed-in', idToken: 'id-token' });
    expect(calls.map((call) => call.target)).toEqual([
      'InitiateAuth',
      'RespondToAuthChallenge',
      'AssociateSoftwareToken',
      'VerifySoftwareToken',
      'RespondToAuthChallenge',
    ]);
    expect(calls[3]!.body).toEqual({ Session: 'session-3', UserCode: '123456', FriendlyDeviceName: 'Authenticator-app' });
    expect(calls[4]!.body).toMatchObject({ ChallengeName: 'MFA_SETUP', Session: 'session-4', ChallengeResponses: { USERNAME: 'sub-123' } });
  });

  it('refuses a new password the pool policy refuses, and a wrong code while linking, each as its own problem', async () => {
    const client = createSignInClient(settings);
    cognitoAnswers({ RespondToAuthChallenge: Object.assign(new Error('Password does not conform to policy'), { name: 'InvalidPasswordException' }) });
    await expect(client.setNewPassword({ session: 's', username: 'u' }, 'kort')).rejects.toMatchObject({ reason: 'password-policy' });
    cognitoAnswers({ VerifySoftwareToken: Object.assign(new Error('Code mismatch'), { name: 'EnableSoftwareTokenMFAException' }) });
    await expect(client.finishMfaSetup({ session: 's', username: 'u' }, '000000')).rejects.toMatchObject({ reason: 'code' });
    // A disabled account: Cognito answers NotAuthorizedException ("User is disabled.") at the password.
    cognitoAnswers({ InitiateAuth: Object.assign(new Error('User is disabled.'), { name: 'NotAuthorizedException' }) });
    await expect(client.start('a@b.nl', 'x')).rejects.toMatchObject({ reason: 'credentials' });
  });
});
