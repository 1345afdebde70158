/**
 * The languages of the public pages and the requester's mails. Every render
 * takes one, per request; a language is a set of modules under texts/<code>/
 * plus its entry here and in the catalogue, not a change to every view.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** The BCP 47 tag for Intl and `<html lang>`. */
export const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
