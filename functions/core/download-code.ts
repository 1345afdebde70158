/**
 * Step-up before the requester downloads: the status link alone opens no
 * file. A 6-digit code goes to the confirmed e-mail address; it works for 10
 * minutes and 5 tries, then a new one is needed; a right code opens a
 * download session of 30 minutes in that browser.
 */
export const DOWNLOAD_CODE = { digits: 6, validSeconds: 10 * 60, maxTries: 5, sessionSeconds: 30 * 60 } as const;

/** The code as stored: its hash, when it lapses, and the wrong tries so far. */
export interface DownloadCode {
  reference: string;
  codeHash: string;
  expiresAt: number;
  tries: number;
}

export type CodeCheck = { kind: 'right' } | { kind: 'wrong'; triesLeft: number } | { kind: 'locked' } | { kind: 'expired' } | { kind: 'none' };

/** Judges a typed code against the stored one; a wrong try counts even when the next would lock. */
export function checkDownloadCode(stored: DownloadCode | null, typedHash: string, nowSeconds: number): CodeCheck {
  if (!stored) return { kind: 'none' };
  if (stored.expiresAt <= nowSeconds) return { kind: 'expired' };
  if (stored.tries >= DOWNLOAD_CODE.maxTries) return { kind: 'locked' };
  if (typedHash === stored.codeHash) return { kind: 'right' };
  const triesLeft = DOWNLOAD_CODE.maxTries - stored.tries - 1;
  return triesLeft > 0 ? { kind: 'wrong', triesLeft } : { kind: 'locked' };
}

/** A typed code in any spacing ("123 456") as its six digits, or null. */
export function normaliseCode(typed: string | null | undefined): string | null {
  const digits = (typed ?? '').replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}
