// listAuditEvents: the SWV reads the audit log of its region (newest first).
import { mayReadAudit } from '../auth/tenancy.js';
import { decodeCursor, encodeCursor } from '../cases/cursor.js';
import { iso } from '../cases/record.js';
import { HttpProblem } from '../http/problem.js';
import type { OperationHandlers, RequestContext } from '../http/context.js';
import { listAuditRows, type AuditRow } from '../store/audit.js';

/** PGlite hands uuid[] back as an array, node-postgres as an array too; a text form is parsed. */
function idsOf(value: AuditRow['case_ids']): string[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return [];
}

const listAuditEvents = async (ctx: RequestContext<'listAuditEvents'>) => {
  if (!mayReadAudit(ctx.auth)) throw new HttpProblem(403, 'Only the SWV reads the audit log of its region.');
  const q = ctx.query;
  const limit = Number(q.limit ?? 25);
  const cursor = decodeCursor(q.cursor, 1);
  if (cursor && !/^[0-9]{1,18}$/.test(cursor[0]!)) {
    throw new HttpProblem(400, 'The cursor is not one this server issued.', { invalidParams: [{ name: 'cursor', reason: 'is not a valid cursor' }] });
  }
  const rows = await listAuditRows(ctx.db, ctx.auth.organisation, q, cursor?.[0] ?? null, limit + 1);
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

export const auditHandlers = { listAuditEvents } satisfies OperationHandlers;
