// SQL of the reports: the cases of the caller's tenancy whose absence began on or before the
// reference date, with their SWV's definition profile (the classification is derived in code).
import { CASE_COLUMNS, caseScopeSql, type CaseRow } from './cases.js';
import { PROFILE_COLUMNS, type ProfileColumns } from './reference.js';
import type { AuthContext } from '../auth/claims.js';
import type { Database } from '../storage/database.js';

export async function casesForReport(db: Database, auth: AuthContext, referenceDate: string): Promise<Array<CaseRow & ProfileColumns>> {
  const scope = caseScopeSql(auth, 2);
  return db.query<CaseRow & ProfileColumns>(
    `SELECT ${CASE_COLUMNS}, ${PROFILE_COLUMNS}
       FROM cases c LEFT JOIN definition_profiles p ON p.swv_code = c.swv_code
      WHERE ${scope.sql} AND c.anonymised_at IS NULL AND (c.data->'absence'->>'firstDayOfAbsence') <= $1
      ORDER BY c.school_key, c.pupil_ref, c.id`,
    [referenceDate, ...scope.params],
  );
}
