// Demo data: the fictional "Samenwerkingsverband Voorbeeldregio" with its schools, about 400
// case stories over the last two school years and a Routekaart history.
//
// Deterministic: the stream of a seeded PRNG (mulberry32, seeded from the anchor date) decides
// everything, so the same anchor date gives the same rows and ids on every machine.
// Anchor date: `options.anchorDate`, else today (UTC calendar date) — the demo always looks
// current at first start; tests pass a fixed date.
// Idempotent: when the SWV's definition profile already exists, nothing is inserted.
// Fast: one INSERT … SELECT FROM jsonb_to_recordset per table inside one transaction.
import { refreshWorklist } from '../store/worklist.js';
import { isIsoDate, type IsoDate } from '@thuiszitters/domain';
import type { Database } from '../storage/database.js';
import { refreshCaseFigures } from '../cases/figures.js';
import { generateCases, type SeedCase } from './cases.js';
import { mulberry32, seedFromText } from './random.js';
import { DEMO_REGION, DEMO_SCHOOLS, DEMO_SWV, schoolKey, type SeedRegion } from './region.js';
import { generateAssessments, type SeedAssessment } from './routekaart.js';

export { DEMO_MUNICIPALITIES, DEMO_SCHOOLS, DEMO_SWV, schoolKey } from './region.js';
export { DEMO_PUPIL_REF } from './cases.js';

export interface SeedOptions {
  /** The "today" of the demo stories (`YYYY-MM-DD`); default: today's UTC date. */
  anchorDate?: IsoDate;
  /** Number of cases; default 400. */
  cases?: number;
}

export interface SeedResult {
  inserted: boolean;
  anchorDate: IsoDate;
  schools: number;
  cases: number;
  events: number;
  assessments: number;
}

/** The chunk size of one INSERT: keeps each JSON parameter a few hundred kB at most. */
const BATCH = 500;

export async function seedDemoData(db: Database, options: SeedOptions = {}): Promise<SeedResult> {
  const anchorDate = options.anchorDate ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(anchorDate)) throw new RangeError(`anchorDate must be YYYY-MM-DD, got ${anchorDate}`);
  const random = mulberry32(seedFromText(`Voorbeeldregio ${anchorDate}`));
  const cases = generateCases(random, { anchor: anchorDate, count: options.cases ?? 400 });
  const assessments = generateAssessments(random, anchorDate);
  const events = cases.reduce((sum, c) => sum + c.events.length, 0);

  return db.transaction(async (tx) => {
    // Serialise concurrent starters on PostgreSQL, then check the marker row.
    await tx.query('SELECT pg_advisory_xact_lock(727275)');
    const present = await tx.query('SELECT 1 FROM definition_profiles WHERE swv_code = $1', [DEMO_SWV.code]);
    if (present.length > 0) return { inserted: false, anchorDate, schools: 0, cases: 0, events: 0, assessments: 0 };

    await insertRegion(tx, DEMO_REGION);
    await insertCases(tx, cases);
    await insertAssessments(tx, assessments);
    return { inserted: true, anchorDate, schools: DEMO_SCHOOLS.length, cases: cases.length, events, assessments: assessments.length };
  });
}

/** Inserts an SWV's definition profile (the marker that the region is seeded), municipalities and schools. */
export async function insertRegion(tx: Database, region: SeedRegion): Promise<void> {
  await tx.query('INSERT INTO definition_profiles (swv_code, name) VALUES ($1, $2)', [region.swv.code, region.swv.name]);
  await insertRows(
    tx,
    `INSERT INTO municipalities (code, name) SELECT code, name FROM jsonb_to_recordset($1::jsonb) AS x(code text, name text)
     ON CONFLICT (code) DO NOTHING`,
    region.municipalities.map((m) => ({ code: m.code, name: m.name })),
  );
  await insertRows(
    tx,
    `INSERT INTO schools (school_key, brin, vestiging, name, school_type, municipality_code, swv_code)
     SELECT * FROM jsonb_to_recordset($1::jsonb)
       AS x(school_key text, brin text, vestiging text, name text, school_type text, municipality_code text, swv_code text)
     ON CONFLICT (school_key) DO NOTHING`,
    region.schools.map((s) => ({
      school_key: schoolKey(s),
      brin: s.brin,
      vestiging: s.vestiging,
      name: s.name,
      school_type: s.schoolType,
      municipality_code: s.municipalityCode,
      swv_code: region.swv.code,
    })),
  );
}

/** Inserts cases and their events (the seed's own rows: ids and versions as generated). */
export async function insertCases(tx: Database, cases: SeedCase[]): Promise<void> {
  await insertRows(tx, INSERT_CASES, cases.map(caseRow));
  // The statistics count the figure rows the API writes with every case (cases/figures.ts).
  await refreshCaseFigures(tx, cases.map((c) => c.id));
  await insertRows(
    tx,
    `INSERT INTO case_events (id, case_id, type, occurred_on, recorded_at, actor, summary, data)
     SELECT id, case_id, type, occurred_on, recorded_at, actor, summary, data FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, case_id uuid, type text, occurred_on date, recorded_at timestamptz, actor jsonb, summary text, data jsonb)`,
    cases.flatMap((c) =>
      c.events.map((e) => ({
        id: e.id,
        case_id: c.id,
        type: e.type,
        occurred_on: e.occurredOn,
        recorded_at: e.recordedAt,
        actor: e.actor,
        summary: e.summary,
        data: e.data,
      })),
    ),
  );
  // Last activity and open actions, as every event write keeps them (store/worklist.ts).
  await refreshWorklist(tx, cases.map((c) => c.id));
}

const INSERT_CASES = `
  INSERT INTO cases (id, version, status, pupil_ref, school_key, school_type, municipality_code, swv_code,
                     enrolled, authorised, first_day_of_absence, primary_reason, secondary_reasons,
                     offer_type, offer_start, closed_on, closure_reason, created_at, updated_at, data)
  SELECT id, version, status, pupil_ref, school_key, school_type, municipality_code, swv_code,
         enrolled, authorised, first_day_of_absence, primary_reason, secondary_reasons,
         offer_type, offer_start, closed_on, closure_reason, created_at, updated_at, data
    FROM jsonb_to_recordset($1::jsonb) AS x(
      id uuid, version integer, status text, pupil_ref text, school_key text, school_type text,
      municipality_code text, swv_code text, enrolled boolean, authorised boolean,
      first_day_of_absence date, primary_reason text, secondary_reasons text[], offer_type text,
      offer_start date, closed_on date, closure_reason text, created_at timestamptz,
      updated_at timestamptz, data jsonb)`;

function caseRow(c: SeedCase) {
  const { data } = c;
  // `cases.data` holds the facts plus the closure; status and swvCode live in their columns.
  const { status: _status, swvCode: _swvCode, ...stored } = data;
  return {
    id: c.id,
    // One version per write that changed the case after creation (lead, offer, closure).
    version: 1 + c.events.filter((e) => ['leadAssigned', 'leadChanged', 'offerMade', 'caseClosed'].includes(e.type)).length,
    status: data.status,
    pupil_ref: data.pupilRef,
    school_key: schoolKey(data.school),
    school_type: data.schoolType,
    municipality_code: data.municipalityCode,
    swv_code: data.swvCode,
    enrolled: data.absence.enrolled,
    authorised: data.absence.authorised,
    first_day_of_absence: data.absence.firstDayOfAbsence,
    primary_reason: data.reasons.primary,
    secondary_reasons: data.reasons.secondary,
    offer_type: data.offer?.type ?? null,
    offer_start: data.offer?.startDate ?? null,
    closed_on: data.closure?.closedOn ?? null,
    closure_reason: data.closure?.reason ?? null,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    data: stored,
  };
}

async function insertAssessments(tx: Database, assessments: SeedAssessment[]): Promise<void> {
  await insertRows(
    tx,
    `INSERT INTO routekaart_assessments (id, version, organisation_code, organisation_name, organisation_type, assessed_on, points, created_at, copied_from)
     SELECT id, version, $2, $3, 'swv', assessed_on, points, created_at, copied_from FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, version integer, assessed_on date, points jsonb, created_at timestamptz, copied_from uuid)`,
    assessments.map((a) => ({ id: a.id, version: a.version, assessed_on: a.assessedOn, points: a.points, created_at: a.createdAt, copied_from: a.copiedFrom })),
    [DEMO_SWV.code, DEMO_SWV.name],
  );
  await insertRows(
    tx,
    `INSERT INTO routekaart_changes (id, assessment_id, at, actor, point_number, field, from_value, to_value)
     SELECT id, assessment_id, at, actor, point_number, field, from_value, to_value FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, assessment_id uuid, at timestamptz, actor jsonb, point_number integer, field text, from_value jsonb, to_value jsonb)`,
    assessments.flatMap((a) =>
      a.changes.map((ch) => ({
        id: ch.id,
        assessment_id: a.id,
        at: ch.at,
        actor: ch.actor,
        point_number: ch.pointNumber,
        field: ch.field,
        from_value: ch.from,
        to_value: ch.to,
      })),
    ),
  );
}

export async function insertRows(tx: Database, sql: string, rows: unknown[], extraParams: unknown[] = []): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.query(sql, [JSON.stringify(rows.slice(i, i + BATCH)), ...extraParams]);
  }
}
