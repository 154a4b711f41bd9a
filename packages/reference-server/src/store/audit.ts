// Writes the audit trail of case data, in the spirit of the Logboek dataverwerkingen standard:
// who (subject, role, organisation), which data (the case ids a read or write touched), for what
// purpose (the caller's legal task), when, and whether the attempt was allowed or refused.
//
// Each row belongs to a region (swv_code): the SWV is the controller that reads its region's log.
// A list read is split into one row per region of the cases it returned, so leerplicht's reads
// (a municipality can span regions) show up in every SWV whose cases it saw.
import { randomUUID } from 'node:crypto';
import type { Database } from '../storage/database.js';
import type { AuthContext, Role } from '../auth/claims.js';

export interface AuditEntry {
  action: 'read' | 'list' | 'create' | 'update' | 'close' | 'reopen' | 'addEvent' | 'readEvents';
  caseId: string | null;
  /** A list read: every case id it returned (the rows are split per region). */
  caseIds?: string[];
  detail?: string | null;
  /** `refused`: the attempt was answered 403/404 (logged outside the failed transaction). */
  outcome?: 'allowed' | 'refused';
}

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

export interface AuditRow {
  id: string;
  seq: number | string;
  at: Date | string;
  subject: string;
  role: string;
  organisation: string;
  action: string;
  case_id: string | null;
  case_ids: string[] | string | null;
  detail: string | null;
  outcome: string;
  purpose: string | null;
}

/** The filters of `GET /v1/audit-events`. */
export interface AuditFilters {
  caseId?: unknown;
  outcome?: unknown;
  actor?: unknown;
  from?: unknown;
  to?: unknown;
}

/** The audit log of one region, newest first, before `beforeSeq` when given; `limit` rows at most. */
export async function listAuditRows(db: Database, swvCode: string, filters: AuditFilters, beforeSeq: string | null, limit: number): Promise<AuditRow[]> {
  const params: unknown[] = [swvCode];
  const conditions = ['a.swv_code = $1'];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  // A case's trail: reads and writes of it alone, and every list read that returned it.
  if (filters.caseId !== undefined) add((n) => `(a.case_id = ${n}::uuid OR ${n}::uuid = ANY(a.case_ids))`, filters.caseId);
  if (filters.outcome !== undefined) add((n) => `a.outcome = ${n}`, filters.outcome);
  if (filters.actor !== undefined) add((n) => `a.subject = ${n}`, filters.actor);
  // Dates are Dutch calendar days.
  if (filters.from !== undefined) add((n) => `a.at >= (${n}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`, filters.from);
  if (filters.to !== undefined) add((n) => `a.at < ((${n}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, filters.to);
  if (beforeSeq !== null) add((n) => `a.seq < ${n}::bigint`, beforeSeq);
  params.push(limit);
  return db.query<AuditRow>(
    `SELECT a.id, a.seq::text AS seq, a.at, a.subject, a.role, a.organisation, a.action, a.case_id, a.case_ids, a.detail, a.outcome, a.purpose
       FROM audit_events a WHERE ${conditions.join(' AND ')} ORDER BY a.seq DESC LIMIT $${params.length}`,
    params,
  );
}
