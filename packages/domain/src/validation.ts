/**
 * Facts that cannot be true, refused with a field error each (the server answers 400 with
 * `invalidParams`; the melding form shows them at the field). Names are the field paths of the
 * contract (`absence.firstDayOfAbsence`).
 */
import type { IsoDate } from './dates.js';
import type { Closure, Exemption } from './derive.js';
import { compulsoryEducation, isBirthYearMonth } from './leerplicht.js';

export interface FieldError {
  name: string;
  reason: string;
}

/** The range every date of the contract must lie in (its `pattern` admits the years 1900–2099). */
export const EARLIEST_DATE: IsoDate = '1900-01-01';
export const LATEST_DATE: IsoDate = '2099-12-31';

/** The facts the checks read; a `CaseCreate` body, or a stored case merged with a patch, fits. */
export interface CheckedFacts {
  birthYearMonth?: string;
  absence?: { firstDayOfAbsence?: IsoDate; exemption?: (Omit<Exemption, 'ground'> & { ground: string }) | null } | null;
}

/**
 * - the first day of absence is not in the future (a report is about absence that happened) and
 *   not before the pupil's birth month;
 * - an exemption does not end before it starts;
 * - an art. 15 exemption (Leerplichtwet: from kwalificatieplicht, for education elsewhere) only
 *   for a pupil who is kwalificatieplichtig on its first day.
 */
export function checkFacts(facts: CheckedFacts, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  const first = facts.absence?.firstDayOfAbsence;
  const birth = facts.birthYearMonth;
  if (first) {
    if (first > today) errors.push({ name: 'absence.firstDayOfAbsence', reason: `must not be in the future (today is ${today})` });
    if (birth && isBirthYearMonth(birth) && first < `${birth}-01`) {
      errors.push({ name: 'absence.firstDayOfAbsence', reason: `must not be before the pupil's birth (${birth})` });
    }
  }
  const exemption = facts.absence?.exemption;
  if (exemption) {
    if (exemption.to !== null && exemption.to < exemption.from) {
      errors.push({ name: 'absence.exemption.to', reason: 'must not be before absence.exemption.from' });
    }
    if (exemption.ground === 'vrijstelling15' && birth && isBirthYearMonth(birth)) {
      const duty = compulsoryEducation(birth, exemption.from);
      if (duty !== 'kwalificatieplichtig') {
        errors.push({
          name: 'absence.exemption.ground',
          reason: `art. 15 exempts from kwalificatieplicht only; on ${exemption.from} the pupil is ${duty === 'leerplichtig' ? 'still leerplichtig' : 'not of compulsory age'}`,
        });
      }
    }
  }
  return errors;
}

/** A closure is not dated in the future nor before the absence began. */
export function checkClosure(closure: Pick<Closure, 'closedOn'>, firstDayOfAbsence: IsoDate | undefined, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  if (closure.closedOn > today) errors.push({ name: 'closedOn', reason: `must not be in the future (today is ${today})` });
  if (firstDayOfAbsence && closure.closedOn < firstDayOfAbsence) {
    errors.push({ name: 'closedOn', reason: `must not be before the first day of absence (${firstDayOfAbsence})` });
  }
  return errors;
}
