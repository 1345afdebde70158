import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inzageStatementFields } from '#test-support/inzage-answer';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';
import { postForm, setCookie, signIn } from '#test-support/portal-session';
import { SESSION_COOKIE, csrfFor } from '#handlers/http/session';
import { routes } from '#routes';
import { SIGN_IN_STATE_COOKIE } from '#handlers/http/sign-in-state';

/**
 * A region that runs itself: the beheerder of Goeree-Overflakkee adds a
 * school board and a contact person, invites them, puts the board in the
 * Thuiszitterstafel and sets the region's details and look; without a
 * restart a parent's request reaches the new person, who signs in for the
 * first time and answers. The beheerder of Midden-Gelre reaches none of it.
 * All through the real local server, DynamoDB Local, the SES emulator and
 * cognito-local.
 */
let app: TestApp;
type Session = { cookie: string; csrf: string };
const sessions: Record<string, Session> = {};
const GO = 'goeree-overflakkee.beheer@portaal.example';
const MG = 'midden-gelre.beheer@portaal.example';
const CONTACT = 'rgo.contact@portaal.example';
const invited = { name: 'Fatima Bakker', email: `fatima-${randomUUID().slice(0, 8)}@delinde.example` };
const NEW_PARTY = 'stichting-de-linde';
// A 1×1 PNG: the logo's bytes are checked, not its name.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  app = await startTestApp();
  for (const email of [GO, MG, CONTACT]) sessions[email] = await signIn(app, email);
}, 120_000);
afterAll(async () => app?.stop());

const get = (path: string, who: string) => fetch(`${app.baseUrl}${path}`, { redirect: 'manual', headers: { cookie: sessions[who]!.cookie } });
const post = (path: string, who: string, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams({ csrf: sessions[who]!.csrf });
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: sessions[who]!.cookie },
    body: body.toString(),
  });
};
const versionOf = async (who: string) => Number(/U werkt met versie (\d+)/.exec(await (await get('/portaal/beheer', who)).text())![1]);
const hiddenFields = (html: string): Array<[string, string]> =>
  [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)].map((match) => [match[1]!, decode(match[2]!)]);
const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Preview, check the diff, then save with exactly the fields the preview carries. */
async function change(who: string, fields: Record<string, string | string[]>): Promise<string[]> {
  const preview = await post('/portaal/beheer/wijziging', who, { versie: String(await versionOf(who)), ...fields });
  const html = await preview.text();
  expect(preview.status, html.slice(0, 400)).toBe(200);
  const lines = [...html.matchAll(/<li class="utrecht-unordered-list__item">([^<]*)<\/li>/g)].map((match) => decode(match[1]!));
  const save = Object.fromEntries(
    hiddenFields(html)
      .filter(([name]) => name !== 'csrf')
      .reduce((all, [name, value]) => all.set(name, [...(all.get(name) ?? []), value]), new Map<string, string[]>()),
  );
  const saved = await post('/portaal/beheer/wijziging/opslaan', who, save);
  expect(saved.status).toBe(303);
  expect(saved.headers.get('location')).toBe('/portaal/beheer?gelukt=opgeslagen');
  return lines;
}

describe('a beheerder runs their region', () => {
  let temporaryPassword = '';

  it('sends a beheerder to the beheer pages and a contact person away from them', async () => {
    expect((await get('/portaal', GO)).headers.get('location')).toBe('/portaal/beheer');
    expect((await get('/portaal/beheer', CONTACT)).status).toBe(403);
    const home = await (await get('/portaal/beheer', GO)).text();
    expect(home).toContain('Beheer Goeree-Overflakkee');
    expect(home).toContain('Stichting Openbaar Voortgezet Onderwijs Goeree-Overflakkee');
  });

  it('adds a school board: the diff first, then the save, as a new version', async () => {
    const before = await versionOf(GO);
    const lines = await change(GO, { wijziging: 'organisatie', onderwerp: '', name: 'Stichting De Linde', type: 'schoolbestuur', publicBody: 'default' });
    expect(lines).toContain('Organisatie: Stichting De Linde (nieuw)');
    expect(await versionOf(GO)).toBe(before + 1);
    const home = await (await get('/portaal/beheer', GO)).text();
    expect(home).toContain('Stichting De Linde');
    // No shared mailbox and nobody yet: the page says the party gets no mail.
    expect(home).toContain('Krijgt nog geen mail');
  });

  it('refuses a form with problems in Dutch, at the field, and saves nothing', async () => {
    const before = await versionOf(GO);
    const refused = await post('/portaal/beheer/wijziging/opslaan', GO, {
      versie: String(before),
      wijziging: 'organisatie',
      onderwerp: '',
      name: '',
      type: 'ziekenhuis',
    });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('<a href="#name">Vul naam van de organisatie in</a>');
    expect(html).toContain('<a href="#type">Kies de soort organisatie</a>');
    expect(await versionOf(GO)).toBe(before);
  });

  it('invites a contact person: an account, our record, and an invitation mail in the region name without the password', async () => {
    const response = await post('/portaal/beheer/mensen', GO, { name: invited.name, email: invited.email, party: NEW_PARTY, role: 'contact' });
    expect(response.status).toBe(200);
    const html = await response.text();
    temporaryPassword = decode(/Tijdelijk wachtwoord: <strong class="avg-reference">([^<]+)<\/strong>/.exec(html)![1]!);
    expect(temporaryPassword).toMatch(/^.{16}$/);
    const [mail] = await app.mails({ to: invited.email });
    expect(mail!.subject).toBe('Uw account voor het portaal voor privacyverzoeken');
    expect(mail!.text).toContain('contactpersoon van Stichting De Linde');
    expect(mail!.text).not.toContain(temporaryPassword);
    expect(mail!.from).toBe('"Privacyloket Goeree-Overflakkee" <noreply@avg-verzoeken.example>');
    expect(mail!.replyTo).toEqual(['privacyloket@swv-go.example']);
    expect(mail!.text).toContain('-- \nPrivacyloket Goeree-Overflakkee\n');
    const people = await (await get('/portaal/beheer/mensen', GO)).text();
    expect(people).toContain(invited.name);
  });

  it('refuses a second invitation for the same address', async () => {
    const again = await post('/portaal/beheer/mensen', GO, { name: 'Nog eens', email: invited.email, party: NEW_PARTY, role: 'contact' });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Er is al een account met dit mailadres');
  });

  it('puts the new board in the Thuiszitterstafel', async () => {
    const lines = await change(GO, {
      wijziging: 'overleg',
      onderwerp: 'go-thuiszitterstafel',
      name: 'Thuiszitterstafel',
      description: 'Een overleg over een kind dat niet naar school gaat.',
      parties: ['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', NEW_PARTY],
      variableParty: 'schoolbestuur',
      coordinator: 'swv-go',
    });
    expect(lines.some((line) => line.startsWith('Thuiszitterstafel: organisaties die altijd meedoen:') && line.includes('Stichting De Linde'))).toBe(true);
  });

  it('refuses a brand colour white text cannot be read on, naming the contrast', async () => {
    const refused = await post('/portaal/beheer/wijziging', GO, {
      versie: String(await versionOf(GO)),
      wijziging: 'regio',
      serviceName: 'Privacyloket Goeree-Overflakkee',
      organisation: 'SWV GO',
      primary: '#ffdd00',
      font: 'noto-sans',
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('het contrast is 1,34 : 1');
  });

  it("sets the region's details, colour and logo", async () => {
    await change(GO, {
      wijziging: 'regio',
      serviceName: 'Privacyloket Goeree-Overflakkee',
      organisation: 'Samenwerkingsverband Goeree-Overflakkee',
      phone: '0187 555 010',
      email: 'loket@go.example',
      openingHours: 'werkdagen 9.00 tot 12.00 uur',
      privacyStatementUrl: 'https://www.swv-go.example/privacy',
      accessibilityStatementUrl: 'https://www.swv-go.example/toegankelijkheid',
      municipalities: 'Goeree-Overflakkee',
      schools: 'De Linde; Middelharnis; Stichting De Linde',
      centralContact: 'swv-go',
      primary: '#7a1e5a',
      font: 'noto-sans',
    });
    const body = new FormData();
    body.set('csrf', sessions[GO]!.csrf);
    body.set('versie', String(await versionOf(GO)));
    body.set('logo', new Blob([PNG], { type: 'image/png' }), 'logo.png');
    body.set('logoAlt', 'Logo Privacyloket Goeree-Overflakkee');
    const uploaded = await fetch(`${app.baseUrl}/portaal/beheer/logo`, { method: 'POST', redirect: 'manual', headers: { cookie: sessions[GO]!.cookie }, body });
    expect(uploaded.status).toBe(303);
  });

  it('refuses a logo that is not an image by its bytes', async () => {
    const body = new FormData();
    body.set('csrf', sessions[GO]!.csrf);
    body.set('versie', String(await versionOf(GO)));
    body.set('logo', new Blob(['<svg onload="alert(1)"/>'], { type: 'image/png' }), 'logo.png');
    body.set('logoAlt', 'Logo');
    const refused = await fetch(`${app.baseUrl}/portaal/beheer/logo`, { method: 'POST', redirect: 'manual', headers: { cookie: sessions[GO]!.cookie }, body });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Kies een PNG- of JPG-bestand');
  });

  it("routes a parent's request to the new contact person, and shows the region's look and contact on the public pages", async () => {
    const request = validRequest({ variablePartyId: 'rgo' });
    const { body: answer } = await postJson(app, request);
    const [confirmation] = await app.mails({ to: request.requester.email });
    expect(confirmation!.from).toBe('"Privacyloket Goeree-Overflakkee" <noreply@avg-verzoeken.example>');
    expect(confirmation!.replyTo).toEqual(['loket@go.example']);
    const confirmLink = /https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(confirmation!.text)![0];
    const statusLink = /https?:\/\/\S+\/verzoek\/status\/[A-Za-z0-9_-]+/.exec(confirmation!.text)![0];
    await fetch(confirmLink, { method: 'POST' });
    const [task] = await app.mails({ to: invited.email, subjectIncludes: answer.reference });
    expect(task!.text).toContain('Thuiszitterstafel');

    const status = await (await fetch(statusLink)).text();
    expect(status).toContain('0187 555 010');
    expect(status).toContain('href="https://www.swv-go.example/toegankelijkheid"');
    const logo = /<img class="avg-header__logo" src="([^"]+)" alt="Logo Privacyloket Goeree-Overflakkee"\/>/.exec(status)![1]!;
    const stylesheet = /<link rel="stylesheet" href="(\/huisstijl\/[^"]+\.css)"\/>/.exec(status)![1]!;
    const css = await fetch(`${app.baseUrl}${stylesheet}`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('--avg-brand-500:#7a1e5a');
    const image = await fetch(`${app.baseUrl}${logo}`);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    // The region's own form carries it too.
    expect(await (await fetch(`${app.baseUrl}/verzoek?regio=goeree-overflakkee`)).text()).toContain('0187 555 010');
    expect(await (await fetch(`${app.baseUrl}/verzoek`)).text()).not.toContain('0187 555 010');

    // The invited person signs in for the first time (cognito-local skips the MFA set-up) and answers.
    const first = await postForm(app, '/portaal/inloggen', { step: 'password', email: invited.email, password: temporaryPassword });
    expect(await first.text()).toContain('Kies een nieuw wachtwoord');
    const state = `${SIGN_IN_STATE_COOKIE}=${setCookie(first, SIGN_IN_STATE_COOKIE)!.value}`;
    const done = await postForm(app, '/portaal/inloggen', { step: 'new-password', newPassword: 'Linde-eigen-2026!', newPasswordAgain: 'Linde-eigen-2026!' }, [
      state,
    ]);
    expect(done.status).toBe(303);
    const token = setCookie(done, SESSION_COOKIE)!.value;
    sessions[invited.email] = { cookie: `${SESSION_COOKIE}=${token}`, csrf: csrfFor(token) };
    const casePage = await get(`/portaal/verzoeken/${answer.reference}`, invited.email);
    expect(casePage.status).toBe(200);
    const taskItem = (await app.items()).find((item) => item.PK === `REQ#${answer.reference}` && item.SK === `TASK#${NEW_PARTY}`)!;
    const answered = await post(`/portaal/verzoeken/${answer.reference}/antwoord`, invited.email, {
      version: String(taskItem.version),
      'inzage.outcome': 'geen gegevens',
      'rectificatie.outcome': 'geen gegevens',
      ...inzageStatementFields(),
    });
    expect(answered.status).toBe(303);
    // Our sign-in recorded when.
    expect(await (await get('/portaal/beheer/mensen', GO)).text()).not.toMatch(new RegExp(`${invited.name}</th>(?:(?!</tr>).)*nog niet`));
  });

  it('refuses a disabled person at their next request, whatever their token', async () => {
    const people = await (await get('/portaal/beheer/mensen', GO)).text();
    const personId = new RegExp(`/portaal/beheer/mensen/([^/]+)/status"[^>]*>(?:(?!</form>).)*Zet ${invited.name} uit`).exec(people)![1]!;
    expect((await post(`/portaal/beheer/mensen/${personId}/status`, GO, { status: 'disabled' })).status).toBe(303);
    const refused = await get('/portaal', invited.email);
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toMatch(/^\/portaal\/inloggen/);
    // And at sign-in: the user pool refuses the password of a disabled account (our record would refuse its token, core/portal-access.ts).
    const again = await postForm(app, '/portaal/inloggen', { step: 'password', email: invited.email, password: 'Linde-eigen-2026!' });
    expect(again.status).toBe(400);
    expect(setCookie(again, SESSION_COOKIE)).toBeUndefined();
  });

  it('keeps every version, shows what restoring one would change, and restores it as a new version', async () => {
    const page = await (await get('/portaal/beheer/versies/1', GO)).text();
    expect(page).toContain('Wat er verandert als u deze versie terugzet');
    expect(page).toContain('Organisatie: Stichting De Linde (weg)');
    const before = await versionOf(GO);
    const restored = await post('/portaal/beheer/versies/1/terugzetten', GO, { versie: String(before - 1) });
    // Made against an older version: refused, nothing changed.
    expect(restored.status).toBe(409);
    expect(await versionOf(GO)).toBe(before);
  });
});

describe('regions kept apart', () => {
  it("shows the beheerder of Midden-Gelre nothing of Goeree-Overflakkee's, by any route", async () => {
    const home = await (await get('/portaal/beheer', MG)).text();
    expect(home).toContain('Beheer Midden-Gelre');
    expect(home).not.toContain('Stichting De Linde');
    expect(home).not.toContain('Thuiszitterstafel');
    expect((await get(`/portaal/beheer/organisaties/${NEW_PARTY}`, MG)).status).toBe(404);
    expect((await get('/portaal/beheer/organisaties/rgo', MG)).status).toBe(404);
    expect((await get('/portaal/beheer/overleggen/go-thuiszitterstafel', MG)).status).toBe(404);
    expect(await (await get('/portaal/beheer/mensen', MG)).text()).not.toContain(invited.name);
    const version = String(await versionOf(MG));
    const attempts = [
      await post('/portaal/beheer/wijziging', MG, { versie: version, wijziging: 'organisatie', onderwerp: 'rgo', name: 'Overgenomen', type: 'schoolbestuur' }),
      await post('/portaal/beheer/wijziging/opslaan', MG, {
        versie: version,
        wijziging: 'overleg',
        onderwerp: 'go-thuiszitterstafel',
        name: 'X',
        description: 'X',
        parties: 'rbl-midden-gelre',
        coordinator: 'rbl-midden-gelre',
      }),
    ];
    for (const attempt of attempts) expect(attempt.status).toBe(404);
    const goPeople = await (await get('/portaal/beheer/mensen', GO)).text();
    const personId = new RegExp(`/portaal/beheer/mensen/([^/]+)/status"[^>]*>(?:(?!</form>).)*${invited.name}`).exec(goPeople)![1]!;
    expect((await post(`/portaal/beheer/mensen/${personId}/status`, MG, { status: 'active' })).status).toBe(404);
    expect(await (await get('/portaal/beheer/mensen', GO)).text()).toContain(`Zet ${invited.name} weer aan`);
    // Their own region's versions only: Midden-Gelre has just its first.
    expect((await get('/portaal/beheer/versies/2', MG)).status).toBe(404);
  });
});

describe('removing a person', () => {
  it('removes only a disabled person: the account and the record go, the trail keeps the event, the address may be invited again', async () => {
    const people = await (await get('/portaal/beheer/mensen', GO)).text();
    expect(people).toContain(`Verwijder ${invited.name}`);
    const personId = new RegExp(`/portaal/beheer/mensen/([^/]+)/status"[^>]*>(?:(?!</form>).)*Verwijder ${invited.name}`).exec(people)![1]!;
    const removed = await post(`/portaal/beheer/mensen/${personId}/status`, GO, { status: 'removed' });
    expect(removed.headers.get('location')).toBe('/portaal/beheer/mensen?gelukt=verwijderd');
    expect(await (await get('/portaal/beheer/mensen', GO)).text()).not.toContain(invited.name);
    const items = await app.items();
    expect(items.some((item) => item.PK === 'CONFIG' && item.SK === `PERSON#${personId}`)).toBe(false);
    expect(items.some((item) => item.PK === 'REGION#goeree-overflakkee' && item.action === 'persoon-verwijderd' && item.personId === personId)).toBe(true);
    const again = await post('/portaal/beheer/mensen', GO, { name: invited.name, email: invited.email, party: NEW_PARTY, role: 'contact' });
    expect(again.status).toBe(200);
  });

  it('refuses to remove an active person in one step', async () => {
    const people = await (await get('/portaal/beheer/mensen', GO)).text();
    const active = new RegExp(`/portaal/beheer/mensen/([^/]+)/status"[^>]*>(?:(?!</form>).)*Zet ${invited.name} uit`).exec(people)![1]!;
    expect((await post(`/portaal/beheer/mensen/${active}/status`, GO, { status: 'removed' })).status).toBe(404);
  });
});

describe('the authorization matrix of the beheer routes', () => {
  // Every route the route table gives the beheer function, so a new one is checked without being listed here.
  const beheerRoutes = routes.filter((route) => route.handler === 'portal-beheer');
  const goSubjects = { party: 'rgo', overleg: 'go-thuiszitterstafel', version: '1', person: '' };
  const pathOf = (route: (typeof routes)[number]) => route.path.replace(/\{(\w+)\}/g, (_, name: keyof typeof goSubjects) => goSubjects[name] || 'x');

  it('covers every beheer route', () => {
    expect(beheerRoutes.length).toBeGreaterThanOrEqual(12);
  });

  it('sends anyone without a session to sign in (GET) or refuses them (POST), and refuses a contact person', async () => {
    for (const route of beheerRoutes) {
      const path = pathOf(route);
      const anonymous = await fetch(`${app.baseUrl}${path}`, { method: route.method, redirect: 'manual', ...(route.method === 'POST' ? { body: '' } : {}) });
      expect(anonymous.status, `${route.method} ${path} without a session`).toBe(route.method === 'GET' ? 303 : 401);
      const contact = route.method === 'GET' ? await get(path, CONTACT) : await post(path, CONTACT, {});
      expect(contact.status, `${route.method} ${path} as a contact person`).toBe(403);
    }
  });

  it("gives the beheerder of Midden-Gelre not one of Goeree-Overflakkee's parties, overleggen, people or versions", async () => {
    const goPeople = await (await get('/portaal/beheer/mensen', GO)).text();
    goSubjects.person = /\/portaal\/beheer\/mensen\/([^/]+)\/status/.exec(goPeople)![1]!;
    goSubjects.version = String(await versionOf(GO));
    const version = String(await versionOf(MG));
    for (const route of beheerRoutes.filter((candidate) => candidate.path.includes('{'))) {
      const path = pathOf(route);
      const response = route.method === 'GET' ? await get(path, MG) : await post(path, MG, { versie: version, status: 'disabled' });
      expect(response.status, `${route.method} ${path} as the beheerder of Midden-Gelre`).toBe(404);
    }
    // The person is untouched.
    expect(await (await get('/portaal/beheer/mensen', GO)).text()).toBe(goPeople);
  });
});
