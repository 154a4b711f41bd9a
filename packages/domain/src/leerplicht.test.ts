import { describe, expect, it } from 'vitest';
import { compulsoryEducation, compulsoryEducationPeriods, isBirthYearMonth } from './leerplicht.js';

describe('leerplicht', () => {
  it('starts on the first day of the month after the 5th birthday', () => {
    // Born March 2020: 5th birthday in March 2025, leerplichtig from 1 April 2025.
    expect(compulsoryEducation('2020-03', '2025-03-31')).toBe('geen');
    expect(compulsoryEducation('2020-03', '2025-04-01')).toBe('leerplichtig');
    // December birthday: leerplicht starts on 1 January of the next year.
    expect(compulsoryEducationPeriods('2020-12').leerplicht.from).toBe('2026-01-01');
  });

  it('ends on 31 July of the school year of the 16th birthday (July birthday)', () => {
    // Born July 2010: turns 16 in July 2026, school year 2025-2026.
    expect(compulsoryEducationPeriods('2010-07').leerplicht.to).toBe('2026-07-31');
    expect(compulsoryEducation('2010-07', '2026-07-31')).toBe('leerplichtig');
    expect(compulsoryEducation('2010-07', '2026-08-01')).toBe('kwalificatieplichtig');
  });

  it('ends a year later for an August birthday', () => {
    // Born August 2010: turns 16 in August 2026, school year 2026-2027.
    expect(compulsoryEducationPeriods('2010-08').leerplicht.to).toBe('2027-07-31');
    expect(compulsoryEducation('2010-08', '2026-08-01')).toBe('leerplichtig');
    expect(compulsoryEducation('2010-08', '2027-07-31')).toBe('leerplichtig');
    expect(compulsoryEducation('2010-08', '2027-08-01')).toBe('kwalificatieplichtig');
  });

  it('has kwalificatieplicht until the 18th birthday (last day of the birth month)', () => {
    expect(compulsoryEducationPeriods('2008-02').kwalificatieplicht.to).toBe('2026-02-28');
    expect(compulsoryEducationPeriods('2010-02').kwalificatieplicht.to).toBe('2028-02-29');
    expect(compulsoryEducation('2008-02', '2026-02-28')).toBe('kwalificatieplichtig');
    expect(compulsoryEducation('2008-02', '2026-03-01')).toBe('geen');
  });

  it('validates the birth year-month', () => {
    expect(isBirthYearMonth('2012-05')).toBe(true);
    expect(isBirthYearMonth('2012-13')).toBe(false);
    expect(isBirthYearMonth('2012-05-01')).toBe(false);
    expect(() => compulsoryEducation('2012-5', '2026-01-01')).toThrow(RangeError);
  });
});
