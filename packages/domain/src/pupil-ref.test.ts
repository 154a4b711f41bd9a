import { describe, expect, it } from 'vitest';
import { isValidPupilRef, looksLikeBsn } from './pupil-ref.js';

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
