// Writes one audit_events row per read or write of case data.
import { randomUUID } from 'node:crypto';
import type { Database } from '../storage/database.js';
import type { AuditEntry, AuthContext } from '../operations/types.js';

export async function writeAudit(db: Database, auth: AuthContext, entry: AuditEntry, at: Date): Promise<void> {
  // The region the entry belongs to: the audited case's SWV; for lists, the caller's own region
  // when it has one (a municipality can span regions, then it stays NULL).
  await db.query(
    `INSERT INTO audit_events (id, at, subject, role, organisation, swv_code, action, case_id, detail)
     VALUES ($1, $2, $3, $4, $5,
       COALESCE(
         (SELECT swv_code FROM cases WHERE id = $7::uuid),
         CASE $4 WHEN 'swv' THEN $5 WHEN 'school' THEN (SELECT swv_code FROM schools WHERE school_key = $5) END
       ),
       $6, $7::uuid, $8)`,
    [randomUUID(), at, auth.subject, auth.role, auth.organisation, entry.action, entry.caseId, entry.detail ?? null],
  );
}
