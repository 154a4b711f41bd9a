// Summaries of repeated measurements: every figure in results.json is { min, median, max, n }.
export interface Summary {
  min: number;
  median: number;
  max: number;
  n: number;
  unit: string;
}

export function summarize(samples: readonly number[], unit: string): Summary {
  if (samples.length === 0) return { min: NaN, median: NaN, max: NaN, n: 0, unit };
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { min: round(sorted[0]), median: round(median), max: round(sorted[sorted.length - 1]), n: sorted.length, unit };
}

/** Three significant decimals is more than any of these measurements can tell apart. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Median of plain numbers (for per-run aggregates). */
export function median(samples: readonly number[]): number {
  return summarize(samples, '').median;
}
