/**
 * Derives the classification and the deadlines of a case from its facts.
 * The API stores facts only (enrolled, first day of absence, authorised, exemption, offer,
 * closure) and computes this on every read, so a region's definition profile, and the passing
 * of time, are always applied the same way by server, SDK and components.
 */
import { addDays, addMonths, daysBetween, minDate, overlapDays, todayInAmsterdam, type IsoDate } from './dates.js';
import { compulsoryEducation } from './leerplicht.js';
import { resolveProfile, type DerivationProfile } from './profile.js';
import type {
  CaseStatus,
  ClassificationCode,
  ClosureReason,
  CompulsoryEducation,
  ExemptionGround,
  NormStatus,
  OfferType,
} from './types.js';

export interface Exemption {
  ground: ExemptionGround;
  from: IsoDate;
  /** Last day of the exemption; `null` = open-ended (runs until today). */
  to: IsoDate | null;
}

export interface Absence {
  enrolled: boolean;
  firstDayOfAbsence: IsoDate;
  authorised: boolean;
  exemption: Exemption | null;
  duoReportNumber?: string | null;
}

export interface Offer {
  type: OfferType;
  startDate: IsoDate;
  hoursPerWeek: number;
}

export interface Closure {
  closedOn: IsoDate;
  reason: ClosureReason;
  note?: string | null;
}

/** The facts of a case that the derivation reads; a `Case` of the API fits structurally. */
export interface CaseFacts {
  birthYearMonth: string;
  absence: Absence;
  offer?: Offer | null;
  status?: CaseStatus;
  closure?: Closure | null;
}

/** `DerivedClassification` of the API. */
export interface DerivedClassification {
  classification: ClassificationCode;
  isThuiszitter: boolean;
  compulsoryEducation: CompulsoryEducation;
  daysAbsent: number;
  lrvThresholdDate: IsoDate;
  normDeadline: IsoDate;
  normStatus: NormStatus;
  normMetOn: IsoDate | null;
  daysOverNorm: number | null;
  daysLeft: number | null;
}

/** Closure reasons that mean the pupil has a suitable place: they meet the norm like an offer. */
const SOLUTION_CLOSURE_REASONS: readonly ClosureReason[] = ['terugNaarSchool', 'anderePassendePlek'];

/**
 * The date the case is evaluated on: today, or the closing day for a closed case, so that
 * a closed case's counts stay frozen at its closure.
 */
export function referenceDate(facts: CaseFacts, today: IsoDate): IsoDate {
  return facts.closure ? minDate(today, facts.closure.closedOn) : today;
}

/**
 * Calendar days of absence from the first day of absence up to and including `on`
 * (first day itself = 1; weekends and holidays count, as in "more than 4 weeks"); 0 when the
 * absence starts later.
 */
export function countDaysAbsent(firstDayOfAbsence: IsoDate, on: IsoDate): number {
  return Math.max(0, daysBetween(firstDayOfAbsence, on) + 1);
}

/** The day the absence becomes "more than `thresholdDays` days": day `thresholdDays + 1`. */
export function lrvThresholdDate(firstDayOfAbsence: IsoDate, thresholdDays: number): IsoDate {
  return addDays(firstDayOfAbsence, thresholdDays);
}

function isExemptOn(exemption: Exemption | null, date: IsoDate): boolean {
  return exemption !== null && exemption.from <= date && (exemption.to === null || date <= exemption.to);
}

/**
 * The last day within the norm: first day of absence + `normMonths` (clamped to the month's end),
 * extended by every day of an exemption that falls while the clock runs (an exemption suspends
 * the clock). An open-ended exemption suspends it up to `on`. Extending can pull more exemption
 * days into the window, so we repeat until the deadline is stable (at most exemption-length steps,
 * in practice two).
 */
export function normDeadline(firstDayOfAbsence: IsoDate, normMonths: number, exemption: Exemption | null, on: IsoDate): IsoDate {
  const base = addMonths(firstDayOfAbsence, normMonths);
  if (!exemption) return base;
  const exempt = { from: exemption.from, to: exemption.to ?? on };
  let deadline = base;
  for (;;) {
    const suspended = overlapDays(exempt, { from: firstDayOfAbsence, to: deadline });
    const next = addDays(base, suspended);
    if (next === deadline) return deadline;
    deadline = next;
  }
}

function classify(facts: CaseFacts, on: IsoDate, daysAbsent: number, thresholdDays: number, duty: CompulsoryEducation): ClassificationCode {
  const { absence } = facts;
  if (absence.authorised) return 'geoorloofd';
  if (isExemptOn(absence.exemption, on)) return 'vrijgesteld';
  if (duty === 'geen') return 'nietLeerplichtig';
  if (!absence.enrolled) return 'absoluut';
  if (daysAbsent > thresholdDays) return 'langdurigRelatief';
  // Within the threshold the case is a signal (at risk) until a DUO verzuimmelding proves the
  // legal 16-hours threshold was passed: then it is relatief verzuim in the legal sense.
  return absence.duoReportNumber ? 'relatief' : 'dreigend';
}

/** The moment the norm is met: an offer's start, or a closure with a suitable place. */
function solutionDate(facts: CaseFacts): IsoDate | null {
  if (facts.offer) return facts.offer.startDate;
  if (facts.closure && SOLUTION_CLOSURE_REASONS.includes(facts.closure.reason)) return facts.closure.closedOn;
  return null;
}

/**
 * Classification and deadlines of a case on `today` (default: today in Europe/Amsterdam).
 * See the README of this package for the rules and the choices where the law leaves room.
 */
export function deriveCase(
  facts: CaseFacts,
  profile: Partial<DerivationProfile> = {},
  today: IsoDate = todayInAmsterdam(),
): DerivedClassification {
  const { lrvThresholdDays, normMonths, almostOutDays } = resolveProfile(profile);
  const on = referenceDate(facts, today);
  const first = facts.absence.firstDayOfAbsence;

  const duty = compulsoryEducation(facts.birthYearMonth, on);
  const daysAbsent = countDaysAbsent(first, on);
  const classification = classify(facts, on, daysAbsent, lrvThresholdDays, duty);
  const isThuiszitter = !facts.closure && (classification === 'absoluut' || classification === 'langdurigRelatief');

  const deadline = normDeadline(first, normMonths, facts.absence.exemption, on);
  const solvedOn = solutionDate(facts);
  let normStatus: NormStatus;
  let normMetOn: IsoDate | null = null;
  let daysOverNorm: number | null = null;
  let daysLeft: number | null = null;
  if (solvedOn !== null && solvedOn <= deadline) {
    // A planned start within the norm counts: the pact asks for an offer within three months.
    normStatus = 'met';
    normMetOn = solvedOn;
  } else if (on > deadline) {
    // Exceeded: still no offer, or one that started late (counted up to its start).
    normStatus = 'exceeded';
    daysOverNorm = daysBetween(deadline, solvedOn !== null && solvedOn <= on ? solvedOn : on);
  } else {
    daysLeft = daysBetween(on, deadline);
    normStatus = daysLeft <= almostOutDays ? 'almostOut' : 'running';
  }

  return {
    classification,
    isThuiszitter,
    compulsoryEducation: duty,
    daysAbsent,
    lrvThresholdDate: lrvThresholdDate(first, lrvThresholdDays),
    normDeadline: deadline,
    normStatus,
    normMetOn,
    daysOverNorm,
    daysLeft,
  };
}
