// Turns a ReasonStatistics response into the rows the chart, the table and the CSV all show,
// so the three views can never disagree. Suppressed counts stay null: nothing here derives them.
import type { ReasonStatistics, SchoolStatistics } from '@thuiszitters/sdk';

export interface ChartRow {
  /** Reason code (or school code in the ranking). */
  key: string;
  label: string;
  count: number | null;
  comparisonCount: number | null;
  suppressed: boolean;
  comparisonSuppressed: boolean;
  /** count − comparisonCount; null when either side is suppressed or missing. */
  change: number | null;
}

type Item = { count: number | null; comparisonCount: number | null; suppressed: boolean; comparisonSuppressed: boolean };

function changeOf(item: Item): number | null {
  if (item.suppressed || item.comparisonSuppressed || item.count == null || item.comparisonCount == null) return null;
  return item.count - item.comparisonCount;
}

/**
 * Sort value of a count: a suppressed count lies somewhere between 1 and threshold − 1, so it
 * sorts after every shown count of at least the threshold and before a shown 0.
 */
function sortValue(count: number | null, suppressed: boolean, threshold: number): number {
  if (suppressed || count === null) return threshold - 0.5;
  return count;
}

function toRow(key: string, label: string, item: Item): ChartRow {
  const suppressed = Boolean(item.suppressed) || item.count == null;
  const comparisonSuppressed = Boolean(item.comparisonSuppressed) || item.comparisonCount == null;
  return {
    key,
    label,
    count: suppressed ? null : item.count,
    comparisonCount: comparisonSuppressed ? null : item.comparisonCount,
    suppressed,
    comparisonSuppressed,
    change: changeOf(item),
  };
}

const collators = new Map<string, Intl.Collator>();
/** One collator per locale: `localeCompare(b, locale)` builds a new one on every call. */
export function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
}

function sortRows(rows: ChartRow[], threshold: number, locale: string): ChartRow[] {
  // The collator only breaks ties, and building one costs milliseconds: fetch it only for a tie.
  const compare = (a: string, b: string) => collator(locale).compare(a, b);
  return rows.sort(
    (a, b) =>
      sortValue(b.count, b.suppressed, threshold) - sortValue(a.count, a.suppressed, threshold) ||
      sortValue(b.comparisonCount, b.comparisonSuppressed, threshold) -
        sortValue(a.comparisonCount, a.comparisonSuppressed, threshold) ||
      compare(a.label, b.label),
  );
}

/** Rows of the reason chart, most mentioned first. */
export function reasonRows(data: ReasonStatistics, labelOf: (code: string) => string, locale: string): ChartRow[] {
  const rows = data.items.map((item) => toRow(item.reason, labelOf(item.reason), item));
  return sortRows(rows, data.suppressionThreshold, locale);
}

/** Rows of the per-school ranking, most thuiszitters first. */
export function schoolRows(data: SchoolStatistics, locale: string): ChartRow[] {
  const rows = data.items.map((item) => toRow(item.school, item.name, item));
  return sortRows(rows, data.suppressionThreshold, locale);
}

/**
 * The length (in data units) of the placeholder bar of a suppressed "< 5" cell: the threshold,
 * but at most a quarter of the scale, so that a chart of mostly small cells does not draw them
 * as long bars (the true value lies anywhere between 1 and threshold − 1).
 */
export function placeholderValue(threshold: number, max: number): number {
  return Math.min(threshold, max / 4);
}

/** The largest value a bar must fit (never below the threshold, so a "< 5" marker has room). */
export function scaleMax(rows: ChartRow[], threshold: number): number {
  let max = threshold;
  for (const row of rows) max = Math.max(max, row.count ?? 0, row.comparisonCount ?? 0);
  return max;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
const isPeriod = (v: unknown) => isObject(v) && typeof v.from === 'string' && typeof v.to === 'string';

/** Checks statistics a host passed in; returns the first problem as `field: problem`, or null when usable. */
function checkStatistics(value: unknown, itemKey: 'reason' | 'school', name: string): string | null {
  if (!isObject(value)) return `${name}: expected an object, got ${value === null ? 'null' : typeof value}`;
  if (!isPeriod(value.period)) return `${name}.period: expected { from, to }`;
  if (typeof value.suppressionThreshold !== 'number') return `${name}.suppressionThreshold: expected a number`;
  if (!Array.isArray(value.items)) return `${name}.items: expected an array`;
  for (const [i, item] of value.items.entries()) {
    if (!isObject(item) || typeof item[itemKey] !== 'string') return `${name}.items[${i}].${itemKey}: expected a string`;
    if (!isCount(item.count)) return `${name}.items[${i}].count: expected a whole number or null`;
    if (item.comparisonCount !== undefined && !isCount(item.comparisonCount))
      return `${name}.items[${i}].comparisonCount: expected a whole number or null`;
  }
  return null;
}

export const checkReasonStatistics = (value: unknown) => checkStatistics(value, 'reason', 'data');
export const checkSchoolStatistics = (value: unknown) => checkStatistics(value, 'school', 'schools');
