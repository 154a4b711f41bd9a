// Statistics: counts per reason, per school and headline figures, aggregated in the database
// over the caller's tenancy (store/statistics.ts), so another tenant's case is never counted.
//
// Which cases count (the semantics, in one place): exactly what deriveCase of
// @thuiszitters/domain says, through the figure rows caseFigures() derives per case (table
// case_figures, rewritten on every write; see store/figures.ts). A reopened case counts with
// every episode. Tested as a property over generated regions (test/statistics-law.test.ts).
// - Per reason / per school, a case counts in a period when it was a thuiszitter
//   (`isThuiszitter`) on at least one day of it. The comparison period is counted the same way.
// - `reasonScope=primary` counts each case once, under its primary reason (items add up to the
//   total); `all` counts a case under every reason it mentions (items add up to more than the
//   total, which still counts each case once).
// - Headline `active` (and the monthly trend): cases that are a thuiszitter on the period's last
//   day (each trend month's last day).
// - `newInPeriod`: reports (a case created, or reopened as a new episode) on a day in the period.
// - `closedWithSolution`: episodes closed in the period with `terugNaarSchool` or `anderePassendePlek`.
// - Counted up to today: a period reaching past today counts to today, a norm outcome only
//   once its deadline has passed (deriveCase would otherwise project today's facts forward).
// - `offerWithinNormShare`: of the episodes whose norm deadline fell in the period and whose
//   outcome was decided there (the norm applies: not exempt, of compulsory age; not left without
//   a solution before it), the share with normStatus `met`. null when none.
// - `medianDaysToOffer`: median of (offer start − first day of absence) over offers that
//   started in the period.
// - `context.specialEducationOffers`: offers of type speciaalOnderwijsTlv that started in the period.
// Periods: without from/to, the current school year up to today (Europe/Amsterdam); without
// compareFrom/compareTo, the same dates one year earlier (as the contract says).
//
// Disclosure control (see ../statistics/disclosure.ts and the README): for swv and leerplicht
// callers the reason statistics are published per whole school year, primary reason only, with
// exposed atoms and small cells hidden; a school sees its own cases in full anyway, so its figures
// are exact (suppressionThreshold 0). School counts keep small-cell suppression (suppression.ts).
// Headline figures and the trend count facts without a reason and are exact.
import {
  addMonths,
  daysInMonth,
  isIsoDate,
  isoDate,
  REASON_CODES,
  samePeriodLastYear,
  thisSchoolYear,
  todayInAmsterdam,
  type Period,
} from '@thuiszitters/domain';
import { hasExactStatistics } from '../auth/tenancy.js';
import { badRequest, type InvalidParam } from '../http/problem.js';
import type { Database } from '../storage/database.js';
import { callerSwvCode } from '../store/reference.js';
import { activeOnDays, earliestAbsence, headlineRows, listedSchools, reasonCounts, schoolCounts, schoolsOfCases, type HeadlineRow } from '../store/statistics.js';
import { definitionProfile } from './reference.js';
import { suppressColumn } from '../statistics/suppression.js';
import {
  assertPublishableSchool,
  exposure,
  publicationRule,
  publicationYears,
  publishColumn,
  publishedOrder,
  resolvePublicationPeriods,
  type Member,
} from '../statistics/disclosure.js';
import type { AuthContext } from '../auth/claims.js';
import type { OperationHandlers, RequestContext } from '../http/context.js';

/** National context (OCW series as published for school year 2021/22; see domain.md). */
const NATIONAL_CONTEXT = { schoolYear: '2021/22', exemptions5a: 7389, absoluteAbsence: 10240, longTermRelativeAbsence: 3246 };


// ---------------------------------------------------------------------------------------------
// Periods

export interface StatisticsPeriods {
  period: Period;
  comparisonPeriod: Period;
}

/** Reads from/to/compareFrom/compareTo with the contract's defaults; 400 on an inverted period. */
export function resolvePeriods(query: Record<string, unknown>, today: string): StatisticsPeriods {
  const date = (name: string): string | undefined => {
    const value = query[name];
    return typeof value === 'string' && isIsoDate(value) ? value : undefined;
  };
  const to = date('to') ?? today;
  const from = date('from') ?? thisSchoolYear(to).from;
  const period = { from, to };
  const lastYear = samePeriodLastYear(period);
  const compareFrom = date('compareFrom');
  const compareTo = date('compareTo');
  const comparisonPeriod = {
    from: compareFrom ?? (compareTo ? shiftBack(compareTo, period) : lastYear.from),
    to: compareTo ?? (compareFrom ? shiftForward(compareFrom, period) : lastYear.to),
  };
  const invalid: InvalidParam[] = [];
  if (period.from > period.to) invalid.push({ name: 'from', reason: 'Must be on or before `to`.' });
  if (comparisonPeriod.from > comparisonPeriod.to) invalid.push({ name: 'compareFrom', reason: 'Must be on or before `compareTo`.' });
  if (invalid.length > 0) throw badRequest('A period ends before it starts.', invalid);
  return { period, comparisonPeriod };
}

function lengthInDays(period: Period): number {
  return Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000);
}
function shiftBack(to: string, like: Period): string {
  return new Date(Date.parse(to) - lengthInDays(like) * 86_400_000).toISOString().slice(0, 10);
}
function shiftForward(from: string, like: Period): string {
  return new Date(Date.parse(from) + lengthInDays(like) * 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

function schoolFilter(query: { school?: string }): string | null {
  return typeof query.school === 'string' && query.school !== '' ? query.school : null;
}

/** The small-cell threshold for this caller: 0 for a school (its own cases), the profile's otherwise. */
async function suppressionThreshold(db: Database, auth: AuthContext): Promise<number> {
  if (hasExactStatistics(auth.role)) return 0;
  return (await definitionProfile(db, await callerSwvCode(db, auth))).smallCellThreshold;
}

/**
 * Figures count what has happened: a period (or trend day) reaching past today is counted up to
 * today, and a norm outcome only once its deadline has passed. deriveCase would otherwise project
 * the current facts into the future (an absence that will pass 4 weeks next month).
 */
const upToToday = (day: string, today: string) => (day < today ? day : today);

const toInt = (value: unknown) => Number(value ?? 0);

// ---------------------------------------------------------------------------------------------
// Reasons

/** Counts per reason (and the cases behind each count) for a period and a comparison period. */
async function reasonRows(ctx: Pick<RequestContext, 'auth' | 'db' | 'now'>, period: Period, comparisonPeriod: Period, reasonScope: 'primary' | 'all', school: string | null) {
  const today = todayInAmsterdam(ctx.now());
  const upTo = (p: Period) => ({ from: p.from, to: upToToday(p.to, today) });
  return reasonCounts(ctx.db, ctx.auth, upTo(period), upTo(comparisonPeriod), reasonScope, school);
}

async function reasonStatistics(ctx: RequestContext<'getReasonStatistics'>) {
  const { auth, db } = ctx;
  const today = todayInAmsterdam(ctx.now());
  if (!hasExactStatistics(auth.role)) return publishedReasonStatistics(ctx, today);
  const { period, comparisonPeriod } = resolvePeriods(ctx.query, today);
  const reasonScope = ctx.query.reasonScope === 'all' ? 'all' : 'primary';
  const school = schoolFilter(ctx.query);
  const { byReason, total, comparisonTotal } = await reasonRows(ctx, period, comparisonPeriod, reasonScope, school);
  const order = (code: string) => {
    const index = REASON_CODES.findIndex((reason) => reason === code);
    return index === -1 ? REASON_CODES.length : index;
  };
  // Largest first, then the taxonomy's order (stable for equal counts).
  byReason.sort((a, b) => toInt(b.count) - toInt(a.count) || toInt(b.comparison_count) - toInt(a.comparison_count) || order(a.reason!) - order(b.reason!));

  const threshold = await suppressionThreshold(db, auth);
  const current = suppressColumn(byReason.map((row) => toInt(row.count)), total, { threshold });
  const earlier = suppressColumn(byReason.map((row) => toInt(row.comparison_count)), comparisonTotal, { threshold });

  return {
    period,
    comparisonPeriod,
    reasonScope,
    school,
    suppressionThreshold: threshold,
    publication: publicationRule(auth.role),
    total: current.total,
    comparisonTotal: earlier.total,
    items: byReason.map((row, i) => ({
      reason: row.reason!,
      count: current.values[i],
      comparisonCount: earlier.values[i],
      suppressed: current.suppressed[i],
      comparisonSuppressed: earlier.suppressed[i],
    })),
  };
}

/**
 * Reason statistics for a role without exact figures (statistics/disclosure.ts): whole school
 * years, every taxonomy reason, exposed atoms hidden by group, small cells suppressed.
 */
async function publishedReasonStatistics(ctx: RequestContext<'getReasonStatistics'>, today: string) {
  const { auth, db } = ctx;
  const { period, comparisonPeriod } = resolvePublicationPeriods(ctx.query, today);
  const school = schoolFilter(ctx.query);
  const threshold = await suppressionThreshold(db, auth);
  const members = await publicationMembers(ctx, today);
  assertPublishableSchool(school, members, threshold);
  const exposed = exposure(members, threshold);
  const { byReason, total, comparisonTotal } = await reasonRows(ctx, period, comparisonPeriod, 'primary', school);
  const current = publishColumn(byReason.map((row) => ({ reason: row.reason!, count: toInt(row.count), ids: row.ids ?? [] })), total, threshold, exposed);
  const earlier = publishColumn(
    byReason.map((row) => ({ reason: row.reason!, count: toInt(row.comparison_count), ids: row.comparison_ids ?? [] })),
    comparisonTotal,
    threshold,
    exposed,
  );
  return {
    period,
    comparisonPeriod,
    reasonScope: 'primary',
    school,
    suppressionThreshold: threshold,
    publication: publicationRule(auth.role),
    total: current.total,
    comparisonTotal: earlier.total,
    items: publishedOrder(current).map((reason) => ({
      reason,
      count: current.values.get(reason)!.count,
      comparisonCount: earlier.values.get(reason)!.count,
      suppressed: current.values.get(reason)!.suppressed,
      comparisonSuppressed: earlier.values.get(reason)!.suppressed,
    })),
  };
}

/**
 * Every case of the caller's tenancy that counts in some publishable school year: its school, its
 * reason and the school years it counts in, found by the very counting query the answers use.
 */
export async function publicationMembers(ctx: Pick<RequestContext, 'auth' | 'db' | 'now'>, today: string): Promise<Member[]> {
  const members = new Map<string, Member>();
  for (const year of publicationYears(await earliestAbsence(ctx.db, ctx.auth), today)) {
    const { byReason } = await reasonRows(ctx, year, year, 'primary', null);
    for (const row of byReason) {
      for (const id of row.ids ?? []) {
        const member = members.get(id) ?? { id, school: '', reason: row.reason!, periods: [] };
        member.periods.push(year.from);
        members.set(id, member);
      }
    }
  }
  const schools = await schoolsOfCases(ctx.db, [...members.keys()]);
  for (const row of schools) members.get(row.id)!.school = row.school_key;
  return [...members.values()];
}

// ---------------------------------------------------------------------------------------------
// Schools

async function schoolStatistics(ctx: RequestContext<'getSchoolStatistics'>) {
  const { auth, db } = ctx;
  const today = todayInAmsterdam(ctx.now());
  const { period, comparisonPeriod } = resolvePeriods(ctx.query, today);
  const upTo = (p: Period) => ({ from: p.from, to: upToToday(p.to, today) });
  const counts = await schoolCounts(db, auth, upTo(period), upTo(comparisonPeriod));
  const keys = counts.map((row) => row.school_key);
  const schools = await listedSchools(db, auth, keys);
  const byKey = new Map(counts.map((row) => [row.school_key, row]));
  const known = new Map(schools.map((row) => [row.school_key, row]));
  const allKeys = [...new Set([...known.keys(), ...keys])];
  const items = allKeys.map((key) => ({
    school: key,
    name: known.get(key)?.name ?? key,
    schoolType: known.get(key)?.school_type ?? byKey.get(key)!.school_type,
    count: toInt(byKey.get(key)?.count),
    comparisonCount: toInt(byKey.get(key)?.comparison_count),
  }));
  items.sort((a, b) => b.count - a.count || b.comparisonCount - a.comparisonCount || a.name.localeCompare(b.name, 'nl'));

  // The region total is public through the reason statistics, so it cannot be hidden here.
  const threshold = await suppressionThreshold(db, auth);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const current = suppressColumn(items.map((i) => i.count), sum(items.map((i) => i.count)), { threshold, totalIsPublic: true });
  const earlier = suppressColumn(items.map((i) => i.comparisonCount), sum(items.map((i) => i.comparisonCount)), { threshold, totalIsPublic: true });
  return {
    period,
    comparisonPeriod,
    suppressionThreshold: threshold,
    items: items.map((item, i) => ({
      school: item.school,
      name: item.name,
      schoolType: item.schoolType,
      count: current.values[i],
      comparisonCount: earlier.values[i],
      suppressed: current.suppressed[i],
      comparisonSuppressed: earlier.suppressed[i],
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Headline

/** The last day of each of the 12 months up to the month of `to` (the last one is `to` itself). */
export function trendDays(to: string): { month: string; day: string }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const first = addMonths(`${to.slice(0, 7)}-01`, i - 11);
    const [y, m] = first.split('-').map(Number);
    const monthEnd = isoDate(y, m, daysInMonth(y, m));
    return { month: first.slice(0, 7), day: monthEnd < to ? monthEnd : to };
  });
}

async function headlineStatistics(ctx: RequestContext<'getHeadlineStatistics'>) {
  const { auth, db } = ctx;
  const today = todayInAmsterdam(ctx.now());
  const { period, comparisonPeriod } = resolvePeriods(ctx.query, today);
  const school = schoolFilter(ctx.query);
  const upTo = (p: Period) => ({ from: p.from, to: upToToday(p.to, today) });
  const figures = await headlineRows(db, auth, school, upTo(period), upTo(comparisonPeriod), today);
  const days = trendDays(period.to);
  const trendRows = await activeOnDays(db, auth, school, days.map((d) => upToToday(d.day, today)));
  const activeByDay = new Map(trendRows.map((row) => [String(row.day).slice(0, 10), toInt(row.active)]));

  const toFigures = (row: HeadlineRow | undefined) => {
    const due = toInt(row?.norm_due);
    const median = row?.median_days === null || row?.median_days === undefined ? null : Number(row.median_days);
    return {
      active: toInt(row?.active),
      newInPeriod: toInt(row?.new_in_period),
      closedWithSolution: toInt(row?.closed_with_solution),
      offerWithinNormShare: due === 0 ? null : Math.round((toInt(row?.norm_met) / due) * 1000) / 1000,
      medianDaysToOffer: median,
    };
  };
  const current = figures.find((row) => Number(row.k) === 1);
  return {
    period,
    comparisonPeriod,
    school,
    figures: toFigures(current),
    comparison: toFigures(figures.find((row) => Number(row.k) === 2)),
    trend: days.map((d) => ({ month: d.month, active: activeByDay.get(upToToday(d.day, today)) ?? 0 })),
    context: { specialEducationOffers: toInt(current?.special), national: NATIONAL_CONTEXT },
  };
}

export const statisticsHandlers = {
  async getReasonStatistics(ctx) {
    return { status: 200, body: await reasonStatistics(ctx) };
  },
  async getSchoolStatistics(ctx) {
    return { status: 200, body: await schoolStatistics(ctx) };
  },
  async getHeadlineStatistics(ctx) {
    return { status: 200, body: await headlineStatistics(ctx) };
  },
} satisfies OperationHandlers;
