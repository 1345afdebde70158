/**
 * The languages of the pages and mails. Every render takes one, per request,
 * so an English catalogue (the requester issue) is a new module, not a change
 * to every view.
 */
export const LANGUAGES = ['nl'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** The BCP 47 tag for Intl and `<html lang>`. */
export const LOCALE: Record<Language, string> = { nl: 'nl-NL' };
