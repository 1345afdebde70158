import type { Language } from './language';
import { layout } from './nl/layout';

/**
 * The message catalogue: every user-visible sentence, by area. The Dutch
 * modules define the keys; another language's modules must `satisfies` the
 * same types, so a missing key is a compile error.
 */
const nl = { layout };

export type Texts = typeof nl;
export type LayoutTexts = Texts['layout'];

const CATALOGUES: Record<Language, Texts> = { nl };

export function textsFor(language: Language): Texts {
  return CATALOGUES[language];
}
