/**
 * The pseudonymous pupil reference. A BSN (or PGN, which is the BSN) must never enter the
 * system, so every layer refuses a value that could be one.
 */

/** The contract's pattern for `pupilRef`. */
export const PUPIL_REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{3,63}$/;

/**
 * True when `value` is 9 digits that pass the elfproef of the BSN:
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zeros).
 */
export function looksLikeBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.reduce((acc, digit, i) => acc + digit * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0 && sum !== 0;
}

/**
 * A valid pupil reference: matches the pattern and is not a bare 9-digit number.
 * The contract refuses every 9-digit number, not only elfproef-valid ones: a typo'd BSN is
 * still a BSN, and a school system never needs a 9-digit-only reference.
 */
export function isValidPupilRef(value: unknown): value is string {
  return typeof value === 'string' && PUPIL_REF_PATTERN.test(value) && !/^\d{9}$/.test(value);
}

/**
 * Nine digits in running text, also written in groups with dots or spaces (123.456.782,
 * 123 45 6782), and not part of a longer number (a phone number or an IBAN is not a BSN).
 */
const NINE_DIGITS_IN_TEXT = /(?<!\d[ .]?)\d(?:[ .]?\d){8}(?![ .]?\d)/g;

/**
 * The numbers in free text that pass the BSN elfproef, as written. The one check behind the
 * elements' warning on notes, summaries and wishes: no BSN may enter the system, not even in prose.
 */
export function findBsnLike(text: string): string[] {
  if (typeof text !== 'string' || text.length < 9) return [];
  return [...text.matchAll(NINE_DIGITS_IN_TEXT)].map((m) => m[0]).filter((written) => looksLikeBsn(written.replace(/[ .]/g, '')));
}
