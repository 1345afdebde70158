import { describe, expect, it } from 'vitest';
import {
  computeFigures,
  CSV_COLUMNS,
  csvCell,
  type DashboardQuery,
  type Figures,
  filterSummaries,
  openByUrgency,
  PAGE_SIZE,
  percentile,
  type RequestSummary,
  sortAndPage,
  summarize,
  timeliness,
  toCsv,
  urgency,
} from '#core/fg-oversight';
import { readDashboardQuery } from '#handlers/fg-oversight';
import { dashboardHref, periodForExport, renderFgDashboard } from '#views/fg-dashboard-page';
import { renderFgFigures } from '#views/fg-figures-page';
import { CHILD_NAME, DETAILS, dir, REQUESTER_EMAIL, REQUESTER_NAME, routedRequest } from './support/records';

/**
 * The FG's figures on a small data set whose every number is worked out by
 * hand below (not by the code under test): decisions on, the day before and
 * the day after the deadline, extended, refused and partly refused, open and
 * overdue, open and not overdue, paused, two types on one request, and one
 * request outside the period.
 */
const TODAY = '2026-03-16'; // a Monday

function s(reference: string, fields: Partial<RequestSummary>): RequestSummary {
  return {
    reference,
    status: 'closed',
    receivedOn: '2026-01-01',
    deadline: '2026-02-02',
    extended: false,
    types: ['inzage'],
    regionId: 'goeree-overflakkee',
    casusoverlegId: 'go-thuiszitterstafel',
    partyIds: ['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', 'rgo'],
    coordinatorPartyId: 'swv-go',
    channel: 'formulier',
    decidedOn: null,
    outcomes: [],
    closedOn: null,
    pausedSince: null,
    copyReleased: false,
    downloads: 0,
    ...fields,
  };
}

const SET: RequestSummary[] = [
  // January 2026
  // A: decided ON its deadline: on time, 31 days (5 Jan -> 5 Feb).
  s('AVG-AAAA-0001', {
    receivedOn: '2026-01-05',
    deadline: '2026-02-05',
    decidedOn: '2026-02-05',
    outcomes: [{ type: 'inzage', outcome: 'toegewezen' }],
    closedOn: '2026-02-06',
  }),
  // B: decided the day BEFORE: on time, 30 days (12 Jan -> 11 Feb); refused.
  s('AVG-AAAA-0002', {
    receivedOn: '2026-01-12',
    deadline: '2026-02-12',
    decidedOn: '2026-02-11',
    types: ['rectificatie'],
    outcomes: [{ type: 'rectificatie', outcome: 'afgewezen' }],
  }),
  // C: decided the day AFTER: late, 32 days (19 Jan -> 20 Feb); two types, verwijdering partly refused.
  s('AVG-AAAA-0003', {
    receivedOn: '2026-01-19',
    deadline: '2026-02-19',
    decidedOn: '2026-02-20',
    types: ['inzage', 'verwijdering'],
    outcomes: [
      { type: 'inzage', outcome: 'toegewezen' },
      { type: 'verwijdering', outcome: 'deels toegewezen' },
    ],
  }),
  // D: extended (26 Jan + 3 months = Sunday 26 Apr, Koningsdag Monday 27 Apr -> 28 Apr), decided 10 Mar: on time, 43 days (31 + 12).
  s('AVG-AAAA-0004', {
    status: 'decided',
    receivedOn: '2026-01-26',
    deadline: '2026-04-28',
    extended: true,
    decidedOn: '2026-03-10',
    types: ['verwijdering'],
    outcomes: [{ type: 'verwijdering', outcome: 'toegewezen' }],
  }),
  // February 2026
  // E: extended, open, deadline 4 May: running.
  s('AVG-AAAA-0005', { status: 'in_progress', receivedOn: '2026-02-02', deadline: '2026-05-04', extended: true, types: ['beperking'] }),
  // F: open, deadline 9 Mar has passed: late.
  s('AVG-AAAA-0006', { status: 'in_progress', receivedOn: '2026-02-09', deadline: '2026-03-09', types: ['bezwaar'] }),
  // G: open, deadline today: running, not late.
  s('AVG-AAAA-0007', { status: 'in_progress', receivedOn: '2026-02-16', deadline: '2026-03-16' }),
  // H: decided early: on time, 7 days (23 Feb -> 2 Mar); inzage partly refused, rectificatie granted.
  s('AVG-AAAA-0008', {
    status: 'decided',
    receivedOn: '2026-02-23',
    deadline: '2026-03-23',
    decidedOn: '2026-03-02',
    types: ['inzage', 'rectificatie'],
    outcomes: [
      { type: 'inzage', outcome: 'deels toegewezen' },
      { type: 'rectificatie', outcome: 'toegewezen' },
    ],
  }),
  // March 2026
  // I: open, deadline 2 Apr: running.
  s('AVG-AAAA-0009', { status: 'in_progress', receivedOn: '2026-03-02', deadline: '2026-04-02' }),
  // J: paused, deadline 9 Apr: running.
  s('AVG-AAAA-0010', { status: 'paused', receivedOn: '2026-03-09', deadline: '2026-04-09', types: ['rectificatie'] }),
  // Outside the period: December 2025, decided late and refused. Must not count anywhere.
  s('AVG-AAAA-0011', { receivedOn: '2025-12-15', deadline: '2026-01-15', decidedOn: '2026-01-20', outcomes: [{ type: 'inzage', outcome: 'afgewezen' }] }),
];

const PERIOD = { from: '2026-01-01', to: '2026-03-31' };

type Numbers = Omit<Figures, 'month' | 'type' | 'lateDecided' | 'openLate' | 'openRunning' | 'onTimeShare'>;
const n = (
  received: number,
  decided: number,
  onTime: number,
  late: number,
  extended: number,
  refused: number,
  medianDays: number | null,
  p90Days: number | null,
): Numbers => ({
  received,
  decided,
  onTime,
  late,
  extended,
  refused,
  medianDays,
  p90Days,
  copiesReleased: 0,
  downloads: 0,
});

/**
 * Worked out by hand from SET (see the comments there):
 * January A B C D: days 31 30 32 43 -> sorted 30 31 32 43; median rank ceil(0.5*4)=2 -> 31; p90 rank ceil(0.9*4)=4 -> 43.
 * February E F G H: decided H only (7 days); late F (open, overdue); extended E; refused H.
 * March I J: nothing decided, nothing late.
 * Total: days 7 30 31 32 43; median rank 3 -> 31; p90 rank ceil(4.5)=5 -> 43.
 */
const EXPECTED: Record<string, Partial<Record<Figures['type'], Numbers>>> = {
  '2026-01': {
    alle: n(4, 4, 3, 1, 1, 2, 31, 43),
    inzage: n(2, 2, 1, 1, 0, 0, 31, 32), // A C: days 31 32
    rectificatie: n(1, 1, 1, 0, 0, 1, 30, 30), // B
    verwijdering: n(2, 2, 1, 1, 1, 1, 32, 43), // C (late, partly refused) D (extended, on time)
    beperking: n(0, 0, 0, 0, 0, 0, null, null),
    bezwaar: n(0, 0, 0, 0, 0, 0, null, null),
  },
  '2026-02': {
    alle: n(4, 1, 1, 1, 1, 1, 7, 7),
    inzage: n(2, 1, 1, 0, 0, 1, 7, 7), // G (open, due today) H (partly refused)
    rectificatie: n(1, 1, 1, 0, 0, 0, 7, 7), // H (granted)
    verwijdering: n(0, 0, 0, 0, 0, 0, null, null),
    beperking: n(1, 0, 0, 0, 1, 0, null, null), // E
    bezwaar: n(1, 0, 0, 1, 0, 0, null, null), // F
  },
  '2026-03': {
    alle: n(2, 0, 0, 0, 0, 0, null, null),
    inzage: n(1, 0, 0, 0, 0, 0, null, null),
    rectificatie: n(1, 0, 0, 0, 0, 0, null, null),
    verwijdering: n(0, 0, 0, 0, 0, 0, null, null),
    beperking: n(0, 0, 0, 0, 0, 0, null, null),
    bezwaar: n(0, 0, 0, 0, 0, 0, null, null),
  },
  totaal: {
    alle: n(10, 5, 4, 2, 2, 3, 31, 43),
    inzage: n(5, 3, 2, 1, 0, 1, 31, 32), // A C G H I: days 31 32 7 -> 7 31 32; median rank 2 -> 31; p90 rank 3 -> 32
    rectificatie: n(3, 2, 2, 0, 0, 1, 7, 30), // B H J: days 30 7 -> 7 30; median rank 1 -> 7; p90 rank 2 -> 30
    verwijdering: n(2, 2, 1, 1, 1, 1, 32, 43),
    beperking: n(1, 0, 0, 0, 1, 0, null, null),
    bezwaar: n(1, 0, 0, 1, 0, 0, null, null),
  },
};

describe('computeFigures on a hand-counted set', () => {
  const figures = computeFigures(SET, PERIOD, TODAY);

  it('has a row per month of the period and the total, each for all requests and for every type, in that order', () => {
    expect(figures.map((row) => `${row.month}/${row.type}`)).toEqual(
      ['2026-01', '2026-02', '2026-03', 'totaal'].flatMap((month) =>
        ['alle', 'inzage', 'rectificatie', 'verwijdering', 'beperking', 'bezwaar'].map((type) => `${month}/${type}`),
      ),
    );
  });

  for (const [month, types] of Object.entries(EXPECTED)) {
    for (const [type, numbers] of Object.entries(types)) {
      it(`${month} ${type}`, () => {
        const { month: _month, type: _type, ...row } = figures.find((candidate) => candidate.month === month && candidate.type === type)!;
        expect(row).toMatchObject(numbers);
        // Every request is in exactly one part of the chart's bar: on time, decided late, open and late, open within the term.
        expect(row.lateDecided + row.openLate).toBe(row.late);
        expect(row.onTime + row.late + row.openRunning).toBe(row.received);
        expect(row.lateDecided).toBe(row.decided - row.onTime);
        expect(row.onTimeShare).toBe(row.onTime + row.late === 0 ? null : Math.round((100 * row.onTime) / (row.onTime + row.late)));
      });
    }
  }

  it('counts a request decided on its deadline and the day before as on time, the day after as late', () => {
    const [a, b, c] = SET;
    expect([timeliness(a!, TODAY), timeliness(b!, TODAY), timeliness(c!, TODAY)]).toEqual(['op tijd', 'op tijd', 'te laat']);
  });

  it('counts an open request as late only once its deadline has passed (not on the deadline itself)', () => {
    const open = s('AVG-OPEN-0001', { status: 'in_progress', receivedOn: '2026-02-16', deadline: '2026-03-16' });
    expect(timeliness(open, '2026-03-16')).toBe('loopt');
    expect(timeliness(open, '2026-03-17')).toBe('te laat');
  });

  it('leaves a request received outside the period out of every number', () => {
    const withoutOutsider = computeFigures(SET.slice(0, 10), PERIOD, TODAY);
    expect(withoutOutsider).toEqual(figures);
  });

  it('gives a month without requests zeros and no median', () => {
    const [row] = computeFigures([], { from: '2026-05-01', to: '2026-05-31' }, TODAY);
    expect(row).toEqual({ month: '2026-05', type: 'alle', ...n(0, 0, 0, 0, 0, 0, null, null), lateDecided: 0, openLate: 0, openRunning: 0, onTimeShare: null });
  });

  it('shows a month with nine received and one decided as mostly open, not as perfect', () => {
    const nine = Array.from({ length: 9 }, (_, k) =>
      s(
        `AVG-NINE-000${k}`,
        k === 0
          ? { receivedOn: '2026-03-02', deadline: '2026-04-02', decidedOn: '2026-03-20' }
          : { status: 'in_progress', receivedOn: '2026-03-02', deadline: '2026-04-02' },
      ),
    );
    const [row] = computeFigures(nine, { from: '2026-03-01', to: '2026-03-31' }, '2026-03-25');
    expect(row).toMatchObject({ received: 9, decided: 1, onTime: 1, late: 0, openRunning: 8, onTimeShare: 100 });
    const [later] = computeFigures(nine, { from: '2026-03-01', to: '2026-03-31' }, '2026-04-03');
    // Once the deadline passed, the eight open ones are late: 1 of 9 on time.
    expect(later).toMatchObject({ onTime: 1, late: 8, openLate: 8, openRunning: 0, onTimeShare: 11 });
  });
});

describe('percentile (nearest rank)', () => {
  it('is null without values', () => expect(percentile([], 50)).toBeNull());
  it('is the one value of one', () => {
    expect(percentile([12], 50)).toBe(12);
    expect(percentile([12], 90)).toBe(12);
  });
  it('takes the smallest value with at least p% at or below it', () => {
    const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5]; // unsorted on purpose
    expect(percentile(ten, 50)).toBe(5); // rank ceil(5) = 5
    expect(percentile(ten, 90)).toBe(9); // rank ceil(9) = 9
    expect(percentile(ten, 91)).toBe(10); // rank ceil(9.1) = 10
    expect(percentile(ten, 100)).toBe(10);
    expect(percentile(ten, 0)).toBe(1);
    expect(percentile([30, 31, 32, 43], 50)).toBe(31); // rank 2, not the mean 31.5
    expect(percentile([7, 30, 31, 32, 43], 90)).toBe(43); // rank ceil(4.5) = 5
  });
});

describe('urgency groups', () => {
  const due = (deadline: string, status: RequestSummary['status'] = 'in_progress') => s(`AVG-DUE-${deadline}`, { status, deadline, receivedOn: '2026-02-01' });

  it('puts yesterday in te laat, today up to today + 6 in deze week, today + 7 in later', () => {
    expect(urgency(due('2026-03-15'), TODAY)).toBe('te laat');
    expect(urgency(due('2026-03-16'), TODAY)).toBe('deze week');
    expect(urgency(due('2026-03-22'), TODAY)).toBe('deze week');
    expect(urgency(due('2026-03-23'), TODAY)).toBe('later');
  });

  it('groups only open requests, earliest deadline first', () => {
    const groups = openByUrgency(
      [
        due('2026-03-22'),
        due('2026-03-01'),
        due('2026-03-16'),
        due('2026-03-15'),
        due('2026-04-30'),
        due('2026-03-23'),
        due('2026-03-10', 'decided'),
        due('2026-03-11', 'closed'),
        due('2026-03-12', 'paused'),
      ],
      TODAY,
    );
    expect(groups['te laat'].map((row) => row.deadline)).toEqual(['2026-03-01', '2026-03-12', '2026-03-15']);
    expect(groups['deze week'].map((row) => row.deadline)).toEqual(['2026-03-16', '2026-03-22']);
    expect(groups.later.map((row) => row.deadline)).toEqual(['2026-03-23', '2026-04-30']);
  });
});

describe('filters, sorting and pages', () => {
  const none = { extendedOnly: false };
  const refs = (rows: RequestSummary[]) => rows.map((row) => row.reference.slice(-2));

  it('filters by status, type, casusoverleg, period (inclusive) and extension', () => {
    const inPeriod = SET.slice(0, 10);
    expect(refs(filterSummaries(inPeriod, { ...none, status: 'in_progress' }))).toEqual(['05', '06', '07', '09']);
    expect(refs(filterSummaries(inPeriod, { ...none, type: 'rectificatie' }))).toEqual(['02', '08', '10']);
    expect(refs(filterSummaries([...inPeriod, s('AVG-AAAA-0099', { casusoverlegId: 'go-vot' })], { ...none, casusoverlegId: 'go-vot' }))).toEqual(['99']);
    expect(refs(filterSummaries(inPeriod, { ...none, from: '2026-01-19', to: '2026-02-09' }))).toEqual(['03', '04', '05', '06']);
    expect(refs(filterSummaries(inPeriod, { extendedOnly: true }))).toEqual(['04', '05']);
    expect(refs(filterSummaries(inPeriod, { ...none, status: 'in_progress', type: 'inzage', to: '2026-02-28' }))).toEqual(['07']);
  });

  const query = (fields: Partial<DashboardQuery>): DashboardQuery => ({ sort: 'deadline', descending: false, page: 1, ...fields });

  it('sorts by each key both ways, equal keys by reference', () => {
    const inPeriod = SET.slice(0, 10);
    expect(refs(sortAndPage(inPeriod, query({})).rows)).toEqual(['01', '02', '03', '06', '07', '08', '09', '10', '04', '05']);
    expect(refs(sortAndPage(inPeriod, query({ descending: true })).rows)).toEqual(['05', '04', '10', '09', '08', '07', '06', '03', '02', '01']);
    expect(refs(sortAndPage(inPeriod, query({ sort: 'receivedOn', descending: true })).rows)).toEqual([
      '10',
      '09',
      '08',
      '07',
      '06',
      '05',
      '04',
      '03',
      '02',
      '01',
    ]);
    expect(refs(sortAndPage([...inPeriod].reverse(), query({ sort: 'reference' })).rows)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    // closed < decided < in_progress < paused, then by reference
    expect(refs(sortAndPage(inPeriod, query({ sort: 'status' })).rows)).toEqual(['01', '02', '03', '04', '08', '05', '06', '07', '09', '10']);
    const tie = [s('AVG-TIE-0002', { deadline: '2026-05-01' }), s('AVG-TIE-0001', { deadline: '2026-05-01' })];
    expect(sortAndPage(tie, query({})).rows.map((row) => row.reference)).toEqual(['AVG-TIE-0001', 'AVG-TIE-0002']);
  });

  it(`pages by ${PAGE_SIZE} and keeps the page within range`, () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      s(`AVG-PAGE-${String(i).padStart(4, '0')}`, { deadline: `2026-04-${String((i % 28) + 1).padStart(2, '0')}` }),
    );
    const first = sortAndPage(many, query({ sort: 'reference' }));
    expect([first.page, first.pages, first.total, first.rows.length]).toEqual([1, 3, 60, 25]);
    expect(first.rows[0]!.reference).toBe('AVG-PAGE-0000');
    const last = sortAndPage(many, query({ sort: 'reference', page: 3 }));
    expect([last.page, last.rows.length, last.rows[0]!.reference, last.rows[9]!.reference]).toEqual([3, 10, 'AVG-PAGE-0050', 'AVG-PAGE-0059']);
    expect(sortAndPage(many, query({ page: 99 })).page).toBe(3);
    expect(sortAndPage(many, query({ page: 0 })).page).toBe(1);
    expect(sortAndPage([], query({ page: 2 }))).toEqual({ rows: [], page: 1, pages: 1, total: 0 });
    // Every request exactly once over the pages.
    const seen = [1, 2, 3].flatMap((page) => sortAndPage(many, query({ page })).rows.map((row) => row.reference));
    expect(new Set(seen).size).toBe(60);
  });

  it('keeps every filter, the sort and the page in the dashboard links, and reads them back the same', () => {
    const full: DashboardQuery = {
      status: 'decided',
      type: 'verwijdering',
      casusoverlegId: 'go-vot',
      from: '2026-01-01',
      to: '2026-06-30',
      extendedOnly: true,
      sort: 'receivedOn',
      descending: true,
      page: 2,
    };
    const href = dashboardHref(full);
    expect(href).toBe(
      '/portaal/fg?status=decided&soort=verwijdering&overleg=go-vot&van=2026-01-01&tot=2026-06-30&verlengd=ja&sorteer=receivedOn&richting=af&pagina=2',
    );
    expect(readDashboardQuery(Object.fromEntries(new URL(href, 'http://x').searchParams))).toEqual(full);
    expect(dashboardHref(query({}))).toBe('/portaal/fg');
    expect(readDashboardQuery({})).toEqual({
      ...query({}),
      status: undefined,
      type: undefined,
      casusoverlegId: undefined,
      from: undefined,
      to: undefined,
      extendedOnly: false,
    });
  });

  it('exports the dashboard period, or the twelve months of the figures page without one', () => {
    expect(periodForExport({ from: '2026-02-01', to: '2026-02-28' }, TODAY)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodForExport({}, TODAY)).toEqual({ from: '2025-03-01', to: TODAY });
    expect(periodForExport({ from: '2026-03-01', to: '2026-01-01' }, TODAY)).toEqual({ from: '2026-01-01', to: '2026-03-01' });
  });
});

const SWV = 'Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee';
const GO_PARTIES = `"${SWV}, Gemeente Goeree-Overflakkee, Stichting CJG Rijnmond, Stichting Openbaar Voortgezet Onderwijs Goeree-Overflakkee"`;

describe('CSV export', () => {
  it('has the columns in this order, one line per request, CRLF line ends', () => {
    expect([...CSV_COLUMNS]).toEqual([
      'kenmerk',
      'ontvangen',
      'uiterste_datum',
      'verlengd',
      'status',
      'besloten',
      'op_tijd',
      'soorten',
      'casusoverleg',
      'partijen',
      'aanspreekpunt',
      'uitkomsten',
      'kanaal',
      'kopie_vrijgegeven',
      'downloads',
    ]);
    const csv = toCsv(SET.slice(0, 3), TODAY, dir);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.split('\r\n').slice(0, -1);
    // Semicolons, as Dutch spreadsheet programs read them; names, not ids; lists joined with ", " (quoted, for the commas).
    expect(lines).toEqual([
      'kenmerk;ontvangen;uiterste_datum;verlengd;status;besloten;op_tijd;soorten;casusoverleg;partijen;aanspreekpunt;uitkomsten;kanaal;kopie_vrijgegeven;downloads',
      `AVG-AAAA-0001;2026-01-05;2026-02-05;nee;Afgesloten;2026-02-05;op tijd;Inzage;Thuiszitterstafel;${GO_PARTIES};${SWV};Inzage: toegewezen;formulier;nee;0`,
      `AVG-AAAA-0002;2026-01-12;2026-02-12;nee;Afgesloten;2026-02-11;op tijd;Rectificatie;Thuiszitterstafel;${GO_PARTIES};${SWV};Rectificatie: afgewezen;formulier;nee;0`,
      `AVG-AAAA-0003;2026-01-19;2026-02-19;nee;Afgesloten;2026-02-20;te laat;"Inzage, Verwijdering";Thuiszitterstafel;${GO_PARTIES};${SWV};"Inzage: toegewezen, Verwijdering: deels toegewezen";formulier;nee;0`,
    ]);
  });

  it('marks open requests as running or late, and extended ones', () => {
    const lines = toCsv([SET[4]!, SET[5]!], TODAY, dir).split('\r\n');
    expect(lines[1]).toBe(`AVG-AAAA-0005;2026-02-02;2026-05-04;ja;In behandeling;;loopt;Beperking;Thuiszitterstafel;${GO_PARTIES};${SWV};;formulier;nee;0`);
    expect(lines[2]).toContain(';In behandeling;;te laat;Bezwaar;');
  });

  it('does not count a paused request late while its clock stands still', () => {
    // Paused on 1 March, before its deadline of 5 March; today (16 March) is past that deadline.
    const paused = s('AVG-AAAA-0099', { status: 'paused', receivedOn: '2026-02-05', deadline: '2026-03-05', pausedSince: '2026-03-01' });
    expect(timeliness(paused, TODAY)).toBe('loopt');
    expect(urgency(paused, TODAY)).toBe('deze week');
    // Paused only after the deadline had passed: late it was, late it stays.
    expect(timeliness({ ...paused, pausedSince: '2026-03-10' }, TODAY)).toBe('te laat');
  });

  it('quotes quotes, commas, semicolons and line breaks (RFC 4180)', () => {
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvCell('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('regel\nregel')).toBe('"regel\nregel"');
    expect(csvCell('regel\r\nregel')).toBe('"regel\r\nregel"');
    expect(csvCell('')).toBe('');
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+31612345678')).toBe("'+31612345678");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    // A whole row stays one row of fifteen cells whatever a field holds.
    const hostile = s('=1+1', { channel: 'brief,"\n=cmd', casusoverlegId: '@x' });
    const [, row] = toCsv([hostile], TODAY, dir).split('\r\n');
    expect(row!.startsWith("'=1+1;")).toBe(true);
    expect(row).toContain(`;'@x;`);
    expect(row!.endsWith('"brief,""\n=cmd";nee;0')).toBe(true);
  });

  it("counts the party's released copies and the requester's downloads of its files, per month and in total", () => {
    const set = [
      s('AVG-AAAA-0101', { receivedOn: '2026-01-05', decidedOn: '2026-01-20', copyReleased: true, downloads: 3 }),
      s('AVG-AAAA-0102', { receivedOn: '2026-01-06', decidedOn: '2026-01-21', copyReleased: true, downloads: 0 }),
      s('AVG-AAAA-0103', { receivedOn: '2026-02-02', decidedOn: '2026-02-20', copyReleased: false }),
      s('AVG-AAAA-0104', { receivedOn: '2026-02-03', decidedOn: '2026-02-21', copyReleased: true, downloads: 1 }),
    ];
    const figures = computeFigures(set, PERIOD, TODAY).filter((row) => row.type === 'alle');
    expect(figures.map((row) => [row.month, row.copiesReleased, row.downloads])).toEqual([
      ['2026-01', 2, 3],
      ['2026-02', 1, 1],
      ['2026-03', 0, 0],
      ['totaal', 3, 4],
    ]);
    expect(toCsv(set.slice(0, 1), TODAY, dir).split('\r\n')[1]!.endsWith(';ja;3')).toBe(true);
  });

  it("summarizes a decision's release for the party it released, and for no other", () => {
    const { record } = routedRequest();
    const decided = {
      ...record,
      status: 'decided' as const,
      decision: {
        decidedAt: '2026-03-20T10:00:00.000Z',
        byPartyId: 'swv-go',
        decisions: [],
        text: { paragraphs: [], includesComplaintNotice: false, includesBezwaarNotice: false },
        releasedPartyIds: ['rgo'],
      },
    };
    expect(summarize(decided, { partyId: 'rgo', downloads: 2 })).toMatchObject({ copyReleased: true, downloads: 2 });
    expect(summarize(decided, { partyId: 'cjg-rijnmond', downloads: 0 })).toMatchObject({ copyReleased: false });
  });

  it('holds no personal data: a summary of a real record has no name, date of birth, e-mail address or free text', () => {
    const { record } = routedRequest();
    const summary = summarize(record, { partyId: 'swv-go', downloads: 0 });
    expect(Object.keys(summary).sort()).toEqual(
      [
        'reference',
        'status',
        'receivedOn',
        'deadline',
        'extended',
        'types',
        'regionId',
        'casusoverlegId',
        'partyIds',
        'coordinatorPartyId',
        'channel',
        'decidedOn',
        'outcomes',
        'closedOn',
        'pausedSince',
        'copyReleased',
        'downloads',
      ].sort(),
    );
    const csv = toCsv([summary], TODAY, dir);
    const json = JSON.stringify(summary);
    for (const personal of [REQUESTER_NAME, REQUESTER_EMAIL, CHILD_NAME, record.child.dateOfBirth, DETAILS, record.statusToken]) {
      expect(csv).not.toContain(personal);
      expect(json).not.toContain(personal);
    }
  });
});

describe('the FG pages render the same numbers in the chart and the tables', () => {
  const chrome = {
    csrf: 'c',
    partyName: 'Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee',
    role: 'fg' as const,
  };
  const figures = computeFigures(SET, PERIOD, TODAY);
  const html = renderFgFigures({ chrome, directory: dir, period: PERIOD, figures });

  it('draws the chart as an accessible SVG without script or inline style', () => {
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)![0];
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="fg-chart-title fg-chart-desc"/);
    expect(svg).toContain('<title id="fg-chart-title">');
    expect(svg).toContain(
      // By hand from SET: January A B C on time, D decided late; February H on time, E open past its deadline, F and G open within it; March I and J open.
      '<desc id="fg-chart-desc">januari 2026: 3 op tijd besloten, 1 te laat besloten, 0 nog open en te laat, 0 nog open binnen de termijn; februari 2026: 1 op tijd besloten, 0 te laat besloten, 1 nog open en te laat, 2 nog open binnen de termijn; maart 2026: 0 op tijd besloten, 0 te laat besloten, 0 nog open en te laat, 2 nog open binnen de termijn. Totaal: 4 op tijd, 2 te laat, 67% op tijd.',
    );
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script/i);
    // The number above each month's bar: all its requests, open ones included.
    const labels = [...svg.matchAll(/<text class="fg-chart__value"[^>]*>(\d+)<\/text>/g)].map((match) => Number(match[1]));
    expect(labels).toEqual([4, 4, 2]);
  });

  it('lists per month and in total the hand-counted numbers', () => {
    const rowOf = (label: string) => {
      const row = new RegExp(`<th scope="row">${label}</th>([\\s\\S]*?)</tr>`).exec(html)![1]!;
      return [...row.matchAll(/<td class="fg-num">([\s\S]*?)<\/td>/g)].map((match) => (match[1]!.includes('geen') ? null : Number(match[1])));
    };
    const flat = (numbers: Numbers) => [
      numbers.received,
      numbers.decided,
      numbers.onTime,
      numbers.late,
      // Open within the term, and the share on time: what the hand counts leave.
      numbers.received - numbers.onTime - numbers.late,
      numbers.onTime + numbers.late === 0 ? null : Math.round((100 * numbers.onTime) / (numbers.onTime + numbers.late)),
      numbers.extended,
      numbers.refused,
      numbers.medianDays,
      numbers.p90Days,
      numbers.copiesReleased,
      numbers.downloads,
    ];
    expect(rowOf('januari 2026')).toEqual(flat(EXPECTED['2026-01']!.alle!));
    expect(rowOf('februari 2026')).toEqual(flat(EXPECTED['2026-02']!.alle!));
    expect(rowOf('maart 2026')).toEqual(flat(EXPECTED['2026-03']!.alle!));
    expect(rowOf('Totaal \\(alle verzoeken\\)')).toEqual(flat(EXPECTED.totaal!.alle!));
    expect(rowOf('Verwijdering')).toEqual(flat(EXPECTED.totaal!.verwijdering!));
    for (const heading of [
      'Maand',
      'Ontvangen',
      'Besloten',
      'Op tijd',
      'Te laat',
      'Verlengd',
      'Afgewezen',
      'Mediaan dagen',
      '90e percentiel dagen',
      'Kopie vrijgegeven',
      'Downloads',
    ])
      expect(html).toContain(`>${heading}</th>`);
  });

  it('shows the dashboard groups, the sorted column and the pages', () => {
    const q: DashboardQuery = { sort: 'receivedOn', descending: true, page: 1, extendedOnly: false };
    const inPeriod = SET.slice(0, 10);
    const page = renderFgDashboard({
      chrome,
      directory: dir,
      query: q,
      dashboard: {
        today: TODAY,
        groups: openByUrgency(inPeriod, TODAY),
        extended: inPeriod.filter((row) => row.extended && row.status === 'in_progress'),
        list: sortAndPage(inPeriod, q),
        casusoverlegIds: ['go-thuiszitterstafel'],
      },
    });
    expect(page).toContain('<h1>Overzicht voor de functionaris gegevensbescherming</h1>');
    // F overdue; G due today; E I later; J paused (deadline 9 Apr) later.
    expect(/id="te-laat-titel">Te laat <span[^>]*>\(1\)/.test(page)).toBe(true);
    expect(/id="deze-week-titel">Deze week <span[^>]*>\(1\)/.test(page)).toBe(true);
    expect(/id="later-titel">Later <span[^>]*>\(3\)/.test(page)).toBe(true);
    expect(/id="verlengd-titel">Verlengd <span[^>]*>\(1\)/.test(page)).toBe(true);
    expect(page).toContain('7 dagen te laat');
    expect(page).toMatch(/<th scope="col" aria-sort="descending"><a class="fg-sort" href="\/portaal\/fg\?sorteer=receivedOn#verzoeken">Ontvangen/);
    expect(page).toContain('10 verzoeken gevonden.');
    expect(page).not.toContain('Volgende');
    expect(page).toContain('href="/portaal/fg/export?van=2025-03-01&amp;tot=2026-03-16"');
    expect(page).not.toMatch(/\sstyle=/);
  });
});
