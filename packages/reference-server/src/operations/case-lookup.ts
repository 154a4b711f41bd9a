// The case and school a case operation works on, or the problem that answers when there is none:
// 404 for a case outside the caller's tenancy, 400 for an unknown school, 403 for a case the
// caller may not hold (auth/tenancy.ts).
import type { AuthContext } from '../auth/claims.js';
import { caseHoldingRefusal } from '../auth/tenancy.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { findSchoolRow, findVisibleCaseRow, type CaseRow, type SchoolRow } from '../store/cases.js';
import type { ProfileColumns } from '../store/reference.js';
import type { Database } from '../storage/database.js';

/** A visible (in tenancy, not anonymised) case, or 404. `forUpdate` locks the row. */
export async function findVisibleCase(db: Database, auth: AuthContext, id: string, forUpdate = false): Promise<CaseRow & ProfileColumns> {
  const row = await findVisibleCaseRow(db, auth, id, forUpdate);
  if (!row) throw notFound('There is no case with this id that you may see.');
  return row;
}

/** The school of a case body, or 400 on `school`. */
export async function findSchool(db: Database, school: { brin: string; vestiging: string }): Promise<SchoolRow> {
  const key = school.brin + school.vestiging;
  const row = await findSchoolRow(db, key);
  if (!row) {
    throw new HttpProblem(400, 'The school is not known in any region served by this API.', {
      invalidParams: [{ name: 'school', reason: `School ${key} is not registered.` }],
    });
  }
  return row;
}

/** 403 unless the caller may hold a case of this school and municipality. */
export function assertWithinTenancy(auth: AuthContext, school: SchoolRow, municipalityCode: string): void {
  const refusal = caseHoldingRefusal(auth, school, municipalityCode);
  if (refusal) throw new HttpProblem(403, refusal);
}
