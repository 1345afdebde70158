import type { Language } from './language';
import { common } from './nl/common';
import { fg } from './nl/fg';
import { form } from './nl/form';
import { layout } from './nl/layout';
import { mails } from './nl/mails';
import { messages } from './nl/messages';
import { answers } from './nl/answers';
import { casePage } from './nl/case';
import { portal } from './nl/portal';
import { confirm, receipt } from './nl/receipt';
import { signIn } from './nl/sign-in';
import { status } from './nl/status';
import { terms } from './nl/terms';

/**
 * The message catalogue: every user-visible sentence, by area. The Dutch
 * modules define the keys; another language's modules must `satisfies` the
 * same types, so a missing key is a compile error.
 */
const nl = { answers, casePage, common, confirm, fg, form, layout, mails, messages, portal, receipt, signIn, status, terms };

export type Texts = typeof nl;
export type LayoutTexts = Texts['layout'];

const CATALOGUES: Record<Language, Texts> = { nl };

export function textsFor(language: Language): Texts {
  return CATALOGUES[language];
}
