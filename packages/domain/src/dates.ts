/**
 * Calendar-date helpers on ISO dates (`YYYY-MM-DD`) without a date library.
 * All arithmetic happens in UTC so that daylight saving time never shifts a day;
 * only `todayInAmsterdam` looks at a time zone.
 */
import { SCHOOL_YEAR_START_MONTH } from './legal-constants.js';

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** An inclusive date range. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `value` is a real calendar date written as `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(y), month);
}

/** What a typed date turned out to be: a date, or why not (`format`: not a date as written; `nonexistent`: 31-02-2026). */
export type DateInput = { date: IsoDate } | { problem: 'empty' | 'format' | 'nonexistent' };

const TYPED_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TYPED_DUTCH = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;

/**
 * Reads a date as people type it into a text field: `2026-12-02` (ISO), or the Dutch order
 * day-month-year `2-12-2026`, `02-12-2026`, `2/12/2026`, `2.12.2026`. A four-digit year is
 * required (`2-12-26` is ambiguous). The one parser of every text date field of the kit.
 */
export function parseDateInput(text: string): DateInput {
  const value = text.trim();
  if (!value) return { problem: 'empty' };
  let y: string, m: string, d: string;
  const iso = TYPED_ISO.exec(value);
  const dutch = TYPED_DUTCH.exec(value);
  if (iso) [, y, m, d] = iso;
  else if (dutch) [, d, , m, y] = dutch;
  else return { problem: 'format' };
  const date = isoDate(Number(y), Number(m), Number(d));
  return isIsoDate(date) ? { date } : { problem: 'nonexistent' };
}

/**
 * Parsed dates as epoch milliseconds: deriving a case parses the same few hundred dates (school
 * holidays, deadlines) thousands of times, and a worklist derives every case of a region.
 */
const parsedMs = new Map<string, number>();
const PARSED_MAX = 20_000;

/** Parses `YYYY-MM-DD` to a `Date` at 00:00 UTC; throws a `RangeError` on anything else. */
export function parseIsoDate(value: IsoDate): Date {
  let ms = parsedMs.get(value);
  if (ms === undefined) {
    if (!isIsoDate(value)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${String(value)}`);
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d); // setUTCFullYear keeps years < 100 literal
    ms = date.getTime();
    if (parsedMs.size >= PARSED_MAX) parsedMs.clear();
    parsedMs.set(value, ms);
  }
  return new Date(ms);
}

/** Formats the UTC calendar date of `date` as `YYYY-MM-DD`. */
export function formatIsoDate(date: Date): IsoDate {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Builds an ISO date from numbers (month 1–12); the day is not clamped. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Number of days in a month (month 1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `days` days after `date` (negative = before). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(new Date(parseIsoDate(date).getTime() + days * MS_PER_DAY));
}

/**
 * The same day `months` months later (negative = earlier), clamped to the last day of the
 * target month: 30 Nov + 3 months = 28 Feb (29 in a leap year), 31 May + 3 months = 31 Aug.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  parseIsoDate(date); // validates
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Whole days from `from` to `to` (positive when `to` is later; same day = 0). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / MS_PER_DAY);
}

/** The earlier of two ISO dates (string order equals date order for `YYYY-MM-DD`). */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The later of two ISO dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Number of days in an inclusive period (1 Jan – 1 Jan = 1); 0 when `to` is before `from`. */
export function periodLength(period: Period): number {
  return Math.max(0, daysBetween(period.from, period.to) + 1);
}

/** Days that two inclusive periods share. */
export function overlapDays(a: Period, b: Period): number {
  return periodLength({ from: maxDate(a.from, b.from), to: minDate(a.to, b.to) });
}

/** True when `date` lies in the inclusive period. */
export function isWithin(date: IsoDate, period: Period): boolean {
  return period.from <= date && date <= period.to;
}

/**
 * Today's calendar date in the Netherlands (Europe/Amsterdam), so that a case viewed at
 * 00:30 Dutch time already counts the new day although UTC is still on the previous one.
 */
export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return isoDate(part('year'), part('month'), part('day'));
}

/** A school year: 1 August – 31 July, labelled `2025-2026`. */
export interface SchoolYear extends Period {
  label: string;
  /** The calendar year in which the school year starts. */
  startYear: number;
}

/** The school year a given start year opens (2025 → 1 Aug 2025 – 31 Jul 2026). */
export function schoolYearStartingIn(startYear: number): SchoolYear {
  return {
    startYear,
    from: isoDate(startYear, SCHOOL_YEAR_START_MONTH, 1),
    to: isoDate(startYear + 1, SCHOOL_YEAR_START_MONTH - 1, 31),
    label: `${startYear}-${startYear + 1}`,
  };
}

/** The school year that contains `date`: 31 July 2026 is in 2025-2026, 1 August 2026 in 2026-2027. */
export function schoolYearOf(date: IsoDate): SchoolYear {
  const [y, m] = date.split('-').map(Number);
  parseIsoDate(date);
  return schoolYearStartingIn(m >= SCHOOL_YEAR_START_MONTH ? y : y - 1);
}

/** Period preset: the whole current school year (1 August – 31 July). */
export function thisSchoolYear(today: IsoDate = todayInAmsterdam()): Period {
  const { from, to } = schoolYearOf(today);
  return { from, to };
}

/** Period preset: the whole previous school year. */
export function lastSchoolYear(today: IsoDate = todayInAmsterdam()): Period {
  const { from, to } = schoolYearStartingIn(schoolYearOf(today).startYear - 1);
  return { from, to };
}

/** Period preset: the last three months up to and including today (22 Nov → 23 Aug – 22 Nov). */
export function last3Months(today: IsoDate = todayInAmsterdam()): Period {
  return { from: addDays(addMonths(today, -3), 1), to: today };
}

/** The period of the same length that ends the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const length = periodLength(period);
  const to = addDays(period.from, -1);
  return { from: addDays(to, -(length - 1)), to };
}

/** The same dates one year earlier (29 February becomes 28 February). */
export function samePeriodLastYear(period: Period): Period {
  return { from: addMonths(period.from, -12), to: addMonths(period.to, -12) };
}
