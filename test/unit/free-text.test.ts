import { inzageStatementFields } from '#test-support/inzage-answer';
import { statusTexts } from '#texts/catalogue';
import { describe, expect, it } from 'vitest';
import { readDecisionForm } from '#core/decision';
import { TEXT_MESSAGES } from '#core/free-text';
import { acceptRequest } from '#core/intake';
import { readPartyAnswerForm } from '#core/party-answer';
import { MAX_QUESTION_ROUNDS, pauseForClarification, answerClarification, extendDeadline } from '#core/request-lifecycle';
import { changeOf, dir, lifecycleContext, rawRequest, refusalOf, routedRequest } from './support/records';

/** The requester's words for the answer's rule, as the status page passes them. */
const ANSWER_RULES = statusTexts('nl').answerRules;

/** Free text: what a person may type into each field, and the Dutch message at the field when not. */
const accept = (raw: unknown) => acceptRequest(raw, { directory: dir, receivedOn: '2026-11-23', designatedHolidays: [] });
const errorAt = (raw: unknown, path: string) => {
  const result = accept(raw);
  return result.ok ? undefined : result.errors.find((error) => error.path === path)?.message;
};
const withRequester = (name: string) => ({ ...rawRequest(), requester: { ...rawRequest().requester, name } });

describe('free text in a request', () => {
  it('keeps Dutch names with diacritics, apostrophes and hyphens, and details over several lines', () => {
    for (const name of ["Zoë d'Ancona-van Straaten", 'Ĳsbrand Çelik', 'Anne-Marie ’t Hooft', 'Fatima El Idrissi']) {
      expect(accept(withRequester(name)).ok, name).toBe(true);
    }
    expect(accept({ ...rawRequest(), details: 'Regel één.\nRegel twee,\tmet een tab.\r\nEn drie.' }).ok).toBe(true);
  });

  it.each([
    ['NUL only', '\u0000', TEXT_MESSAGES.control],
    ['a bell', 'Marieke\u0007', TEXT_MESSAGES.control],
    ['a C1 control', 'Marieke\u0085', TEXT_MESSAGES.control],
    ['a right-to-left override', 'Marieke \u202egnirts', TEXT_MESSAGES.bidi],
    ['a left-to-right isolate', 'Marieke \u2066x\u2069', TEXT_MESSAGES.bidi],
    ['a line break', 'Marieke\r\nde Vries', TEXT_MESSAGES.lineBreak],
  ])('refuses %s in a name, with the message at the field', (_what, name, message) => {
    expect(errorAt(withRequester(name), 'requester.name')).toBe(message);
    expect(errorAt({ ...rawRequest(), child: { ...rawRequest().child, name } }, 'child.name')).toBe(message);
  });

  it('refuses control and bidirectional characters in the details, but not line breaks', () => {
    expect(errorAt({ ...rawRequest(), details: 'Welke\u0000 gegevens?' }, 'details')).toBe(TEXT_MESSAGES.control);
    expect(errorAt({ ...rawRequest(), details: 'Welke \u202dgegevens?' }, 'details')).toBe(TEXT_MESSAGES.bidi);
  });
});

describe('free text in the portal and on the status page', () => {
  it('refuses control characters in an answer and a decision motivation', () => {
    const answer = readPartyAnswerForm(
      ['inzage'],
      new URLSearchParams({ 'inzage.outcome': 'verstrekt', 'inzage.categories': 'NAW-gegevens', 'inzage.summary': 'Ja\u0000', ...inzageStatementFields() }),
    );
    expect(answer.ok ? undefined : answer.errors).toEqual([{ path: 'inzage.summary', message: TEXT_MESSAGES.control }]);
    const decision = readDecisionForm(['inzage'], new URLSearchParams({ 'inzage.outcome': 'toegewezen', 'inzage.motivation': 'Goed \u202e' }));
    expect(decision.ok ? undefined : decision.errors).toEqual([{ path: 'inzage.motivation', message: TEXT_MESSAGES.bidi }]);
  });

  it('limits the question, the requester’s answer and the extension reason, and refuses control characters in them', () => {
    const { record, tasks } = routedRequest();
    const context = lifecycleContext(record.receivedOn);
    expect(refusalOf(pauseForClarification(record, tasks, { question: 'x'.repeat(2001) }, context))).toContain('hoogstens 2000 tekens');
    expect(refusalOf(pauseForClarification(record, tasks, { question: 'Wie\u0000?' }, context))).toBe(TEXT_MESSAGES.control);
    expect(refusalOf(extendDeadline(record, tasks, { months: 2, reason: 'x'.repeat(2001) }, context))).toContain('hoogstens 2000 tekens');
    const paused = changeOf(pauseForClarification(record, tasks, { question: 'Wie bent u?' }, context)).record!.next;
    expect(refusalOf(answerClarification(paused, tasks, { answer: 'Ik\u202e' }, context, ANSWER_RULES))).toBe(TEXT_MESSAGES.bidi);
    expect(refusalOf(answerClarification(paused, tasks, { answer: 'x'.repeat(5001) }, context, ANSWER_RULES))).toContain('hoogstens 5000 tekens');
  });

  it(`stops at ${MAX_QUESTION_ROUNDS} rounds of questions, so a request can never outgrow DynamoDB's 400 KB`, () => {
    let { record } = routedRequest();
    const { tasks } = routedRequest();
    const context = lifecycleContext(record.receivedOn);
    for (let round = 0; round < MAX_QUESTION_ROUNDS; round++) {
      record = changeOf(pauseForClarification(record, tasks, { question: 'v'.repeat(2000) }, context)).record!.next;
      record = changeOf(answerClarification(record, tasks, { answer: 'a'.repeat(5000) }, context, ANSWER_RULES)).record!.next;
    }
    expect(refusalOf(pauseForClarification(record, tasks, { question: 'Nog één?' }, context))).toContain(`al ${MAX_QUESTION_ROUNDS} vragen`);
    // Three bytes a character at the most: the worst case of the rounds stays far below 400 KB.
    expect(Buffer.byteLength(JSON.stringify(record)) * 3).toBeLessThan(400 * 1024);
  });
});
