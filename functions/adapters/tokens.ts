import { createHash, randomBytes } from 'node:crypto';
import type { Secrets } from '#application/ports';
import { formatReference, REFERENCE_RANDOM_BYTES } from '#core/reference';

/** 256 random bits, URL-safe: the secret in a confirmation or status link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens and idempotency keys are stored only as hashes, so someone who can
 * read the table still cannot confirm a request or read a status page.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newReference(): string {
  return formatReference(randomBytes(REFERENCE_RANDOM_BYTES));
}

/** The Secrets port, for the functions that make references and tokens (submit, registration). */
export const secrets: Secrets = { newReference, newToken, hashSecret };

/** A document's id: 128 random bits as 26 lower-case base-32 characters, so object keys name no one and cannot be guessed. */
export function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0n;
  for (const byte of randomBytes(17)) bits = (bits << 8n) | BigInt(byte);
  let id = '';
  for (let i = 0; i < 26; i++) {
    id += alphabet[Number(bits & 31n)];
    bits >>= 5n;
  }
  return id;
}
