import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDate } from '#core/calendar-date';
import { computeDeadline } from '#core/deadline';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.stop());

const confirmLink = (text: string) => /https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(text)?.[0];
const requestItems = async (reference: string) => (await app.items()).filter((item) => item.PK === `REQ#${reference}`);

describe('submitting a request through the JSON API', () => {
  it('stores it unconfirmed with the deadline fixed on the day of receipt, and mails only the requester', async () => {
    const body = validRequest();
    const before = new Date();
    const response = await postJson(app, body);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      reference: expect.stringMatching(/^AVG-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
      status: 'awaiting_confirmation',
      receivedOn: amsterdamDate(before),
      deadline: computeDeadline(before),
    });
    const { reference } = response.body;
    const items = await requestItems(reference);
    expect(items.filter((item) => item.SK === 'REQUEST')).toHaveLength(1);
    expect(items.filter((item) => String(item.SK).startsWith('TASK#'))).toHaveLength(0);

    const mails = await app.mails({ to: body.requester.email });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(reference);
    expect(confirmLink(mails[0]!.text)).toBeDefined();
    // The requester's mail says nothing about the child either.
    expect(mails[0]!.text).not.toContain(body.child.name);
    expect(mails[0]!.text).not.toContain('ADHD');
    expect(await app.mails({ subjectIncludes: `Nieuw privacyverzoek ${reference}` })).toHaveLength(0);
  });

  it('answers in English and makes an English request for Accept-Language: en, and stays Dutch for a language it does not have', async () => {
    const refused = await postJson(app, { ...validRequest(), details: '' }, { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: 'details', message: 'Write down which data it is about.' }]);
    const body = validRequest();
    const created = await postJson(app, body, { 'accept-language': 'en' });
    expect(created.status).toBe(201);
    const [mail] = await app.mails({ to: body.requester.email });
    expect(mail!.subject).toBe(`Confirm your privacy request ${created.body.reference}`);
    expect(mail!.text).toMatch(/https?:\/\/\S+\/en\/verzoek\/bevestigen\//);
    expect((await requestItems(created.body.reference)).find((item) => item.SK === 'REQUEST')!.language).toBe('en');
    const other = await postJson(app, { ...validRequest(), details: '' }, { 'accept-language': 'de-DE, fr;q=0.8' });
    expect(other.body.errors[0].message).toBe('Schrijf op om welke gegevens het gaat.');
  });
});

describe('confirming routes the request to every party of the casusoverleg', () => {
  it('creates one task per party, marks the coordinator, and mails each contact without personal data', async () => {
    const body = validRequest();
    const { body: answer } = await postJson(app, body);
    const [confirmation] = await app.mails({ to: body.requester.email });
    const link = confirmLink(confirmation!.text)!;

    // Opening the link only asks: mail scanners open links too.
    const question = await fetch(link);
    expect(question.status).toBe(200);
    expect(await question.text()).toContain('Ja, bevestig mijn verzoek');
    expect((await requestItems(answer.reference)).filter((item) => String(item.SK).startsWith('TASK#'))).toHaveLength(0);

    const confirmed = await fetch(link, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    const page = await confirmed.text();
    expect(page).toContain('Verzoek bevestigd');
    expect(page).toContain('Stichting Openbaar Voortgezet Onderwijs Goeree-Overflakkee');

    const items = await requestItems(answer.reference);
    const tasks = items.filter((item) => String(item.SK).startsWith('TASK#'));
    expect(tasks.map((task) => [task.partyId, task.coordinator, task.status, task.deadline]).sort()).toEqual(
      [
        ['cjg-rijnmond', false, 'open', answer.deadline],
        ['gemeente-goeree-overflakkee', false, 'open', answer.deadline],
        ['rgo', false, 'open', answer.deadline],
        ['swv-go', true, 'open', answer.deadline],
      ].sort(),
    );
    const request = items.find((item) => item.SK === 'REQUEST')!;
    expect(request.status).toBe('in_progress');
    expect(request.deadline).toBe(answer.deadline);
    expect(request.expiresAt).toBeUndefined();
    expect(items.filter((item) => String(item.SK).startsWith('AUDIT#')).map((event) => event.action)).toEqual(
      expect.arrayContaining(['verzoek-ontvangen', 'e-mailadres-bevestigd', 'doorgestuurd-naar-partijen']),
    );

    const partyMails = await app.mails({ subjectIncludes: `Nieuw privacyverzoek ${answer.reference}` });
    expect(partyMails.map((mail) => mail.to[0]).sort()).toEqual(
      ['avg@gemeente-go.example', 'privacy@cjg-rijnmond.example', 'privacy@rgo.example', 'privacy@swv-go.example'].sort(),
    );
    for (const mail of partyMails) {
      const all = `${mail.subject}\n${mail.text}`;
      expect(all).toContain('Thuiszitterstafel');
      expect(all).toContain('/portaal');
      for (const personal of [
        body.child.name,
        'Sem',
        '2013-05-17',
        '17-05-2013',
        '17 mei 2013',
        body.details,
        'ADHD',
        body.requester.name,
        body.requester.email,
      ]) {
        expect(all).not.toContain(personal);
      }
    }

    // A second confirmation (double click, retried request) routes nothing again.
    const again = await fetch(link, { method: 'POST' });
    expect(await again.text()).toContain('al bevestigd');
    expect((await requestItems(answer.reference)).filter((item) => String(item.SK).startsWith('TASK#'))).toHaveLength(4);
    expect(await app.mails({ subjectIncludes: `Nieuw privacyverzoek ${answer.reference}` })).toHaveLength(4);
  });

  it('routes West-Kennemerland requests to the RBL and the chosen municipality, with the RBL coordinating', async () => {
    const body = validRequest({ regionId: 'west-kennemerland', casusoverlegId: 'wk-leerplicht-rmc', variablePartyId: 'gemeente-velsen' });
    const { body: answer } = await postJson(app, body);
    const [confirmation] = await app.mails({ to: body.requester.email });
    await fetch(confirmLink(confirmation!.text)!, { method: 'POST' });
    const tasks = (await requestItems(answer.reference)).filter((item) => String(item.SK).startsWith('TASK#'));
    expect(tasks.map((task) => `${String(task.partyId)}:${String(task.coordinator)}`).sort()).toEqual(['gemeente-velsen:false', 'rbl-leerplein:true']);
  });

  it('shows a clear page for an unknown confirmation link', async () => {
    const response = await fetch(`${app.baseUrl}/verzoek/bevestigen/onbekend-token`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Deze link werkt niet');
  });
});

describe('invalid input is refused with a Dutch message and leaves nothing stored or sent', () => {
  const base = validRequest();
  const cases: Array<[string, unknown, string]> = [
    ['no types', { ...base, types: [] }, 'types'],
    ['an unknown type', { ...base, types: ['overdracht'] }, 'types.0'],
    ['an unknown region', { ...base, regionId: 'utrecht' }, 'regionId'],
    ['a casusoverleg of another region', { ...base, casusoverlegId: 'wk-leerplicht-rmc' }, 'casusoverlegId'],
    // A missing school board is no error: the central contact point assigns it (test/integration/form-and-outbox.test.ts).
    ['a school board where a child-care organisation belongs', { ...base, casusoverlegId: 'go-vot' }, 'variablePartyId'],
    ['a child-care organisation where a school board belongs', { ...base, variablePartyId: 'kibeo' }, 'variablePartyId'],
    ['an unknown role', { ...base, requester: { ...base.requester, role: 'opa' } }, 'requester.role'],
    ['an invalid e-mail address', { ...base, requester: { ...base.requester, email: 'geen-adres' } }, 'requester.email'],
    ['an invalid phone number', { ...base, requester: { ...base.requester, phone: 'bel me' } }, 'requester.phone'],
    ['no child name', { ...base, child: { ...base.child, name: '   ' } }, 'child.name'],
    ['an impossible date of birth', { ...base, child: { ...base.child, dateOfBirth: '2013-02-30' } }, 'child.dateOfBirth'],
    ['a date of birth in the future', { ...base, child: { ...base.child, dateOfBirth: '2099-01-01' } }, 'child.dateOfBirth'],
    ['a parent of a 17-year-old', { ...base, child: { ...base.child, dateOfBirth: `${new Date().getFullYear() - 17}-01-01` } }, 'requester.role'],
    [
      'a child under 12 submitting alone',
      { ...base, requester: { ...base.requester, role: 'jongere' }, child: { ...base.child, dateOfBirth: `${new Date().getFullYear() - 8}-01-01` } },
      'requester.role',
    ],
    ['empty details', { ...base, details: '' }, 'details'],
    ['an unknown field', { ...base, bsn: '123456782' }, 'bsn'],
    ['an array instead of an object', [base], ''],
  ];

  it.each(cases)('%s', async (_, body, path) => {
    const before = (await app.items()).length;
    const response = await postJson(app, body);
    expect(response.status).toBe(400);
    const error = response.body.errors.find((candidate: { path: string }) => candidate.path === path);
    expect(error, JSON.stringify(response.body)).toBeDefined();
    expect(error.message).toMatch(/[a-z]{3,}/);
    expect(error.message).not.toMatch(/expected|invalid|required/i);
    expect((await app.items()).length).toBe(before);
    expect(await app.mails({ to: base.requester.email })).toHaveLength(0);
  });

  it('refuses malformed JSON with 400', async () => {
    const before = (await app.items()).length;
    const response = await postJson(app, '{"regionId": ');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toContain('geen geldige JSON');
    expect((await app.items()).length).toBe(before);
  });

  it('refuses a body above 32 KB with 413', async () => {
    const before = (await app.items()).length;
    const body = validRequest({ details: 'x'.repeat(33 * 1024) });
    const response = await postJson(app, body);
    expect(response.status).toBe(413);
    expect(response.body.errors[0].message).toMatch(/te groot/);
    expect((await app.items()).length).toBe(before);
    expect(await app.mails({ to: body.requester.email })).toHaveLength(0);
  });
});

describe('the kind of body each route reads', () => {
  it('answers 415 in Dutch to the API posted as text/plain (a request any web page could make), and stores and sends nothing', async () => {
    const body = validRequest();
    const before = (await app.items()).length;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${app.baseUrl}/api/verzoeken`, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) });
      expect(response.status, type).toBe(415);
      expect(response.headers.get('accept-post')).toBe('application/json');
      expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain('application/json');
    }
    const untyped = await fetch(`${app.baseUrl}/api/verzoeken`, { method: 'POST', body: new Blob([JSON.stringify(body)]) });
    expect(untyped.status).toBe(415);
    expect((await app.items()).length).toBe(before);
    expect(await app.mails({ to: body.requester.email })).toHaveLength(0);
  });

  it('takes JSON with a charset parameter', async () => {
    const response = await fetch(`${app.baseUrl}/api/verzoeken`, {
      method: 'POST',
      headers: { 'content-type': 'Application/JSON; charset=utf-8' },
      body: JSON.stringify(validRequest()),
    });
    expect(response.status).toBe(201);
  });

  it('answers a form post of another kind with a Dutch 415 page', async () => {
    const response = await fetch(`${app.baseUrl}/verzoek`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('Deze inhoud kunnen wij niet lezen');
  });
});

describe('Idempotency-Key', () => {
  it('returns the first answer for the same key and creates nothing new', async () => {
    const body = validRequest();
    const key = `key-${Date.now()}`;
    const first = await postJson(app, body, { 'idempotency-key': key });
    const second = await postJson(app, body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const requests = (await app.items()).filter((item) => item.SK === 'REQUEST' && (item.requester as { email: string }).email === body.requester.email);
    expect(requests).toHaveLength(1);
    expect(await app.mails({ to: body.requester.email })).toHaveLength(1);

    const otherKey = await postJson(app, body, { 'idempotency-key': `${key}-other` });
    expect(otherKey.body.reference).not.toBe(first.body.reference);
  });

  it('creates exactly one request when the same key arrives twice at the same moment', async () => {
    const body = validRequest();
    const key = `race-${Date.now()}`;
    const [a, b] = await Promise.all([postJson(app, body, { 'idempotency-key': key }), postJson(app, body, { 'idempotency-key': key })]);
    expect(a.body.reference).toBe(b.body.reference);
    const requests = (await app.items()).filter((item) => item.SK === 'REQUEST' && (item.requester as { email: string }).email === body.requester.email);
    expect(requests).toHaveLength(1);
  });
});
