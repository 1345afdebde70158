import { LOCALE, type Language } from './language';

/**
 * Numbers, plurals and dates in the reader's language. Calendar dates
 * (YYYY-MM-DD, the deadline rule's days) are formatted as that day, whatever
 * the server's zone; instants (a log entry) in Europe/Amsterdam, the
 * covenants' time zone.
 */

/** The forms Intl.PluralRules picks from ('one' and 'other' for Dutch and English); `#` is the number. */
export interface PluralForms {
  one: string;
  other: string;
}

export function plural(language: Language, count: number, forms: PluralForms): string {
  const form = new Intl.PluralRules(LOCALE[language]).select(count) === 'one' ? forms.one : forms.other;
  return form.replace('#', new Intl.NumberFormat(LOCALE[language]).format(count));
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, style: 'long' | 'short' | 'month' | 'instant'): Intl.DateTimeFormat {
  const key = `${language}:${style}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const,
      short: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const,
      month: { month: 'long', year: 'numeric', timeZone: 'UTC' } as const,
      instant: { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' } as const,
    }[style];
    format = new Intl.DateTimeFormat(LOCALE[language], options);
    formats.set(key, format);
  }
  return format;
}

/** Noon UTC of a calendar date: formatted in UTC it is that day. */
const day = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** "woensdag 2 december 2026" */
export const longDate = (language: Language, isoDate: string): string => formatter(language, 'long').format(day(isoDate));
/** "2 december 2026" */
export const shortDate = (language: Language, isoDate: string): string => formatter(language, 'short').format(day(isoDate));
/** "december 2026", from YYYY-MM */
export const monthName = (language: Language, isoMonth: string): string => formatter(language, 'month').format(day(`${isoMonth}-01`));
/** "2-12-2026, 05:44:54" in Amsterdam */
export const dateTime = (language: Language, instant: string): string => formatter(language, 'instant').format(new Date(instant));

/** A file size as people read it: "830 kB", "2,3 MB" (decimal units, as file managers show them). */
export function fileSize(language: Language, bytes: number): string {
  const [unit, value] = bytes >= 1_000_000 ? (['megabyte', bytes / 1_000_000] as const) : (['kilobyte', Math.max(1, Math.round(bytes / 1000))] as const);
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
