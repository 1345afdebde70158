import { addDays, fromParts, type IsoDate, weekday } from './calendar-date';

/**
 * Days that count as public holidays for legal time limits: Algemene
 * termijnenwet art. 3 lid 1 and lid 2 (Goede Vrijdag and 5 mei are included
 * there, unlike in most holiday libraries). Days designated by royal decree
 * (lid 3) come from configuration.
 */
export function termijnenwetHolidays(year: number): Map<IsoDate, string> {
  const easter = easterSunday(year);
  const kingsDay = fromParts(year, 4, 27);
  const days: Array<[IsoDate, string]> = [
    [fromParts(year, 1, 1), 'Nieuwjaarsdag'],
    [addDays(easter, -2), 'Goede Vrijdag'],
    [addDays(easter, 1), 'tweede Paasdag'],
    // Koningsdag moves to the 26th when the 27th is a Sunday.
    [weekday(kingsDay) === 0 ? fromParts(year, 4, 26) : kingsDay, 'Koningsdag'],
    [fromParts(year, 5, 5), 'Bevrijdingsdag'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 50), 'tweede Pinksterdag'],
    [fromParts(year, 12, 25), 'eerste Kerstdag'],
    [fromParts(year, 12, 26), 'tweede Kerstdag'],
  ];
  return new Map(days);
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromParts(year, month, day);
}
