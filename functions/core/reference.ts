/**
 * References are what requesters and contact persons quote on the phone:
 * short, unambiguous (Crockford base 32: no I, L, O, U) and random, so they
 * reveal nothing about volume or order and cannot be enumerated.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_RANDOM_BYTES = 5;
export const REFERENCE_PATTERN = /^AVG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function formatReference(random: Uint8Array): string {
  if (random.length < REFERENCE_RANDOM_BYTES) throw new RangeError(`need ${REFERENCE_RANDOM_BYTES} random bytes`);
  let bits = 0n;
  for (const byte of random.subarray(0, REFERENCE_RANDOM_BYTES)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `AVG-${code.slice(0, 4)}-${code.slice(4)}`;
}
