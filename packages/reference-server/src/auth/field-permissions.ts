// Which case fields each role may change with `updateCase`: one table, checked on every PATCH.
//
// Two rules decide the table:
// 1. No write moves a case outside the writer's tenancy (also enforced by assertWithinTenancy).
// 2. No write by a role may widen who can read what that role itself cannot read. Leerplicht may
//    not read reasons, notes or the voice of pupil and parents; moving the case to another school
//    would hand exactly those to that school and its SWV, so leerplicht may not change `school`.
//    A school or an SWV reads everything of its cases, so a move it makes hands over nothing it
//    could not read itself (and tenancy keeps the move inside its school or region).
// Fields a role cannot read are refused when they are merely present in the patch (comparing
// them with the stored value would answer "is the note X?" through 200/403).
import type { Role } from './claims.js';
import { mayReadReasons } from './tenancy.js';
import type { AuthContext } from './claims.js';

export const CASE_FIELDS = [
  'pupilRef',
  'birthYearMonth',
  'school',
  'schoolType',
  'municipalityCode',
  'absence',
  'reasons',
  'lead',
  'voice',
  'offer',
  'notes',
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

/** `change`: the role may change the field; otherwise the reason it may not. */
export type FieldPermission = 'change' | { never: string };

const NEED_TO_KNOW = { never: 'your role has no need to know it' } as const;
const SCHOOL_OWNS_REF = { never: "it is the school's own pseudonymous reference from its LVS" } as const;

export const FIELD_PERMISSIONS: Record<Role, Record<CaseField, FieldPermission>> = {
  school: {
    pupilRef: 'change',
    birthYearMonth: 'change',
    // The only school inside a school's tenancy is itself: a transfer is a new case at the new school.
    school: { never: 'a case stays at the school that registered it; the new school registers its own case' },
    schoolType: 'change',
    municipalityCode: 'change', // the pupil moved: the new municipality's leerplicht sees the facts only
    absence: 'change',
    reasons: 'change',
    lead: 'change',
    voice: 'change',
    offer: 'change',
    notes: 'change',
  },
  swv: {
    pupilRef: 'change',
    birthYearMonth: 'change',
    school: 'change', // within its own region only (assertWithinTenancy)
    schoolType: 'change',
    municipalityCode: 'change',
    absence: 'change',
    reasons: 'change',
    lead: 'change',
    voice: 'change',
    offer: 'change',
    notes: 'change',
  },
  leerplicht: {
    pupilRef: SCHOOL_OWNS_REF,
    birthYearMonth: 'change',
    school: { never: 'moving the case would let another school and SWV read reasons and notes your role may not read' },
    schoolType: 'change',
    municipalityCode: { never: 'the case would leave your municipality' },
    absence: 'change',
    reasons: NEED_TO_KNOW,
    lead: 'change',
    voice: NEED_TO_KNOW,
    offer: 'change',
    notes: NEED_TO_KNOW,
  },
};

/** Fields whose value the role cannot read: refused on presence, never compared. */
function unreadable(auth: AuthContext, field: CaseField): boolean {
  return !mayReadReasons(auth) && (field === 'reasons' || field === 'voice' || field === 'notes');
}

/** JSON with sorted keys, so `{vestiging, brin}` equals `{brin, vestiging}`. */
function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * The fields this patch would change that the caller's role may not change, each with why.
 * `before` and `after` are the stored facts and the merged result.
 */
export function refusedChanges(
  auth: AuthContext,
  patch: Record<string, unknown>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { field: CaseField; reason: string }[] {
  const table = FIELD_PERMISSIONS[auth.role];
  const refused: { field: CaseField; reason: string }[] = [];
  for (const field of CASE_FIELDS) {
    if (!(field in patch)) continue;
    const permission = table[field];
    if (permission === 'change') continue;
    if (unreadable(auth, field) || !same(before[field], after[field])) refused.push({ field, reason: permission.never });
  }
  return refused;
}
