/**
 * Episodes and the per-case figures the statistics count.
 *
 * A reopened case is a new episode with its own clock (profile `reopenedCase: newEpisode`): the
 * earlier episode, with its closure, stays in the case's history and keeps counting for the days
 * it covered. `caseFigures` turns a case into the dated rows the database aggregates, by asking
 * `deriveCase` itself on every day where its answer can change: so a SQL count over these rows
 * is exactly the count of cases for which `deriveCase` says so (tested as a property).
 */
import { addDays, type IsoDate } from './dates.js';
import {
  deriveCase,
  isFullTimeOffer,
  SOLUTION_CLOSURE_REASONS,
  type Absence,
  type CaseFacts,
  type Closure,
  type DerivedClassification,
  type Offer,
} from './derive.js';
import { compulsoryEducationPeriods, isBirthYearMonth } from './leerplicht.js';
import { resolveProfile, type DerivationProfile } from './profile.js';
import { holidaysOf, mergePeriods, nthCountedDay } from './school-calendar.js';
import { LATEST_DATE } from './validation.js';

/** An earlier, closed episode of a reopened case, as kept in its history. */
export interface Episode {
  /** The day this episode was reported (the case created, or reopened). */
  reportedOn: IsoDate;
  absence: Absence;
  offer: Offer | null;
  closure: Closure;
}

/** A case with its history: the current facts plus earlier episodes, oldest first. */
export interface CaseRecord extends CaseFacts {
  /** The day the current episode was reported. */
  reportedOn: IsoDate;
  episodes?: readonly Episode[] | null;
}

/** Every episode as facts of its own, oldest first; the current one last. */
export function episodesOf(record: CaseRecord): (CaseFacts & { reportedOn: IsoDate })[] {
  const earlier = (record.episodes ?? []).map((e) => ({
    birthYearMonth: record.birthYearMonth,
    holidayRegion: record.holidayRegion ?? null,
    reportedOn: e.reportedOn,
    absence: e.absence,
    offer: e.offer,
    status: 'closed' as const,
    closure: e.closure,
  }));
  const { episodes: _history, ...current } = record;
  return [...earlier, current];
}

/** The episode that covers `day`: the latest one that began on or before it (else the first). */
export function episodeOn(record: CaseRecord, day: IsoDate): CaseFacts & { reportedOn: IsoDate } {
  const all = episodesOf(record);
  let found = all[0]!;
  for (const e of all) if (e.absence.firstDayOfAbsence <= day) found = e;
  return found;
}

/** `deriveCase` of the episode that covers `day`, evaluated on `day`. */
export function deriveCaseOn(record: CaseRecord, profile: Partial<DerivationProfile>, day: IsoDate): DerivedClassification {
  return deriveCase(episodeOn(record, day), profile, day);
}

/** One dated row of `caseFigures`: `to` null = open-ended; `value` for `normDecided` (1 met, 0 exceeded). */
export interface CaseFigureRow {
  kind: 'thuiszitter' | 'reported' | 'closedWithSolution' | 'normDecided';
  from: IsoDate;
  to: IsoDate | null;
  value: number;
}

/**
 * The days on which `deriveCase(facts).isThuiszitter` can change: the first day, the LRV and
 * absoluut thresholds (after the first day and after an exemption), the exemption's bounds, the
 * closure, a full-time offer's start and the age boundaries.
 */
function changeDays(facts: CaseFacts, profile: Partial<DerivationProfile>): IsoDate[] {
  const p = resolveProfile(profile);
  const { absence } = facts;
  const days = new Set<IsoDate>([absence.firstDayOfAbsence]);
  const starts = [absence.firstDayOfAbsence];
  if (absence.exemption) {
    days.add(absence.exemption.from);
    if (absence.exemption.to !== null) {
      days.add(addDays(absence.exemption.to, 1));
      starts.push(addDays(absence.exemption.to, 1));
    }
  }
  const paused = p.absenceCounting === 'schoolWeeks' ? mergePeriods(holidaysOf(facts.holidayRegion ?? p.holidayRegion)) : [];
  const lrv = p.lrvComparison === 'atLeast' ? p.lrvThresholdDays : p.lrvThresholdDays + 1;
  for (const start of starts) {
    days.add(nthCountedDay(start, lrv, paused));
    days.add(nthCountedDay(start, p.absoluteThresholdDays + 1, paused));
  }
  if (facts.closure) days.add(facts.closure.closedOn);
  if (isFullTimeOffer(facts.offer)) days.add(facts.offer.startDate);
  if (isBirthYearMonth(facts.birthYearMonth)) {
    const { leerplicht, kwalificatieplicht } = compulsoryEducationPeriods(facts.birthYearMonth);
    days.add(leerplicht.from);
    days.add(addDays(kwalificatieplicht.to, 1));
  }
  return [...days].filter((d) => d <= LATEST_DATE).sort();
}

/** The spans of days (inclusive; `to` null = still) on which the episode is a thuiszitter. */
function thuiszitterSpans(facts: CaseFacts, profile: Partial<DerivationProfile>, until: IsoDate | null): { from: IsoDate; to: IsoDate | null }[] {
  const spans: { from: IsoDate; to: IsoDate | null }[] = [];
  let open: IsoDate | null = null;
  for (const day of changeDays(facts, profile)) {
    if (until !== null && day > until) break;
    const is = deriveCase(facts, profile, day).isThuiszitter;
    if (is && open === null) open = day;
    if (!is && open !== null) {
      spans.push({ from: open, to: addDays(day, -1) });
      open = null;
    }
  }
  if (open !== null) spans.push({ from: open, to: until });
  return spans;
}

/**
 * The rows the statistics count for one case (all its episodes):
 * - `thuiszitter`: the days on which `deriveCaseOn(record, day).isThuiszitter`;
 * - `reported`: the day each episode was reported ("nieuw gemeld");
 * - `closedWithSolution`: the closing day of each episode closed with a suitable place;
 * - `normDecided`: the norm deadline of each episode whose 3-month outcome was decided there:
 *   `met` (value 1) or `exceeded` (0) on the day after it, when the norm applies (not for an
 *   exempt pupil, one past compulsory age, or one that left without a solution before it).
 */
export function caseFigures(record: CaseRecord, profile: Partial<DerivationProfile>): CaseFigureRow[] {
  const rows: CaseFigureRow[] = [];
  const all = episodesOf(record);
  all.forEach((facts, i) => {
    const next = all[i + 1];
    // An episode covers the days until the next one begins.
    const until = next ? addDays(next.absence.firstDayOfAbsence, -1) : null;
    for (const span of thuiszitterSpans(facts, profile, until)) rows.push({ kind: 'thuiszitter', from: span.from, to: span.to, value: 1 });
    rows.push({ kind: 'reported', from: facts.reportedOn, to: facts.reportedOn, value: 1 });
    if (facts.closure && SOLUTION_CLOSURE_REASONS.includes(facts.closure.reason)) {
      rows.push({ kind: 'closedWithSolution', from: facts.closure.closedOn, to: facts.closure.closedOn, value: 1 });
    }
    const deadline = deriveCase(facts, profile, LATEST_DATE).normDeadline;
    if (deadline < LATEST_DATE && (until === null || deadline < until)) {
      const decided = deriveCase(facts, profile, addDays(deadline, 1));
      if (decided.normDeadline === deadline && (decided.normStatus === 'met' || decided.normStatus === 'exceeded')) {
        rows.push({ kind: 'normDecided', from: deadline, to: deadline, value: decided.normStatus === 'met' ? 1 : 0 });
      }
    }
  });
  return rows;
}

