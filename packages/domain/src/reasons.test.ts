import { describe, expect, it } from 'vitest';
import { DEFAULT_REASONS, REASON_CODES, isHealthReason, isReasonCode } from './reasons.js';

describe('reason taxonomy', () => {
  it('has the 15 codes of domain.md with a Dutch and an English label', () => {
    expect(DEFAULT_REASONS).toHaveLength(15);
    expect(new Set(DEFAULT_REASONS.map((r) => r.code)).size).toBe(15);
    expect(DEFAULT_REASONS[0].code).toBe('psychisch');
    expect(DEFAULT_REASONS[14].code).toBe('onbekend');
    for (const reason of DEFAULT_REASONS) {
      expect(reason.label.nl.length, reason.code).toBeGreaterThan(3);
      expect(reason.label.en.length, reason.code).toBeGreaterThan(3);
      expect(reason.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('marks health data', () => {
    for (const code of ['psychisch', 'ontwikkeling-gedrag', 'lichamelijk', 'middelengebruik'] as const) {
      expect(isHealthReason(code)).toBe(true);
    }
    expect(isHealthReason('spijbelen')).toBe(false);
    expect(isHealthReason('niet-ingeschreven')).toBe(false);
  });

  it('recognises reason codes', () => {
    expect(REASON_CODES.every(isReasonCode)).toBe(true);
    expect(isReasonCode('angst')).toBe(false);
    expect(isReasonCode(undefined)).toBe(false);
  });
});
