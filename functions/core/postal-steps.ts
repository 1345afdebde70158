import { postalRules } from '#texts/nl/case-rules';
import { decisionsOf } from './decision-scope';
import { checkText } from './free-text';
import type { PartyTask, RequestRecord } from './request-record';
import { answerClarification, event, type LifecycleContext, MAX_ANSWER_LENGTH, type Outcome, staff } from './request-lifecycle';

/**
 * The steps for a requester the system cannot mail: a letter registered
 * without an e-mail address (docs/rules.md, "A requester by post"). The
 * coordinator posts the questions and the printed decision letter, and records
 * here what came back and what went out, so the clock and the audit trail stay
 * true without a status page.
 */

export const whyNotByPost = {
  /** Any paused request: an answer can arrive by letter or phone even from a requester with e-mail. */
  recordAnswer(record: Pick<RequestRecord, 'status'>): string | null {
    return record.status === 'paused' ? null : postalRules.nothingToPost;
  },
  recordSentByPost(record: Pick<RequestRecord, 'requester' | 'decision' | 'supplement' | 'sentByPost'>): string | null {
    if (record.requester.email) return postalRules.hasEmail;
    return decisionsOf(record).length > (record.sentByPost ?? []).length ? null : postalRules.nothingToPost;
  },
};

/** The coordinator types in the requester's answer to the question (a letter, a call): the clock runs again, as when the requester answers on the status page. */
export function recordAnswerReceived(record: RequestRecord, tasks: readonly PartyTask[], input: { answer: string }, context: LifecycleContext): Outcome {
  const reason = whyNotByPost.recordAnswer(record);
  if (reason) return { ok: false, message: reason };
  const checked = checkText(input.answer, {
    max: MAX_ANSWER_LENGTH,
    shape: 'lines',
    missing: postalRules.answerMissing,
    tooLong: postalRules.answerTooLong(MAX_ANSWER_LENGTH),
  });
  if (!checked.ok) return checked;
  // Checked above in the portal's words; these only say the same if the state changed in between.
  const outcome = answerClarification(record, tasks, { answer: checked.text }, context, {
    missing: postalRules.answerMissing,
    tooLong: postalRules.answerTooLong,
    noQuestionOpen: postalRules.nothingToPost,
  });
  if (!outcome.ok) return outcome;
  const { change } = outcome;
  // The coordinator typed it in: no mail telling them the requester answered, and the audit names who recorded it.
  return {
    ok: true,
    change: { ...change, mails: [], audit: change.audit.map((event) => ({ ...event, actor: staff(context.actor), facts: { ...event.facts, byPost: true } })) },
  };
}

/** The coordinator posted the next decision letter (and the released copies on paper): recorded with the day, for the requester's file and the FG. */
export function recordSentByPost(record: RequestRecord, context: LifecycleContext): Outcome {
  const reason = whyNotByPost.recordSentByPost(record);
  if (reason) return { ok: false, message: reason };
  const sentByPost = [...(record.sentByPost ?? []), context.today];
  return {
    ok: true,
    change: {
      record: { next: { ...record, sentByPost, version: record.version + 1 }, readVersion: record.version },
      tasks: [],
      mails: [],
      audit: [event(record, context, 'per-post-verstuurd', { decision: sentByPost.length, sentOn: context.today })],
    },
  };
}
