// The Routekaart tables: assessments (`routekaart_assessments`, the ten points as JSON) and their
// change history (`routekaart_changes`).
import type { ChangeActor, RoutekaartOrganisation, RoutekaartPoint } from '@thuiszitters/sdk';
import type { Database } from '../storage/database.js';

export interface AssessmentRow {
  id: string;
  version: number;
  organisation_code: string;
  organisation_name: string;
  organisation_type: RoutekaartOrganisation['type'];
  assessed_on: string;
  copied_from: string | null;
  created_at: Date | string;
  points: RoutekaartPoint[];
}

const ASSESSMENT_COLUMNS = 'id, version, organisation_code, organisation_name, organisation_type, assessed_on, copied_from, created_at, points';

export async function findAssessment(db: Database, id: string, lock = false): Promise<AssessmentRow | null> {
  const rows = await db.query<AssessmentRow>(
    `SELECT ${ASSESSMENT_COLUMNS} FROM routekaart_assessments WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** An organisation's assessments, newest first. */
export function listAssessments(db: Database, organisation: string): Promise<AssessmentRow[]> {
  return db.query<AssessmentRow>(
    `SELECT ${ASSESSMENT_COLUMNS} FROM routekaart_assessments WHERE organisation_code = $1
      ORDER BY assessed_on DESC, created_at DESC, id`,
    [organisation],
  );
}

export async function insertAssessment(
  db: Database,
  a: { id: string; code: string; name: string; type: RoutekaartOrganisation['type']; assessedOn: unknown; points: RoutekaartPoint[]; createdAt: string; copiedFrom: string | null },
): Promise<AssessmentRow> {
  const rows = await db.query<AssessmentRow>(
    `INSERT INTO routekaart_assessments (id, version, organisation_code, organisation_name, organisation_type, assessed_on, points, created_at, copied_from)
     VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${ASSESSMENT_COLUMNS}`,
    [a.id, a.code, a.name, a.type, a.assessedOn, JSON.stringify(a.points), a.createdAt, a.copiedFrom],
  );
  return rows[0]!;
}

/** Writes the points when the assessment is still at `version`; null when it is not. */
export async function updateAssessmentPoints(db: Database, id: string, version: number, points: RoutekaartPoint[]): Promise<AssessmentRow | null> {
  const rows = await db.query<AssessmentRow>(
    `UPDATE routekaart_assessments SET points = $1, version = version + 1
      WHERE id = $2 AND version = $3 RETURNING ${ASSESSMENT_COLUMNS}`,
    [JSON.stringify(points), id, version],
  );
  return rows[0] ?? null;
}

export async function insertChanges(
  db: Database,
  assessmentId: string,
  at: string,
  actor: ChangeActor,
  pointNumber: number,
  changes: { field: string; from: unknown; to: unknown }[],
  newId: () => string,
): Promise<void> {
  if (changes.length === 0) return;
  await db.query(
    `INSERT INTO routekaart_changes (id, assessment_id, at, actor, point_number, field, from_value, to_value)
     SELECT x.id, $1, $2, $3, $4, x.field, x.from_value, x.to_value
       FROM jsonb_to_recordset($5::jsonb) AS x(id uuid, field text, from_value jsonb, to_value jsonb)`,
    [
      assessmentId,
      at,
      JSON.stringify(actor),
      pointNumber,
      JSON.stringify(changes.map((change) => ({ id: newId(), field: change.field, from_value: change.from, to_value: change.to }))),
    ],
  );
}

export interface ChangeRow {
  id: string;
  at: Date | string;
  actor: ChangeActor;
  point_number: number;
  field: string;
  from_value: unknown;
  to_value: unknown;
}

/** The changes of an assessment, newest first. */
export function listChanges(db: Database, assessmentId: string): Promise<ChangeRow[]> {
  return db.query<ChangeRow>(
    `SELECT id, at, actor, point_number, field, from_value, to_value FROM routekaart_changes
      WHERE assessment_id = $1 ORDER BY at DESC, seq DESC`,
    [assessmentId],
  );
}
