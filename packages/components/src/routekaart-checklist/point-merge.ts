// Resolving a 412 on one point, the way the melding form does for a case: the fields only the
// user changed are the user's, the fields only the other person changed are theirs, and a field
// both changed (to different values) is the user's choice.
import { normaliseUpdate, POINT_FIELDS, sameValue, type PointField } from './assessment-model.js';
import type { RoutekaartPointUpdate } from '@thuiszitters/sdk';

export type Side = 'mine' | 'theirs';

const fieldsOf = (update: RoutekaartPointUpdate) => normaliseUpdate(update) as Record<PointField, unknown>;

/** Fields both sides changed since `base`, to different values: these need the user's choice. */
export function conflictingFields(base: RoutekaartPointUpdate, mine: RoutekaartPointUpdate, theirs: RoutekaartPointUpdate): PointField[] {
  const [b, m, t] = [fieldsOf(base), fieldsOf(mine), fieldsOf(theirs)];
  return POINT_FIELDS.filter((field) => !sameValue(m[field], b[field]) && !sameValue(t[field], b[field]) && !sameValue(m[field], t[field]));
}

/** Their version with the user's changes on top; for a conflicting field the chosen side (default: mine). */
export function mergePoint(
  base: RoutekaartPointUpdate,
  mine: RoutekaartPointUpdate,
  theirs: RoutekaartPointUpdate,
  choices: Partial<Record<PointField, Side>> = {},
): RoutekaartPointUpdate {
  const [b, m] = [fieldsOf(base), fieldsOf(mine)];
  const merged = { ...normaliseUpdate(theirs) } as Record<PointField, unknown>;
  for (const field of POINT_FIELDS) {
    if (sameValue(m[field], b[field])) continue; // the user left it alone: theirs stays
    if ((choices[field] ?? 'mine') === 'mine' && m[field] !== undefined) merged[field] = m[field];
  }
  return merged as unknown as RoutekaartPointUpdate;
}
