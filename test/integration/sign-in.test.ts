import { randomUUID } from 'node:crypto';
import { AdminAddUserToGroupCommand, AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIdToken } from '#adapters/identity';
import { regionStore } from '#adapters/region-store';
import { getRuntime } from '#adapters/runtime';
import { SESSION_COOKIE } from '#handlers/http/session';
import { SIGN_IN_STATE_COOKIE } from '#handlers/http/sign-in-state';
import { cognitoAdminClient } from '#infra/local/seed-users';
import { currentDirectory, startTestApp, type TestApp } from '#test-support/local-app';
import { currentCode, passwordStep, postForm, seededPortalUsers, seededUser, setCookie, signIn } from '#test-support/portal-session';

/** Portal sign-in through the local server against the run's cognito-local, with the seeded users. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.stop());

const CONTACT = 'rgo.contact@portaal.example';
const FG = 'swv-go.fg@portaal.example';

describe('the sign-in page', () => {
  it('asks for e-mail address and password, with labels and the right autocomplete', async () => {
    const response = await fetch(`${app.baseUrl}/portaal/inloggen`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<h1>Inloggen op het privacyportaal</h1>');
    expect(page).toMatch(/<label class="utrecht-form-label" for="email">E-mailadres<\/label>/);
    expect(page).toMatch(/<input[^>]*id="email"[^>]*type="email"[^>]*autocomplete="username"/);
    expect(page).toMatch(/<input[^>]*id="password"[^>]*type="password"[^>]*autocomplete="current-password"/);
    expect(page).not.toMatch(/<script|style=/);
  });

  it('seeds a contact and an FG account for every party', () => {
    const users = seededPortalUsers().users;
    expect(users.map((user) => user.email)).toContain(CONTACT);
    expect(users.map((user) => user.email)).toContain('rgo.fg@portaal.example');
    expect(new Set(users.map((user) => `${user.partyId ?? user.regionId}:${user.role}`)).size).toBe(users.length);
  });

  it("seeds one beheerder per region, in the region's beheer group", () => {
    const beheerders = seededPortalUsers().users.filter((user) => user.role === 'beheer');
    expect(beheerders.map((user) => [user.email, user.regionId])).toEqual([
      ['goeree-overflakkee.beheer@portaal.example', 'goeree-overflakkee'],
      ['duin-en-bollenstreek.beheer@portaal.example', 'duin-en-bollenstreek'],
      ['midden-gelre.beheer@portaal.example', 'midden-gelre'],
      ['west-kennemerland.beheer@portaal.example', 'west-kennemerland'],
    ]);
  });
});

describe('signing in with password and TOTP code', () => {
  it('asks for the code after the password, then sets the session cookie and goes to the portal', async () => {
    const password = await postForm(app, '/portaal/inloggen', { step: 'password', email: CONTACT, password: seededPortalUsers().password });
    expect(password.status).toBe(200);
    const codePage = await password.text();
    expect(codePage).toContain('Code uit uw authenticator-app');
    expect(codePage).toMatch(/<input[^>]*id="code"[^>]*autocomplete="one-time-code"[^>]*inputmode="numeric"/);
    expect(setCookie(password, SESSION_COOKIE)).toBeUndefined();
    const state = setCookie(password, SIGN_IN_STATE_COOKIE)!;
    expect(state.attributes).toMatch(/HttpOnly/);
    expect(state.attributes).toMatch(/SameSite=Strict/);
    expect(state.attributes).toMatch(/Max-Age=300/);

    const code = await postForm(app, '/portaal/inloggen', { step: 'totp', code: currentCode(seededUser(CONTACT).totpSecret) }, [
      `${SIGN_IN_STATE_COOKIE}=${state.value}`,
    ]);
    expect(code.status).toBe(303);
    expect(code.headers.get('location')).toBe('/portaal');
    const session = setCookie(code, SESSION_COOKIE)!;
    expect(session.attributes).toMatch(/HttpOnly/);
    expect(session.attributes).toMatch(/SameSite=Lax/);
    expect(session.attributes).toMatch(/Path=\//);
    // The ID token's lifetime (one hour), and no Secure flag on plain-http localhost.
    const maxAge = Number(/Max-Age=(\d+)/.exec(session.attributes)?.[1]);
    expect(maxAge).toBeGreaterThan(3500);
    expect(maxAge).toBeLessThanOrEqual(3600);
    expect(session.attributes).not.toMatch(/Secure/);
    // The state cookie is removed once it has done its job.
    expect(setCookie(code, SIGN_IN_STATE_COOKIE)?.value).toBe('');

    const user = await verifyIdToken(session.value, await currentDirectory());
    expect(user).toEqual({ userId: expect.any(String), email: CONTACT, partyId: 'rgo', role: 'contact' });
  });

  it('gives an FG the fg role of their party', async () => {
    const { cookie } = await signIn(app, FG);
    expect(await verifyIdToken(cookie.slice(`${SESSION_COOKIE}=`.length), await currentDirectory())).toMatchObject({
      partyId: 'swv-go',
      role: 'fg',
      email: FG,
    });
  });

  it('treats a valid session as signed in: the sign-in page sends the user on', async () => {
    const { cookie } = await signIn(app, CONTACT);
    const response = await fetch(`${app.baseUrl}/portaal/inloggen?terug=${encodeURIComponent('/portaal/verzoeken/AVG-7K3M-9QXD')}`, {
      redirect: 'manual',
      headers: { cookie },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/portaal/verzoeken/AVG-7K3M-9QXD');
  });

  it('returns to the portal page the user came for (terug)', async () => {
    const state = await passwordStep(app, CONTACT, undefined, '/portaal/verzoeken/AVG-7K3M-9QXD?tab=tijdlijn');
    const response = await postForm(app, '/portaal/inloggen', { step: 'totp', code: currentCode(seededUser(CONTACT).totpSecret) }, [state]);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/portaal/verzoeken/AVG-7K3M-9QXD?tab=tijdlijn');
  });

  it.each(['https://aanvaller.example/portaal', '//aanvaller.example/portaal', '/verzoek', '/portaal/../verzoek'])(
    'never returns to %s (no open redirect)',
    async (terug) => {
      const page = await (await fetch(`${app.baseUrl}/portaal/inloggen?terug=${encodeURIComponent(terug)}`)).text();
      expect(page).not.toContain('name="terug"');
      const state = await passwordStep(app, CONTACT, undefined, terug);
      const response = await postForm(app, '/portaal/inloggen', { step: 'totp', code: currentCode(seededUser(CONTACT).totpSecret) }, [state]);
      expect(response.headers.get('location')).toBe('/portaal');
    },
  );
});

describe('a sign-in state cookie changed in the browser', () => {
  it('never sends the user on to another site, whatever `terug` the cookie says', async () => {
    const password = await postForm(app, '/portaal/inloggen', { step: 'password', email: CONTACT, password: seededPortalUsers().password });
    const state = setCookie(password, SIGN_IN_STATE_COOKIE)!;
    for (const terug of ['//evil.example/portaal', 'https://evil.example', '/portaal/../../evil']) {
      const tampered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(state.value, 'base64url').toString('utf8')), terug })).toString('base64url');
      const code = await postForm(app, '/portaal/inloggen', { step: 'totp', code: currentCode(seededUser(CONTACT).totpSecret) }, [
        `${SIGN_IN_STATE_COOKIE}=${tampered}`,
      ]);
      expect(code.status, terug).toBe(303);
      expect(code.headers.get('location'), terug).toBe('/portaal');
    }
  });
});

describe('refused sign-ins set no session', () => {
  it.each([
    ['a wrong password', CONTACT, 'Niet-het-wachtwoord-1!'],
    ['an unknown address', 'onbekend@portaal.example', 'Portaal-lokaal-2026!'],
  ])('%s gets one Dutch message that does not say which part was wrong', async (_, email, password) => {
    const response = await postForm(app, '/portaal/inloggen', { step: 'password', email, password });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(page).toContain('<title>Fout: ');
    expect(page).toContain('href="#email"');
    expect(page).toContain(`value="${email}"`);
    expect(setCookie(response, SESSION_COOKIE)).toBeUndefined();
    expect(setCookie(response, SIGN_IN_STATE_COOKIE)?.value ?? '').toBe('');
  });

  it('asks for both fields when they are empty', async () => {
    const page = await (await postForm(app, '/portaal/inloggen', { step: 'password', email: '', password: '' })).text();
    expect(page).toContain('<a href="#email">Vul uw e-mailadres in.</a>');
    expect(page).toContain('<a href="#password">Vul uw wachtwoord in.</a>');
  });

  it('a wrong TOTP code gets a Dutch message and no session', async () => {
    const state = await passwordStep(app, CONTACT);
    const correct = currentCode(seededUser(CONTACT).totpSecret);
    const wrong = String((Number(correct) + 500_000) % 1_000_000).padStart(6, '0');
    const response = await postForm(app, '/portaal/inloggen', { step: 'totp', code: wrong }, [state]);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('De code klopt niet.');
    expect(page).toContain('href="#code"');
    expect(setCookie(response, SESSION_COOKIE)).toBeUndefined();
  });

  it('a code that is not 6 digits is refused before asking the identity provider', async () => {
    const state = await passwordStep(app, CONTACT);
    const page = await (await postForm(app, '/portaal/inloggen', { step: 'totp', code: '12ab' }, [state])).text();
    expect(page).toContain('Vul de code van 6 cijfers uit uw authenticator-app in.');
  });

  it('the code step without the state of step 1 starts again', async () => {
    const response = await postForm(app, '/portaal/inloggen', { step: 'totp', code: currentCode(seededUser(CONTACT).totpSecret) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Het inloggen duurde te lang. Log opnieuw in.');
    expect(setCookie(response, SESSION_COOKIE)).toBeUndefined();
  });

  it('a sign-in form posted from another site is refused', async () => {
    const response = await postForm(app, '/portaal/inloggen', { step: 'password', email: CONTACT, password: seededPortalUsers().password }, [], {
      origin: 'https://aanvaller.example',
    });
    expect(response.status).toBe(403);
    expect(setCookie(response, SIGN_IN_STATE_COOKIE)).toBeUndefined();
  });
});

describe('signing out', () => {
  it('clears the session cookie and goes to the sign-in page', async () => {
    const { cookie, csrf } = await signIn(app, CONTACT);
    const response = await postForm(app, '/portaal/uitloggen', { csrf }, [cookie]);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/portaal/inloggen');
    const cleared = setCookie(response, SESSION_COOKIE)!;
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toMatch(/Max-Age=0/);
  });

  it('is refused without the CSRF token of the session', async () => {
    const { cookie } = await signIn(app, CONTACT);
    const attempts: Array<Record<string, string>> = [{}, { csrf: 'geraden' }];
    for (const fields of attempts) {
      const response = await postForm(app, '/portaal/uitloggen', fields, [cookie]);
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('Het formulier is verlopen of niet geldig. Laad de pagina opnieuw.');
      expect(setCookie(response, SESSION_COOKIE)).toBeUndefined();
    }
  });
});

describe('a new account (temporary password from the administrator)', () => {
  it('asks for a new password, checks that both are equal, and then signs in', async () => {
    // In AWS, linking the authenticator app (MFA_SETUP) follows; cognito-local cannot do that
    // step by session and signs the user in right after the new password.
    const email = `nieuw-${randomUUID().slice(0, 8)}@portaal.example`;
    const cognito = cognitoAdminClient(app.system.cognitoUrl);
    const { userPoolId } = seededPortalUsers();
    const created = await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: email,
        TemporaryPassword: 'Tijdelijk-2026!',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: email, GroupName: 'contact:rgo' }));
    cognito.destroy();
    // The person record the beheer pages write with every invitation (without it, no access: core/portal-access.ts).
    const personId = created.User!.Attributes!.find((attribute) => attribute.Name === 'sub')!.Value!;
    const at = new Date().toISOString();
    await regionStore(getRuntime().table).addPerson(
      {
        personId,
        regionId: 'goeree-overflakkee',
        partyId: 'rgo',
        role: 'contact',
        name: 'Nieuwe collega',
        email,
        status: 'active',
        invitedAt: at,
        invitedBy: 'test',
      },
      { at, by: 'test', action: 'persoon-uitgenodigd', personId },
    );

    const first = await postForm(app, '/portaal/inloggen', { step: 'password', email, password: 'Tijdelijk-2026!' });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Kies een nieuw wachtwoord');
    const state = `${SIGN_IN_STATE_COOKIE}=${setCookie(first, SIGN_IN_STATE_COOKIE)!.value}`;

    const mismatch = await postForm(app, '/portaal/inloggen', { step: 'new-password', newPassword: 'Mijn-eigen-2026!', newPasswordAgain: 'Mijn-eigen-2027!' }, [
      state,
    ]);
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain('<a href="#newPasswordAgain">De twee wachtwoorden zijn niet gelijk.');

    const done = await postForm(app, '/portaal/inloggen', { step: 'new-password', newPassword: 'Mijn-eigen-2026!', newPasswordAgain: 'Mijn-eigen-2026!' }, [
      state,
    ]);
    expect(done.status).toBe(303);
    expect(await verifyIdToken(setCookie(done, SESSION_COOKIE)!.value, await currentDirectory())).toMatchObject({ email, partyId: 'rgo', role: 'contact' });
  });
});
