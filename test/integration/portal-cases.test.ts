import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '#core/calendar-date';
import { computeExtendedDeadline } from '#core/deadline';
import { postForm, registrationForm, signIn } from '#test-support/portal-session';
import { inzageStatementFields } from '#test-support/inzage-answer';
import { routedRequest, startTestApp, type TestApp } from '#test-support/local-app';

let app: TestApp;
const sessions: Record<string, { cookie: string; csrf: string }> = {};
const emails = {
  swv: 'swv-go.contact@portaal.example',
  cjg: 'cjg-rijnmond.contact@portaal.example',
  rgo: 'rgo.contact@portaal.example',
  gemeente: 'gemeente-goeree-overflakkee.contact@portaal.example',
  kindwijs: 'kindwijs.contact@portaal.example',
};

beforeAll(async () => {
  app = await startTestApp();
  for (const [who, email] of Object.entries(emails)) sessions[who] = await signIn(app, email);
}, 120_000);
afterAll(async () => app?.stop());

const post = (who: keyof typeof emails, path: string, fields: Record<string, string>) =>
  postForm(app, path, { csrf: sessions[who]!.csrf, ...fields }, [sessions[who]!.cookie]);
const get = (who: keyof typeof emails, path: string) => fetch(`${app.baseUrl}${path}`, { headers: { cookie: sessions[who]!.cookie } });
const itemsOf = async (reference: string) => (await app.items()).filter((item) => item.PK === `REQ#${reference}`);
const request = async (reference: string) => (await itemsOf(reference)).find((item) => item.SK === 'REQUEST')!;
const task = async (reference: string, sk: string) => (await itemsOf(reference)).find((item) => item.SK === sk)!;

describe('remedies per organisation', () => {
  it("shows bezwaar under the municipality's part only when it refuses under an SWV coordinator, and the decision cannot grant that part in full", async () => {
    // A private school board as the variable party: the municipality is the only public body.
    const { reference, statusLink } = await routedRequest(app, { variablePartyId: 'kindwijs' });
    for (const [who, party] of [
      ['swv', 'swv-go'],
      ['cjg', 'cjg-rijnmond'],
      ['kindwijs', 'kindwijs'],
      ['gemeente', 'gemeente-goeree-overflakkee'],
    ] as const) {
      const refuses = party === 'gemeente-goeree-overflakkee';
      const answered = await post(who, `/portaal/verzoeken/${reference}/antwoord`, {
        version: String((await task(reference, `TASK#${party}`)).version),
        'inzage.outcome': 'geen gegevens',
        'rectificatie.outcome': refuses ? 'afgewezen' : 'geen gegevens',
        ...(refuses ? { 'rectificatie.ground': 'avg-16', 'rectificatie.motivation': 'De registratie van het verzuim klopt.' } : {}),
      });
      expect(answered.status, party).toBe(303);
    }
    const identity = { method: 'balie', checkedDay: '1', checkedMonth: '1', checkedYear: '2026' };
    expect((await post('swv', `/portaal/verzoeken/${reference}/identiteit`, { version: String((await request(reference)).version), ...identity })).status).toBe(
      303,
    );
    const decide = async (rectificatie: Record<string, string>) =>
      post('swv', `/portaal/verzoeken/${reference}/besluit`, {
        version: String((await request(reference)).version),
        'inzage.outcome': 'toegewezen',
        'inzage.motivation': 'Er zijn geen gegevens gevonden.',
        ...rectificatie,
      });
    const granted = await decide({ 'rectificatie.outcome': 'toegewezen', 'rectificatie.motivation': 'Alles verbeterd.' });
    expect(granted.status).toBe(400);
    expect(await granted.text()).toContain('Een organisatie heeft dit deel afgewezen. Kies deels toegewezen of afgewezen');
    expect((await request(reference)).status).toBe('in_progress');
    const sent = await decide({
      'rectificatie.outcome': 'deels toegewezen',
      'rectificatie.ground': 'avg-16',
      'rectificatie.motivation': 'De gemeente verbetert niets: de registratie klopt.',
    });
    expect(sent.status).toBe(303);
    const status = (await (await fetch(statusLink)).text()).replace(/\s+/g, ' ');
    expect(status.match(/bezwaar maken bij [^.]+\./g)).toEqual(['bezwaar maken bij Gemeente Goeree-Overflakkee.']);
    expect(status).toContain('Bent u het niet eens met de afwijzing door Gemeente Goeree-Overflakkee?');
    expect(status).toContain('Grond: de gegevens zijn juist en volledig (art. 16 AVG).');
    // Nobody else refused: no complaint or court sentence for them.
    expect(status.match(/de rechtbank vragen om/g)).toBeNull();
  });
});

describe('registering a request that came in by letter', () => {
  it('routes it at once with the deadline from the day it was received, and mails the requester the status link', async () => {
    const received = addDays(amsterdamDate(new Date()), -10);
    const [year, month, day] = received.split('-');
    const email = `brief-${Date.now()}@voorbeeld.nl`;
    const response = await post('cjg', '/portaal/registreren', {
      channel: 'brief',
      receivedDay: day!,
      receivedMonth: month!,
      receivedYear: year!,
      overleg: 'goeree-overflakkee/go-thuiszitterstafel',
      variablePartyId: 'rgo',
      types: 'verwijdering',
      role: 'ouder',
      name: 'Per Brief',
      email,
      childName: 'Kind Brief',
      dobDay: '1',
      dobMonth: '2',
      dobYear: '2015',
      details: 'Wis alles over de schorsing.',
      submissionId: 'x',
    });
    expect(response.status).toBe(303);
    const reference = /AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(response.headers.get('location')!)![0];
    const stored = await request(reference);
    expect(stored).toMatchObject({ status: 'in_progress', receivedOn: received, channel: 'brief' });
    expect(stored.deadline).not.toBe(amsterdamDate(new Date()));
    expect((await itemsOf(reference)).filter((item) => String(item.SK).startsWith('TASK#'))).toHaveLength(4);
    const [mail] = await app.mails({ to: email });
    expect(mail!.text).toMatch(/\/verzoek\/status\/[A-Za-z0-9_-]{43}/);
    expect(mail!.text).not.toContain('schorsing');
    expect(await app.mails({ subjectIncludes: `Nieuw privacyverzoek ${reference}` })).toHaveLength(4);
  });

  it('registers a call from a parent who reads English: their mail and status page in English, the parties told in Dutch, the request page saying so', async () => {
    const today = amsterdamDate(new Date()).split('-');
    const email = `telefoon-en-${Date.now()}@voorbeeld.nl`;
    const form = await (await get('cjg', '/portaal/registreren')).text();
    expect(form).toContain('In welke taal krijgt de aanvrager de e-mails en de statuspagina?');
    const response = await post('cjg', '/portaal/registreren', {
      channel: 'telefoon',
      language: 'en',
      receivedDay: today[2]!,
      receivedMonth: today[1]!,
      receivedYear: today[0]!,
      overleg: 'goeree-overflakkee/go-thuiszitterstafel',
      variablePartyId: 'rgo',
      types: 'inzage',
      role: 'ouder',
      name: 'Per Telefoon',
      email,
      childName: 'Kind Telefoon',
      dobDay: '1',
      dobMonth: '2',
      dobYear: '2015',
      details: 'Alle gegevens.',
      submissionId: `telefoon-en-${Date.now()}`,
    });
    expect(response.status).toBe(303);
    const reference = /AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(response.headers.get('location')!)![0];
    expect(await request(reference)).toMatchObject({ language: 'en', channel: 'telefoon' });
    const [mail] = await app.mails({ to: email });
    expect(mail!.subject).toBe(`News about your privacy request ${reference}`);
    expect(mail!.text).toContain('We have received your privacy request and passed it on');
    expect(mail!.text).toMatch(/\/en\/verzoek\/status\/[A-Za-z0-9_-]{43}/);
    expect(await app.mails({ subjectIncludes: `Nieuw privacyverzoek ${reference}` })).toHaveLength(4);
    expect(await (await get('cjg', `/portaal/verzoeken/${reference}`)).text()).toContain('Engels: de aanvrager leest de statuspagina');
  });

  it('registers a letter without an e-mail address, decides it, and records that the letter went by post; the requester gets no mail', async () => {
    const name = `Per Post ${Date.now()}`;
    const registered = await post(
      'swv',
      '/portaal/registreren',
      registrationForm({
        types: 'verwijdering',
        name,
        email: '',
        postalAddress: 'Voorstraat 12\r\n3241 EG Middelharnis',
        childName: 'Kind Post',
        details: 'Wis het verslag van maart.',
      }),
    );
    expect(registered.status).toBe(303);
    expect(registered.headers.get('location')).toContain('gelukt=geregistreerd-post');
    const reference = /AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(registered.headers.get('location')!)![0];
    expect((await request(reference)).requester).toMatchObject({ name, postalAddress: 'Voorstraat 12\n3241 EG Middelharnis' });
    expect(((await request(reference)).requester as { email?: string }).email).toBeUndefined();

    for (const [who, party] of [
      ['swv', 'swv-go'],
      ['cjg', 'cjg-rijnmond'],
      ['rgo', 'rgo'],
      ['gemeente', 'gemeente-goeree-overflakkee'],
    ] as const) {
      const answered = await post(who, `/portaal/verzoeken/${reference}/antwoord`, {
        version: String((await task(reference, `TASK#${party}`)).version),
        'verwijdering.outcome': 'geen gegevens',
      });
      expect(answered.status, party).toBe(303);
    }
    const page = (await (await get('swv', `/portaal/verzoeken/${reference}`)).text()).replace(/\s+/g, ' ');
    expect(page).toContain('Deze aanvrager krijgt alles per post');
    const sent = await post('swv', `/portaal/verzoeken/${reference}/besluit`, {
      version: String((await request(reference)).version),
      'verwijdering.outcome': 'toegewezen',
      'verwijdering.motivation': 'Er zijn geen gegevens over het kind gevonden.',
    });
    expect(await sent.text().then((text) => (sent.status === 303 ? '' : text))).toBe('');
    expect(sent.headers.get('location')).toContain('gelukt=besluit-post');
    const decidedPage = (await (await get('swv', `/portaal/verzoeken/${reference}`)).text()).replace(/\s+/g, ' ');
    expect(decidedPage).toContain('Wat u nu doet:</strong> Print de besluitbrief');
    const posted = await post('swv', `/portaal/verzoeken/${reference}/per-post`, { version: String((await request(reference)).version) });
    expect(posted.status).toBe(303);
    expect((await request(reference)).sentByPost).toEqual([amsterdamDate(new Date())]);
    const afterPosting = await (await get('swv', `/portaal/verzoeken/${reference}`)).text();
    expect(afterPosting).toContain('Per post verstuurd op');
    expect(afterPosting).not.toContain('Vandaag per post verstuurd');
    expect((await itemsOf(reference)).some((item) => item.action === 'per-post-verstuurd')).toBe(true);
    // Only the parties were mailed (their configured mailboxes): no requester news, no decision mail.
    const mails = await app.mails({ subjectIncludes: reference });
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.every((mail) => mail.to.every((to) => /^(privacy|avg)@[a-z-]+\.example$/.test(to)))).toBe(true);
    expect(mails.map((mail) => mail.subject).filter((subject) => /\buw privacyverzoek/i.test(subject))).toEqual([]);
  });

  it('shows only the own region, in the third person, and says "not your overleg" at the field with every other error', async () => {
    const page = await (await get('cjg', '/portaal/registreren')).text();
    expect(page).toContain('Regio Goeree-Overflakkee');
    expect(page).not.toContain('West-Kennemerland');
    expect(page).toContain('De aanvrager is');
    expect(page).toContain('Postadres van de aanvrager');
    const refused = await post('cjg', '/portaal/registreren', { overleg: 'west-kennemerland/wk-leerplicht-rmc', channel: 'brief', details: 'x' });
    expect(refused.status).toBe(400);
    const text = await refused.text();
    expect(text).toContain('Uw organisatie doet niet mee aan dit overleg');
    expect(text).toContain('Vul de naam van de aanvrager in.');
    expect(text).toContain('Vul een e-mailadres of een postadres van de aanvrager in.');
    expect(text).not.toContain('Vul uw naam in.');
  });

  it('registers a form posted twice (a double click, a resend) once, and sends the second post to the same case', async () => {
    const email = `dubbel-${Date.now()}@voorbeeld.nl`;
    const form = registrationForm({ channel: 'e-mail', name: 'Twee Keer', email, childName: 'Kind Dubbel' });
    const [first, second] = await Promise.all([post('cjg', '/portaal/registreren', form), post('cjg', '/portaal/registreren', form)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    const requests = (await app.items()).filter((item) => item.SK === 'REQUEST' && (item.requester as { email: string }).email === email);
    expect(requests).toHaveLength(1);
    expect(await app.mails({ to: email })).toHaveLength(1);
  });

  it('refuses a date of receipt in the future and an overleg the party is not in, storing nothing', async () => {
    const before = (await app.items()).length;
    const future = addDays(amsterdamDate(new Date()), 2).split('-');
    const base = {
      channel: 'telefoon',
      overleg: 'goeree-overflakkee/go-thuiszitterstafel',
      variablePartyId: 'rgo',
      types: 'inzage',
      role: 'ouder',
      name: 'A',
      email: 'a@voorbeeld.nl',
      childName: 'B',
      dobDay: '1',
      dobMonth: '2',
      dobYear: '2015',
      details: 'x',
    };
    const futureResponse = await post('cjg', '/portaal/registreren', { ...base, receivedDay: future[2]!, receivedMonth: future[1]!, receivedYear: future[0]! });
    expect(futureResponse.status).toBe(400);
    expect(await futureResponse.text()).toContain('De datum van ontvangst kan niet in de toekomst liggen');
    const today = amsterdamDate(new Date()).split('-');
    const foreign = await post('cjg', '/portaal/registreren', {
      ...base,
      overleg: 'west-kennemerland/wk-leerplicht-rmc',
      variablePartyId: 'gemeente-velsen',
      receivedDay: today[2]!,
      receivedMonth: today[1]!,
      receivedYear: today[0]!,
    });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain('Uw organisatie doet niet mee aan dit overleg');
    expect((await app.items()).length).toBe(before);
  });
});

const routed = () => routedRequest(app);

describe('art. 19 AVG', () => {
  it('gives the other parties a task when one party rectifies, and tells the requester who was informed', async () => {
    const { reference, statusLink, email } = await routed();
    const cjg = await task(reference, 'TASK#cjg-rijnmond');
    const response = await post('cjg', `/portaal/verzoeken/${reference}/antwoord`, {
      version: String(cjg.version),
      'inzage.outcome': 'geen gegevens',
      'rectificatie.outcome': 'gerectificeerd',
      'rectificatie.change': 'De naam van de school in het verslag van 3 maart is verbeterd.',
    });
    expect(response.status).toBe(303);
    const art19 = (await itemsOf(reference)).filter((item) => String(item.SK).includes('#ART19#'));
    expect(art19.map((item) => item.partyId).sort()).toEqual(['gemeente-goeree-overflakkee', 'rgo', 'swv-go']);
    expect(await app.mails({ subjectIncludes: `Gegevens aangepast bij privacyverzoek ${reference}` })).toHaveLength(3);
    const news = await app.mails({ to: email, subjectIncludes: 'Nieuws' });
    expect(news).toHaveLength(1);
    const status = await (await fetch(statusLink)).text();
    expect(status).toContain('heeft gegevens aangepast en dit doorgegeven aan');
    expect(status).toContain('Stichting Openbaar Voortgezet Onderwijs Goeree-Overflakkee');

    const rgoPage = await (await get('rgo', `/portaal/verzoeken/${reference}`)).text();
    expect(rgoPage).toContain('Wijziging doorvoeren (art. 19 AVG)');
    expect(rgoPage).toContain('De naam van de school in het verslag van 3 maart is verbeterd.');
    expect((await post('rgo', `/portaal/verzoeken/${reference}/art19`, { fromPartyId: 'cjg-rijnmond' })).status).toBe(303);
    expect((await task(reference, 'TASK#rgo#ART19#cjg-rijnmond')).status).toBe('answered');
  });
});

describe('the coordinator', () => {
  it('pauses, the requester answers on the status page, then extends once with the reason shown to the requester', async () => {
    const { reference, statusLink, email, deadline, receivedOn } = await routed();
    let v = String((await request(reference)).version);
    expect((await post('swv', `/portaal/verzoeken/${reference}/vraag`, { version: v, question: 'Stuur een kopie van uw legitimatie.' })).status).toBe(303);
    expect((await request(reference)).status).toBe('paused');
    const question = await (await fetch(statusLink)).text();
    expect(question).toContain('Stuur een kopie van uw legitimatie.');
    expect(question).toContain('De termijn staat stil');
    // Every party's Mijn taken says so too, instead of counting down days that do not run.
    const rowOf = async (who: keyof typeof emails) => (await (await get(who, '/portaal')).text()).split('<tr>').find((row) => row.includes(reference)) ?? '';
    expect(await rowOf('rgo')).toContain('termijn staat stil (vraag aan aanvrager)');
    expect(await rowOf('rgo')).not.toMatch(/nog \d+ dag/);
    // The coordinator's own step, from the index: the request waits for the requester.
    const coordinatorRows = async () => (await (await get('swv', '/portaal')).text()).split('<tr>').filter((row) => row.includes(reference));
    expect((await coordinatorRows()).some((row) => row.includes('Wacht op aanvrager') && row.includes('termijn staat stil'))).toBe(true);
    const questionMail = (await app.mails({ to: email, subjectIncludes: 'Nieuws' })).at(-1)!;
    expect(questionMail.text).not.toContain('legitimatie');

    v = String((await request(reference)).version);
    const answered = await fetch(statusLink, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ version: v, answer: 'Kopie volgt via de school.' }),
    });
    expect(answered.status).toBe(303);
    const resumed = await request(reference);
    expect(resumed.status).toBe('in_progress');
    // Paused and answered on the same day: zero days paused, the deadline stays.
    expect(resumed.deadline).toBe(deadline);
    expect(await rowOf('rgo')).toMatch(/nog \d+ dag|vandaag/);
    expect((await coordinatorRows()).some((row) => row.includes('Antwoorden verzamelen (0 van 4 antwoorden binnen)'))).toBe(true);

    v = String(resumed.version);
    expect(
      (await post('swv', `/portaal/verzoeken/${reference}/verlengen`, { version: v, months: '2', reason: 'Vijf organisaties moeten archieven doorzoeken.' }))
        .status,
    ).toBe(303);
    const extended = await request(reference);
    expect(extended.deadline).toBe(computeExtendedDeadline(receivedOn));
    expect((await task(reference, 'TASK#rgo')).deadline).toBe(extended.deadline);
    expect(await (await fetch(statusLink)).text()).toContain('Vijf organisaties moeten archieven doorzoeken.');

    const again = await post('swv', `/portaal/verzoeken/${reference}/verlengen`, { version: String(extended.version), months: '1', reason: 'Nog eens.' });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('maar één keer');
  });

  it('cannot decide before every party answered, and a decision with a refusal names the complaint route', async () => {
    const { reference, statusLink } = await routed();
    const decision = (v: string) => ({
      version: v,
      'inzage.outcome': 'toegewezen',
      'inzage.motivation': 'Alles gegeven.',
      'rectificatie.outcome': 'afgewezen',
      'rectificatie.ground': 'avg-16',
      'rectificatie.motivation': 'De verslagen geven de waarneming van de school weer.',
    });
    const early = await post('swv', `/portaal/verzoeken/${reference}/besluit`, decision(String((await request(reference)).version)));
    expect(early.status).toBe(400);
    expect(await early.text()).toContain('Nog niet alle organisaties hebben geantwoord');
    for (const [who, party] of [
      ['swv', 'swv-go'],
      ['cjg', 'cjg-rijnmond'],
      ['rgo', 'rgo'],
      ['gemeente', 'gemeente-goeree-overflakkee'],
    ] as const) {
      const t = await task(reference, `TASK#${party}`);
      const response = await post(who, `/portaal/verzoeken/${reference}/antwoord`, {
        version: String(t.version),
        'inzage.outcome': 'verstrekt',
        'inzage.categories': 'NAW-gegevens',
        'inzage.summary': `Gegevens bij ${party}.`,
        ...inzageStatementFields(),
        'rectificatie.outcome': 'geen gegevens',
      });
      expect(response.status).toBe(303);
    }
    // The stored category reads in plain words first on the request page.
    expect(await (await get('swv', `/portaal/verzoeken/${reference}`)).text()).toContain('Naam, adres en woonplaats (NAW-gegevens)');
    // Every party answered, but an inzage waits until the coordinator recorded who asks.
    const unchecked = await post('swv', `/portaal/verzoeken/${reference}/besluit`, decision(String((await request(reference)).version)));
    expect(unchecked.status).toBe(400);
    expect(await unchecked.text()).toContain('Leg eerst vast hoe u heeft gecontroleerd wie de aanvrager is');
    const wrongDate = await post('swv', `/portaal/verzoeken/${reference}/identiteit`, {
      version: String((await request(reference)).version),
      method: 'balie',
      checkedDay: '31',
      checkedMonth: '2',
      checkedYear: '2026',
    });
    expect(wrongDate.status).toBe(400);
    expect(await wrongDate.text()).toContain('Vul een bestaande datum in');
    const checked = await post('swv', `/portaal/verzoeken/${reference}/identiteit`, {
      version: String((await request(reference)).version),
      method: 'balie',
      checkedDay: '1',
      checkedMonth: '1',
      checkedYear: '2026',
    });
    expect(checked.status).toBe(303);
    expect((await request(reference)).identityCheck).toMatchObject({ method: 'balie', checkedOn: '2026-01-01' });
    // The preview shows what sending stores, and writes nothing.
    const versionBefore = (await request(reference)).version;
    const preview = await post('swv', `/portaal/verzoeken/${reference}/besluit/voorbeeld`, decision(String(versionBefore)));
    expect(preview.status).toBe(200);
    const previewHtml = await preview.text();
    expect(previewHtml).toContain('Controleer het besluit');
    expect(previewHtml).toContain('De verslagen geven de waarneming van de school weer.');
    expect(previewHtml).toContain('action="/portaal/verzoeken/' + reference + '/besluit"');
    expect((await request(reference)).version).toBe(versionBefore);
    expect((await request(reference)).decision).toBeNull();
    expect((await post('swv', `/portaal/verzoeken/${reference}/besluit`, decision(String((await request(reference)).version)))).status).toBe(303);
    const stored = (await request(reference)).decision as { text: { paragraphs: string[] } };
    for (const paragraph of stored.text.paragraphs) expect(previewHtml).toContain(paragraph.replaceAll('"', '&quot;').slice(0, 60));
    const status = await (await fetch(statusLink)).text();
    expect(status).toContain('Autoriteit Persoonsgegevens');
    expect(status).toContain('Gegevens bij cjg-rijnmond.');
    // swv-go is no public body: no Awb bezwaar at it; the municipality is.
    expect(status).not.toContain('bezwaar maken bij Samenwerkingsverband');
    expect(status).toContain('bezwaar maken bij Gemeente Goeree-Overflakkee.');

    const closed = await post('swv', `/portaal/verzoeken/${reference}/sluiten`, { version: String((await request(reference)).version) });
    expect(closed.status).toBe(303);
    const items = await itemsOf(reference);
    const closedRequest = items.find((item) => item.SK === 'REQUEST')!;
    expect(closedRequest.status).toBe('closed');
    // Retention: every item of the request expires one year after closing; the object list (the decision's letter) 30 days later, after its objects.
    const expected = Math.floor(Date.now() / 1000) + 365 * 86_400;
    for (const item of items) {
      const grace = String(item.SK).startsWith('DOC#') || item.SK === 'PURGE-DOCUMENTS' ? 30 * 86_400 : 0;
      expect(Math.abs((item.expiresAt as number) - expected - grace), String(item.SK)).toBeLessThan(120);
    }
  });
});

describe('notes between the coordinator and one party', () => {
  it('lets the coordinator ask one party inside the portal; only that party reads it, the mail says only that there is a note', async () => {
    const { reference } = await routed();
    const question = 'Welk dossier bedoelt u: het OPP van 2025?';
    const before = (await app.mails({ to: 'privacy@rgo.example' })).length;
    expect((await post('swv', `/portaal/verzoeken/${reference}/berichten`, { withPartyId: 'rgo', text: question })).status).toBe(303);
    expect(await (await get('rgo', `/portaal/verzoeken/${reference}`)).text()).toContain(question);
    expect(await (await get('cjg', `/portaal/verzoeken/${reference}`)).text()).not.toContain(question);
    // Only this request's mails: another test's outbox may still be delivering to the same mailbox.
    const mails = (await app.mails({ to: 'privacy@rgo.example' })).slice(before).filter((mail) => mail.subject.includes(reference));
    expect(mails.map((mail) => mail.subject)).toEqual([`Nieuw bericht bij privacyverzoek ${reference}`]);
    expect(mails[0]!.text).not.toContain('OPP');

    // The party answers in its own conversation, whatever party the form names.
    const reply = 'Ja, dat van 2025.';
    expect((await post('rgo', `/portaal/verzoeken/${reference}/berichten`, { withPartyId: 'cjg-rijnmond', text: reply })).status).toBe(303);
    const coordinatorPage = await (await get('swv', `/portaal/verzoeken/${reference}`)).text();
    expect(coordinatorPage).toContain(reply);
    expect(await (await get('cjg', `/portaal/verzoeken/${reference}`)).text()).not.toContain(reply);
    expect(coordinatorPage).toContain('heeft een bericht geplaatst voor het aanspreekpunt.');
    const notes = (await itemsOf(reference)).filter((item) => String(item.SK).startsWith('NOTE#'));
    expect(notes.map((note) => [note.fromPartyId, note.withPartyId])).toEqual([
      ['swv-go', 'rgo'],
      ['rgo', 'rgo'],
    ]);
    // The audit trail records that a note was placed, never what it says.
    const audit = (await itemsOf(reference)).filter((item) => item.action === 'bericht-geplaatst');
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('OPP');
  });

  it('shows an empty note again with the error at the field, storing nothing', async () => {
    const { reference } = await routed();
    const response = await post('swv', `/portaal/verzoeken/${reference}/berichten`, { withPartyId: 'rgo', text: '   ' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Schrijf uw bericht.');
    expect((await itemsOf(reference)).filter((item) => String(item.SK).startsWith('NOTE#'))).toEqual([]);
  });
});

describe('"Ik weet het niet": the central contact point chooses the overleg', () => {
  it('offers the choice on the request page, then routes to every party of the overleg at the same deadline, with a mail each', async () => {
    const { reference, deadline } = await routedRequest(app, { casusoverlegId: 'weet-ik-niet', variablePartyId: undefined });
    expect((await itemsOf(reference)).filter((item) => String(item.SK).startsWith('TASK#')).map((item) => item.SK)).toEqual(['TASK#swv-go']);
    const page = await (await get('swv', `/portaal/verzoeken/${reference}`)).text();
    expect(page).toContain('Overleg kiezen');
    expect(page).toContain('Nog te kiezen (de aanvrager wist het niet)');
    expect(page).toContain('<option value="go-thuiszitterstafel/rgo">');
    // Nobody answers before the overleg is chosen.
    expect(page).not.toContain('name="inzage.outcome"');

    const incomplete = await post('swv', `/portaal/verzoeken/${reference}/overleg`, { version: String((await request(reference)).version), choice: '' });
    expect(incomplete.status).toBe(400);
    expect(await incomplete.text()).toContain('Kies het overleg en de organisatie waar het verzoek naartoe gaat.');

    const assigned = await post('swv', `/portaal/verzoeken/${reference}/overleg`, {
      version: String((await request(reference)).version),
      choice: 'go-thuiszitterstafel/rgo',
    });
    expect(assigned.status).toBe(303);
    expect(assigned.headers.get('location')).toBe('/portaal?gelukt=toegewezen');
    const stored = await request(reference);
    expect([stored.casusoverlegId, stored.variablePartyId, stored.toAssign, stored.deadline]).toEqual(['go-thuiszitterstafel', 'rgo', undefined, deadline]);
    const tasks = (await itemsOf(reference)).filter((item) => String(item.SK).startsWith('TASK#'));
    expect(tasks.map((item) => [item.SK, item.deadline]).sort()).toEqual(
      [
        ['TASK#cjg-rijnmond', deadline],
        ['TASK#gemeente-goeree-overflakkee', deadline],
        ['TASK#rgo', deadline],
        ['TASK#swv-go', deadline],
      ].sort(),
    );
    expect((await app.mails({ subjectIncludes: `Nieuw privacyverzoek ${reference}` })).map((mail) => mail.to[0]).sort()).toEqual(
      ['avg@gemeente-go.example', 'privacy@cjg-rijnmond.example', 'privacy@rgo.example', 'privacy@swv-go.example'].sort(),
    );
    // Now RGO can answer its part, and a second choice is refused.
    expect(await (await get('rgo', `/portaal/verzoeken/${reference}`)).text()).toContain('name="inzage.outcome"');
    const again = await post('swv', `/portaal/verzoeken/${reference}/overleg`, { version: String(stored.version), choice: 'go-vot/kibeo' });
    expect(again.status).toBe(400);
  });
});

describe('a gemachtigde as requester', () => {
  it('shows the coordinator whom the gemachtigde acts for, and accepts as identity check only the machtiging', async () => {
    const { reference } = await routedRequest(app, {
      requester: {
        role: 'gemachtigde',
        name: 'Anouk Bakker',
        email: `gemachtigde-${Date.now()}@voorbeeld.nl`,
        actingFor: { role: 'ouder', name: 'Marco de Vries', kind: 'advocaat' },
      },
    });
    const page = await (await get('swv', `/portaal/verzoeken/${reference}`)).text();
    expect(page).toContain('Anouk Bakker (advocaat namens Marco de Vries, een ouder met gezag)');
    const identity = async (method: string) =>
      post('swv', `/portaal/verzoeken/${reference}/identiteit`, {
        version: String((await request(reference)).version),
        method,
        checkedDay: '1',
        checkedMonth: '1',
        checkedYear: '2026',
      });
    const atDesk = await identity('balie');
    expect(atDesk.status).toBe(400);
    expect(await atDesk.text()).toContain('De aanvrager is een gemachtigde. Controleer de machtiging');
    expect((await request(reference)).identityCheck).toBeUndefined();
    expect((await identity('machtiging')).status).toBe(303);
    expect((await request(reference)).identityCheck).toMatchObject({ method: 'machtiging' });
  });
});

describe('asking together, as the portal shows it', () => {
  it('names the co-requester on the request page, whether they joined, and their address only to who may contact the requester', async () => {
    const youth = `jongere-portaal-${Date.now()}@voorbeeld.nl`;
    const { reference } = await routedRequest(app, { coRequester: { role: 'jongere', name: 'Sem de Vries', email: youth } });
    const forCoordinator = await (await get('swv', `/portaal/verzoeken/${reference}`)).text();
    expect(forCoordinator).toContain('Vraagt samen met');
    expect(forCoordinator).toContain('Sem de Vries (de jongere zelf), heeft de link om mee te doen nog niet gebruikt');
    expect(forCoordinator).toContain(youth);
    const forParty = await (await get('rgo', `/portaal/verzoeken/${reference}`)).text();
    expect(forParty).toContain('Vraagt samen met');
    expect(forParty).not.toContain(youth);
  });
});
