// listAuditEvents: the SWV reads the audit log of its region (newest first).
import { mayReadAudit } from '../auth/tenancy.js';
import { decodeCursor, encodeCursor } from '../cases/cursor.js';
import { iso } from '../cases/record.js';
import { HttpProblem } from '../http/problem.js';
import type { OperationHandlers, RequestContext } from './types.js';

interface AuditRow {
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

/** PGlite hands uuid[] back as an array, node-postgres as an array too; a text form is parsed. */
function idsOf(value: AuditRow['case_ids']): string[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return [];
}

const listAuditEvents = async (ctx: RequestContext) => {
  if (!mayReadAudit(ctx.auth)) throw new HttpProblem(403, 'Only the SWV reads the audit log of its region.');
  const q = ctx.query as Record<string, string | number | undefined>;
  const limit = Number(q.limit ?? 25);
  const params: unknown[] = [ctx.auth.organisation];
  const conditions = ['a.swv_code = $1'];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  // A case's trail: reads and writes of it alone, and every list read that returned it.
  if (q.caseId !== undefined) add((n) => `(a.case_id = ${n}::uuid OR ${n}::uuid = ANY(a.case_ids))`, q.caseId);
  if (q.outcome !== undefined) add((n) => `a.outcome = ${n}`, q.outcome);
  if (q.actor !== undefined) add((n) => `a.subject = ${n}`, q.actor);
  // Dates are Dutch calendar days.
  if (q.from !== undefined) add((n) => `a.at >= (${n}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`, q.from);
  if (q.to !== undefined) add((n) => `a.at < ((${n}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, q.to);
  const cursor = decodeCursor(q.cursor, 1);
  if (cursor) {
    if (!/^[0-9]{1,18}$/.test(cursor[0]!)) {
      throw new HttpProblem(400, 'The cursor is not one this server issued.', { invalidParams: [{ name: 'cursor', reason: 'is not a valid cursor' }] });
    }
    add((n) => `a.seq < ${n}::bigint`, cursor[0]);
  }
  params.push(limit + 1);
  const rows = await ctx.db.query<AuditRow>(
    `SELECT a.id, a.seq::text AS seq, a.at, a.subject, a.role, a.organisation, a.action, a.case_id, a.case_ids, a.detail, a.outcome, a.purpose
       FROM audit_events a WHERE ${conditions.join(' AND ')} ORDER BY a.seq DESC LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, limit);
  const items = page.map((row) => ({
    id: row.id,
    at: iso(row.at),
    actor: { subject: row.subject, role: row.role, organisation: row.organisation },
    action: row.action,
    caseId: row.case_id,
    caseIds: idsOf(row.case_ids),
    outcome: row.outcome,
    purpose: row.purpose,
    detail: row.detail,
  }));
  const nextCursor = rows.length > limit ? encodeCursor([String(page[page.length - 1]!.seq)]) : null;
  return { status: 200, body: { items, nextCursor } };
};

export const auditHandlers: OperationHandlers = { listAuditEvents };
