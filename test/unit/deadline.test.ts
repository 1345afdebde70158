import { describe, expect, it } from 'vitest';
import { longDate } from '#texts/format';
import { computeDeadline, computeExtendedDeadline, deadlineArithmetic, nonWorkingReason, receivedOn } from '#core/deadline';
import { independentWeekday, isWeekend } from './support/calendar';

/** An instant in the middle of the given Amsterdam day (11:00 or 12:00 local). */
const midday = (date: string) => new Date(`${date}T10:00:00Z`);

type Case = {
  what: string;
  received: string;
  monthEnd: string;
  deadline: string;
  weekday: string;
  skipped: Array<[string, string | RegExp]>;
};

/**
 * Expected values worked out by hand from DOMAIN.md ("The one-month deadline,
 * precisely"); the weekday of every deadline is checked against the test's own
 * calendar, never against the code under test.
 */
const CASES: Case[] = [
  { what: '5 March: 5 April', received: '2027-03-05', monthEnd: '2027-04-05', deadline: '2027-04-05', weekday: 'maandag', skipped: [] },
  { what: '31 Jan: 28 Feb (common year)', received: '2025-01-31', monthEnd: '2025-02-28', deadline: '2025-02-28', weekday: 'vrijdag', skipped: [] },
  { what: '31 Jan: 29 Feb (leap year)', received: '2024-01-31', monthEnd: '2024-02-29', deadline: '2024-02-29', weekday: 'donderdag', skipped: [] },
  { what: '30 Jan: 29 Feb (leap year)', received: '2024-01-30', monthEnd: '2024-02-29', deadline: '2024-02-29', weekday: 'donderdag', skipped: [] },
  { what: '29 Jan: 28 Feb (common year)', received: '2025-01-29', monthEnd: '2025-02-28', deadline: '2025-02-28', weekday: 'vrijdag', skipped: [] },
  { what: '30 Mar: 30 Apr', received: '2026-03-30', monthEnd: '2026-04-30', deadline: '2026-04-30', weekday: 'donderdag', skipped: [] },
  { what: '31 Mar: 30 Apr', received: '2026-03-31', monthEnd: '2026-04-30', deadline: '2026-04-30', weekday: 'donderdag', skipped: [] },
  { what: '31 Aug: 30 Sep', received: '2026-08-31', monthEnd: '2026-09-30', deadline: '2026-09-30', weekday: 'woensdag', skipped: [] },
  { what: '31 Dec: 31 Jan of next year', received: '2024-12-31', monthEnd: '2025-01-31', deadline: '2025-01-31', weekday: 'vrijdag', skipped: [] },
  {
    what: '31 Dec: 31 Jan, a Saturday, to Monday',
    received: '2025-12-31',
    monthEnd: '2026-01-31',
    deadline: '2026-02-02',
    weekday: 'maandag',
    skipped: [
      ['2026-01-31', 'zaterdag'],
      ['2026-02-01', 'zondag'],
    ],
  },
  {
    what: 'Saturday to Monday',
    received: '2025-03-05',
    monthEnd: '2025-04-05',
    deadline: '2025-04-07',
    weekday: 'maandag',
    skipped: [
      ['2025-04-05', 'zaterdag'],
      ['2025-04-06', 'zondag'],
    ],
  },
  { what: 'Sunday to Monday', received: '2025-03-27', monthEnd: '2025-04-27', deadline: '2025-04-28', weekday: 'maandag', skipped: [['2025-04-27', 'zondag']] },
  {
    what: 'Nieuwjaarsdag',
    received: '2025-12-01',
    monthEnd: '2026-01-01',
    deadline: '2026-01-02',
    weekday: 'vrijdag',
    skipped: [['2026-01-01', 'Nieuwjaarsdag']],
  },
  {
    what: 'Nieuwjaarsdag on a Saturday',
    received: '2027-12-01',
    monthEnd: '2028-01-01',
    deadline: '2028-01-03',
    weekday: 'maandag',
    skipped: [
      ['2028-01-01', /^(zaterdag|Nieuwjaarsdag)$/],
      ['2028-01-02', 'zondag'],
    ],
  },
  {
    what: 'Goede Vrijdag 2026, weekend and tweede Paasdag',
    received: '2026-03-03',
    monthEnd: '2026-04-03',
    deadline: '2026-04-07',
    weekday: 'dinsdag',
    skipped: [
      ['2026-04-03', 'Goede Vrijdag'],
      ['2026-04-04', 'zaterdag'],
      ['2026-04-05', 'zondag'],
      ['2026-04-06', 'tweede Paasdag'],
    ],
  },
  {
    what: 'Easter Sunday 2026 and tweede Paasdag',
    received: '2026-03-05',
    monthEnd: '2026-04-05',
    deadline: '2026-04-07',
    weekday: 'dinsdag',
    skipped: [
      ['2026-04-05', 'zondag'],
      ['2026-04-06', 'tweede Paasdag'],
    ],
  },
  {
    what: 'Goede Vrijdag 2025',
    received: '2025-03-18',
    monthEnd: '2025-04-18',
    deadline: '2025-04-22',
    weekday: 'dinsdag',
    skipped: [
      ['2025-04-18', 'Goede Vrijdag'],
      ['2025-04-19', 'zaterdag'],
      ['2025-04-20', 'zondag'],
      ['2025-04-21', 'tweede Paasdag'],
    ],
  },
  {
    what: 'tweede Paasdag alone',
    received: '2025-03-21',
    monthEnd: '2025-04-21',
    deadline: '2025-04-22',
    weekday: 'dinsdag',
    skipped: [['2025-04-21', 'tweede Paasdag']],
  },
  {
    what: 'Koningsdag on a Monday',
    received: '2026-03-27',
    monthEnd: '2026-04-27',
    deadline: '2026-04-28',
    weekday: 'dinsdag',
    skipped: [['2026-04-27', 'Koningsdag']],
  },
  {
    what: 'Koningsdag on a Tuesday',
    received: '2027-03-27',
    monthEnd: '2027-04-27',
    deadline: '2027-04-28',
    weekday: 'woensdag',
    skipped: [['2027-04-27', 'Koningsdag']],
  },
  {
    // 27 April 2025 is a Sunday, so Koningsdag is Saturday 26 April: the Monday after is a working day.
    what: 'Koningsdag moved to Saturday 26 April 2025',
    received: '2025-03-26',
    monthEnd: '2025-04-26',
    deadline: '2025-04-28',
    weekday: 'maandag',
    skipped: [
      ['2025-04-26', /^(zaterdag|Koningsdag)$/],
      ['2025-04-27', 'zondag'],
    ],
  },
  {
    what: '5 mei 2026 (not a lustrum year)',
    received: '2026-04-05',
    monthEnd: '2026-05-05',
    deadline: '2026-05-06',
    weekday: 'woensdag',
    skipped: [['2026-05-05', 'Bevrijdingsdag']],
  },
  {
    what: '5 mei 2025 (lustrum year)',
    received: '2025-04-05',
    monthEnd: '2025-05-05',
    deadline: '2025-05-06',
    weekday: 'dinsdag',
    skipped: [['2025-05-05', 'Bevrijdingsdag']],
  },
  {
    what: '5 mei 2027 followed by Hemelvaartsdag',
    received: '2027-04-05',
    monthEnd: '2027-05-05',
    deadline: '2027-05-07',
    weekday: 'vrijdag',
    skipped: [
      ['2027-05-05', 'Bevrijdingsdag'],
      ['2027-05-06', 'Hemelvaartsdag'],
    ],
  },
  {
    what: 'Hemelvaartsdag',
    received: '2026-04-14',
    monthEnd: '2026-05-14',
    deadline: '2026-05-15',
    weekday: 'vrijdag',
    skipped: [['2026-05-14', 'Hemelvaartsdag']],
  },
  {
    what: 'tweede Pinksterdag',
    received: '2026-04-25',
    monthEnd: '2026-05-25',
    deadline: '2026-05-26',
    weekday: 'dinsdag',
    skipped: [['2026-05-25', 'tweede Pinksterdag']],
  },
  {
    what: 'weekend then tweede Pinksterdag',
    received: '2026-04-23',
    monthEnd: '2026-05-23',
    deadline: '2026-05-26',
    weekday: 'dinsdag',
    skipped: [
      ['2026-05-23', 'zaterdag'],
      ['2026-05-24', 'zondag'],
      ['2026-05-25', 'tweede Pinksterdag'],
    ],
  },
  {
    what: 'eerste Kerstdag on a Friday, then the weekend',
    received: '2026-11-25',
    monthEnd: '2026-12-25',
    deadline: '2026-12-28',
    weekday: 'maandag',
    skipped: [
      ['2026-12-25', 'eerste Kerstdag'],
      ['2026-12-26', /^(zaterdag|tweede Kerstdag)$/],
      ['2026-12-27', 'zondag'],
    ],
  },
  {
    what: 'both Kerstdagen on weekdays, then the weekend',
    received: '2025-11-25',
    monthEnd: '2025-12-25',
    deadline: '2025-12-29',
    weekday: 'maandag',
    skipped: [
      ['2025-12-25', 'eerste Kerstdag'],
      ['2025-12-26', 'tweede Kerstdag'],
      ['2025-12-27', 'zaterdag'],
      ['2025-12-28', 'zondag'],
    ],
  },
  {
    what: 'tweede Kerstdag on a Friday',
    received: '2025-11-26',
    monthEnd: '2025-12-26',
    deadline: '2025-12-29',
    weekday: 'maandag',
    skipped: [
      ['2025-12-26', 'tweede Kerstdag'],
      ['2025-12-27', 'zaterdag'],
      ['2025-12-28', 'zondag'],
    ],
  },
  { what: 'received on the spring DST day', received: '2026-03-29', monthEnd: '2026-04-29', deadline: '2026-04-29', weekday: 'woensdag', skipped: [] },
  { what: 'received on the autumn DST day', received: '2026-10-25', monthEnd: '2026-11-25', deadline: '2026-11-25', weekday: 'woensdag', skipped: [] },
  {
    what: 'the issue example: Saturday 5 December 2026',
    received: '2026-12-05',
    monthEnd: '2027-01-05',
    deadline: '2027-01-05',
    weekday: 'dinsdag',
    skipped: [],
  },
];

describe('computeDeadline and deadlineArithmetic: one month, shifted to a working day', () => {
  it.each(CASES)('$what: received $received, due $deadline', ({ received, monthEnd, deadline, weekday, skipped }) => {
    expect(independentWeekday(deadline)).toBe(weekday);
    expect(isWeekend(deadline)).toBe(false);

    expect(computeDeadline(midday(received))).toBe(deadline);

    const arithmetic = deadlineArithmetic({ receivedOn: received, extended: false, pauses: [] });
    expect(arithmetic).toEqual({
      receivedOn: received,
      monthEnd,
      extendedEnd: null,
      pausedDays: 0,
      beforeShift: monthEnd,
      skipped: skipped.map(([date, reason]) => ({ date, reason: typeof reason === 'string' ? reason : expect.stringMatching(reason) })),
      deadline,
    });
    expect(nonWorkingReason(deadline)).toBeNull();
  });

  it('gives the issue example as "uiterlijk dinsdag 5 januari 2027"', () => {
    // any moment of Saturday 5 December 2026 in Amsterdam
    for (const instant of ['2026-12-04T23:00:00Z', '2026-12-05T10:00:00Z', '2026-12-05T22:59:59Z']) {
      const deadline = computeDeadline(new Date(instant));
      expect(deadline).toBe('2027-01-05');
      expect(`uiterlijk ${longDate('nl', deadline)}`).toBe('uiterlijk dinsdag 5 januari 2027');
    }
    // the evening before is still Friday 4 December: due Monday 4 January
    expect(computeDeadline(new Date('2026-12-04T22:59:59Z'))).toBe('2027-01-04');
  });
});

describe('the received date is the Amsterdam calendar date', () => {
  it.each([
    // [instant, received on, deadline]
    // winter, CET (UTC+1)
    ['2025-01-31T22:59:59Z', '2025-01-31', '2025-02-28'],
    ['2025-01-31T23:30:00Z', '2025-02-01', '2025-03-03'], // 1 March 2025 is a Saturday
    ['2026-01-31T22:59:59Z', '2026-01-31', '2026-03-02'], // 28 Feb 2026 is a Saturday
    ['2026-01-31T23:30:00Z', '2026-02-01', '2026-03-02'], // 1 March 2026 is a Sunday
    // summer, CEST (UTC+2)
    ['2026-07-14T21:59:59Z', '2026-07-14', '2026-08-14'],
    ['2026-07-14T22:30:00Z', '2026-07-15', '2026-08-17'], // 15 Aug 2026 is a Saturday
    // spring forward, 29 March 2026
    ['2026-03-28T22:59:59Z', '2026-03-28', '2026-04-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29', '2026-04-29'],
    ['2026-03-29T00:59:59Z', '2026-03-29', '2026-04-29'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '2026-04-29'],
    ['2026-03-29T21:59:59Z', '2026-03-29', '2026-04-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30', '2026-04-30'],
    // fall back, 25 October 2026
    ['2026-10-24T21:59:59Z', '2026-10-24', '2026-11-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25', '2026-11-25'],
    ['2026-10-25T00:59:59Z', '2026-10-25', '2026-11-25'],
    ['2026-10-25T01:00:00Z', '2026-10-25', '2026-11-25'],
    ['2026-10-25T22:59:59Z', '2026-10-25', '2026-11-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26', '2026-11-26'],
  ])('%s is received on %s, due %s', (instant, day, deadline) => {
    expect(receivedOn(new Date(instant))).toBe(day);
    expect(computeDeadline(new Date(instant))).toBe(deadline);
    expect(isWeekend(deadline)).toBe(false);
  });
});

/** The holidays of 2024-2029, written out by hand (Easter from published tables). */
const HOLIDAYS = new Set([
  '2024-01-01',
  '2024-03-29',
  '2024-04-01',
  '2024-04-27',
  '2024-05-05',
  '2024-05-09',
  '2024-05-20',
  '2024-12-25',
  '2024-12-26',
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-04-26',
  '2025-05-05',
  '2025-05-29',
  '2025-06-09',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-04-27',
  '2026-05-05',
  '2026-05-14',
  '2026-05-25',
  '2026-12-25',
  '2026-12-26',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-04-27',
  '2027-05-05',
  '2027-05-06',
  '2027-05-17',
  '2027-12-25',
  '2027-12-26',
  '2028-01-01',
  '2028-04-14',
  '2028-04-17',
  '2028-04-27',
  '2028-05-05',
  '2028-05-25',
  '2028-06-05',
  '2028-12-25',
  '2028-12-26',
  '2029-01-01',
]);

const iso = (date: Date) => date.toISOString().slice(0, 10);
/** One month later the plain way: same day or the last day of the next month. */
const oneMonthLater = (date: Date) => {
  const lastOfNext = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 2, 0));
  return new Date(Date.UTC(lastOfNext.getUTCFullYear(), lastOfNext.getUTCMonth(), Math.min(date.getUTCDate(), lastOfNext.getUTCDate())));
};

describe('every day received in 2024-2028', () => {
  it('is due on the first working day on or after one month later, and every day skipped is a weekend or holiday', () => {
    let checked = 0;
    for (let day = new Date(Date.UTC(2024, 0, 1)); day.getUTCFullYear() < 2029; day = new Date(day.getTime() + 86_400_000)) {
      const received = iso(day);
      const monthEnd = iso(oneMonthLater(day));
      const result = deadlineArithmetic({ receivedOn: received, extended: false, pauses: [] });
      expect(result.monthEnd, received).toBe(monthEnd);
      const deadline = result.deadline!;
      expect(deadline >= monthEnd, received).toBe(true);
      expect(isWeekend(deadline) || HOLIDAYS.has(deadline), `${received} due ${deadline}`).toBe(false);
      const between: string[] = [];
      for (let d = new Date(`${monthEnd}T00:00:00Z`); iso(d) < deadline; d = new Date(d.getTime() + 86_400_000)) between.push(iso(d));
      for (const skippedDay of between) expect(isWeekend(skippedDay) || HOLIDAYS.has(skippedDay), `${received}: ${skippedDay}`).toBe(true);
      expect(result.skipped.map((entry) => entry.date)).toEqual(between);
      expect(computeDeadline(new Date(`${received}T11:00:00Z`))).toBe(deadline);
      checked++;
    }
    expect(checked).toBe(366 + 365 + 365 + 365 + 366);
  });
});

describe('designated days (royal decree, Algemene termijnenwet art. 3 lid 3)', () => {
  it('skips a designated day like a holiday', () => {
    expect(computeDeadline(midday('2026-03-10'))).toBe('2026-04-10');
    expect(computeDeadline(midday('2026-03-10'), ['2026-04-10'])).toBe('2026-04-13');
    const arithmetic = deadlineArithmetic({ receivedOn: '2026-03-10', extended: false, pauses: [] }, ['2026-04-10']);
    expect(arithmetic.skipped).toEqual([
      { date: '2026-04-10', reason: 'bij koninklijk besluit aangewezen dag' },
      { date: '2026-04-11', reason: 'zaterdag' },
      { date: '2026-04-12', reason: 'zondag' },
    ]);
    expect(arithmetic.deadline).toBe('2026-04-13');
  });

  it('extends a chain of weekend days', () => {
    expect(computeDeadline(midday('2025-03-05'), ['2025-04-07'])).toBe('2025-04-08');
    expect(computeDeadline(midday('2025-03-05'), ['2025-04-07', '2025-04-08'])).toBe('2025-04-09');
  });

  it('has no effect on other dates', () => {
    expect(computeDeadline(midday('2026-03-10'), ['2026-04-09', '2026-04-14', '2027-04-10'])).toBe('2026-04-10');
  });

  it('also applies to the extended deadline', () => {
    expect(computeExtendedDeadline('2025-01-31')).toBe('2025-04-28');
    expect(computeExtendedDeadline('2025-01-31', ['2025-04-28'])).toBe('2025-04-29');
  });
});

describe('extension: two months added to the original unshifted end, then shifted', () => {
  it('received 31 January 2025: 28 Feb plus two months is Monday 28 April (not 30 April)', () => {
    expect(independentWeekday('2025-04-28')).toBe('maandag');
    expect(computeExtendedDeadline('2025-01-31')).toBe('2025-04-28');
    expect(deadlineArithmetic({ receivedOn: '2025-01-31', extended: true, pauses: [] })).toEqual({
      receivedOn: '2025-01-31',
      monthEnd: '2025-02-28',
      extendedEnd: '2025-04-28',
      pausedDays: 0,
      beforeShift: '2025-04-28',
      skipped: [],
      deadline: '2025-04-28',
    });
  });

  it('counts from the unshifted end, not the shifted one', () => {
    // 31 Jan 2026 is a Saturday (original deadline Monday 2 Feb); the extension runs from 31 Jan.
    const arithmetic = deadlineArithmetic({ receivedOn: '2025-12-31', extended: true, pauses: [] });
    expect(arithmetic.monthEnd).toBe('2026-01-31');
    expect(arithmetic.extendedEnd).toBe('2026-03-31');
    expect(independentWeekday('2026-03-31')).toBe('dinsdag');
    expect(arithmetic.deadline).toBe('2026-03-31');
  });

  it.each([
    // [received, monthEnd, extendedEnd, deadline]
    ['2026-01-27', '2026-02-27', '2026-04-27', '2026-04-28'], // Koningsdag
    ['2025-11-30', '2025-12-30', '2026-02-28', '2026-03-02'], // clamped to 28 Feb, a Saturday
    ['2026-01-03', '2026-02-03', '2026-04-03', '2026-04-07'], // Goede Vrijdag, weekend, tweede Paasdag
    ['2026-12-05', '2027-01-05', '2027-03-05', '2027-03-05'], // a Friday
  ])('received %s: month end %s, extended end %s, due %s', (received, monthEnd, extendedEnd, deadline) => {
    expect(isWeekend(deadline)).toBe(false);
    const arithmetic = deadlineArithmetic({ receivedOn: received, extended: true, pauses: [] });
    expect(arithmetic.monthEnd).toBe(monthEnd);
    expect(arithmetic.extendedEnd).toBe(extendedEnd);
    expect(arithmetic.beforeShift).toBe(extendedEnd);
    expect(arithmetic.deadline).toBe(deadline);
    expect(computeExtendedDeadline(received)).toBe(deadline);
  });
});

describe('pauses: the deadline moves by the days paused, then is shifted', () => {
  it('moves by the days between start and end of the pause', () => {
    expect(deadlineArithmetic({ receivedOn: '2027-03-05', extended: false, pauses: [{ startedOn: '2027-03-10', endedOn: '2027-03-17' }] })).toEqual({
      receivedOn: '2027-03-05',
      monthEnd: '2027-04-05',
      extendedEnd: null,
      pausedDays: 7,
      beforeShift: '2027-04-12',
      skipped: [],
      deadline: '2027-04-12',
    });
    expect(independentWeekday('2027-04-12')).toBe('maandag');
  });

  it('shifts the paused deadline past weekends and holidays', () => {
    const arithmetic = deadlineArithmetic({
      receivedOn: '2026-03-03',
      extended: false,
      pauses: [{ startedOn: '2026-03-10', endedOn: '2026-03-12' }],
    });
    expect(arithmetic.monthEnd).toBe('2026-04-03');
    expect(arithmetic.pausedDays).toBe(2);
    expect(arithmetic.beforeShift).toBe('2026-04-05');
    expect(arithmetic.skipped).toEqual([
      { date: '2026-04-05', reason: 'zondag' },
      { date: '2026-04-06', reason: 'tweede Paasdag' },
    ]);
    expect(arithmetic.deadline).toBe('2026-04-07');
  });

  it('adds up several pauses, in any order', () => {
    const pauses = [
      { startedOn: '2026-03-10', endedOn: '2026-03-12' },
      { startedOn: '2026-03-20', endedOn: '2026-03-25' },
    ];
    const forward = deadlineArithmetic({ receivedOn: '2026-03-03', extended: false, pauses });
    expect(forward.pausedDays).toBe(7);
    expect(forward.beforeShift).toBe('2026-04-10');
    expect(forward.deadline).toBe('2026-04-10');
    expect(independentWeekday('2026-04-10')).toBe('vrijdag');
    expect(deadlineArithmetic({ receivedOn: '2026-03-03', extended: false, pauses: [...pauses].reverse() }).deadline).toBe('2026-04-10');
  });

  it('counts calendar days across a month end and a daylight-saving change', () => {
    const acrossFebruary = deadlineArithmetic({ receivedOn: '2025-02-10', extended: false, pauses: [{ startedOn: '2025-02-25', endedOn: '2025-03-04' }] });
    expect(acrossFebruary.pausedDays).toBe(7);
    expect(acrossFebruary.deadline).toBe('2025-03-17');
    const acrossDst = deadlineArithmetic({ receivedOn: '2026-03-16', extended: false, pauses: [{ startedOn: '2026-03-28', endedOn: '2026-03-30' }] });
    expect(acrossDst.pausedDays).toBe(2);
    expect(acrossDst.beforeShift).toBe('2026-04-18');
    expect(independentWeekday('2026-04-18')).toBe('zaterdag');
    expect(acrossDst.deadline).toBe('2026-04-20');
  });

  it('does not move for a pause answered on the day it started', () => {
    const arithmetic = deadlineArithmetic({ receivedOn: '2027-03-05', extended: false, pauses: [{ startedOn: '2027-03-10', endedOn: '2027-03-10' }] });
    expect(arithmetic.pausedDays).toBe(0);
    expect(arithmetic.deadline).toBe('2027-04-05');
  });

  it('has no deadline while a pause is open (the clock is stopped)', () => {
    const open = deadlineArithmetic({ receivedOn: '2026-03-03', extended: false, pauses: [{ startedOn: '2026-03-10' }] });
    expect(open.deadline).toBeNull();
    expect(open.monthEnd).toBe('2026-04-03');
    expect(open.pausedDays).toBe(0);

    const closedThenOpen = deadlineArithmetic({
      receivedOn: '2026-03-03',
      extended: false,
      pauses: [{ startedOn: '2026-03-10', endedOn: '2026-03-12' }, { startedOn: '2026-03-20' }],
    });
    expect(closedThenOpen.deadline).toBeNull();
    expect(closedThenOpen.pausedDays).toBe(2);
    expect(closedThenOpen.beforeShift).toBe('2026-04-05');
  });

  it('combines with the extension: pause days are added to the extended end', () => {
    expect(deadlineArithmetic({ receivedOn: '2025-01-31', extended: true, pauses: [{ startedOn: '2025-02-03', endedOn: '2025-02-10' }] })).toEqual({
      receivedOn: '2025-01-31',
      monthEnd: '2025-02-28',
      extendedEnd: '2025-04-28',
      pausedDays: 7,
      beforeShift: '2025-05-05',
      skipped: [{ date: '2025-05-05', reason: 'Bevrijdingsdag' }],
      deadline: '2025-05-06',
    });
  });
});

describe('nonWorkingReason', () => {
  it.each([
    ['2026-01-01', 'Nieuwjaarsdag'],
    ['2026-04-03', 'Goede Vrijdag'],
    ['2026-04-06', 'tweede Paasdag'],
    ['2026-04-27', 'Koningsdag'],
    ['2026-05-05', 'Bevrijdingsdag'],
    ['2026-05-14', 'Hemelvaartsdag'],
    ['2026-05-25', 'tweede Pinksterdag'],
    ['2025-12-25', 'eerste Kerstdag'],
    ['2025-12-26', 'tweede Kerstdag'],
    ['2026-04-04', 'zaterdag'],
    ['2026-04-05', 'zondag'],
  ])('%s is not a working day: %s', (date, reason) => {
    expect(nonWorkingReason(date)).toBe(reason);
  });

  it.each([
    '2026-04-02', // Witte Donderdag
    '2026-04-07',
    '2025-05-01',
    '2026-11-11', // Sint-Maarten, a Wednesday
    '2026-12-31', // Oudejaarsdag, a Thursday
    '2026-09-15', // Prinsjesdag
    '2026-12-24',
    '2027-01-05',
  ])('%s is a working day', (date) => {
    expect(isWeekend(date)).toBe(false);
    expect(nonWorkingReason(date)).toBeNull();
  });

  it('names a designated day', () => {
    expect(nonWorkingReason('2026-04-10', ['2026-04-10'])).toBe('bij koninklijk besluit aangewezen dag');
    expect(nonWorkingReason('2026-04-10', ['2026-04-09'])).toBeNull();
  });
});
