import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm, signIn } from '#test-support/portal-session';
import { INZAGE_STATEMENTS, inzageStatementFields } from '#test-support/inzage-answer';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';

/**
 * The portal through the real local server, real cognito-local sign-in (password + TOTP),
 * DynamoDB Local and the SES emulator.
 */
let app: TestApp;
const sessions: Record<string, { cookie: string; csrf: string }> = {};
const users = {
  coordinator: 'swv-go.contact@portaal.example',
  routed: 'cjg-rijnmond.contact@portaal.example',
  school: 'rgo.contact@portaal.example',
  gemeente: 'gemeente-goeree-overflakkee.contact@portaal.example',
  other: 'kibeo.contact@portaal.example',
  fg: 'swv-go.fg@portaal.example',
} as const;
type Who = keyof typeof users | 'anonymous';

beforeAll(async () => {
  app = await startTestApp();
  for (const [who, email] of Object.entries(users)) sessions[who] = await signIn(app, email);
}, 120_000);
afterAll(async () => app?.stop());

/** A confirmed, routed request for go-thuiszitterstafel + rgo: swv-go coordinates. */
async function routedRequest(overrides: Record<string, unknown> = {}): Promise<{ reference: string; statusLink: string; email: string }> {
  const body = validRequest(overrides);
  const { body: answer } = await postJson(app, body);
  const [mail] = await app.mails({ to: body.requester.email });
  const link = /https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];
  const statusLink = /https?:\/\/\S+\/verzoek\/status\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];
  await fetch(link, { method: 'POST' });
  return { reference: answer.reference, statusLink, email: body.requester.email };
}

function get(path: string, who: Who) {
  return fetch(`${app.baseUrl}${path}`, { redirect: 'manual', headers: who === 'anonymous' ? {} : { cookie: sessions[who]!.cookie } });
}

function post(path: string, who: Who, fields: Record<string, string>) {
  if (who === 'anonymous') return postForm(app, path, fields);
  return postForm(app, path, { csrf: sessions[who]!.csrf, ...fields }, [sessions[who]!.cookie]);
}

async function version(reference: string): Promise<string> {
  const request = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!;
  return String(request.version);
}

async function taskVersion(reference: string, partyId: string): Promise<string> {
  const task = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === `TASK#${partyId}`)!;
  return String(task.version);
}

const validAnswer = (v: string) => ({
  version: v,
  'inzage.outcome': 'verstrekt',
  'inzage.categories': 'verslagen van het overleg',
  'inzage.summary': 'Twee verslagen van het overleg.',
  ...inzageStatementFields(),
  'rectificatie.outcome': 'geen gegevens',
});

const snapshot = async (reference: string) =>
  JSON.stringify(
    (await app.items())
      .filter((item) => item.PK === `REQ#${reference}` && !String(item.SK).startsWith('OUTBOX#'))
      .map((item) => [item.SK, item.version, item.status]),
  );

describe('authorization matrix', () => {
  const pages: Array<[string, Record<Who, number>]> = [
    ['/portaal', { anonymous: 303, other: 200, routed: 200, school: 200, gemeente: 200, coordinator: 200, fg: 200 }],
    ['/portaal/verzoeken', { anonymous: 303, other: 200, routed: 200, school: 200, gemeente: 200, coordinator: 200, fg: 200 }],
    ['/portaal/verzoeken?kenmerk={ref}', { anonymous: 303, other: 400, routed: 303, school: 303, gemeente: 303, coordinator: 303, fg: 303 }],
    ['/portaal/registreren', { anonymous: 303, other: 200, routed: 200, school: 200, gemeente: 200, coordinator: 200, fg: 200 }],
    ['/portaal/verzoeken/{ref}', { anonymous: 303, other: 403, routed: 200, school: 200, gemeente: 200, coordinator: 200, fg: 200 }],
  ];
  it.each(pages)('GET %s', async (path, expected) => {
    const { reference } = await routedRequest();
    for (const [who, status] of Object.entries(expected) as Array<[Who, number]>) {
      const response = await get(path.replace('{ref}', reference), who);
      expect(response.status, `${who} on ${path}`).toBe(status);
      // Signed out: to sign-in; signed in, only the search by reference redirects: to the request itself.
      if (status === 303)
        expect(response.headers.get('location')).toMatch(
          who === 'anonymous' ? /^\/portaal\/inloggen\?terug=%2Fportaal/ : new RegExp(`^/portaal/verzoeken/${reference}$`),
        );
      if (status === 403) expect(await response.text()).not.toContain(reference);
    }
  });

  it("hides whether a request exists: an unknown reference and another party's request answer alike", async () => {
    const { reference } = await routedRequest();
    const unknown = await get('/portaal/verzoeken/AVG-0000-0000', 'other');
    const foreign = await get(`/portaal/verzoeken/${reference}`, 'other');
    expect(unknown.status).toBe(403);
    expect(foreign.status).toBe(403);
    expect(await unknown.text()).toBe((await foreign.text()).replaceAll(reference, 'AVG-0000-0000'));
  });

  type Cell = [string, (reference: string) => Promise<Record<string, string>>, Record<Who, number>];
  const actions: Cell[] = [
    [
      'antwoord',
      async (ref) => validAnswer(await taskVersion(ref, 'cjg-rijnmond')),
      { anonymous: 401, other: 403, fg: 403, routed: 303, school: 400, gemeente: 400, coordinator: 400 },
    ],
    [
      'verlengen',
      async (ref) => ({ version: await version(ref), months: '2', reason: 'Veel organisaties.' }),
      { anonymous: 401, other: 403, fg: 403, routed: 403, school: 403, gemeente: 403, coordinator: 303 },
    ],
    [
      'vraag',
      async (ref) => ({ version: await version(ref), question: 'Kunt u zich legitimeren?' }),
      { anonymous: 401, other: 403, fg: 403, routed: 403, school: 403, gemeente: 403, coordinator: 303 },
    ],
    [
      'besluit',
      async (ref) => ({
        version: await version(ref),
        'inzage.outcome': 'toegewezen',
        'inzage.motivation': 'x',
        'rectificatie.outcome': 'toegewezen',
        'rectificatie.motivation': 'y',
      }),
      { anonymous: 401, other: 403, fg: 403, routed: 403, school: 403, gemeente: 403, coordinator: 400 },
    ],
    [
      'sluiten',
      async (ref) => ({ version: await version(ref) }),
      { anonymous: 401, other: 403, fg: 403, routed: 403, school: 403, gemeente: 403, coordinator: 400 },
    ],
    ['art19', async () => ({ fromPartyId: 'rgo' }), { anonymous: 401, other: 403, fg: 403, routed: 403, school: 403, gemeente: 403, coordinator: 403 }],
  ];
  // "answer" for the non-cjg contacts is 400: the form carries cjg's task version, and their own answer form needs their own fields;
  // what matters is that it is not 401/403. Forbidden cells must change nothing.
  it.each(actions)('POST %s', async (action, fields, expected) => {
    for (const [who, status] of Object.entries(expected) as Array<[Who, number]>) {
      const { reference } = await routedRequest();
      const before = await snapshot(reference);
      const form = await fields(reference);
      const response = await post(
        `/portaal/verzoeken/${reference}/${action}`,
        who,
        who === 'routed' || action !== 'antwoord' ? form : { ...form, 'rectificatie.outcome': '' },
      );
      expect(response.status, `${who} ${action}`).toBe(status);
      if (status === 401 || status === 403) expect(await snapshot(reference), `${who} ${action} changed nothing`).toBe(before);
      if (status === 303) expect(await snapshot(reference)).not.toBe(before);
    }
  });
});

describe('notices after an action', () => {
  it('shows only the known notices: a key from the prototype shows none', async () => {
    const session = await signIn(app, 'rgo.contact@portaal.example');
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const page = await (await fetch(`${app.baseUrl}/portaal?gelukt=${key}`, { headers: { cookie: session.cookie } })).text();
      expect(page, key).not.toContain('role="status"');
    }
    const known = await (await fetch(`${app.baseUrl}/portaal?gelukt=antwoord`, { headers: { cookie: session.cookie } })).text();
    expect(known).toContain('Het antwoord van uw organisatie is opgeslagen.');
  });
});

describe('CSRF', () => {
  it('refuses a state-changing post without a valid token and changes nothing', async () => {
    const { reference } = await routedRequest();
    const before = await snapshot(reference);
    const fields = validAnswer(await taskVersion(reference, 'cjg-rijnmond'));
    const session = sessions.routed!;
    const missing = await postForm(app, `/portaal/verzoeken/${reference}/antwoord`, fields, [session.cookie]);
    const wrong = await postForm(app, `/portaal/verzoeken/${reference}/antwoord`, { ...fields, csrf: sessions.coordinator!.csrf }, [session.cookie]);
    const foreignOrigin = await postForm(app, `/portaal/verzoeken/${reference}/antwoord`, { ...fields, csrf: session.csrf }, [session.cookie], {
      origin: 'https://aanvaller.example',
    });
    for (const response of [missing, wrong, foreignOrigin]) {
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('Het formulier is verlopen of niet geldig');
    }
    expect(await snapshot(reference)).toBe(before);
  });
});

describe('markup typed into free text is shown as text', () => {
  it('escapes script in the form, the answer and the question, in the portal and on the status page', async () => {
    const script = '<script>alert("x")</script>';
    const { reference, statusLink } = await routedRequest({ details: `Alles ${script}`, child: { name: `Kind ${script}`, dateOfBirth: '2013-05-17' } });
    await post(`/portaal/verzoeken/${reference}/antwoord`, 'routed', {
      ...validAnswer(await taskVersion(reference, 'cjg-rijnmond')),
      'inzage.summary': `Samenvatting ${script}`,
    });
    await post(`/portaal/verzoeken/${reference}/vraag`, 'coordinator', { version: await version(reference), question: `Vraag ${script}` });
    const casePage = await (await get(`/portaal/verzoeken/${reference}`, 'coordinator')).text();
    const statusPage = await (await fetch(statusLink)).text();
    for (const page of [casePage, statusPage]) {
      expect(page).not.toContain(script);
      expect(page).not.toMatch(/<script/i);
    }
    expect(casePage).toContain('Alles &lt;script>');
    expect(casePage).toContain('Samenvatting &lt;script>');
    expect(statusPage).toContain('Vraag &lt;script>');
  });
});

describe('two people at once', () => {
  it('keeps both answers when two parties answer at the same moment', async () => {
    const { reference } = await routedRequest();
    const [a, b] = await Promise.all([
      post(`/portaal/verzoeken/${reference}/antwoord`, 'routed', validAnswer(await taskVersion(reference, 'cjg-rijnmond'))),
      post(`/portaal/verzoeken/${reference}/antwoord`, 'school', validAnswer(await taskVersion(reference, 'rgo'))),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    const tasks = (await app.items()).filter((item) => item.PK === `REQ#${reference}` && String(item.SK).startsWith('TASK#'));
    expect(
      tasks
        .filter((task) => task.status === 'answered')
        .map((task) => task.partyId)
        .sort(),
    ).toEqual(['cjg-rijnmond', 'rgo']);
  });

  it('lets one of two simultaneous decisions win and tells the other there was a conflict', async () => {
    const { reference } = await routedRequest();
    for (const [who, party] of [
      ['routed', 'cjg-rijnmond'],
      ['school', 'rgo'],
      ['gemeente', 'gemeente-goeree-overflakkee'],
      ['coordinator', 'swv-go'],
    ] as const) {
      const response = await post(`/portaal/verzoeken/${reference}/antwoord`, who, validAnswer(await taskVersion(reference, party)));
      expect(response.status).toBe(303);
    }
    expect(
      (
        await post(`/portaal/verzoeken/${reference}/identiteit`, 'coordinator', {
          version: await version(reference),
          method: 'balie',
          checkedDay: '1',
          checkedMonth: '1',
          checkedYear: '2026',
        })
      ).status,
    ).toBe(303);
    const v = await version(reference);
    const decision = (motivation: string) => ({
      version: v,
      'inzage.outcome': 'toegewezen',
      'inzage.motivation': motivation,
      'rectificatie.outcome': 'afgewezen',
      'rectificatie.ground': 'avg-12-5',
      'rectificatie.motivation': motivation,
    });
    const [first, second] = await Promise.all([
      post(`/portaal/verzoeken/${reference}/besluit`, 'coordinator', decision('Eerste')),
      post(`/portaal/verzoeken/${reference}/besluit`, 'coordinator', decision('Tweede')),
    ]);
    expect([first.status, second.status].sort()).toEqual([303, 409]);
    const loser = first.status === 409 ? first : second;
    expect(await loser.text()).toContain('Iemand anders heeft dit verzoek net gewijzigd');
    const request = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!;
    expect(request.status).toBe('decided');
    expect((await app.items()).filter((item) => item.PK === `REQ#${reference}` && item.action === 'besluit-verstuurd')).toHaveLength(1);
  });

  it('refuses an answer typed over a newer one by the same party (no lost update)', async () => {
    const { reference } = await routedRequest();
    const stale = await taskVersion(reference, 'cjg-rijnmond');
    expect((await post(`/portaal/verzoeken/${reference}/antwoord`, 'routed', validAnswer(stale))).status).toBe(303);
    const second = await post(`/portaal/verzoeken/${reference}/antwoord`, 'routed', { ...validAnswer(stale), 'inzage.summary': 'Overschreven?' });
    expect(second.status).toBe(409);
    const task = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'TASK#cjg-rijnmond')!;
    expect((task.answers as Array<{ summary: string }>)[0]!.summary).toBe('Twee verslagen van het overleg.');
  });

  it('keeps the art. 15 statements and the copy with the answer, and refuses a provided inzage without a copy in Dutch, storing nothing', async () => {
    const { reference } = await routedRequest();
    const version = await taskVersion(reference, 'cjg-rijnmond');
    const withoutCopy = await post(`/portaal/verzoeken/${reference}/antwoord`, 'routed', { ...validAnswer(version), 'inzage.copy': ' ' });
    expect(withoutCopy.status).toBe(400);
    const page = await withoutCopy.text();
    expect(page).toContain('Geef een kopie van de gegevens');
    expect(page).toContain('href="#antwoord-inzage-copy"');
    expect(await taskVersion(reference, 'cjg-rijnmond')).toBe(version);
    expect((await post(`/portaal/verzoeken/${reference}/antwoord`, 'routed', validAnswer(version))).status).toBe(303);
    const task = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'TASK#cjg-rijnmond')!;
    expect((task.answers as Array<{ details?: unknown }>)[0]!.details).toEqual(INZAGE_STATEMENTS);
  });
});
