import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionStore } from '#adapters/region-store';
import { getRuntime } from '#adapters/runtime';
import { addDays, amsterdamDate } from '#core/calendar-date';
import { cognitoAdminClient, createPortalUser } from '#infra/local/seed-users';
import { SESSION_COOKIE, csrfFor } from '#handlers/http/session';
import { SIGN_IN_STATE_COOKIE } from '#handlers/http/sign-in-state';
import { inzageStatementFields } from '#test-support/inzage-answer';
import { routedRequest, startTestApp, type TestApp } from '#test-support/local-app';
import { currentCode, postForm, seededPortalUsers, seededUser, setCookie, signIn } from '#test-support/portal-session';

/**
 * Two contact persons of one party: one takes a request ("ik pak dit op")
 * so the other sees who works on it; the first names the second as deputy
 * for a holiday, and what the deputy does then is audited on their behalf.
 */
let app: TestApp;
type Session = { cookie: string; csrf: string };
const ANNA = 'rgo.contact@portaal.example';
let anna: Session;
let bram: Session;
let bramId = '';

beforeAll(async () => {
  app = await startTestApp();
  anna = await signIn(app, ANNA);
  // A second contact of RGO, as the beheer pages would invite them: an account in the group and our record.
  const email = `bram-${randomUUID().slice(0, 8)}@rgo.example`;
  const cognito = cognitoAdminClient(app.system.cognitoUrl);
  const made = await createPortalUser(cognito, seededPortalUsers(), { email, group: 'contact:rgo' });
  cognito.destroy();
  bramId = made.personId;
  const at = new Date().toISOString();
  await regionStore(getRuntime().table).addPerson(
    {
      personId: bramId,
      regionId: 'goeree-overflakkee',
      partyId: 'rgo',
      role: 'contact',
      name: 'Bram de Boer',
      email,
      status: 'active',
      invitedAt: at,
      invitedBy: 'test',
    },
    { at, by: 'test', action: 'persoon-uitgenodigd', personId: bramId },
  );
  const password = await postForm(app, '/portaal/inloggen', { step: 'password', email, password: seededPortalUsers().password });
  const state = `${SIGN_IN_STATE_COOKIE}=${setCookie(password, SIGN_IN_STATE_COOKIE)!.value}`;
  const done = await postForm(app, '/portaal/inloggen', { step: 'totp', code: currentCode(made.totpSecret) }, [state]);
  const token = setCookie(done, SESSION_COOKIE)!.value;
  bram = { cookie: `${SESSION_COOKIE}=${token}`, csrf: csrfFor(token) };
}, 120_000);
afterAll(async () => app?.stop());

const get = async (path: string, who: Session) => (await fetch(`${app.baseUrl}${path}`, { redirect: 'manual', headers: { cookie: who.cookie } })).text();
const post = (path: string, who: Session, fields: Record<string, string>) => postForm(app, path, { csrf: who.csrf, ...fields }, [who.cookie]);
const taskVersion = async (reference: string) => String((await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'TASK#rgo')!.version);
const dateFields = (prefix: string, date: string) => {
  const [year, month, day] = date.split('-');
  return { [`${prefix}Day`]: String(Number(day)), [`${prefix}Month`]: String(Number(month)), [`${prefix}Year`]: year! };
};

describe('ik pak dit op', () => {
  it('shows colleagues who took the request, and lets one take it over', async () => {
    const { reference } = await routedRequest(app);
    expect(await get(`/portaal/verzoeken/${reference}`, bram)).toContain('Ik pak dit op');
    const taken = await post(`/portaal/verzoeken/${reference}/oppakken`, anna, { version: await taskVersion(reference) });
    expect(taken.headers.get('location')).toBe(`/portaal/verzoeken/${reference}?gelukt=oppakken`);
    expect(await get(`/portaal/verzoeken/${reference}`, anna)).toContain('U heeft dit verzoek opgepakt.');
    const seen = await get(`/portaal/verzoeken/${reference}`, bram);
    expect(seen).toContain('Contactpersoon Stichting Openbaar Voortgezet Onderwijs Goeree-Overflakkee heeft dit verzoek opgepakt.');
    expect(seen).toContain('Ik neem het over');
    // With the version the page showed: a stale second click changes nothing.
    expect((await post(`/portaal/verzoeken/${reference}/oppakken`, bram, { version: '1' })).status).toBe(409);
  });
});

describe('a deputy during a holiday', () => {
  it('refuses a period that is over or backwards, in Dutch at the field', async () => {
    const today = amsterdamDate(new Date());
    const refused = await post('/portaal/afwezigheid', anna, {
      deputy: bramId,
      ...dateFields('from', addDays(today, -10)),
      ...dateFields('until', addDays(today, -3)),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('<a href="#untilDay">De laatste dag is al voorbij</a>');
    const backwards = await post('/portaal/afwezigheid', anna, { deputy: bramId, ...dateFields('from', addDays(today, 5)), ...dateFields('until', today) });
    expect(await backwards.text()).toContain('De laatste dag moet na de eerste dag liggen');
  });

  it('lets the deputy answer a request the absent colleague took, audited as on their behalf', async () => {
    const today = amsterdamDate(new Date());
    const saved = await post('/portaal/afwezigheid', anna, { deputy: bramId, ...dateFields('from', today), ...dateFields('until', addDays(today, 14)) });
    expect(saved.headers.get('location')).toBe('/portaal/afwezigheid?gelukt=opgeslagen');
    expect(await get('/portaal/afwezigheid', anna)).toContain('Bram de Boer vervangt u van');

    const { reference } = await routedRequest(app);
    await post(`/portaal/verzoeken/${reference}/oppakken`, anna, { version: await taskVersion(reference) });
    const answered = await post(`/portaal/verzoeken/${reference}/antwoord`, bram, {
      version: await taskVersion(reference),
      'inzage.outcome': 'geen gegevens',
      'rectificatie.outcome': 'geen gegevens',
      ...inzageStatementFields(),
    });
    expect(answered.status).toBe(303);
    const event = (await app.items()).find(
      (item) => item.PK === `REQ#${reference}` && String(item.SK).startsWith('AUDIT#') && item.action === 'antwoord-gegeven',
    )!;
    expect(event.actor).toEqual({ kind: 'medewerker', partyId: 'rgo', userId: bramId, onBehalfOf: seededUser(ANNA).personId });

    // Back from holiday: no deputy any more.
    const back = await post('/portaal/afwezigheid', anna, { clear: '1' });
    expect(back.headers.get('location')).toBe('/portaal/afwezigheid?gelukt=terug');
    expect(await get('/portaal/afwezigheid', anna)).toContain('U heeft nu geen vervanger.');
  });
});
