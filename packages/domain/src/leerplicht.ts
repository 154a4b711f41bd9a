/**
 * Compulsory education (leerplicht, kwalificatieplicht) from a birth year-month.
 * We store only `YYYY-MM` (data minimisation), so every boundary is expressed in months:
 *
 * - leerplicht starts on the first day of the month after the 5th birthday. Whatever the day
 *   of birth, that is the first day of the month after (birth month + 5 years): exact.
 * - leerplicht ends on 31 July of the school year in which the child turns 16. A birthday in
 *   July (or earlier) falls in the school year ending that July, a birthday in August (or later)
 *   in the one ending next July: the month is enough, exact.
 * - kwalificatieplicht then runs until the 18th birthday (or a startkwalificatie, which we do
 *   not store). The day of birth is unknown, so we take the *last* day of the birth month
 *   + 18 years as the last kwalificatieplichtig day: a child is never dropped from scope early.
 *   This can keep a pupil in scope up to 30 days after the real 18th birthday.
 */
import { addDays, addMonths, isoDate, schoolYearOf, daysInMonth, type IsoDate, type Period } from './dates.js';
import { KWALIFICATIEPLICHT_END_AGE, LEERPLICHT_END_AGE, LEERPLICHT_START_AGE } from './legal-constants.js';
import type { CompulsoryEducation } from './types.js';

const BIRTH_YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `value` is `YYYY-MM` with a valid month. */
export function isBirthYearMonth(value: unknown): value is string {
  return typeof value === 'string' && BIRTH_YEAR_MONTH.test(value);
}

function parseBirthYearMonth(birthYearMonth: string): { year: number; month: number } {
  const match = BIRTH_YEAR_MONTH.exec(birthYearMonth);
  if (!match) throw new RangeError(`Not a birth year-month (YYYY-MM): ${birthYearMonth}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The periods of leerplicht and kwalificatieplicht (inclusive) for a birth year-month. */
export interface CompulsoryEducationPeriods {
  leerplicht: Period;
  kwalificatieplicht: Period;
}

export function compulsoryEducationPeriods(birthYearMonth: string): CompulsoryEducationPeriods {
  const { year, month } = parseBirthYearMonth(birthYearMonth);
  const fifthBirthdayMonth = isoDate(year + LEERPLICHT_START_AGE, month, 1);
  const leerplichtFrom = addMonths(fifthBirthdayMonth, 1);
  // Any day of the 16th-birthday month lies in the same school year, so the 1st will do.
  const leerplichtTo = schoolYearOf(isoDate(year + LEERPLICHT_END_AGE, month, 1)).to;
  const endYear = year + KWALIFICATIEPLICHT_END_AGE;
  const kwalificatieplichtTo = isoDate(endYear, month, daysInMonth(endYear, month));
  return {
    leerplicht: { from: leerplichtFrom, to: leerplichtTo },
    kwalificatieplicht: { from: addDays(leerplichtTo, 1), to: kwalificatieplichtTo },
  };
}

/** Whether a child born in `birthYearMonth` is leerplichtig, kwalificatieplichtig or neither on `date`. */
export function compulsoryEducation(birthYearMonth: string, date: IsoDate): CompulsoryEducation {
  const { leerplicht, kwalificatieplicht } = compulsoryEducationPeriods(birthYearMonth);
  if (leerplicht.from <= date && date <= leerplicht.to) return 'leerplichtig';
  if (kwalificatieplicht.from <= date && date <= kwalificatieplicht.to) return 'kwalificatieplichtig';
  return 'geen';
}
