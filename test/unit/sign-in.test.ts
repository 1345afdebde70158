import { describe, expect, it } from 'vitest';
import { type IdentityProvider, SignInRefusedError, type SignInStep } from '#application/ports';
import { type SignInForm, type SignInProgress, submitSignInStep } from '#application/sign-in';

/**
 * The sign-in steps against a scripted identity provider. This is where the
 * steps cognito-local cannot play are checked: a new account that must choose
 * a password and link an authenticator app (MFA_SETUP).
 */
function provider(script: Partial<Record<keyof IdentityProvider, () => Promise<unknown>>>): IdentityProvider & { calls: string[] } {
  const calls: string[] = [];
  const call =
    (name: keyof IdentityProvider) =>
    (...args: unknown[]) => {
      calls.push(`${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
      const answer = script[name];
      if (!answer) throw new Error(`unexpected call: ${name}`);
      return answer();
    };
  return {
    calls,
    start: call('start') as IdentityProvider['start'],
    answerTotp: call('answerTotp') as IdentityProvider['answerTotp'],
    setNewPassword: call('setNewPassword') as IdentityProvider['setNewPassword'],
    beginMfaSetup: call('beginMfaSetup') as IdentityProvider['beginMfaSetup'],
    finishMfaSetup: call('finishMfaSetup') as IdentityProvider['finishMfaSetup'],
  };
}

const form = (fields: Partial<SignInForm>): SignInForm => ({
  step: 'password',
  email: '',
  password: '',
  terug: undefined,
  newPassword: '',
  newPasswordAgain: '',
  code: '',
  ...fields,
});
const step = (value: SignInStep) => () => Promise.resolve(value);
const refuse = (reason: ConstructorParameters<typeof SignInRefusedError>[0]) => () => Promise.reject(new SignInRefusedError(reason));

describe('the sign-in steps', () => {
  it('asks for the code after a right password, and signs in with it', async () => {
    const idp = provider({ start: step({ kind: 'totp', session: 's1', username: 'u1' }), answerTotp: step({ kind: 'signed-in', idToken: 'id-token' }) });
    const first = await submitSignInStep(idp, form({ email: ' rgo.contact@portaal.example ', password: 'geheim', terug: '/portaal/fg' }), undefined);
    expect(first).toEqual({ kind: 'totp', problems: [], progress: { step: 'totp', session: 's1', username: 'u1', terug: '/portaal/fg' } });
    const progress = (first as { progress: SignInProgress }).progress;
    const second = await submitSignInStep(idp, form({ step: 'totp', code: '123 456' }), progress);
    expect(second).toEqual({ kind: 'signed-in', idToken: 'id-token', terug: '/portaal/fg' });
    expect(idp.calls).toEqual([
      'start("rgo.contact@portaal.example", "geheim")',
      'answerTotp({"step":"totp","session":"s1","username":"u1","terug":"/portaal/fg"}, "123456")',
    ]);
  });

  it('refuses a wrong password and an unknown address with the same message, and starts over', async () => {
    const idp = provider({ start: refuse('credentials') });
    expect(await submitSignInStep(idp, form({ email: 'a@b.nl', password: 'x' }), undefined)).toEqual({
      kind: 'password',
      email: 'a@b.nl',
      terug: undefined,
      problems: [{ field: 'email', message: 'credentials' }],
      restart: true,
    });
  });

  it('names every missing field without asking the identity provider', async () => {
    const idp = provider({});
    const outcome = await submitSignInStep(idp, form({}), undefined);
    expect(outcome).toMatchObject({ kind: 'password', problems: [{ field: 'email' }, { field: 'password' }], restart: false });
    expect(idp.calls).toEqual([]);
  });

  it('asks for the code again, keeping the state, after a wrong or malformed code', async () => {
    const progress: SignInProgress = { step: 'totp', session: 's', username: 'u' };
    expect(await submitSignInStep(provider({}), form({ step: 'totp', code: '12345' }), progress)).toEqual({
      kind: 'totp',
      problems: [{ field: 'code', message: 'codeFormat' }],
    });
    expect(await submitSignInStep(provider({ answerTotp: refuse('code-used') }), form({ step: 'totp', code: '123456' }), progress)).toEqual({
      kind: 'totp',
      problems: [{ field: 'code', message: 'codeUsed' }],
    });
  });

  it('starts over when the posted step does not match the state the browser kept', async () => {
    const outcome = await submitSignInStep(provider({}), form({ step: 'new-password', newPassword: 'a' }), {
      step: 'totp',
      session: 's',
      username: 'u',
      terug: '/portaal',
    });
    expect(outcome).toEqual({ kind: 'password', email: '', terug: '/portaal', problems: [{ field: 'email', message: 'expired' }], restart: true });
  });

  it('takes a new account through a new password and linking an authenticator app', async () => {
    const idp = provider({
      start: step({ kind: 'new-password', session: 's1', username: 'u1' }),
      setNewPassword: step({ kind: 'mfa-setup', session: 's2', username: 'u1' }),
      beginMfaSetup: () => Promise.resolve({ secret: 'JBSWY3DPEHPK3PXP', session: 's3' }),
      finishMfaSetup: step({ kind: 'signed-in', idToken: 'id-token' }),
    });
    const first = await submitSignInStep(idp, form({ email: 'nieuw@school.nl', password: 'tijdelijk' }), undefined);
    expect(first).toMatchObject({ kind: 'new-password', progress: { step: 'new-password', session: 's1' } });
    const mismatch = await submitSignInStep(
      idp,
      form({ step: 'new-password', newPassword: 'Lang-genoeg-2026!', newPasswordAgain: 'anders' }),
      (first as { progress: SignInProgress }).progress,
    );
    expect(mismatch).toEqual({ kind: 'new-password', problems: [{ field: 'newPasswordAgain', message: 'newPasswordMismatch' }] });
    const second = await submitSignInStep(
      idp,
      form({ step: 'new-password', newPassword: 'Lang-genoeg-2026!', newPasswordAgain: 'Lang-genoeg-2026!' }),
      (first as { progress: SignInProgress }).progress,
    );
    expect(second).toEqual({
      kind: 'mfa-setup',
      secret: 'JBSWY3DPEHPK3PXP',
      problems: [],
      progress: { step: 'mfa-setup', session: 's3', username: 'u1', terug: undefined, secret: 'JBSWY3DPEHPK3PXP' },
    });
    const progress = (second as { progress: SignInProgress }).progress;
    // A typo shows the secret again, so the user can still link the app.
    expect(await submitSignInStep(idp, form({ step: 'mfa-setup', code: 'abc' }), progress)).toEqual({
      kind: 'mfa-setup',
      secret: 'JBSWY3DPEHPK3PXP',
      problems: [{ field: 'code', message: 'codeFormat' }],
    });
    expect(await submitSignInStep(idp, form({ step: 'mfa-setup', code: '654321' }), progress)).toEqual({
      kind: 'signed-in',
      idToken: 'id-token',
      terug: undefined,
    });
  });

  it('turns a challenge it cannot do into a problem page, naming the challenge for the log', async () => {
    const idp = provider({ start: step({ kind: 'unsupported', challenge: 'CUSTOM_CHALLENGE' }) });
    expect(await submitSignInStep(idp, form({ email: 'a@b.nl', password: 'x' }), undefined)).toEqual({
      kind: 'problem',
      problem: 'unsupported',
      challenge: 'CUSTOM_CHALLENGE',
    });
  });

  it('lets an outage through as an error, never as a refusal', async () => {
    const idp = provider({ start: () => Promise.reject(Object.assign(new Error('down'), { name: 'ServiceUnavailable' })) });
    await expect(submitSignInStep(idp, form({ email: 'a@b.nl', password: 'x' }), undefined)).rejects.toThrow('down');
  });
});
