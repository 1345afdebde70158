import { LOCALE, type Language } from './language';

/** The one time zone of every date a user reads: the covenants' deadlines are Dutch calendar days. */
const TIME_ZONE = 'Europe/Amsterdam';

/** One plural form per Intl.PluralRules category the language uses ('one' and 'other' for Dutch and English). */
export type PluralForms = { one: string; other: string };

/** `count` with the right form: plural('nl', 3, { one: '# verzoek', other: '# verzoeken' }) is "3 verzoeken". */
export function plural(language: Language, count: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(LOCALE[language]).select(count);
  const form = category === 'one' ? forms.one : forms.other;
  return form.replace('#', new Intl.NumberFormat(LOCALE[language]).format(count));
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) as people write it: "1 december 2026". */
export function longDate(language: Language, isoDate: string): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
    dateFormats.set(language, format);
  }
  // Noon UTC is the same calendar day in Amsterdam all year.
  return format.format(new Date(`${isoDate}T12:00:00Z`));
}
