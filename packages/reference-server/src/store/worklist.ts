// SQL of the worklist (issue 15): the per-case columns a consultant filters and sorts on
// (last activity, first open action's due date), followed on every event write (followEvent) and
// recomputed from all events where rows arrive in bulk (refreshWorklist: seed, backfill), and the
// "one pupil, one open case" look-ups of the duplicate check and the duplicateOpenCase signal.
import { openActionDueDates, type ActionEvent } from '@thuiszitters/domain';
import type { Database } from '../storage/database.js';

const BATCH = 500;

export interface WorklistColumns {
  last_activity_on: string | null;
  next_action_due_on: string | null;
}

/**
 * The worklist columns of these cases computed from all their recorded events (same-day events
 * in the order they were recorded), without writing them.
 */
export async function worklistFromEvents(db: Database, caseIds: readonly string[]): Promise<Map<string, WorklistColumns>> {
  const events = await db.query<ActionEvent & { case_id: string; occurred_on: string }>(
    `SELECT e.case_id, e.id, e.type, e.occurred_on, e.data FROM case_events e WHERE e.case_id = ANY($1::uuid[]) ORDER BY e.occurred_on, e.seq`,
    [caseIds],
  );
  const byCase = new Map<string, ActionEvent[]>(caseIds.map((id) => [id, []]));
  for (const e of events) byCase.get(e.case_id)?.push({ id: e.id, type: e.type, occurredOn: e.occurred_on, data: e.data });
  return new Map(
    [...byCase].map(([id, list]) => [
      id,
      {
        last_activity_on: list.reduce<string | null>((max, e) => (max === null || e.occurredOn > max ? e.occurredOn : max), null),
        next_action_due_on: openActionDueDates(list)[0] ?? null,
      },
    ]),
  );
}

/** Recomputes last_activity_on and next_action_due_on of these cases from their recorded events. */
export async function refreshWorklist(db: Database, caseIds: readonly string[]): Promise<void> {
  for (let i = 0; i < caseIds.length; i += BATCH) {
    const computed = await worklistFromEvents(db, caseIds.slice(i, i + BATCH));
    const values = [...computed].map(([id, c]) => ({ id, last: c.last_activity_on, due: c.next_action_due_on }));
    await db.query(
      `UPDATE cases c SET last_activity_on = x.last, next_action_due_on = x.due
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, last date, due date) WHERE c.id = x.id`,
      [JSON.stringify(values)],
    );
  }
}

/** Event types that agree or complete an action: the only ones that move next_action_due_on. */
const ACTION_TYPES = new Set(['actionAgreed', 'actionCompleted']);

/**
 * Follows one event just written to a case and returns the case's new columns. Last activity
 * needs the new event only. The first open action needs the case's action events (an action may
 * be recorded back-dated, which changes which one a completion closes), so an action event
 * replays those alone (index case_events_actions_idx); any other event leaves it as it is.
 * The caller holds the case row (FOR UPDATE, or it created it), so writes do not interleave.
 */
export async function followEvent(db: Database, caseId: string, event: { type: string; occurred_on: string }): Promise<WorklistColumns> {
  let due: string | null | undefined;
  if (ACTION_TYPES.has(event.type)) {
    const actions = await db.query<{ id: string; type: string; occurred_on: string; data: ActionEvent['data'] }>(
      `SELECT e.id, e.type, e.occurred_on, e.data FROM case_events e
        WHERE e.case_id = $1::uuid AND e.type IN ('actionAgreed', 'actionCompleted') ORDER BY e.occurred_on, e.seq`,
      [caseId],
    );
    due = openActionDueDates(actions.map((e) => ({ id: e.id, type: e.type, occurredOn: e.occurred_on, data: e.data })))[0] ?? null;
  }
  const rows = await db.query<WorklistColumns>(
    `UPDATE cases SET last_activity_on = GREATEST(last_activity_on, $2::date)${due === undefined ? '' : ', next_action_due_on = $3::date'}
      WHERE id = $1::uuid RETURNING last_activity_on, next_action_due_on`,
    due === undefined ? [caseId, event.occurred_on] : [caseId, event.occurred_on, due],
  );
  return rows[0]!;
}

/** Once after the migration: the due dates need the domain's rule, which SQL does not have. */
export async function backfillWorklist(db: Database): Promise<void> {
  const rows = await db.query<{ id: string }>(
    `SELECT c.id FROM cases c WHERE c.status = 'open' AND c.next_action_due_on IS NULL
        AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'actionAgreed')`,
  );
  await refreshWorklist(db, rows.map((row) => row.id));
}

/** SQL over alias `c`: another open case of the same SWV has this case's pupilRef. */
export const DUPLICATE_OPEN_SQL = `EXISTS (SELECT 1 FROM cases d WHERE d.swv_code = c.swv_code AND d.pupil_ref = c.pupil_ref
  AND d.status = 'open' AND d.anonymised_at IS NULL AND d.id <> c.id)`;

/** Of these cases, the open ones that share their pupilRef with another open case of their SWV. */
export async function duplicateOpenIds(db: Database, caseIds: readonly string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db.query<{ id: string }>(
    `SELECT c.id FROM cases c WHERE c.id = ANY($1::uuid[]) AND c.status = 'open' AND ${DUPLICATE_OPEN_SQL}`,
    [caseIds],
  );
  return new Set(rows.map((row) => row.id));
}

/** Holds one pupil of one SWV until the transaction ends: two creates at once see each other. */
export async function lockPupil(db: Database, swvCode: string, pupilRef: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`open-case:${swvCode}:${pupilRef}`]);
}

/** The open cases of this SWV with this pupilRef, with their tenancy columns (to tell whether the caller may see one). */
export async function openCasesOfPupil(db: Database, swvCode: string, pupilRef: string) {
  return db.query<{ id: string; school_key: string; swv_code: string; municipality_code: string }>(
    `SELECT id, school_key, swv_code, municipality_code FROM cases
      WHERE swv_code = $1 AND pupil_ref = $2 AND status = 'open' AND anonymised_at IS NULL ORDER BY created_at`,
    [swvCode, pupilRef],
  );
}

/**
 * Marks the open duplicates among these case rows, so that `toApiCase` computes the signals right
 * (the worklist columns themselves come with CASE_COLUMNS, or from insertEvent after a write).
 */
export async function markOpenDuplicates<T extends { id: string; duplicate_open?: boolean }>(db: Database, rows: T[]): Promise<T[]> {
  if (rows.length === 0) return rows;
  const duplicates = await duplicateOpenIds(db, rows.map((row) => row.id));
  for (const row of rows) row.duplicate_open = duplicates.has(row.id);
  return rows;
}
