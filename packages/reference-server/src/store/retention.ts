// Retention: the rows anonymisation reads and rewrites (retention/anonymise.ts decides what goes).
import type { Database } from '../storage/database.js';
import { CASE_COLUMNS, type AnonymisedCaseData, type CaseRow } from './cases.js';

/** Closed, not yet anonymised cases with their SWV's retention period, locked for the rewrite. */
export function closedCasesForRetention(db: Database): Promise<Array<CaseRow & { retention_months: number | null; closed_on: string }>> {
  return db.query<CaseRow & { retention_months: number | null; closed_on: string }>(
    `SELECT ${CASE_COLUMNS}, c.closed_on, p.retention_months
       FROM cases c LEFT JOIN definition_profiles p ON p.swv_code = c.swv_code
      WHERE c.status = 'closed' AND c.anonymised_at IS NULL AND c.closed_on IS NOT NULL
      FOR UPDATE OF c`,
  );
}

export async function markCaseAnonymised(db: Database, id: string, data: AnonymisedCaseData): Promise<void> {
  await db.query(`UPDATE cases SET pupil_ref = NULL, anonymised_at = now(), data = $2::jsonb WHERE id = $1::uuid`, [id, JSON.stringify(data)]);
}

export interface RetainedEventRow {
  id: string;
  type: string;
  data: Record<string, unknown>;
  actor: Record<string, unknown>;
}

export function eventsOfCase(db: Database, caseId: string): Promise<RetainedEventRow[]> {
  return db.query<RetainedEventRow>('SELECT id, type, data, actor FROM case_events WHERE case_id = $1::uuid', [caseId]);
}

export async function rewriteEvent(db: Database, id: string, summary: string, data: Record<string, unknown>, actor: Record<string, unknown>): Promise<void> {
  await db.query('UPDATE case_events SET summary = $2, data = $3::jsonb, actor = $4::jsonb WHERE id = $1::uuid', [
    id,
    summary,
    JSON.stringify(data),
    JSON.stringify(actor),
  ]);
}
