// Headline statistics used by the dashboard's tests and stories (shapes of the contract).
import type { HeadlineStatistics } from '@thuiszitters/sdk';

const months = ['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'];
const active = [31, 35, 38, 41, 40, 44, 47, 45, 43, 42, 40, 38];

export const regionHeadline: HeadlineStatistics = {
  period: { from: '2025-08-01', to: '2026-07-31' },
  comparisonPeriod: { from: '2024-08-01', to: '2025-07-31' },
  school: null,
  figures: { active: 38, newInPeriod: 64, closedWithSolution: 29, offerWithinNormShare: 0.62, medianDaysToOffer: 47 },
  comparison: { active: 41, newInPeriod: 58, closedWithSolution: 29, offerWithinNormShare: 0.55, medianDaysToOffer: 53.5 },
  trend: months.map((month, i) => ({ month, active: active[i] })),
  context: {
    specialEducationOffers: 17,
    national: { schoolYear: '2021/22', exemptions5a: 7389, absoluteAbsence: 10240, longTermRelativeAbsence: 3246 },
  },
};

/** A school without any case in the period. */
export const emptyHeadline: HeadlineStatistics = {
  ...regionHeadline,
  school: '12AB00',
  figures: { active: 0, newInPeriod: 0, closedWithSolution: 0, offerWithinNormShare: null, medianDaysToOffer: null },
  comparison: { active: 2, newInPeriod: 1, closedWithSolution: 1, offerWithinNormShare: 1, medianDaysToOffer: 30 },
  trend: months.map((month) => ({ month, active: 0 })),
  context: { specialEducationOffers: 0 },
};
