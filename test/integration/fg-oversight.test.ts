import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRuntime } from '#adapters/runtime';
import type { Clock } from '#application/ports';
import { CSV_COLUMNS, csvCell } from '#core/fg-oversight';
import { type PlannedRequest, playRequest } from '#infra/local/seed-year';
import { signIn } from '#test-support/portal-session';
import { startTestApp, type TestApp } from '#test-support/local-app';

/** One CSV line's cells: `;` outside quotes separates, `""` inside quotes is one quote. */
function cellsOf(line: string): string[] {
  return [...line.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/g)].map((match) => {
    const cell = match[1]!;
    return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
  });
}

/**
 * The FG's overview, figures and export through the real local server, with a
 * data set played through the real use cases (form and confirmation, or
 * registration; extension; every party's answer; decision; closing), each step
 * with the runtime's clock on its day. The pages are then read as of TODAY.
 * Every expected number below is worked out by hand from the dates in SEED.
 */
const TODAY = '2026-03-16'; // a Monday

const GO = 'goeree-overflakkee';
const thuiszitterstafel = (school: string) => ({ regionId: GO, casusoverlegId: 'go-thuiszitterstafel', variablePartyId: school });
const loket = (school: string) => ({ regionId: GO, casusoverlegId: 'go-loket-onderwijs-jeugdhulp', variablePartyId: school });
const teamSchool = (school: string) => ({ regionId: GO, casusoverlegId: 'go-team-schoolondersteuning', variablePartyId: school });
const vot = (opvang: string) => ({ regionId: GO, casusoverlegId: 'go-vot', variablePartyId: opvang });
const voorschool = (opvang: string) => ({ regionId: GO, casusoverlegId: 'go-loket-voorschool-jeugdhulp', variablePartyId: opvang });

const person = (key: string, dateOfBirth: string): PlannedRequest['person'] => ({
  requesterName: `Ouder Kwikstaart ${key}`,
  email: `kwikstaart-${key.toLowerCase()}@voorbeeld.nl`,
  childName: `Kind Kwikstaart ${key}`,
  dateOfBirth,
  details: `Geheime toelichting ${key}: het gaat over de schorsing.`,
});

type Key = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'M';
/** Deadlines (hand-worked: one month, then the next working day) are in the comments. */
const SEED: Record<Key, Omit<PlannedRequest, 'label' | 'person'>> = {
  // Mon 5 Jan -> Thu 5 Feb. Decided ON the deadline: on time, 31 days.
  A: {
    receivedOn: '2026-01-05',
    overleg: thuiszitterstafel('rgo'),
    types: ['inzage'],
    channel: 'formulier',
    decide: { on: '2026-02-05', onTime: true },
    closeOn: '2026-02-06',
  },
  // Mon 12 Jan -> Thu 12 Feb. Decided the day BEFORE: on time, 30 days. Refused.
  B: {
    receivedOn: '2026-01-12',
    overleg: loket('ibogo'),
    types: ['rectificatie'],
    channel: 'brief',
    decide: { on: '2026-02-11', onTime: true, outcomes: { rectificatie: 'afgewezen' } },
    closeOn: '2026-02-13',
  },
  // Mon 19 Jan -> Thu 19 Feb. Decided the day AFTER: late, 32 days. Two types, verwijdering partly refused. Kidzeiland coordinates.
  C: {
    receivedOn: '2026-01-19',
    overleg: vot('kidzeiland'),
    types: ['inzage', 'verwijdering'],
    channel: 'e-mail',
    decide: { on: '2026-02-20', onTime: false, outcomes: { verwijdering: 'deels toegewezen' } },
    closeOn: '2026-02-23',
  },
  // Mon 26 Jan -> 26 Feb; extended by two months on 10 Feb: 26 Apr is a Sunday, 27 Apr Koningsdag -> Tue 28 Apr. Decided 10 Mar: on time, 43 days.
  D: {
    receivedOn: '2026-01-26',
    overleg: teamSchool('sopogo'),
    types: ['verwijdering'],
    channel: 'telefoon',
    extend: { on: '2026-02-10', months: 2 },
    decide: { on: '2026-03-10', onTime: true },
  },
  // Mon 2 Feb -> 2 Mar; extended by two months on 20 Feb: Sat 2 May -> Mon 4 May. Open, running.
  E: { receivedOn: '2026-02-02', overleg: thuiszitterstafel('kindwijs'), types: ['beperking'], channel: 'formulier', extend: { on: '2026-02-20', months: 2 } },
  // Mon 9 Feb -> Mon 9 Mar. Open: 7 days late today.
  F: { receivedOn: '2026-02-09', overleg: loket('rgo'), types: ['bezwaar'], channel: 'brief' },
  // Mon 16 Feb -> Mon 16 Mar = today. Open, due today: deze week, not late.
  G: { receivedOn: '2026-02-16', overleg: voorschool('kibeo'), types: ['inzage'], channel: 'formulier' },
  // Mon 23 Feb -> Mon 23 Mar. Decided 2 Mar: on time, 7 days. Inzage partly refused.
  H: {
    receivedOn: '2026-02-23',
    overleg: thuiszitterstafel('de-waard'),
    types: ['inzage', 'rectificatie'],
    channel: 'e-mail',
    decide: { on: '2026-03-02', onTime: true, outcomes: { inzage: 'deels toegewezen' } },
  },
  // Mon 2 Mar -> Thu 2 Apr. Open: later.
  I: { receivedOn: '2026-03-02', overleg: thuiszitterstafel('rgo'), types: ['inzage'], channel: 'formulier' },
  // Mon 9 Mar -> Thu 9 Apr; a question to the requester on 12 Mar, unanswered: paused, later.
  J: { receivedOn: '2026-03-09', overleg: loket('sopogo'), types: ['rectificatie'], channel: 'telefoon', pauseOn: '2026-03-12' },
  // Mon 15 Dec 2025 -> Thu 15 Jan; decided 20 Jan (late), refused. Before the period of the figures below.
  K: {
    receivedOn: '2025-12-15',
    overleg: thuiszitterstafel('rgo'),
    types: ['inzage'],
    channel: 'brief',
    decide: { on: '2026-01-20', onTime: false, outcomes: { inzage: 'afgewezen' } },
    closeOn: '2026-01-22',
  },
  // Midden-Gelre, without swv-go: Wed 7 Jan -> Sat 7 Feb -> Mon 9 Feb; decided 20 Feb (late). Were it counted, January would change.
  M: {
    receivedOn: '2026-01-07',
    overleg: { regionId: 'midden-gelre', casusoverlegId: 'mg-thuiszitters-uitwisseling' },
    types: ['inzage'],
    channel: 'formulier',
    decide: { on: '2026-02-20', onTime: false },
  },
};
const DOB: Record<Key, string> = {
  A: '2014-01-11',
  B: '2013-02-12',
  C: '2015-03-13',
  D: '2012-04-14',
  E: '2016-05-15',
  F: '2014-06-16',
  G: '2019-07-17',
  H: '2013-08-18',
  I: '2014-09-19',
  J: '2015-10-20',
  K: '2011-11-21',
  M: '2012-12-22',
};
const KEYS = Object.keys(SEED) as Key[];
const ref: Record<string, string> = {};
const keyOf = (reference: string) => KEYS.find((key) => ref[key] === reference) ?? reference;

let app: TestApp;
let realClock: Clock;
const sessions: Record<string, { cookie: string }> = {};
const users = { fg: 'swv-go.fg@portaal.example', contact: 'swv-go.contact@portaal.example', mgFg: 'rbl-midden-gelre.fg@portaal.example' } as const;
type Who = keyof typeof users | 'anonymous';

beforeAll(async () => {
  app = await startTestApp();
  const runtime = getRuntime();
  realClock = runtime.clock;
  for (const key of KEYS) {
    const record = await playRequest(runtime, { ...SEED[key], label: key, person: person(key, DOB[key]) });
    ref[key] = record.reference;
  }
  runtime.clock = { now: () => new Date(`${TODAY}T11:00:00Z`) };
  for (const [who, email] of Object.entries(users)) sessions[who] = await signIn(app, email);
}, 180_000);
afterAll(async () => {
  if (realClock) getRuntime().clock = realClock;
  await app?.stop();
});

const get = (path: string, who: Who) =>
  fetch(`${app.baseUrl}${path}`, { redirect: 'manual', headers: who === 'anonymous' ? {} : { cookie: sessions[who]!.cookie } });
const page = async (path: string, who: Who = 'fg') => {
  const response = await get(path, who);
  expect(response.status, path).toBe(200);
  return response.text();
};
const refsIn = (html: string) => [...new Set(html.match(/AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/g) ?? [])].map(keyOf);
const section = (html: string, id: string) => new RegExp(`<section[^>]*id="${id}"[\\s\\S]*?</section>`).exec(html)![0];
const listOf = (html: string) => /<table[^>]*id="verzoeken"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
const foundCount = (html: string) => Number(/(\d+) verzoek(?:en)? gevonden/.exec(html)?.[1] ?? (html.includes('Geen verzoeken gevonden') ? 0 : Number.NaN));

async function csv(query: string, who: Who = 'fg') {
  const response = await get(`/portaal/fg/export?${query}`, who);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return {
    response,
    bytes,
    text,
    lines: text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(0, -1),
  };
}

const PERIOD = 'van=2026-01-01&tot=2026-03-31';

// ---------------------------------------------------------------------------

describe('the dashboard', () => {
  it('lists exactly the requests involving swv-go, open ones by days left', async () => {
    const html = await page('/portaal/fg');
    expect(html).toContain('<h1>Overzicht voor de functionaris gegevensbescherming</h1>');
    // F: deadline 9 Mar, 7 days late. G: due today. I (2 Apr), J (9 Apr, paused), E (4 May, extended): later, earliest first.
    expect(refsIn(section(html, 'te-laat'))).toEqual(['F']);
    expect(section(html, 'te-laat')).toContain('7 dagen te laat');
    expect(refsIn(section(html, 'deze-week'))).toEqual(['G']);
    expect(section(html, 'deze-week')).toContain('vandaag');
    expect(refsIn(section(html, 'later'))).toEqual(['I', 'J', 'E']);
    expect(section(html, 'later')).toContain('termijn staat stil');
    expect(refsIn(section(html, 'verlengd'))).toEqual(['E']);
    // The full list, all time, earliest deadline first: open and closed, K included, M never.
    expect(foundCount(html)).toBe(11);
    expect(refsIn(listOf(html))).toEqual(['K', 'A', 'B', 'C', 'F', 'G', 'H', 'I', 'J', 'D', 'E']);
    expect(refsIn(html)).not.toContain('M');
    expect(html).not.toContain(ref.M);
  });

  it('filters, sorts and keeps the query in every sort link', async () => {
    const html = await page('/portaal/fg?status=in_progress&soort=inzage&sorteer=receivedOn&richting=af');
    expect(refsIn(listOf(html))).toEqual(['I', 'G']);
    expect(html).toMatch(
      /<th scope="col" aria-sort="descending"><a class="fg-sort" href="\/portaal\/fg\?status=in_progress&amp;soort=inzage&amp;sorteer=receivedOn#verzoeken">Ontvangen/,
    );
    expect(html).toContain('href="/portaal/fg?status=in_progress&amp;soort=inzage&amp;sorteer=reference#verzoeken"');
    expect(html).toContain('<option value="in_progress" selected>');
    expect(refsIn(listOf(await page('/portaal/fg?verlengd=ja')))).toEqual(['D', 'E']);
    expect(refsIn(listOf(await page('/portaal/fg?overleg=go-vot')))).toEqual(['C']);
    expect(refsIn(listOf(await page('/portaal/fg?status=paused')))).toEqual(['J']);
    expect(refsIn(listOf(await page('/portaal/fg?van=2026-02-01&tot=2026-02-28&sorteer=reference')))).toEqual(
      ['E', 'F', 'G', 'H'].sort((a, b) => (ref[a]! < ref[b]! ? -1 : 1)),
    );
    // Filtering on Midden-Gelre's overleg finds nothing: it is not swv-go's.
    const mg = await page('/portaal/fg?overleg=mg-thuiszitters-uitwisseling');
    expect(foundCount(mg)).toBe(0);
    expect(mg).not.toContain(ref.M);
  });

  it("shows the FG of Midden-Gelre's municipality only its own request", async () => {
    const html = await page('/portaal/fg', 'mgFg');
    expect(refsIn(listOf(html))).toEqual(['M']);
    expect(refsIn(html)).toEqual(['M']);
    const { lines } = await csv('van=2025-01-01&tot=2026-12-31', 'mgFg');
    expect(lines.slice(1).map((line) => keyOf(cellsOf(line)[0]!))).toEqual(['M']);
  });
});

describe('who may see what', () => {
  it('answers 403 for a request that does not involve swv-go, the same as for one that does not exist', async () => {
    const foreign = await get(`/portaal/verzoeken/${ref.M}`, 'fg');
    const unknown = await get('/portaal/verzoeken/AVG-0000-0000', 'fg');
    expect(foreign.status).toBe(403);
    expect(unknown.status).toBe(403);
    const body = await foreign.text();
    expect(body).not.toContain(ref.M);
    expect(body).not.toContain('Kwikstaart');
    expect(body).toBe((await unknown.text()).replaceAll('AVG-0000-0000', ref.M!));
    expect((await get(`/portaal/verzoeken/${ref.A}`, 'fg')).status).toBe(200);
  });

  it('keeps the FG pages from contact persons (403, nothing shown) and from anyone not signed in', async () => {
    for (const path of ['/portaal/fg', '/portaal/fg/cijfers', `/portaal/fg/cijfers?${PERIOD}`, `/portaal/fg/export?${PERIOD}`]) {
      const response = await get(path, 'contact');
      expect(response.status, path).toBe(403);
      expect(response.headers.get('content-type')).toContain('text/html');
      const body = await response.text();
      expect(refsIn(body), path).toEqual([]);
      expect(body).not.toMatch(/kenmerk,ontvangen/);
      const anonymous = await get(path, 'anonymous');
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get('location')).toMatch(/^\/portaal\/inloggen\?terug=/);
    }
  });

  it('never shows a name, date of birth, e-mail address or free text on the FG pages or in the export', async () => {
    const pages = [
      await page('/portaal/fg'),
      await page('/portaal/fg?status=closed'),
      await page(`/portaal/fg/cijfers?${PERIOD}`),
      (await csv('van=2025-01-01&tot=2026-12-31')).text,
    ];
    for (const key of KEYS) {
      const who = person(key, DOB[key]);
      for (const text of pages) {
        for (const personal of [who.requesterName, who.email, who.childName, who.dateOfBirth, who.details, 'Kwikstaart', 'schorsing'])
          expect(text).not.toContain(personal);
      }
    }
  });
});

// ---------------------------------------------------------------------------

type Row = [
  received: number,
  decided: number,
  onTime: number,
  late: number,
  openRunning: number,
  onTimeShare: number | null,
  extended: number,
  refused: number,
  median: number | null,
  p90: number | null,
  copiesReleased: number,
  downloads: number,
];
/**
 * By hand, for 1 Jan - 31 Mar 2026 as of 16 Mar (K is December, M is not swv-go's):
 * January A B C D: days 31 30 32 43 -> sorted 30 31 32 43: median (rank 2) 31, p90 (rank 4) 43. Late: C. Extended: D. Refused: B, C.
 * February E F G H: decided H (7 days). Late: F (open, deadline 9 Mar). Extended: E. Refused: H (partly).
 * March I J: nothing decided, nothing late.
 * Total: days 7 30 31 32 43: median (rank 3) 31, p90 (rank 5) 43.
 * Per type: inzage A C G H I (days 31 32 7 -> median 31, p90 32; refused H; late C);
 * rectificatie B H J (days 30 7; refused B); verwijdering C D (late C, extended D, refused C);
 * beperking E (extended); bezwaar F (late).
 */
const BY_HAND: Record<string, Row> = {
  'januari 2026': [4, 4, 3, 1, 0, 75, 1, 2, 31, 43, 0, 0],
  'februari 2026': [4, 1, 1, 1, 2, 50, 1, 1, 7, 7, 0, 0],
  'maart 2026': [2, 0, 0, 0, 2, null, 0, 0, null, null, 0, 0],
  'Totaal \\(alle verzoeken\\)': [10, 5, 4, 2, 4, 67, 2, 3, 31, 43, 0, 0],
  Inzage: [5, 3, 2, 1, 2, 67, 0, 1, 31, 32, 0, 0],
  Rectificatie: [3, 2, 2, 0, 1, 100, 0, 1, 7, 30, 0, 0],
  Verwijdering: [2, 2, 1, 1, 0, 50, 1, 1, 32, 43, 0, 0],
  Beperking: [1, 0, 0, 0, 1, null, 1, 0, null, null, 0, 0],
  Bezwaar: [1, 0, 0, 1, 0, 0, 0, 0, null, null, 0, 0],
};

function tableRow(html: string, label: string): Row {
  const row = new RegExp(`<th scope="row">${label}</th>([\\s\\S]*?)</tr>`).exec(html)![1]!;
  return [...row.matchAll(/<td class="fg-num">([\s\S]*?)<\/td>/g)].map((match) => (match[1]!.includes('geen') ? null : Number(match[1]))) as Row;
}

describe('the figures page', () => {
  it('shows the hand-counted numbers per month, in total and per type', async () => {
    const html = await page(`/portaal/fg/cijfers?${PERIOD}`);
    expect(html).toContain('<h1>Cijfers over privacyverzoeken</h1>');
    expect(html).toContain('ontvangen van 1 januari 2026 tot en met 31 maart 2026');
    for (const [label, expected] of Object.entries(BY_HAND)) expect(tableRow(html, label), label).toEqual(expected);
  });

  it('draws the same on-time numbers in the chart as in the table, and says them in words', async () => {
    const html = await page(`/portaal/fg/cijfers?${PERIOD}`);
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).toMatch(/role="img"/);
    expect(svg).toContain(
      'januari 2026: 3 op tijd besloten, 1 te laat besloten, 0 nog open en te laat, 0 nog open binnen de termijn; februari 2026: 1 op tijd besloten, 0 te laat besloten, 1 nog open en te laat, 2 nog open binnen de termijn; maart 2026: 0 op tijd besloten, 0 te laat besloten, 0 nog open en te laat, 2 nog open binnen de termijn. Totaal: 4 op tijd, 2 te laat, 67% op tijd.',
    );
    const values = [...svg.matchAll(/<text class="fg-chart__value"[^>]*>(\d+)<\/text>/g)].map((match) => Number(match[1]));
    // Above each month's bar its total: every request received that month, open ones included.
    const table = ['januari 2026', 'februari 2026', 'maart 2026'].map((month) => tableRow(html, month)[0]);
    expect(values).toEqual(table);
    expect(html).toContain('href="/portaal/fg/export?van=2026-01-01&amp;tot=2026-03-31"');
  });

  it('says at the field when a typed date is no date, instead of silently using another', async () => {
    const response = await get('/portaal/fg/cijfers?van=2026-02-30&tot=2026-03-31', 'fg');
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Vul een bestaande datum in als jjjj-mm-dd, bijvoorbeeld 2026-01-01.');
    expect(html).toContain('href="#periode-van"');
    expect(html).toMatch(/id="periode-van"[^>]*aria-invalid="true"/);
    expect(html).not.toMatch(/id="periode-tot"[^>]*aria-invalid/);
    const overview = await get('/portaal/fg?tot=31-03-2026', 'fg');
    expect(overview.status).toBe(400);
    const overviewHtml = await overview.text();
    expect(overviewHtml).toContain('href="#filter-tot"');
    expect(overviewHtml).toContain('bijvoorbeeld 2026-12-31.');
  });

  it('defaults to the twelve months up to today', async () => {
    const html = await page('/portaal/fg/cijfers');
    expect(html).toContain('ontvangen van 1 maart 2025 tot en met 16 maart 2026');
    // K (December) now counts as well: 11 received, 6 decided, K late and refused.
    expect(tableRow(html, 'december 2025')).toEqual([1, 1, 0, 1, 0, 0, 0, 1, 36, 36, 0, 0]);
    expect(tableRow(html, 'Totaal \\(alle verzoeken\\)')).toEqual([11, 6, 4, 3, 4, 57, 2, 4, 31, 43, 0, 0]);
  });
});

describe('the export', () => {
  it('is a CSV download with the columns in order, a row per request and no personal data', async () => {
    const { response, bytes, lines } = await csv(PERIOD);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="avg-verzoeken-swv-go-2026-01-01-2026-03-31.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe(CSV_COLUMNS.join(';'));
    expect(lines[0]).toBe(
      'kenmerk;ontvangen;uiterste_datum;verlengd;status;besloten;op_tijd;soorten;casusoverleg;partijen;aanspreekpunt;uitkomsten;kanaal;kopie_vrijgegeven;downloads',
    );
    // The rows as the FG reads them: names of the organisations and overleggen, the rights and outcomes in words.
    const directory = getRuntime().config.directory;
    const name = (id: string) => directory.party(id)!.name;
    const names = (ids: string[]) => ids.map(name).join(', ');
    const go = (variable: string) => ['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', variable];
    const overleg = (id: string) => directory.casusoverleg('goeree-overflakkee', id)!.name;
    const label = (type: string) => type[0]!.toUpperCase() + type.slice(1);
    const types = (list: string[]) => list.map(label).join(', ');
    const outcomes = (pairs: Array<[string, string]>) => pairs.map(([type, outcome]) => `${label(type)}: ${outcome}`).join(', ');
    const row = (cells: string[]) => cells.map(csvCell).join(';');
    const expected = [
      row([
        ref.A!,
        '2026-01-05',
        '2026-02-05',
        'nee',
        'Afgesloten',
        '2026-02-05',
        'op tijd',
        types(['inzage']),
        overleg('go-thuiszitterstafel'),
        names(go('rgo')),
        name('swv-go'),
        outcomes([['inzage', 'toegewezen']]),
        'formulier',
        'nee',
        '0',
      ]),
      row([
        ref.B!,
        '2026-01-12',
        '2026-02-12',
        'nee',
        'Afgesloten',
        '2026-02-11',
        'op tijd',
        types(['rectificatie']),
        overleg('go-loket-onderwijs-jeugdhulp'),
        names(go('ibogo')),
        name('swv-go'),
        outcomes([['rectificatie', 'afgewezen']]),
        'brief',
        'nee',
        '0',
      ]),
      row([
        ref.C!,
        '2026-01-19',
        '2026-02-19',
        'nee',
        'Afgesloten',
        '2026-02-20',
        'te laat',
        types(['inzage', 'verwijdering']),
        overleg('go-vot'),
        names(['swv-go', 'cjg-rijnmond', 'gemeente-goeree-overflakkee', 'kidzeiland']),
        name('kidzeiland'),
        outcomes([
          ['inzage', 'toegewezen'],
          ['verwijdering', 'deels toegewezen'],
        ]),
        'e-mail',
        'nee',
        '0',
      ]),
      row([
        ref.D!,
        '2026-01-26',
        '2026-04-28',
        'ja',
        'Besluit verstuurd',
        '2026-03-10',
        'op tijd',
        types(['verwijdering']),
        overleg('go-team-schoolondersteuning'),
        names(['swv-go', 'cjg-rijnmond', 'kwadraad', 'sopogo']),
        name('sopogo'),
        outcomes([['verwijdering', 'toegewezen']]),
        'telefoon',
        'nee',
        '0',
      ]),
      row([
        ref.E!,
        '2026-02-02',
        '2026-05-04',
        'ja',
        'In behandeling',
        '',
        'loopt',
        types(['beperking']),
        overleg('go-thuiszitterstafel'),
        names(go('kindwijs')),
        name('swv-go'),
        outcomes([]),
        'formulier',
        'nee',
        '0',
      ]),
      row([
        ref.F!,
        '2026-02-09',
        '2026-03-09',
        'nee',
        'In behandeling',
        '',
        'te laat',
        types(['bezwaar']),
        overleg('go-loket-onderwijs-jeugdhulp'),
        names(go('rgo')),
        name('swv-go'),
        outcomes([]),
        'brief',
        'nee',
        '0',
      ]),
      row([
        ref.G!,
        '2026-02-16',
        '2026-03-16',
        'nee',
        'In behandeling',
        '',
        'loopt',
        types(['inzage']),
        overleg('go-loket-voorschool-jeugdhulp'),
        names(['swv-go', 'cjg-rijnmond', 'gemeente-goeree-overflakkee', 'kibeo']),
        name('kibeo'),
        outcomes([]),
        'formulier',
        'nee',
        '0',
      ]),
      row([
        ref.H!,
        '2026-02-23',
        '2026-03-23',
        'nee',
        'Besluit verstuurd',
        '2026-03-02',
        'op tijd',
        types(['inzage', 'rectificatie']),
        overleg('go-thuiszitterstafel'),
        names(go('de-waard')),
        name('swv-go'),
        outcomes([
          ['inzage', 'deels toegewezen'],
          ['rectificatie', 'toegewezen'],
        ]),
        'e-mail',
        'nee',
        '0',
      ]),
      row([
        ref.I!,
        '2026-03-02',
        '2026-04-02',
        'nee',
        'In behandeling',
        '',
        'loopt',
        types(['inzage']),
        overleg('go-thuiszitterstafel'),
        names(go('rgo')),
        name('swv-go'),
        outcomes([]),
        'formulier',
        'nee',
        '0',
      ]),
      row([
        ref.J!,
        '2026-03-09',
        '2026-04-09',
        'nee',
        'Wacht op antwoord van de aanvrager',
        '',
        'loopt',
        types(['rectificatie']),
        overleg('go-loket-onderwijs-jeugdhulp'),
        names(go('sopogo')),
        name('swv-go'),
        outcomes([]),
        'telefoon',
        'nee',
        '0',
      ]),
    ];
    expect(lines.slice(1)).toEqual(expected);
  });

  it('never holds a request that does not involve swv-go, whatever the period', async () => {
    const { text, lines } = await csv('van=2000-01-01&tot=2099-12-31');
    expect(text).not.toContain(ref.M);
    expect(lines.slice(1).map((line) => keyOf(cellsOf(line)[0]!))).toEqual(['K', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
  });
});

describe('dashboard, figures and export agree', () => {
  it('count the same requests for the same period', async () => {
    const dashboard = await page(`/portaal/fg?${PERIOD}`);
    const figures = await page(`/portaal/fg/cijfers?${PERIOD}`);
    const { lines } = await csv(PERIOD);
    const rows = lines.slice(1).map((line) => Object.fromEntries(CSV_COLUMNS.map((column, n) => [column, cellsOf(line)[n]!])));
    const [received, decided, onTime, late, openRunning, , extended, refused] = tableRow(figures, 'Totaal \\(alle verzoeken\\)');

    expect(foundCount(dashboard)).toBe(received);
    expect(rows).toHaveLength(received);
    expect(refsIn(listOf(dashboard)).sort()).toEqual(rows.map((row) => keyOf(row.kenmerk!)).sort());
    expect(rows.filter((row) => row.besloten)).toHaveLength(decided);
    expect(rows.filter((row) => row.op_tijd === 'op tijd')).toHaveLength(onTime);
    expect(rows.filter((row) => row.op_tijd === 'te laat')).toHaveLength(late);
    // The chart's third part: what the export lists as still running.
    expect(rows.filter((row) => row.op_tijd !== 'op tijd' && row.op_tijd !== 'te laat')).toHaveLength(openRunning);
    expect(rows.filter((row) => row.verlengd === 'ja')).toHaveLength(extended);
    expect(rows.filter((row) => /: (afgewezen|deels toegewezen)/.test(row.uitkomsten!))).toHaveLength(refused);
    // Open and late in the export = "Te laat" on the dashboard; open extended = "Verlengd".
    const open = rows.filter((row) => row.status === 'In behandeling' || row.status === 'Wacht op antwoord van de aanvrager');
    expect(refsIn(section(dashboard, 'te-laat'))).toEqual(open.filter((row) => row.op_tijd === 'te laat').map((row) => keyOf(row.kenmerk!)));
    expect(refsIn(section(dashboard, 'verlengd'))).toEqual(open.filter((row) => row.verlengd === 'ja').map((row) => keyOf(row.kenmerk!)));
    // The dashboard links to the export of the period it shows.
    expect(dashboard).toContain('href="/portaal/fg/export?van=2026-01-01&amp;tot=2026-03-31"');
  });
});
