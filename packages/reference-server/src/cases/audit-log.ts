// Writes the audit trail of case data, in the spirit of the Logboek dataverwerkingen standard:
// who (subject, role, organisation), which data (the case ids a read or write touched), for what
// purpose (the caller's legal task), when, and whether the attempt was allowed or refused.
//
// Each row belongs to a region (swv_code): the SWV is the controller that reads its region's log.
// A list read is split into one row per region of the cases it returned, so leerplicht's reads
// (a municipality can span regions) show up in every SWV whose cases it saw.
import { randomUUID } from 'node:crypto';
import type { Database } from '../storage/database.js';
import type { AuditEntry, AuthContext, Role } from '../operations/types.js';

/** The purpose (doelbinding) each role processes case data for. */
export const PURPOSE_BY_ROLE: Record<Role, string> = {
  school: 'zorgplicht',
  swv: 'passendOnderwijs',
  leerplicht: 'leerplichttoezicht',
};

/** SQL: the caller's own region, when it has exactly one (a municipality has none of its own). */
const CALLER_REGION = `CASE $4 WHEN 'swv' THEN $5 WHEN 'school' THEN (SELECT swv_code FROM schools WHERE school_key = $5) END`;

export async function writeAudit(db: Database, auth: AuthContext, entry: AuditEntry, at: Date): Promise<void> {
  const base = [auth.subject, auth.role, auth.organisation, entry.action, entry.detail ?? null, entry.outcome ?? 'allowed', PURPOSE_BY_ROLE[auth.role] ?? null];
  if (entry.caseIds && entry.caseIds.length > 0) {
    // One row per region of the returned cases, each listing that region's case ids.
    await db.query(
      `INSERT INTO audit_events (id, at, subject, role, organisation, swv_code, action, case_id, case_ids, detail, outcome, purpose)
       SELECT gen_random_uuid(), $1, $2, $3, $4, g.swv_code, $5, NULL, g.ids, $6, $7, $8
         FROM (SELECT c.swv_code, array_agg(c.id ORDER BY c.id) AS ids FROM cases c WHERE c.id = ANY($9::uuid[]) GROUP BY c.swv_code) g`,
      [at, ...base.slice(0, 4), ...base.slice(4), entry.caseIds],
    );
    return;
  }
  // One case (its region, also when the caller was refused it) or nothing (the caller's region).
  await db.query(
    `INSERT INTO audit_events (id, at, subject, role, organisation, swv_code, action, case_id, case_ids, detail, outcome, purpose)
     VALUES ($1, $2, $3, $4, $5,
       COALESCE((SELECT swv_code FROM cases WHERE id = $7::uuid), ${CALLER_REGION}),
       $6, $7::uuid, CASE WHEN $7::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$7::uuid] END, $8, $9, $10)`,
    [randomUUID(), at, ...base.slice(0, 4), entry.caseId, ...base.slice(4)],
  );
}
