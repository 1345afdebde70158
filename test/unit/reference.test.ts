import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatReference, REFERENCE_PATTERN, REFERENCE_RANDOM_BYTES } from '#core/reference';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Decodes a reference back to its 40-bit number, independently of the code under test. */
function decode(reference: string): bigint {
  let value = 0n;
  for (const char of reference.replace(/^AVG-/, '').replace('-', '')) {
    const digit = CROCKFORD.indexOf(char);
    expect(digit, `character ${char}`).toBeGreaterThanOrEqual(0);
    value = value * 32n + BigInt(digit);
  }
  return value;
}

const toNumber = (bytes: Uint8Array) => [...bytes].reduce((value, byte) => value * 256n + BigInt(byte), 0n);

describe('formatReference', () => {
  it('uses five random bytes', () => {
    expect(REFERENCE_RANDOM_BYTES).toBe(5);
  });

  it.each([
    [[0, 0, 0, 0, 0], 'AVG-0000-0000'],
    [[0, 0, 0, 0, 1], 'AVG-0000-0001'],
    [[0, 0, 0, 0, 18], 'AVG-0000-000J'], // 18 is J: I is skipped
    [[0, 0, 0, 0, 31], 'AVG-0000-000Z'],
    [[0, 0, 0, 0, 32], 'AVG-0000-0010'],
    [[255, 255, 255, 255, 255], 'AVG-ZZZZ-ZZZZ'],
    [[128, 0, 0, 0, 0], 'AVG-G000-0000'],
  ])('formats %j as %s', (bytes, reference) => {
    expect(formatReference(Uint8Array.from(bytes))).toBe(reference);
    expect(reference).toMatch(REFERENCE_PATTERN);
  });

  it('is deterministic for given bytes', () => {
    const bytes = Uint8Array.from([12, 34, 56, 78, 90]);
    expect(formatReference(bytes)).toBe(formatReference(Uint8Array.from([12, 34, 56, 78, 90])));
  });

  it('matches the pattern and encodes the bytes losslessly, so different bytes give different references', () => {
    const seen = new Map<string, string>();
    for (let i = 0; i < 2000; i++) {
      const bytes = new Uint8Array(randomBytes(REFERENCE_RANDOM_BYTES));
      const reference = formatReference(bytes);
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(decode(reference)).toBe(toNumber(bytes));
      const key = Buffer.from(bytes).toString('hex');
      if (seen.has(reference)) expect(seen.get(reference)).toBe(key);
      seen.set(reference, key);
    }
    // neighbours in every byte position differ
    const base = Uint8Array.from([1, 2, 3, 4, 5]);
    for (let position = 0; position < 5; position++) {
      const other = Uint8Array.from(base);
      other[position] = other[position]! ^ 1;
      expect(formatReference(other)).not.toBe(formatReference(base));
    }
  });

  it('uses all 32 characters of Crockford base 32 and never I, L, O or U', () => {
    const used = new Set<string>();
    for (let value = 0; value < 32; value++) {
      for (const position of [0, 4]) {
        const bytes = new Uint8Array(5);
        bytes[position] = position === 0 ? value << 3 : value; // the first and the last character
        const reference = formatReference(bytes);
        for (const char of reference.slice(4).replace('-', '')) used.add(char);
      }
    }
    expect([...used].sort().join('')).toBe(CROCKFORD);
    for (const letter of ['I', 'L', 'O', 'U']) expect(used.has(letter)).toBe(false);
    expect(REFERENCE_PATTERN.test('AVG-0000-000I')).toBe(false);
    expect(REFERENCE_PATTERN.test('AVG-0000-000L')).toBe(false);
    expect(REFERENCE_PATTERN.test('AVG-0000-000O')).toBe(false);
    expect(REFERENCE_PATTERN.test('AVG-0000-000U')).toBe(false);
    expect(REFERENCE_PATTERN.test('avg-0000-0000')).toBe(false);
  });

  it('refuses fewer than five bytes', () => {
    expect(() => formatReference(new Uint8Array(4))).toThrow(RangeError);
    expect(() => formatReference(new Uint8Array(0))).toThrow(RangeError);
  });
});
