import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  formatIsoDate,
  isIsoDate,
  last3Months,
  lastSchoolYear,
  overlapDays,
  parseDateInput,
  parseIsoDate,
  previousPeriod,
  samePeriodLastYear,
  schoolYearOf,
  thisSchoolYear,
  todayInAmsterdam,
} from './dates.js';

describe('ISO dates', () => {
  it('parses and formats round-trip in UTC', () => {
    expect(parseIsoDate('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(formatIsoDate(parseIsoDate('2028-02-29'))).toBe('2028-02-29');
  });

  it('refuses impossible dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(() => parseIsoDate('2026-04-31')).toThrow(RangeError);
  });

  it('adds days across a DST change and a year end', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-05-31', 3)).toBe('2026-08-31');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysBetween('2026-03-01', '2026-03-29')).toBe(28);
    expect(daysBetween('2026-03-29', '2026-03-01')).toBe(-28);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('counts overlapping days of inclusive periods', () => {
    expect(overlapDays({ from: '2026-01-01', to: '2026-01-10' }, { from: '2026-01-10', to: '2026-01-20' })).toBe(1);
    expect(overlapDays({ from: '2026-01-01', to: '2026-01-09' }, { from: '2026-01-10', to: '2026-01-20' })).toBe(0);
  });

  it('knows today in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Amsterdam (UTC+1 in winter).
    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC in summer is 00:30 the next day (UTC+2).
    expect(todayInAmsterdam(new Date('2026-07-31T22:30:00Z'))).toBe('2026-08-01');
    expect(todayInAmsterdam(new Date('2026-07-31T21:30:00Z'))).toBe('2026-07-31');
  });
});

describe('school years', () => {
  it('runs from 1 August to 31 July', () => {
    expect(schoolYearOf('2026-07-31')).toEqual({ startYear: 2025, from: '2025-08-01', to: '2026-07-31', label: '2025-2026' });
    expect(schoolYearOf('2026-08-01')).toEqual({ startYear: 2026, from: '2026-08-01', to: '2027-07-31', label: '2026-2027' });
    expect(schoolYearOf('2027-01-01').label).toBe('2026-2027');
  });

  it('offers period presets', () => {
    expect(thisSchoolYear('2026-11-22')).toEqual({ from: '2026-08-01', to: '2027-07-31' });
    expect(lastSchoolYear('2026-11-22')).toEqual({ from: '2025-08-01', to: '2026-07-31' });
    expect(lastSchoolYear('2026-07-31')).toEqual({ from: '2024-08-01', to: '2025-07-31' });
    expect(last3Months('2026-11-22')).toEqual({ from: '2026-08-23', to: '2026-11-22' });
    expect(last3Months('2026-05-31')).toEqual({ from: '2026-03-01', to: '2026-05-31' });
  });

  it('computes the previous period of the same length', () => {
    expect(previousPeriod({ from: '2026-08-23', to: '2026-11-22' })).toEqual({ from: '2026-05-23', to: '2026-08-22' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    const p = previousPeriod({ from: '2026-08-01', to: '2027-07-31' });
    expect(daysBetween(p.from, p.to)).toBe(daysBetween('2026-08-01', '2027-07-31'));
    expect(p.to).toBe('2026-07-31');
  });

  it('computes the same period last year', () => {
    expect(samePeriodLastYear({ from: '2026-08-01', to: '2027-07-31' })).toEqual({ from: '2025-08-01', to: '2026-07-31' });
    expect(samePeriodLastYear({ from: '2028-02-01', to: '2028-02-29' })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });
});

describe('parseDateInput (typed dates)', () => {
  it('reads ISO and the Dutch day-month-year order with -, / or .', () => {
    for (const typed of ['2026-12-02', '2026-12-2', '2-12-2026', '02-12-2026', '2/12/2026', '02.12.2026', ' 2-12-2026 ']) {
      expect(parseDateInput(typed), typed).toEqual({ date: '2026-12-02' });
    }
    expect(parseDateInput('29-2-2028')).toEqual({ date: '2028-02-29' });
  });

  it('says why a text is not a date: empty, not a date as written, or a day that does not exist', () => {
    expect(parseDateInput('  ')).toEqual({ problem: 'empty' });
    for (const typed of ['2-12-26', '2026/12/02', '2-12/2026', 'morgen', '12-2026', '2026-12-02T10:00']) {
      expect(parseDateInput(typed), typed).toEqual({ problem: 'format' });
    }
    for (const typed of ['31-02-2026', '29-02-2026', '2026-13-01', '0-12-2026', '31.04.2026']) {
      expect(parseDateInput(typed), typed).toEqual({ problem: 'nonexistent' });
    }
  });
});
