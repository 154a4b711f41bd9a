// Tenancy: which cases a caller may see, as one SQL fragment every case query includes.
//   school     → cases of its own school (BRIN + vestiging)
//   swv        → cases of schools in its region (samenwerkingsverband)
//   leerplicht → cases of pupils living in its municipality
// Another tenant's case is simply not found (404), so ids cannot be probed.
import type { AuthContext } from '../operations/types.js';

const COLUMN_BY_ROLE = {
  school: 'c.school_key',
  swv: 'c.swv_code',
  leerplicht: 'c.municipality_code',
} as const;

/**
 * A WHERE fragment over table alias `c` (the `cases` table) that limits rows to the caller's
 * tenancy. `firstParamIndex` is the number of the first placeholder to use ($n).
 */
export function caseScopeSql(auth: AuthContext, firstParamIndex: number): { sql: string; params: unknown[] } {
  const column = COLUMN_BY_ROLE[auth.role];
  if (!column) return { sql: 'FALSE', params: [] }; // unknown role: sees nothing
  return { sql: `${column} = $${firstParamIndex}`, params: [auth.organisation] };
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
