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
import { about as enAbout } from './en/about';
import { answers as enAnswers } from './en/answers';
import { common as enCommon } from './en/common';
import { documents as enDocuments, statusFiles as enStatusFiles, upload as enUpload } from './en/documents';
import { form as enForm } from './en/form';
import { intake as enIntake } from './en/intake';
import { layout as enLayout } from './en/layout';
import { mails as enMails } from './en/mails';
import { messages as enMessages } from './en/messages';
import { confirm as enConfirm, receipt as enReceipt } from './en/receipt';
import { status as enStatus } from './en/status';
import { statusLinkAgain as enStatusLinkAgain } from './en/status-link-again';
import { terms as enTerms } from './en/terms';
import { withdrawal as enWithdrawal } from './en/withdrawal';

/**
 * The message catalogue: every user-visible sentence, by area. The Dutch
 * modules define the keys; another language's modules must have the same
 * shape (`Texts`), so a missing key is a compile error.
 *
 * English covers what a requester reads: the public pages and the mails to
 * them. The portal, its mails and the decision letter stay Dutch on purpose
 * (the parties' working language; Awb 2:6), so those areas name the Dutch
 * module under `en` too (docs/rules.md, "Languages").
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

// A pure mark: a spread may run getters, so without it every bundle would keep the whole catalogue.
const en: Texts = /* @__PURE__ */ Object.assign({}, nl, {
  about: enAbout,
  answers: enAnswers,
  common: enCommon,
  confirm: enConfirm,
  documents: enDocuments,
  statusFiles: enStatusFiles,
  upload: enUpload,
  form: enForm,
  intake: enIntake,
  layout: enLayout,
  mails: enMails,
  messages: enMessages,
  receipt: enReceipt,
  status: enStatus,
  statusLinkAgain: enStatusLinkAgain,
  terms: enTerms,
  withdrawal: enWithdrawal,
});

/** The whole catalogue of a language: for the tests that compare languages; functions use the area getters below. */
export function textsFor(language: Language): Texts {
  return { nl, en }[language];
}

type Area<K extends keyof Texts> = (language: Language) => Texts[K];
const area =
  <K extends keyof Texts>(byLanguage: Record<Language, Texts[K]>): Area<K> =>
  (language) =>
    byLanguage[language];

export const aboutTexts = /* @__PURE__ */ area<'about'>({ nl: about, en: enAbout });
export const answersTexts = /* @__PURE__ */ area<'answers'>({ nl: answers, en: enAnswers });
export const absenceTexts = /* @__PURE__ */ area<'absence'>({ nl: absence, en: absence });
export const auditTexts = /* @__PURE__ */ area<'audit'>({ nl: audit, en: audit });
export const beheerTexts = /* @__PURE__ */ area<'beheer'>({ nl: beheer, en: beheer });
export const casePageTexts = /* @__PURE__ */ area<'casePage'>({ nl: casePage, en: casePage });
export const caseRulesTexts = /* @__PURE__ */ area<'caseRules'>({ nl: caseRules, en: caseRules });
export const commonTexts = /* @__PURE__ */ area<'common'>({ nl: common, en: enCommon });
export const documentsTexts = /* @__PURE__ */ area<'documents'>({ nl: documents, en: enDocuments });
export const identityTexts = /* @__PURE__ */ area<'identity'>({ nl: identity, en: identity });
export const statusFilesTexts = /* @__PURE__ */ area<'statusFiles'>({ nl: statusFiles, en: enStatusFiles });
export const uploadTexts = /* @__PURE__ */ area<'upload'>({ nl: upload, en: enUpload });
export const confirmTexts = /* @__PURE__ */ area<'confirm'>({ nl: confirm, en: enConfirm });
export const fgTexts = /* @__PURE__ */ area<'fg'>({ nl: fg, en: fg });
export const formTexts = /* @__PURE__ */ area<'form'>({ nl: form, en: enForm });
export const staffFormTexts = /* @__PURE__ */ area<'staffForm'>({ nl: staffForm, en: staffForm });
export const intakeTexts = /* @__PURE__ */ area<'intake'>({ nl: intake, en: enIntake });
export const layoutTexts = /* @__PURE__ */ area<'layout'>({ nl: layout, en: enLayout });
export const mailsTexts = /* @__PURE__ */ area<'mails'>({ nl: mails, en: enMails });
export const messagesTexts = /* @__PURE__ */ area<'messages'>({ nl: messages, en: enMessages });
export const portalTexts = /* @__PURE__ */ area<'portal'>({ nl: portal, en: portal });
export const portalNoticesTexts = /* @__PURE__ */ area<'portalNotices'>({ nl: portalNotices, en: portalNotices });
export const workTexts = /* @__PURE__ */ area<'work'>({ nl: work, en: work });
export const notesTexts = /* @__PURE__ */ area<'notes'>({ nl: notes, en: notes });
export const receiptTexts = /* @__PURE__ */ area<'receipt'>({ nl: receipt, en: enReceipt });
export const signInTexts = /* @__PURE__ */ area<'signIn'>({ nl: signIn, en: signIn });
export const statusTexts = /* @__PURE__ */ area<'status'>({ nl: status, en: enStatus });
export const statusLinkAgainTexts = /* @__PURE__ */ area<'statusLinkAgain'>({ nl: statusLinkAgain, en: enStatusLinkAgain });
export const termsTexts = /* @__PURE__ */ area<'terms'>({ nl: terms, en: enTerms });
export const withdrawalTexts = /* @__PURE__ */ area<'withdrawal'>({ nl: withdrawal, en: enWithdrawal });
