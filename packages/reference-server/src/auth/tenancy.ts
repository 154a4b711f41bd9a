// Tenancy and need to know: every rule that depends on the caller's role lives here (and in
// field-permissions.ts); the store turns these answers into SQL, the operations into problems.
//   school     → cases of its own school (BRIN + vestiging)
//   swv        → cases of schools in its region (samenwerkingsverband)
//   leerplicht → cases of pupils living in its municipality
// Another tenant's case is simply not found (404), so ids cannot be probed.
import type { AuthContext, Role } from './claims.js';

/** The column of `cases` (and of `schools`) that holds each role's organisation code. */
export const TENANCY_COLUMN = {
  school: 'school_key',
  swv: 'swv_code',
  leerplicht: 'municipality_code',
} as const satisfies Record<Role, string>;

export type TenancyColumn = (typeof TENANCY_COLUMN)[Role];

/** The caller's tenancy: the column its organisation code must match, or null (unknown role: sees nothing). */
export function tenancyOf(auth: AuthContext): { column: TenancyColumn; organisation: string } | null {
  const column = TENANCY_COLUMN[auth.role];
  return column ? { column, organisation: auth.organisation } : null;
}

/**
 * The region a caller works in, as the schools it spans: a school's whole SWV, an SWV's own
 * schools, or the schools located in a municipality (whichever SWV they belong to).
 */
export type Region = { swvOfSchool: string } | { swv: string } | { municipality: string };

export function regionOf(auth: AuthContext): Region {
  if (auth.role === 'school') return { swvOfSchool: auth.organisation };
  if (auth.role === 'swv') return { swv: auth.organisation };
  return { municipality: auth.organisation };
}

/**
 * May this caller hold a case of this school and municipality? A case must stay inside the
 * caller's own tenancy, otherwise it would write data it can never read back. Returns the reason
 * of the refusal (a 403), or null.
 */
export function caseHoldingRefusal(
  auth: AuthContext,
  school: { school_key: string; swv_code: string },
  municipalityCode: string,
): string | null {
  const inside =
    (auth.role === 'school' && school.school_key === auth.organisation) ||
    (auth.role === 'swv' && school.swv_code === auth.organisation) ||
    (auth.role === 'leerplicht' && municipalityCode === auth.organisation);
  if (inside) return null;
  return auth.role === 'school'
    ? 'A school may only register cases of its own school.'
    : auth.role === 'swv'
      ? 'An SWV may only register cases of schools in its own region.'
      : 'Leerplicht may only register cases of pupils living in its own municipality.';
}

/**
 * Need to know (AVG art. 9: several reasons are health data). The school (care coordinator) and
 * the SWV consultant work on the case and see reasons, notes and the voice of pupil and parents.
 * Leerplicht supervises attendance: it sees the facts (enrolment, absence, exemption, lead,
 * offer, closure) but not why a pupil is absent, the free-text notes or what pupil and parents said.
 */
export function mayReadReasons(auth: AuthContext): boolean {
  return auth.role === 'school' || auth.role === 'swv';
}

/** The SWV is the controller for its region's audit log; nobody else reads it. */
export function mayReadAudit(auth: AuthContext): boolean {
  return auth.role === 'swv' && auth.scopes.includes('audit:read');
}

/**
 * Roles that see their pupils' cases themselves keep exact statistics on any period, without
 * small-cell suppression (statistics/disclosure.ts publishes the others' figures).
 */
export function hasExactStatistics(role: Role): boolean {
  return role === 'school';
}

/**
 * Routekaart: the organisation a caller writes assessments for, or null: schools never write
 * (an SWV for its SWV code, leerplicht — the gemeente — for its municipality code).
 */
export function routekaartWritableOrganisation(auth: AuthContext): string | null {
  if (auth.role === 'school') return null;
  return auth.organisation;
}
