import { describe, expect, it } from 'vitest';
import { findBsnLike, isValidPupilRef, looksLikeBsn } from './pupil-ref.js';

describe('pupil reference', () => {
  it('recognises a BSN by the elfproef', () => {
    // 111222333: 9+8+7+12+10+8+9+6-3 = 66, divisible by 11.
    expect(looksLikeBsn('111222333')).toBe(true);
    expect(looksLikeBsn('123456782')).toBe(true);
    expect(looksLikeBsn('123456789')).toBe(false);
    expect(looksLikeBsn('000000000')).toBe(false);
    expect(looksLikeBsn('11122233')).toBe(false);
  });

  it('accepts pseudonymous references and refuses any 9-digit number', () => {
    expect(isValidPupilRef('LVS-2026:0042')).toBe(true);
    expect(isValidPupilRef('a1b2')).toBe(true);
    expect(isValidPupilRef('111222333')).toBe(false);
    expect(isValidPupilRef('123456789')).toBe(false);
    expect(isValidPupilRef('1234567890')).toBe(true);
    expect(isValidPupilRef('abc')).toBe(false);
    expect(isValidPupilRef('-abc1')).toBe(false);
    expect(isValidPupilRef('x'.repeat(65))).toBe(false);
    expect(isValidPupilRef(42)).toBe(false);
  });
});

describe('findBsnLike (free text)', () => {
  it('finds numbers that pass the elfproef, also written with dots or spaces', () => {
    expect(findBsnLike('BSN van de leerling is 123456782, graag bellen.')).toEqual(['123456782']);
    expect(findBsnLike('Nummer 123.456.782 genoemd')).toEqual(['123.456.782']);
    expect(findBsnLike('nr 1234 56 782')).toEqual(['1234 56 782']);
    expect(findBsnLike('111222333 en 123456782')).toEqual(['111222333', '123456782']);
    expect(findBsnLike('(111 222 333)')).toEqual(['111 222 333']);
  });

  it('ignores numbers that fail the elfproef and parts of longer numbers', () => {
    expect(findBsnLike('Dossier 123456789 en 123.456.789')).toEqual([]);
    expect(findBsnLike('Bel 06 12345678 of 0612345678')).toEqual([]);
    // 1123456782 and 1234567820 contain a valid BSN but are ten-digit numbers.
    expect(findBsnLike('Ref 1123456782 en 1234567820')).toEqual([]);
    expect(findBsnLike('IBAN NL91ABNA0417164300')).toEqual([]);
    expect(findBsnLike('Datum 2-12-2026, 6,5 uur per week, 12 leerlingen')).toEqual([]);
    expect(findBsnLike('')).toEqual([]);
    expect(findBsnLike('000000000')).toEqual([]);
  });
});
