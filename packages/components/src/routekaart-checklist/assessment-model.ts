// Pure rules of the checklist: shape checks of host data, progress, the update body of a point,
// and the per-point comparison of two assessments. No DOM, so it is easy to test and reuse.
import { ASSESSMENT_STATUSES, ROUTEKAART_POINTS, type AssessmentStatus } from '@thuiszitters/domain';
import type { RoutekaartAssessment, RoutekaartPointUpdate } from '@thuiszitters/sdk';

export type RoutekaartPoint = RoutekaartAssessment['points'][number];
export type Evidence = RoutekaartPointUpdate['evidence'][number];
export type SubItem = NonNullable<RoutekaartPointUpdate['subItems']>[number];

/** The fields the comparison and the change log talk about, in display order. */
export const POINT_FIELDS = ['status', 'owner', 'note', 'evidence', 'subItems'] as const;
export type PointField = (typeof POINT_FIELDS)[number];

export function isAssessmentStatus(value: unknown): value is AssessmentStatus {
  return typeof value === 'string' && (ASSESSMENT_STATUSES as readonly string[]).includes(value);
}

/**
 * What is wrong with host-supplied data, or null when it has the shape of an assessment
 * (id, version, organisation, assessedOn and ten points with a known status).
 */
export function assessmentProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object') return 'expected an object (RoutekaartAssessment)';
  const a = value as Partial<RoutekaartAssessment>;
  if (typeof a.id !== 'string') return 'id must be a string';
  if (typeof a.version !== 'number') return 'version must be a number';
  if (!a.organisation || typeof a.organisation.name !== 'string') return 'organisation.name must be a string';
  if (typeof a.assessedOn !== 'string') return 'assessedOn must be a date string';
  if (!Array.isArray(a.points) || a.points.length !== ROUTEKAART_POINTS.length) return 'points must be an array of 10 points';
  for (const [index, point] of a.points.entries()) {
    if (!point || point.number !== index + 1) return `points[${index}].number must be ${index + 1}`;
    if (!isAssessmentStatus(point.status)) return `points[${index}].status must be notStarted, inProgress or inPlace`;
    if (!Array.isArray(point.evidence)) return `points[${index}].evidence must be an array`;
  }
  return null;
}

export interface Progress {
  total: number;
  inPlace: number;
  inProgress: number;
  notStarted: number;
}

export function progressOf(assessment: RoutekaartAssessment): Progress {
  const count = (status: AssessmentStatus) => assessment.points.filter((p) => p.status === status).length;
  return {
    total: assessment.points.length,
    inPlace: count('inPlace'),
    inProgress: count('inProgress'),
    notStarted: count('notStarted'),
  };
}

/** The writable part of a point, as `updatePoint` takes it (copies, never shared references). */
export function toUpdate(point: RoutekaartPoint): RoutekaartPointUpdate {
  const update: RoutekaartPointUpdate = {
    status: point.status,
    owner: point.owner ?? null,
    note: point.note ?? null,
    evidence: (point.evidence ?? []).map((e) => ({ title: e.title, url: e.url })),
  };
  if (point.subItems) update.subItems = point.subItems.map((s) => ({ key: s.key, status: s.status }));
  return update;
}

/** Empty or blank text is stored as null, so "" and null never count as a change. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** The update as it will be sent: texts trimmed, blanks as null. */
export function normaliseUpdate(update: RoutekaartPointUpdate): RoutekaartPointUpdate {
  return { ...update, owner: cleanText(update.owner), note: cleanText(update.note) };
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function sameUpdate(a: RoutekaartPointUpdate, b: RoutekaartPointUpdate): boolean {
  const x = normaliseUpdate(a);
  const y = normaliseUpdate(b);
  return POINT_FIELDS.every((field) => sameValue(x[field], y[field]));
}

/** Only http(s) links: no javascript:, data: or file: URLs end up in an href. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export interface FieldChange {
  field: PointField;
  from: unknown;
  to: unknown;
}

export interface PointComparison {
  pointNumber: number;
  changes: FieldChange[];
}

/** Per point, the fields that differ between an earlier and a later assessment (unchanged points left out). */
export function comparePoints(earlier: RoutekaartAssessment, later: RoutekaartAssessment): PointComparison[] {
  const result: PointComparison[] = [];
  for (const point of later.points) {
    const before = earlier.points.find((p) => p.number === point.number);
    const from = before ? toUpdate(before) : undefined;
    const to = toUpdate(point);
    const changes = POINT_FIELDS.filter((field) => !sameValue(from?.[field], to[field]) && !(field === 'subItems' && from?.subItems === undefined && to.subItems === undefined)).map(
      (field) => ({ field, from: from?.[field] ?? null, to: to[field] ?? null }),
    );
    if (changes.length > 0) result.push({ pointNumber: point.number, changes });
  }
  return result;
}
