import * as z from 'zod/mini';
import { freeText } from '#texts/nl/intake';

/**
 * What free text may hold, for every field a person types into (names,
 * details, answers, motivations, questions, reasons): printable text in any
 * script, with Dutch diacritics, apostrophes and hyphens; tabs and line breaks
 * only in fields of several lines. Refused: NUL and the other control
 * characters (they break exports and hide text from staff) and the
 * bidirectional embeddings, overrides and isolates, which make a text read
 * differently from what it says ("Trojan Source").
 */
export type TextShape = 'line' | 'lines';

// The C0 controls except tab, line feed and carriage return; DEL; the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

export const TEXT_MESSAGES = freeText;
/** The rule's words; the portal's are Dutch, a requester's page passes its own language's. */
export type TextMessages = typeof freeText;

/** Why a text may not be stored, or null when it may. */
export function textProblem(value: string, shape: TextShape, messages: TextMessages = TEXT_MESSAGES): string | null {
  if (CONTROL.test(value)) return messages.control;
  if (BIDI_CONTROL.test(value)) return messages.bidi;
  if (shape === 'line' && LINE_BREAK.test(value)) return messages.lineBreak;
  return null;
}

/** The same rule as a zod check, with the message at the field. */
export function cleanText(shape: TextShape, messages: TextMessages = TEXT_MESSAGES) {
  return z.superRefine((value: string, ctx) => {
    const problem = textProblem(value, shape, messages);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });
}

/** Free text typed in the portal or on the status page: trimmed, present, within its length, clean. Returns the text, or why not. */
export function checkText(
  value: string,
  limits: { max: number; shape: TextShape; missing: string; tooLong: string; messages?: TextMessages },
): { ok: true; text: string } | { ok: false; message: string } {
  const text = value.trim();
  if (!text) return { ok: false, message: limits.missing };
  if (text.length > limits.max) return { ok: false, message: limits.tooLong };
  const problem = textProblem(text, limits.shape, limits.messages);
  return problem ? { ok: false, message: problem } : { ok: true, text };
}
