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
