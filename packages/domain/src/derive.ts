/**
 * Derives the classification and the deadlines of a case from its facts.
 * The API stores facts only (enrolled, first day of absence, authorised, exemption, offer,
 * closure) and computes this on every read, so a region's definition profile, and the passing
 * of time, are always applied the same way by server, SDK and components.
 * Evaluated on any day: on a day before a later closure or offer the case is seen as it was then,
 * which is what the statistics count (see `statistics.ts`).
 */
import { addDays, addMonths, daysBetween, minDate, overlapDays, todayInAmsterdam, type IsoDate, type Period } from './dates.js';
import { FULL_TIME_HOURS_PER_WEEK, VERZUIM_REPORT_AFTER_DAYS } from './legal-constants.js';
import { compulsoryEducation } from './leerplicht.js';
import { resolveProfile, type DefinitionThresholds, type DerivationProfile } from './profile.js';
import { countedDays, holidaysOf, mergePeriods, nthCountedDay, type HolidayRegion } from './school-calendar.js';
import type {
  CaseStatus,
  ClassificationCode,
  ClosureReason,
  CompulsoryEducation,
  DuoReportStatus,
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
  /** The school's own holiday region, when it differs from the SWV's (profile `holidayRegion`). */
  holidayRegion?: HolidayRegion | null;
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
  duoReport: DuoReportStatus;
}

/** Closure reasons that mean the pupil has a suitable place: they meet the norm like an offer. */
export const SOLUTION_CLOSURE_REASONS: readonly ClosureReason[] = ['terugNaarSchool', 'anderePassendePlek'];

/** An offer of full-time education: once started, the pupil is no longer absent. */
export function isFullTimeOffer(offer: Offer | null | undefined): offer is Offer {
  return !!offer && offer.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK && offer.type !== 'zorgDagbesteding';
}

/**
 * The day the absence stopped, as known on `today`: the closure, or the start of a full-time
 * offer (the pupil is back in education), whichever came first; null while it goes on.
 */
export function absenceStoppedOn(facts: CaseFacts, today: IsoDate): IsoDate | null {
  const candidates: IsoDate[] = [];
  if (facts.closure && facts.closure.closedOn <= today) candidates.push(facts.closure.closedOn);
  if (isFullTimeOffer(facts.offer) && facts.offer.startDate <= today) candidates.push(facts.offer.startDate);
  return candidates.length === 0 ? null : candidates.reduce(minDate);
}

/**
 * The date the case is evaluated on: today, or the closing day for a case closed by then, so
 * that a closed case's counts stay frozen at its closure. A started full-time offer freezes
 * it on the day before the start (the last day of absence).
 */
export function referenceDate(facts: CaseFacts, today: IsoDate): IsoDate {
  let on = today;
  if (facts.closure && facts.closure.closedOn <= today) on = facts.closure.closedOn;
  if (isFullTimeOffer(facts.offer) && facts.offer.startDate <= on) on = addDays(facts.offer.startDate, -1);
  return on;
}

/**
 * Calendar days of absence from the first day of absence up to and including `on`
 * (first day itself = 1); 0 when the absence starts later.
 */
export function countDaysAbsent(firstDayOfAbsence: IsoDate, on: IsoDate): number {
  return Math.max(0, daysBetween(firstDayOfAbsence, on) + 1);
}

/** The day the absence becomes "more than `thresholdDays` days" in calendar days: day `thresholdDays + 1`. */
export function lrvThresholdDate(firstDayOfAbsence: IsoDate, thresholdDays: number): IsoDate {
  return addDays(firstDayOfAbsence, thresholdDays);
}

function isExemptOn(exemption: Exemption | null, date: IsoDate): boolean {
  return exemption !== null && exemption.from <= date && (exemption.to === null || date <= exemption.to);
}

/**
 * The first day of the current stretch of absence for the LRV count: the first day of absence,
 * or the day after an exemption that ended (by `on`) while the absence ran. LRV is "more than
 * 4 consecutive (aaneengesloten) school weeks" (DUO), and an exemption interrupts them.
 */
function lrvStart(first: IsoDate, exemption: Exemption | null, on: IsoDate): IsoDate {
  if (!exemption || exemption.to === null || exemption.to < first || exemption.to >= on) return first;
  return addDays(exemption.to, 1);
}

/**
 * The day the norm clock starts: the first day of absence (an exemption then suspends it, see
 * `normDeadline`), or with `afterExemption: restart` the day after an exemption that ended.
 */
function normClockStart(first: IsoDate, exemption: Exemption | null, on: IsoDate, p: DefinitionThresholds): IsoDate {
  return p.afterExemption === 'restart' ? lrvStart(first, exemption, on) : first;
}

/** The school holidays of the pupil's region, in which the LRV count stands still (none when counting calendar days). */
function holidayPauses(facts: CaseFacts, p: DefinitionThresholds): readonly Period[] {
  return p.absenceCounting === 'schoolWeeks' ? mergePeriods(holidaysOf(facts.holidayRegion ?? p.holidayRegion)) : [];
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

function exceedsLrv(counted: number, p: DefinitionThresholds): boolean {
  return p.lrvComparison === 'atLeast' ? counted >= p.lrvThresholdDays : counted > p.lrvThresholdDays;
}

/**
 * Classification, first rule that applies (README "Rules"): exempt; outside compulsory age;
 * not enrolled (absoluut, whatever the reason of absence: only an exemption lifts the duty to
 * enrol); authorised; more than the LRV threshold of counted days; else relatief verzuim.
 */
function classify(facts: CaseFacts, on: IsoDate, counted: number, duty: CompulsoryEducation, p: DefinitionThresholds): ClassificationCode {
  const { absence } = facts;
  if (isExemptOn(absence.exemption, on)) return 'vrijgesteld';
  if (duty === 'geen') return 'nietLeerplichtig';
  if (!absence.enrolled) return 'absoluut';
  if (absence.authorised) return 'geoorloofd';
  if (exceedsLrv(counted, p)) return 'langdurigRelatief';
  return 'relatief';
}

/** The moment the norm is met: an offer's start, or a closure with a suitable place (known on `today`). */
function solutionDate(facts: CaseFacts, today: IsoDate): IsoDate | null {
  const dates: IsoDate[] = [];
  if (facts.offer) dates.push(facts.offer.startDate);
  if (facts.closure && facts.closure.closedOn <= today && SOLUTION_CLOSURE_REASONS.includes(facts.closure.reason)) {
    dates.push(facts.closure.closedOn);
  }
  return dates.length === 0 ? null : dates.reduce(minDate);
}

/** Whether the 3-month clock of the Thuiszitterspact runs for this classification. */
export function normApplies(classification: ClassificationCode, profile: Partial<DerivationProfile> = {}): boolean {
  if (classification === 'vrijgesteld' || classification === 'nietLeerplichtig') return false;
  if (classification === 'geoorloofd') return resolveProfile(profile).authorisedRunsNormClock;
  return true;
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
  const p = resolveProfile(profile);
  const on = referenceDate(facts, today);
  const first = facts.absence.firstDayOfAbsence;
  const exemption = facts.absence.exemption;
  const start = lrvStart(first, exemption, on);
  const paused = holidayPauses(facts, p);
  // Counted up to `on`, or up to the day before an exemption that is running on `on`.
  const countTo = exemption && exemption.from > start && exemption.from <= on ? addDays(exemption.from, -1) : on;

  const duty = compulsoryEducation(facts.birthYearMonth, on);
  const counted = countTo < start ? 0 : countedDays({ from: start, to: countTo }, paused);
  const classification = classify(facts, on, counted, duty, p);
  const stopped = absenceStoppedOn(facts, today);
  const absent = today >= first && stopped === null;
  const isThuiszitter =
    absent &&
    ((classification === 'absoluut' && counted > p.absoluteThresholdDays) || classification === 'langdurigRelatief');

  const threshold = p.lrvComparison === 'atLeast' ? p.lrvThresholdDays : p.lrvThresholdDays + 1;
  const normStart = normClockStart(first, exemption, on, p);
  const deadline =
    normStart === first ? normDeadline(first, p.normMonths, exemption, on) : addMonths(normStart, p.normMonths);
  const solvedOn = solutionDate(facts, today);
  const metOn = solvedOn !== null && solvedOn <= deadline && (p.offerMeetsNorm === 'planned' || solvedOn <= today) ? solvedOn : null;
  let normStatus: NormStatus;
  let normMetOn: IsoDate | null = null;
  let daysOverNorm: number | null = null;
  let daysLeft: number | null = null;
  if (!normApplies(classification, p)) {
    normStatus = 'notApplicable';
  } else if (metOn !== null) {
    normStatus = 'met';
    normMetOn = metOn;
  } else if (on > deadline) {
    // Exceeded: still no offer, or one that started late (counted up to its start).
    normStatus = 'exceeded';
    daysOverNorm = daysBetween(deadline, solvedOn !== null && solvedOn <= on ? solvedOn : on);
  } else {
    daysLeft = daysBetween(on, deadline);
    normStatus = daysLeft <= p.almostOutDays ? 'almostOut' : 'running';
  }

  return {
    classification,
    isThuiszitter,
    compulsoryEducation: duty,
    daysAbsent: counted,
    lrvThresholdDate: nthCountedDay(start, threshold, paused),
    normDeadline: deadline,
    normStatus,
    normMetOn,
    daysOverNorm,
    daysLeft,
    duoReport: duoReportStatus(facts, classification, counted),
  };
}

/**
 * The school's duty to report to DUO (Leerplichtwet art. 21a): an enrolled pupil with more
 * than 16 hours of unauthorised absence in 4 school weeks must be reported. Whole-day absence of
 * one school week passes that (VERZUIM_REPORT_AFTER_DAYS).
 */
function duoReportStatus(facts: CaseFacts, classification: ClassificationCode, counted: number): DuoReportStatus {
  if (classification !== 'relatief' && classification !== 'langdurigRelatief') return 'notRequired';
  if (facts.absence.duoReportNumber) return 'reported';
  return counted >= VERZUIM_REPORT_AFTER_DAYS ? 'required' : 'notYetRequired';
}
