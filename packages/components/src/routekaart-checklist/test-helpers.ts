// Data for the checklist's browser tests and stories, built from the domain's point list so the
// shapes follow the contract (ten points, sub-items on point 7).
import { ONTWERPEN_SUB_ITEMS, ROUTEKAART_POINTS, type AssessmentStatus } from '@thuiszitters/domain';
import type { HeadlineStatistics, ReasonStatistics, RoutekaartAssessment, RoutekaartChange } from '@thuiszitters/sdk';

type PointOverrides = Partial<Omit<RoutekaartAssessment['points'][number], 'number'>>;

export function makeAssessment(
  options: { id?: string; version?: number; assessedOn?: string; points?: Record<number, PointOverrides> } = {},
): RoutekaartAssessment {
  return {
    id: options.id ?? '9b1f4c2d-8e7a-4d3b-b5c6-1e2f3a4b5c6d',
    version: options.version ?? 3,
    organisation: { code: 'VO2801', name: 'Samenwerkingsverband Voorbeeldregio', type: 'swv' },
    assessedOn: options.assessedOn ?? '2026-11-16',
    copiedFrom: null,
    createdAt: '2026-11-16T13:58:12Z',
    points: ROUTEKAART_POINTS.map((definition) => ({
      number: definition.number,
      status: 'notStarted' as AssessmentStatus,
      owner: null,
      note: null,
      evidence: [],
      ...(definition.subItems.length > 0 ? { subItems: ONTWERPEN_SUB_ITEMS.map((s) => ({ key: s.key, status: 'notStarted' as AssessmentStatus })) } : {}),
      updatedAt: null,
      updatedBy: null,
      ...options.points?.[definition.number],
    })),
  };
}

/** Six points in place, two in progress, two not started. */
export function sixInPlace(options: { id?: string; version?: number; assessedOn?: string } = {}): RoutekaartAssessment {
  const inPlace = { status: 'inPlace' as const, owner: 'Beleidsmedewerker passend onderwijs', note: 'Op orde.', updatedAt: '2026-11-16T14:05:00Z', updatedBy: 'Fatima El Amrani' };
  return makeAssessment({
    ...options,
    points: {
      1: { ...inPlace, evidence: [{ title: 'Registratieprotocol thuiszitters', url: 'https://www.example.nl/documenten/registratieprotocol' }] },
      2: inPlace,
      3: inPlace,
      4: { status: 'inProgress', owner: 'Leerplicht', note: 'Termijnen worden herzien.' },
      5: inPlace,
      6: inPlace,
      7: { status: 'inProgress', subItems: [{ key: 'initiative', status: 'inPlace' }, { key: 'placement', status: 'inProgress' }, { key: 'conditions', status: 'notStarted' }, { key: 'educationAndCare', status: 'notStarted' }] },
      8: inPlace,
    },
  });
}

/** An assessment a year earlier: fewer points in place, other owners. */
export function lastYear(): RoutekaartAssessment {
  return makeAssessment({
    id: '5e2d9a10-7b3c-4f8e-a6d1-9c0b1a2e3f45',
    version: 7,
    assessedOn: '2025-11-17',
    points: {
      1: { status: 'inProgress', owner: 'Beleidsmedewerker passend onderwijs', note: 'Telling nog handmatig.' },
      2: { status: 'inPlace', owner: 'Beleidsmedewerker passend onderwijs', note: 'Op orde.' },
      3: { status: 'inPlace', owner: 'Beleidsmedewerker passend onderwijs', note: 'Op orde.' },
      5: { status: 'inPlace', owner: 'Beleidsmedewerker passend onderwijs', note: 'Op orde.' },
      6: { status: 'inPlace', owner: 'Beleidsmedewerker passend onderwijs', note: 'Op orde.' },
      8: { status: 'inPlace', owner: 'Beleidsmedewerker passend onderwijs', note: 'Op orde.' },
    },
  });
}

export const CHANGES: RoutekaartChange[] = [
  { id: 'e1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8', at: '2026-11-16T14:05:00Z', actor: { organisation: 'VO2801', role: 'swv', name: 'Fatima El Amrani' }, pointNumber: 4, field: 'status', from: 'notStarted', to: 'inProgress' },
  { id: 'f2b3c4d5-e6f7-4081-92a3-b4c5d6e7f809', at: '2026-11-16T14:06:00Z', actor: { organisation: 'VO2801', role: 'swv', name: 'Fatima El Amrani' }, pointNumber: 4, field: 'owner', from: null, to: 'Leerplicht' },
] as RoutekaartChange[];

export const HEADLINE: HeadlineStatistics = {
  period: { from: '2025-11-21', to: '2026-11-20' },
  comparisonPeriod: { from: '2024-11-21', to: '2025-11-20' },
  school: null,
  figures: { active: 41, newInPeriod: 23, closedWithSolution: 12, offerWithinNormShare: 0.58, medianDaysToOffer: 74 },
  comparison: { active: 45, newInPeriod: 26, closedWithSolution: 10, offerWithinNormShare: 0.47, medianDaysToOffer: 88.5 },
  trend: ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].map((month, i) => ({
    month,
    active: 30 + i,
  })),
  context: { specialEducationOffers: 4 },
};

export const REASONS: ReasonStatistics = {
  period: { from: '2025-11-21', to: '2026-11-20' },
  comparisonPeriod: { from: '2024-11-21', to: '2025-11-20' },
  reasonScope: 'primary',
  school: null,
  suppressionThreshold: 5,
  total: 47,
  comparisonTotal: 52,
  items: [
    { reason: 'psychisch', count: 12, comparisonCount: 15, suppressed: false, comparisonSuppressed: false },
    { reason: 'schoolweigering', count: 14, comparisonCount: 11, suppressed: false, comparisonSuppressed: false },
    { reason: 'wachten-onderwijsplek', count: 9, comparisonCount: 8, suppressed: false, comparisonSuppressed: false },
    { reason: 'thuissituatie', count: null, comparisonCount: null, suppressed: true, comparisonSuppressed: true },
    { reason: 'ontwikkeling-gedrag', count: 6, comparisonCount: 7, suppressed: false, comparisonSuppressed: false },
  ],
} as ReasonStatistics;
