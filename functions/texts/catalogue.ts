import type { Language } from './language';
import { about } from './nl/about';
import { answers } from './nl/answers';
import { absence } from './nl/absence';
import { audit } from './nl/audit';
import { beheer } from './nl/beheer';
import { casePage } from './nl/case';
import { caseRules } from './nl/case-rules';
import { common } from './nl/common';
import { documents, identity, statusFiles, upload } from './nl/documents';
import { fg } from './nl/fg';
import { form, staffForm } from './nl/form';
import { intake } from './nl/intake';
import { layout } from './nl/layout';
import { mails } from './nl/mails';
import { messages } from './nl/messages';
import { portal } from './nl/portal';
import { portalNotices } from './nl/portal-notices';
import { work } from './nl/work';
import { notes } from './nl/notes';
import { confirm, receipt } from './nl/receipt';
import { signIn } from './nl/sign-in';
import { status } from './nl/status';
import { statusLinkAgain } from './nl/status-link-again';
import { terms } from './nl/terms';
import { withdrawal } from './nl/withdrawal';

/**
 * The message catalogue: every user-visible sentence, by area. The Dutch
 * modules define the keys; another language's modules must have the same
 * shape (`Texts`), so a missing key is a compile error.
 *
 * Pages and functions take one area at a time (`casePageTexts(language)`),
 * never the whole catalogue, so each Lambda bundle carries only the areas it
 * renders: esbuild drops the getters, and with them the areas, a function
 * never calls.
 */
const nl = {
  about,
  absence,
  answers,
  audit,
  beheer,
  casePage,
  caseRules,
  common,
  confirm,
  documents,
  identity,
  statusFiles,
  upload,
  fg,
  form,
  staffForm,
  intake,
  layout,
  mails,
  messages,
  portal,
  portalNotices,
  work,
  notes,
  receipt,
  signIn,
  status,
  statusLinkAgain,
  terms,
  withdrawal,
};

export type Texts = typeof nl;

/** The whole catalogue of a language: for the tests that compare languages; functions use the area getters below. */
export function textsFor(language: Language): Texts {
  return { nl }[language];
}

type Area<K extends keyof Texts> = (language: Language) => Texts[K];
const area =
  <K extends keyof Texts>(byLanguage: Record<Language, Texts[K]>): Area<K> =>
  (language) =>
    byLanguage[language];

export const aboutTexts = /* @__PURE__ */ area<'about'>({ nl: about });
export const answersTexts = /* @__PURE__ */ area<'answers'>({ nl: answers });
export const absenceTexts = /* @__PURE__ */ area<'absence'>({ nl: absence });
export const auditTexts = /* @__PURE__ */ area<'audit'>({ nl: audit });
export const beheerTexts = /* @__PURE__ */ area<'beheer'>({ nl: beheer });
export const casePageTexts = /* @__PURE__ */ area<'casePage'>({ nl: casePage });
export const caseRulesTexts = /* @__PURE__ */ area<'caseRules'>({ nl: caseRules });
export const commonTexts = /* @__PURE__ */ area<'common'>({ nl: common });
export const documentsTexts = /* @__PURE__ */ area<'documents'>({ nl: documents });
export const identityTexts = /* @__PURE__ */ area<'identity'>({ nl: identity });
export const statusFilesTexts = /* @__PURE__ */ area<'statusFiles'>({ nl: statusFiles });
export const uploadTexts = /* @__PURE__ */ area<'upload'>({ nl: upload });
export const confirmTexts = /* @__PURE__ */ area<'confirm'>({ nl: confirm });
export const fgTexts = /* @__PURE__ */ area<'fg'>({ nl: fg });
export const formTexts = /* @__PURE__ */ area<'form'>({ nl: form });
export const staffFormTexts = /* @__PURE__ */ area<'staffForm'>({ nl: staffForm });
export const intakeTexts = /* @__PURE__ */ area<'intake'>({ nl: intake });
export const layoutTexts = /* @__PURE__ */ area<'layout'>({ nl: layout });
export const mailsTexts = /* @__PURE__ */ area<'mails'>({ nl: mails });
export const messagesTexts = /* @__PURE__ */ area<'messages'>({ nl: messages });
export const portalTexts = /* @__PURE__ */ area<'portal'>({ nl: portal });
export const portalNoticesTexts = /* @__PURE__ */ area<'portalNotices'>({ nl: portalNotices });
export const workTexts = /* @__PURE__ */ area<'work'>({ nl: work });
export const notesTexts = /* @__PURE__ */ area<'notes'>({ nl: notes });
export const receiptTexts = /* @__PURE__ */ area<'receipt'>({ nl: receipt });
export const signInTexts = /* @__PURE__ */ area<'signIn'>({ nl: signIn });
export const statusTexts = /* @__PURE__ */ area<'status'>({ nl: status });
export const statusLinkAgainTexts = /* @__PURE__ */ area<'statusLinkAgain'>({ nl: statusLinkAgain });
export const termsTexts = /* @__PURE__ */ area<'terms'>({ nl: terms });
export const withdrawalTexts = /* @__PURE__ */ area<'withdrawal'>({ nl: withdrawal });
