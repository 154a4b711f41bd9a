// The headline tiles: each figure, its value in the comparison period and the change, in
// symbols (arrow + number) and in words. Pure, so the tests can check the arithmetic.
import type { HeadlineFigures } from '@thuiszitters/sdk';
import type { DashboardMessages } from './messages.js';

export type TileKey = keyof HeadlineFigures;
export const TILE_KEYS: readonly TileKey[] = ['active', 'newInPeriod', 'closedWithSolution', 'offerWithinNormShare', 'medianDaysToOffer'];

export interface Tile {
  key: TileKey;
  label: string;
  /** The figure as shown ("34", "68%", "41", or "–"). */
  value: string;
  /** Unit after the value ("dagen"), if any. */
  unit?: string;
  /** In the comparison period, as shown. */
  comparisonValue: string;
  /** Arrow and number ("▲ 3", "▼ 5 pp"), empty when it cannot be compared. */
  change: string;
  /** The change in words, for screen readers ("3 meer dan vorig schooljaar"). */
  changeText: string;
  /** Signed change in the unit shown (count, percentage points, days), or null. */
  delta: number | null;
}

type Num = (n: number, options?: Intl.NumberFormatOptions) => string;

const arrow = (d: number) => (d > 0 ? '▲' : d < 0 ? '▼' : '=');

type Words = { up: (n: string, than: string) => string; down: (n: string, than: string) => string; same: (than: string) => string };

/** The change in symbols ("▲ 3 pp"), empty when it cannot be compared. */
function inSymbols(delta: number | null, num: Num, unit?: string): string {
  return delta === null ? '' : `${arrow(delta)} ${num(Math.abs(delta))}${unit ? ` ${unit}` : ''}`;
}

/** The change in words ("3 meer dan vorig schooljaar"), for screen readers. */
function inWords(delta: number | null, than: string, words: Words, unknown: string, num: Num): string {
  if (delta === null) return unknown;
  return delta > 0 ? words.up(num(delta), than) : delta < 0 ? words.down(num(-delta), than) : words.same(than);
}

export function headlineTiles(figures: HeadlineFigures, comparison: HeadlineFigures, than: string, m: DashboardMessages, num: Num): Tile[] {
  return TILE_KEYS.map((key): Tile => {
    const now = figures[key];
    const before = comparison[key];
    if (key === 'offerWithinNormShare') {
      const show = (v: number | null) => (v === null ? '–' : num(v, { style: 'percent', maximumFractionDigits: 0 }));
      // Compare in whole percentage points, as shown, so the arrow never contradicts the numbers.
      const delta = now === null || before === null ? null : Math.round(now * 100) - Math.round(before * 100);
      return {
        key,
        label: m.offerWithinNormShare,
        value: show(now),
        comparisonValue: show(before),
        delta,
        change: inSymbols(delta, num, m.pointsUnit),
        changeText: inWords(delta, than, { up: m.pointsHigher, down: m.pointsLower, same: m.pointsSame }, m.changeUnknown, num),
      };
    }
    if (key === 'medianDaysToOffer') {
      const show = (v: number | null) => (v === null ? '–' : m.days(num(Math.round(v))));
      const delta = now === null || before === null ? null : Math.round(now) - Math.round(before);
      return {
        key,
        label: m.medianDaysToOffer,
        value: now === null ? '–' : num(Math.round(now)),
        unit: now === null ? undefined : m.daysWord,
        comparisonValue: show(before),
        delta,
        change: inSymbols(delta, num, m.daysUnit),
        changeText: inWords(delta, than, { up: m.daysLonger, down: m.daysShorter, same: m.daysSame }, m.changeUnknown, num),
      };
    }
    const a = now as number;
    const b = before as number;
    const delta = a - b;
    return {
      key,
      label: m[key],
      value: num(a),
      comparisonValue: num(b),
      delta,
      change: inSymbols(delta, num),
      changeText: inWords(delta, than, { up: m.more, down: m.fewer, same: m.same }, m.changeUnknown, num),
    };
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isNullableNumber = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

function checkFigures(value: unknown, name: string): string | null {
  if (!isObject(value)) return `${name}: expected an object`;
  for (const key of ['active', 'newInPeriod', 'closedWithSolution'] as const) if (!isCount(value[key])) return `${name}.${key}: expected a number`;
  for (const key of ['offerWithinNormShare', 'medianDaysToOffer'] as const)
    if (!isNullableNumber(value[key])) return `${name}.${key}: expected a number or null`;
  return null;
}

/** Checks headline statistics a host passed in; the first problem as `field: problem`, or null. */
export function checkHeadline(value: unknown): string | null {
  if (!isObject(value)) return `headline: expected an object, got ${value === null ? 'null' : typeof value}`;
  for (const key of ['period', 'comparisonPeriod'] as const) {
    const p = value[key];
    if (!isObject(p) || typeof p.from !== 'string' || typeof p.to !== 'string') return `headline.${key}: expected { from, to }`;
  }
  const figures = checkFigures(value.figures, 'headline.figures') ?? checkFigures(value.comparison, 'headline.comparison');
  if (figures) return figures;
  if (!Array.isArray(value.trend)) return 'headline.trend: expected an array';
  for (const [i, point] of value.trend.entries())
    if (!isObject(point) || typeof point.month !== 'string' || !isCount(point.active)) return `headline.trend[${i}]: expected { month, active }`;
  return null;
}
