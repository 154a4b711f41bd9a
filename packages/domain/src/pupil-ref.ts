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
