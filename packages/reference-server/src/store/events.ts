// The `case_events` table: append-only events of a case.
import type { Database } from '../storage/database.js';

export interface EventRow {
  id: string;
  case_id: string;
  type: string;
  occurred_on: string;
  recorded_at: Date | string;
  actor: { organisation: string; role: string; name: string | null };
  summary: string;
  data: Record<string, unknown>;
}

export const EVENT_COLUMNS = 'e.id, e.case_id, e.type, e.occurred_on, e.recorded_at, e.actor, e.summary, e.data';

export async function insertEventRow(db: Database, row: EventRow): Promise<EventRow> {
  const rows = await db.query<EventRow>(
    `INSERT INTO case_events (id, case_id, type, occurred_on, recorded_at, actor, summary, data)
     VALUES ($1::uuid, $2::uuid, $3, $4::date, $5, $6::jsonb, $7, $8::jsonb)
     RETURNING id, case_id, type, occurred_on, recorded_at, actor, summary, data`,
    [row.id, row.case_id, row.type, row.occurred_on, row.recorded_at, JSON.stringify(row.actor), row.summary, JSON.stringify(row.data)],
  );
  return rows[0]!;
}

/**
 * One page of a case's stored events straight from the index, in the page's order (the sort key
 * (occurredOn, recordedAt, id) is compared at millisecond precision, as the API writes
 * recordedAt); a long case costs no more per page than a short one. `limit` rows at most.
 */
export async function listEventRows(
  db: Database,
  caseId: string,
  options: { type?: string; after: string[] | null; newest: boolean; limit: number },
): Promise<EventRow[]> {
  const { type, after, newest } = options;
  const params: unknown[] = [caseId, options.limit];
  const where = ['e.case_id = $1::uuid'];
  if (type !== undefined) where.push(`e.type = $${params.push(type)}`);
  // Ids compare as text in byte order, like the sort key in JS (a derived event's id is not a uuid).
  const key = `(e.occurred_on, date_trunc('milliseconds', e.recorded_at), e.id::text COLLATE "C")`;
  if (after) {
    where.push(`${key} ${newest ? '<' : '>'} ($${params.push(after[0])}::date, $${params.push(after[1])}::timestamptz, $${params.push(after[2])}::text COLLATE "C")`);
  }
  const dir = newest ? 'DESC' : 'ASC';
  return db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM case_events e WHERE ${where.join(' AND ')}
      ORDER BY e.occurred_on ${dir}, date_trunc('milliseconds', e.recorded_at) ${dir}, e.id::text COLLATE "C" ${dir} LIMIT $2`,
    params,
  );
}
