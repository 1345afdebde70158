import type { FieldError } from './field-errors';
import { inRegion, type Mail, requesterNewsMail } from './mails';
import { languageOf, type RequestRecord, statusLinksOf } from './request-record';
import { statusLinkAgainTexts } from '#texts/catalogue';
import type { Language } from '#texts/language';

/**
 * A lost status link, sent again: the requester gives the reference and the
 * e-mail address of the request, and the link goes to that address only. The
 * page says the same whether or not the pair exists, so it tells nobody which
 * references or addresses are known; a few tries per address and per
 * reference a day keep it from being a way to flood a mailbox.
 */
export const STATUS_LINK_AGAIN_PER_DAY = 3;

export interface StatusLinkQuestion {
  reference: string;
  email: string;
}

/** The reference as people type it ("avg 7k3m q9tz"), and the address trimmed and in lower case. */
export function readStatusLinkQuestion(
  form: {
    reference: string;
    email: string;
  },
  language: Language,
): { ok: true; value: StatusLinkQuestion } | { ok: false; errors: FieldError[] } {
  const M = statusLinkAgainTexts(language);
  const compact = form.reference.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const reference = /^AVG[0-9A-Z]{8}$/.test(compact) ? `AVG-${compact.slice(3, 7)}-${compact.slice(7)}` : '';
  const email = form.email.trim().toLowerCase();
  const errors: FieldError[] = [];
  if (!reference) errors.push({ path: 'reference', message: form.reference.trim() ? M.referenceInvalid : M.referenceMissing });
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) errors.push({ path: 'email', message: email ? M.emailInvalid : M.emailMissing });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { reference, email } };
}

/** The mail with the link, only where the address is the request's own: the requester's, or a co-requester's who joined (their own link). */
export function statusLinkMail(
  record: Pick<RequestRecord, 'reference' | 'regionId' | 'requester' | 'statusToken' | 'coRequester' | 'language'> | null,
  question: StatusLinkQuestion,
  statusUrl: (token: string, language: Language) => string,
): Mail | null {
  const holder = record && statusLinksOf(record).find((link) => link.email?.trim().toLowerCase() === question.email);
  if (!record || !holder?.email) return null;
  // The request's language, not the page's: the link leads to the pages the requester chose.
  const language = languageOf(record);
  return inRegion(
    record.regionId,
    requesterNewsMail({ to: holder.email, reference: record.reference, statusUrl: statusUrl(holder.token, language), news: 'statuslink' }, language),
  );
}
