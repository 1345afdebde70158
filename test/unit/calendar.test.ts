import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, amsterdamDate, daysBetween, isIsoDate, weekday } from '#core/calendar-date';
import { longDate } from '#texts/format';
import { independentWeekday } from './support/calendar';

/** Weekdays known from printed calendars, used to check the test's own calendar. */
const KNOWN_WEEKDAYS: Array<[string, string]> = [
  ['1970-01-01', 'donderdag'],
  ['2000-01-01', 'zaterdag'],
  ['2000-02-29', 'dinsdag'],
  ['2024-02-29', 'donderdag'],
  ['2025-01-01', 'woensdag'],
  ['2025-02-28', 'vrijdag'],
  ['2026-04-05', 'zondag'], // Easter Sunday 2026
  ['2026-12-25', 'vrijdag'],
  ['2027-01-05', 'dinsdag'],
  ['2027-05-05', 'woensdag'],
  ['2100-03-01', 'maandag'],
];

describe('the test calendar (support/calendar.ts)', () => {
  it.each(KNOWN_WEEKDAYS)('knows that %s is a %s', (date, day) => {
    expect(independentWeekday(date)).toBe(day);
  });
});

describe('amsterdamDate', () => {
  it.each([
    // winter (CET, UTC+1)
    ['2026-01-31T22:59:59Z', '2026-01-31'],
    ['2026-01-31T23:00:00Z', '2026-02-01'],
    ['2026-01-31T23:30:00Z', '2026-02-01'],
    ['2025-12-31T22:59:59.999Z', '2025-12-31'],
    ['2025-12-31T23:00:00Z', '2026-01-01'],
    // summer (CEST, UTC+2)
    ['2026-07-14T21:59:59Z', '2026-07-14'],
    ['2026-07-14T22:00:00Z', '2026-07-15'],
    ['2026-07-14T22:30:00Z', '2026-07-15'],
    // spring forward: 29 March 2026, 02:00 CET becomes 03:00 CEST at 01:00 UTC
    ['2026-03-28T22:59:59Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-03-29T00:59:59Z', '2026-03-29'],
    ['2026-03-29T01:00:00Z', '2026-03-29'],
    ['2026-03-29T21:59:59Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    // fall back: 25 October 2026, 03:00 CEST becomes 02:00 CET at 01:00 UTC
    ['2026-10-24T21:59:59Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T00:59:59Z', '2026-10-25'],
    ['2026-10-25T01:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
  ])('%s is %s in Amsterdam', (instant, date) => {
    expect(amsterdamDate(new Date(instant))).toBe(date);
  });

  it('does not depend on the time zone of the process', () => {
    const original = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = tz;
        expect(amsterdamDate(new Date('2026-01-31T23:30:00Z'))).toBe('2026-02-01');
        expect(amsterdamDate(new Date('2026-01-31T22:59:59Z'))).toBe('2026-01-31');
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe('isIsoDate', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '2025-12-31', '2025-04-30'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    '2025-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-01-00',
    '2025-01-32',
    '2025-1-1',
    '2025-01-1',
    '25-01-01',
    '01-01-2025',
    '2025/01/01',
    '2025-01-01T00:00:00Z',
    ' 2025-01-01',
    '2025-01-01 ',
    '',
    'gisteren',
  ])('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('addMonthsClamped', () => {
  it.each([
    ['2025-03-05', 1, '2025-04-05'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-29', 1, '2025-02-28'],
    ['2024-01-30', 1, '2024-02-29'],
    ['2026-03-30', 1, '2026-04-30'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2025-12-31', 1, '2026-01-31'],
    ['2025-12-05', 1, '2026-01-05'],
    ['2025-02-28', 2, '2025-04-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-10', -300, '2001-03-10'],
    ['2028-02-29', -300, '2003-02-28'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addMonthsClamped('2025-02-29', 1)).toThrow(RangeError);
  });
});

describe('addDays, daysBetween, weekday', () => {
  it('counts calendar days, also across a daylight-saving change and a leap day', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });

  it('agrees with the independent calendar (0 = Sunday)', () => {
    const names = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
    for (const [date, day] of KNOWN_WEEKDAYS) expect(names[weekday(date)]).toBe(day);
  });
});

describe('longDate (texts/format.ts), as every page and mail writes a date', () => {
  it.each([
    ['2027-01-05', 'dinsdag 5 januari 2027'],
    ['2024-02-29', 'donderdag 29 februari 2024'],
    ['2026-12-28', 'maandag 28 december 2026'],
    ['2026-03-29', 'zondag 29 maart 2026'],
    ['2026-10-25', 'zondag 25 oktober 2026'],
    ['2025-05-01', 'donderdag 1 mei 2025'],
  ])('formats %s as "%s"', (date, text) => {
    expect(longDate('nl', date)).toBe(text);
  });

  it('does not depend on the time zone of the process', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(longDate('nl', '2027-01-05')).toBe('dinsdag 5 januari 2027');
      process.env.TZ = 'America/Los_Angeles';
      expect(longDate('nl', '2027-01-05')).toBe('dinsdag 5 januari 2027');
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
