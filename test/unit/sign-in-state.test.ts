import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { readSignInState, SIGN_IN_STATE_COOKIE } from '#handlers/http/sign-in-state';

// Plain http: the cookie's name without the __Secure- prefix (the site's address is read on first use).
Object.assign(process.env, { TABLE_NAME: 't', MAIL_FROM: 'noreply@avg.example', PUBLIC_BASE_URL: 'http://localhost:3000' });

/** The sign-in state comes back from the browser: only a well-formed one is used, and only its own fields. */
const withCookie = (state: unknown): APIGatewayProxyEventV2 =>
  ({ cookies: [`${SIGN_IN_STATE_COOKIE}=${Buffer.from(JSON.stringify(state)).toString('base64url')}`], headers: {} }) as unknown as APIGatewayProxyEventV2;

describe('the sign-in state cookie', () => {
  it('reads a state the sign-in wrote, dropping any field it did not', () => {
    expect(readSignInState(withCookie({ step: 'totp', session: 's', username: 'u', terug: '/portaal/fg', role: 'beheer' }))).toEqual({
      step: 'totp',
      session: 's',
      username: 'u',
      terug: '/portaal/fg',
    });
  });

  it.each([
    ['an unknown step', { step: 'signed-in', session: 's', username: 'u' }],
    ['no session', { step: 'totp', session: '', username: 'u' }],
    ['a session too long', { step: 'totp', session: 'x'.repeat(4097), username: 'u' }],
    ['a number for a name', { step: 'totp', session: 's', username: 7 }],
    ['a return path too long', { step: 'totp', session: 's', username: 'u', terug: `/${'x'.repeat(512)}` }],
    ['not an object', ['totp']],
  ])('refuses %s', (_, state) => {
    expect(readSignInState(withCookie(state))).toBeUndefined();
  });
});
