import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/**
 * The ID-token check on node:crypto: one algorithm (RS256, the only one
 * Cognito and cognito-local sign ID tokens with), one token form (compact
 * JWS), one key source (the issuer's JWKS). node:crypto does the cryptography;
 * this file only takes the token apart, picks the key and checks the claims.
 * _Decision_ (docs/design.md, "Libraries and why"): jose did the same in
 * 19 KB of every portal function, most of it for algorithms and token forms
 * we refuse anyway; the tests sign with jose and with cognito-local, so the
 * two implementations check each other.
 */

/** Something about the token itself is wrong: the caller treats the session as absent. */
export class TokenRejectedError extends Error {
  override name = 'TokenRejectedError';
}

/** The key set could not be fetched: an outage, not a bad token. */
export class KeySetUnavailableError extends Error {
  override name = 'KeySetUnavailableError';
}

export type JwtPayload = Record<string, unknown> & { iss?: string; sub?: string; aud?: string | string[]; exp?: number; iat?: number; nbf?: number };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function decodePart(part: string): Record<string, unknown> {
  if (!BASE64URL.test(part)) throw new TokenRejectedError('not base64url');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new TokenRejectedError('not JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new TokenRejectedError('not a JSON object');
  return value as Record<string, unknown>;
}

function partsOf(token: string): [string, string, string] {
  const parts = token.split('.');
  if (parts.length !== 3) throw new TokenRejectedError('not a compact JWS');
  return parts as [string, string, string];
}

/** The claims without any check: only for a token that was verified before (the cookie's lifetime after sign-in). */
export function unverifiedClaims(token: string): JwtPayload {
  return decodePart(partsOf(token)[1]);
}

/** Finds the public key for a key id; may fetch. Throws TokenRejectedError for an unknown id. */
export type KeySet = (kid: string) => Promise<KeyObject>;

interface Jwk {
  kty?: unknown;
  kid?: unknown;
  use?: unknown;
  alg?: unknown;
  n?: unknown;
  e?: unknown;
}

/**
 * The issuer's signing keys, fetched on first use and kept for the life of
 * the Lambda instance. An unknown key id (Cognito rotated its keys) fetches
 * again, but at most once per `cooldownMs`, so a stream of forged key ids
 * cannot make every request wait for the identity provider.
 */
export function remoteKeySet(url: URL, options: { timeoutMs: number; cooldownMs: number; now?: () => number }): KeySet {
  const now = options.now ?? Date.now;
  let keys = new Map<string, KeyObject>();
  let fetchedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<void> | undefined;

  async function load(): Promise<void> {
    let body: unknown;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      body = await response.json();
    } catch (error) {
      throw new KeySetUnavailableError(`key set not fetched: ${(error as Error).message}`);
    }
    const list = (body as { keys?: unknown })?.keys;
    if (!Array.isArray(list)) throw new KeySetUnavailableError('key set without keys');
    const next = new Map<string, KeyObject>();
    for (const jwk of list as Jwk[]) {
      const usable = jwk.kty === 'RSA' && typeof jwk.kid === 'string' && (jwk.use ?? 'sig') === 'sig' && (jwk.alg ?? 'RS256') === 'RS256';
      if (!usable || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') continue;
      try {
        next.set(jwk.kid as string, createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }));
      } catch {
        // A key node:crypto cannot read signs nothing we accept; the others still count.
      }
    }
    keys = next;
    fetchedAt = now();
  }

  function refresh(): Promise<void> {
    pending ??= load().finally(() => (pending = undefined));
    return pending;
  }

  return async (kid) => {
    if (!keys.has(kid) && now() - fetchedAt >= options.cooldownMs) await refresh();
    const key = keys.get(kid);
    if (!key) throw new TokenRejectedError('no key with this id');
    return key;
  };
}

export interface ClaimRules {
  issuer: string;
  audience: string;
  /** The claims that must be present. */
  required: readonly string[];
  clockToleranceSeconds: number;
  now: Date;
}

/** Verifies an RS256 compact JWS against the key set and checks iss, aud, exp and nbf; returns its claims. */
export async function verifyRs256Jwt(token: string, keySet: KeySet, rules: ClaimRules): Promise<JwtPayload> {
  const [headerPart, payloadPart, signaturePart] = partsOf(token);
  const header = decodePart(headerPart);
  // Only RS256: refusing every other alg is what stops "none" and the HS256-with-the-public-key forgery.
  if (header.alg !== 'RS256') throw new TokenRejectedError('algorithm not allowed');
  // RFC 7515 4.1.11: a critical header this code does not understand makes the token invalid.
  if ('crit' in header) throw new TokenRejectedError('critical header');
  if (typeof header.kid !== 'string') throw new TokenRejectedError('no key id');
  if (!BASE64URL.test(signaturePart)) throw new TokenRejectedError('signature not base64url');

  const key = await keySet(header.kid);
  const signed = Buffer.from(`${headerPart}.${payloadPart}`, 'ascii');
  let valid: boolean;
  try {
    valid = verify('RSA-SHA256', signed, key, Buffer.from(signaturePart, 'base64url'));
  } catch {
    valid = false;
  }
  if (!valid) throw new TokenRejectedError('signature does not match');

  const payload = decodePart(payloadPart) as JwtPayload;
  for (const claim of rules.required) if (!(claim in payload)) throw new TokenRejectedError(`no ${claim} claim`);
  if (payload.iss !== rules.issuer) throw new TokenRejectedError('other issuer');
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(rules.audience)) throw new TokenRejectedError('other audience');

  const now = Math.floor(rules.now.getTime() / 1000);
  const tolerance = rules.clockToleranceSeconds;
  for (const claim of ['exp', 'iat', 'nbf'] as const) {
    if (claim in payload && typeof payload[claim] !== 'number') throw new TokenRejectedError(`${claim} not a number`);
  }
  if (payload.exp !== undefined && payload.exp <= now - tolerance) throw new TokenRejectedError('expired');
  if (payload.nbf !== undefined && payload.nbf > now + tolerance) throw new TokenRejectedError('not yet valid');
  return payload;
}
