import { expect } from 'vitest';

const DUTCH_WORDS = /\b(de|het|een|van|uit|in|uw|u|kies|vul|geen|dit|is|bij|niet|naam|zoals|gebruik|laat|kind|jaar|stuur|schrijf)\b/i;
const ENGLISH_WORDS = /\b(the|must|invalid|required|expected|received|string|undefined|array|too|should|please|field)\b/i;

/** A message for a requester: non-empty Dutch, no English validation jargon. */
export function expectDutch(message: string | undefined): void {
  expect(message, 'message').toBeTypeOf('string');
  expect(message!.trim().length, `message "${message}"`).toBeGreaterThan(5);
  expect(message, `message "${message}" reads as Dutch`).toMatch(DUTCH_WORDS);
  expect(message, `message "${message}" contains English`).not.toMatch(ENGLISH_WORDS);
}
