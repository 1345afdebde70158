import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { readStatusLinkQuestion, STATUS_LINK_AGAIN_PER_DAY, statusLinkMail } from '#core/status-link-again';
import type { FieldError } from '#core/field-errors';
import type { StatusLinkStore } from '#adapters/status-link-store';
import { logger } from '#logger';
import type { Clock, Secrets, SiteLinks } from './ports';

export interface StatusLinkAgainDeps {
  statusLinks: StatusLinkStore;
  clock: Clock;
  links: Pick<SiteLinks, 'status'>;
  secrets: Pick<Secrets, 'hashSecret'>;
}

/**
 * Sends the status link again to the request's own address. `sent` whatever
 * was found, so the answer reveals nothing; the allowance is taken first, for
 * the address and for the reference, so guessing costs tries either way.
 */
export async function sendStatusLinkAgain(
  deps: StatusLinkAgainDeps,
  form: { reference: string; email: string },
  language: Language = DEFAULT_LANGUAGE,
): Promise<{ kind: 'invalid'; errors: FieldError[] } | { kind: 'sent' }> {
  const question = readStatusLinkQuestion(form, language);
  if (!question.ok) return { kind: 'invalid', errors: question.errors };
  const now = deps.clock.now();
  const { reference, email } = question.value;
  // The address only as its hash: the counter item holds nothing personal.
  const allowed =
    (await deps.statusLinks.takeAllowance(`EMAIL#${deps.secrets.hashSecret(email)}`, STATUS_LINK_AGAIN_PER_DAY, now)) &&
    (await deps.statusLinks.takeAllowance(`REF#${reference}`, STATUS_LINK_AGAIN_PER_DAY, now));
  if (!allowed) {
    logger.info('status link again: over the daily allowance');
    return { kind: 'sent' };
  }
  const record = await deps.statusLinks.getRequest(reference, now);
  const mail = statusLinkMail(record, question.value, deps.links.status);
  if (record && mail) {
    await deps.statusLinks.queueMail(record, mail, now);
    logger.info('status link sent again', { reference });
  }
  return { kind: 'sent' };
}
