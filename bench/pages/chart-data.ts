// The reason statistics every chart page renders: 12 reasons × 2 periods, for 10 "schools" that
// the switch test cycles through. Deterministic (a seeded PRNG), the same on every page.
import { REASON_CODES, reason } from '@thuiszitters/domain';
import type { ReasonStatistics } from '@thuiszitters/sdk';

export const REASONS = REASON_CODES.slice(0, 12);
export const SCHOOLS = ['10VR00', '11VR00', '12VR00', '13VR00', '14VR00', '15VR00', '16VR00', '17VR00', '18VR00', '19VR00'];

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function statistics(school: string, index: number): ReasonStatistics {
  const random = mulberry32(1000 + index);
  const items = REASONS.map((code) => {
    const count = 5 + Math.floor(random() * 60);
    const comparisonCount = 5 + Math.floor(random() * 60);
    return { reason: code, count, comparisonCount, suppressed: false, comparisonSuppressed: false };
  });
  return {
    period: { from: '2025-08-01', to: '2026-07-31' },
    comparisonPeriod: { from: '2024-08-01', to: '2025-07-31' },
    reasonScope: 'primary',
    school,
    suppressionThreshold: 5,
    total: items.reduce((sum, item) => sum + item.count, 0),
    comparisonTotal: items.reduce((sum, item) => sum + item.comparisonCount, 0),
    items,
  } as ReasonStatistics;
}

export const DATASETS: ReasonStatistics[] = SCHOOLS.map(statistics);

/** Dutch labels, as our element shows them (from the domain taxonomy). */
export const LABELS = REASONS.map((code) => reason(code).label.nl);

/** Counts in label order, for the peers' bar charts. */
export function series(data: ReasonStatistics): { current: number[]; comparison: number[] } {
  const byCode = new Map(data.items.map((item) => [item.reason, item]));
  return {
    current: REASONS.map((code) => byCode.get(code)?.count ?? 0),
    comparison: REASONS.map((code) => byCode.get(code)?.comparisonCount ?? 0),
  };
}

export const WIDTH = 640;
export const HEIGHT = 480;
