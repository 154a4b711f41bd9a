import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, daysInMonth, isIsoDate, isoDate, previousPeriod, periodLength, schoolYearOf } from './dates.js';
import { deriveCase, normDeadline } from './derive.js';

const isoDates = fc
  .record({ year: fc.integer({ min: 2000, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => isoDate(year, month, Math.min(day, daysInMonth(year, month))));

describe('date properties', () => {
  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -2000, max: 2000 }), (date, n) => {
        const later = addDays(date, n);
        return isIsoDate(later) && daysBetween(date, later) === n && addDays(later, -n) === date;
      }),
    );
  });

  it('addMonths lands in the target month, never past its end', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -36, max: 36 }), (date, n) => {
        const result = addMonths(date, n);
        const [y, m] = date.split('-').map(Number);
        const index = y * 12 + m - 1 + n;
        return isIsoDate(result) && result.startsWith(isoDate(Math.floor(index / 12), (index % 12) + 1, 1).slice(0, 8));
      }),
    );
  });

  it('every date lies in its school year, which runs 1 August – 31 July', () => {
    fc.assert(
      fc.property(isoDates, (date) => {
        const year = schoolYearOf(date);
        return year.from <= date && date <= year.to && year.from.endsWith('-08-01') && year.to.endsWith('-07-31');
      }),
    );
  });

  it('the previous period has the same length and ends the day before', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 0, max: 800 }), (from, extra) => {
        const period = { from, to: addDays(from, extra) };
        const previous = previousPeriod(period);
        return periodLength(previous) === periodLength(period) && addDays(previous.to, 1) === period.from;
      }),
    );
  });
});

describe('derivation properties', () => {
  it('an exemption only ever postpones the deadline, by at most its length', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -200, max: 200 }), fc.integer({ min: 0, max: 200 }), (first, start, length) => {
        const exemption = { ground: 'vrijstelling5a' as const, from: addDays(first, start), to: addDays(first, start + length) };
        const base = addMonths(first, 3);
        const extended = normDeadline(first, 3, exemption, addDays(first, 400));
        const shift = daysBetween(base, extended);
        return shift >= 0 && shift <= length + 1;
      }),
    );
  });

  it('is a thuiszitter by unauthorised enrolled absence exactly when more than 28 days absent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), (days) => {
        const first = '2026-09-01';
        const derived = deriveCase(
          { birthYearMonth: '2012-05', absence: { enrolled: true, firstDayOfAbsence: first, authorised: false, exemption: null } },
          { absenceCounting: 'calendarDays' },
          addDays(first, days - 1),
        );
        expect(derived.daysAbsent).toBe(days);
        return derived.isThuiszitter === days > 28;
      }),
    );
  });
});
