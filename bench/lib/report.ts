// The shapes every section returns, and the one printed table.
import type { Summary } from './stats.js';

export interface Goal {
  /** The goal of issue 10, in words. */
  text: string;
  met: boolean;
}

/** One line of the printed table. */
export interface Row {
  section: string;
  figure: string;
  value: string;
  goal?: Goal;
}

export interface SectionResult {
  /** Everything measured, for results.json. */
  data: unknown;
  rows: Row[];
}

export const ms = (s: Summary) => (s.n === 0 ? 'n/a' : `${fmt(s.median)} ${s.unit} (${fmt(s.min)}–${fmt(s.max)}, n=${s.n})`);
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

export function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function goalText(goal: Goal | undefined): string {
  return goal ? `${goal.text}: ${goal.met ? 'met' : 'NOT met'}` : '';
}

/** A plain-text table (also valid Markdown), columns padded to their widest cell. */
export function renderTable(rows: readonly Row[]): string {
  const header = ['section', 'figure', 'median (min–max, n) / value', 'goal'];
  const cells = rows.map((r) => [r.section, r.figure, r.value, goalText(r.goal)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
