import { describe, expect, it } from 'vitest';
import { easterSunday, termijnenwetHolidays } from '#core/holidays';
import { independentWeekday } from './support/calendar';

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], // earliest possible date
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'],
  ])('Easter %i is on %s, a Sunday', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(independentWeekday(date)).toBe('zondag');
  });
});

/** The nine days of Algemene termijnenwet art. 3 lid 1 and 2, written out by hand. */
const EXPECTED: Record<number, Record<string, string>> = {
  2024: {
    '2024-01-01': 'Nieuwjaarsdag',
    '2024-03-29': 'Goede Vrijdag',
    '2024-04-01': 'tweede Paasdag',
    '2024-04-27': 'Koningsdag', // a Saturday, so it stays on the 27th
    '2024-05-05': 'Bevrijdingsdag',
    '2024-05-09': 'Hemelvaartsdag',
    '2024-05-20': 'tweede Pinksterdag',
    '2024-12-25': 'eerste Kerstdag',
    '2024-12-26': 'tweede Kerstdag',
  },
  2025: {
    '2025-01-01': 'Nieuwjaarsdag',
    '2025-04-18': 'Goede Vrijdag',
    '2025-04-21': 'tweede Paasdag',
    '2025-04-26': 'Koningsdag', // 27 April 2025 is a Sunday
    '2025-05-05': 'Bevrijdingsdag',
    '2025-05-29': 'Hemelvaartsdag',
    '2025-06-09': 'tweede Pinksterdag',
    '2025-12-25': 'eerste Kerstdag',
    '2025-12-26': 'tweede Kerstdag',
  },
  2026: {
    '2026-01-01': 'Nieuwjaarsdag',
    '2026-04-03': 'Goede Vrijdag',
    '2026-04-06': 'tweede Paasdag',
    '2026-04-27': 'Koningsdag',
    '2026-05-05': 'Bevrijdingsdag',
    '2026-05-14': 'Hemelvaartsdag',
    '2026-05-25': 'tweede Pinksterdag',
    '2026-12-25': 'eerste Kerstdag',
    '2026-12-26': 'tweede Kerstdag',
  },
  2027: {
    '2027-01-01': 'Nieuwjaarsdag',
    '2027-03-26': 'Goede Vrijdag',
    '2027-03-29': 'tweede Paasdag',
    '2027-04-27': 'Koningsdag',
    '2027-05-05': 'Bevrijdingsdag',
    '2027-05-06': 'Hemelvaartsdag',
    '2027-05-17': 'tweede Pinksterdag',
    '2027-12-25': 'eerste Kerstdag',
    '2027-12-26': 'tweede Kerstdag',
  },
  2028: {
    '2028-01-01': 'Nieuwjaarsdag',
    '2028-04-14': 'Goede Vrijdag',
    '2028-04-17': 'tweede Paasdag',
    '2028-04-27': 'Koningsdag',
    '2028-05-05': 'Bevrijdingsdag',
    '2028-05-25': 'Hemelvaartsdag',
    '2028-06-05': 'tweede Pinksterdag',
    '2028-12-25': 'eerste Kerstdag',
    '2028-12-26': 'tweede Kerstdag',
  },
};

describe('termijnenwetHolidays', () => {
  it.each(Object.keys(EXPECTED).map(Number))('%i has exactly the nine days of the Algemene termijnenwet', (year) => {
    expect(Object.fromEntries(termijnenwetHolidays(year))).toEqual(EXPECTED[year]);
  });

  it('moves Koningsdag to 26 April only when 27 April is a Sunday', () => {
    expect(independentWeekday('2031-04-27')).toBe('zondag');
    const in2031 = termijnenwetHolidays(2031);
    expect(in2031.get('2031-04-26')).toBe('Koningsdag');
    expect(in2031.has('2031-04-27')).toBe(false);
    // 27 April 2024 is a Saturday: no move
    expect(termijnenwetHolidays(2024).has('2024-04-26')).toBe(false);
  });

  it('includes Goede Vrijdag and 5 mei (every year, not only lustrum years)', () => {
    for (const year of [2024, 2025, 2026, 2027, 2028, 2029, 2030]) {
      const days = termijnenwetHolidays(year);
      expect(days.get(`${year}-05-05`)).toBe('Bevrijdingsdag');
      expect([...days.values()]).toContain('Goede Vrijdag');
    }
  });

  it('excludes days that holiday libraries add but the Algemene termijnenwet does not', () => {
    for (const year of [2025, 2026, 2027]) {
      const days = termijnenwetHolidays(year);
      expect(days.size).toBe(9);
      expect(days.has(`${year}-11-11`)).toBe(false); // Sint-Maarten
      expect(days.has(`${year}-12-31`)).toBe(false); // Oudejaarsdag
      expect(days.has(`${year}-12-05`)).toBe(false); // Sinterklaas
      expect(days.has(`${year}-05-01`)).toBe(false); // Dag van de Arbeid
    }
    // Prinsjesdag: third Tuesday of September
    expect(termijnenwetHolidays(2025).has('2025-09-16')).toBe(false);
    expect(termijnenwetHolidays(2026).has('2026-09-15')).toBe(false);
    expect(termijnenwetHolidays(2027).has('2027-09-21')).toBe(false);
    for (const name of termijnenwetHolidays(2026).values()) {
      expect(name).not.toMatch(/prinsjes|oudejaar|maarten|valentijn|carnaval/i);
    }
  });
});
