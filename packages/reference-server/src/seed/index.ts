// Demo data: the fictional "Samenwerkingsverband Voorbeeldregio" with its schools, about 400
// case stories over the last two school years and a Routekaart history.
//
// Deterministic: the stream of a seeded PRNG (mulberry32, seeded from the anchor date) decides
// everything, so the same anchor date gives the same rows and ids on every machine.
// Anchor date: `options.anchorDate`, else today (UTC calendar date) — the demo always looks
// current at first start; tests pass a fixed date.
// Idempotent: when the SWV's definition profile already exists, nothing is inserted.
// Fast: bulk inserts from JSON per table (store/seed.ts) inside one transaction.
import { refreshWorklist } from '../store/worklist.js';
import { isIsoDate, type IsoDate } from '@thuiszitters/domain';
import type { Database } from '../storage/database.js';
import { refreshCaseFigures } from '../store/figures.js';
import { insertAssessmentRows, insertCaseRows, insertEventRows, insertRegionRows, lockAndCheckSeeded } from '../store/seed.js';
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

export async function seedDemoData(db: Database, options: SeedOptions = {}): Promise<SeedResult> {
  const anchorDate = options.anchorDate ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(anchorDate)) throw new RangeError(`anchorDate must be YYYY-MM-DD, got ${anchorDate}`);
  const random = mulberry32(seedFromText(`Voorbeeldregio ${anchorDate}`));
  const cases = generateCases(random, { anchor: anchorDate, count: options.cases ?? 400 });
  const assessments = generateAssessments(random, anchorDate);
  const events = cases.reduce((sum, c) => sum + c.events.length, 0);

  return db.transaction(async (tx) => {
    // Serialise concurrent starters on PostgreSQL, then check the marker row.
    if (await lockAndCheckSeeded(tx, DEMO_SWV.code)) return { inserted: false, anchorDate, schools: 0, cases: 0, events: 0, assessments: 0 };

    await insertRegion(tx, DEMO_REGION);
    await insertCases(tx, cases);
    await insertAssessments(tx, assessments);
    return { inserted: true, anchorDate, schools: DEMO_SCHOOLS.length, cases: cases.length, events, assessments: assessments.length };
  });
}

/** Inserts an SWV's definition profile (the marker that the region is seeded), municipalities and schools. */
export async function insertRegion(tx: Database, region: SeedRegion): Promise<void> {
  await insertRegionRows(
    tx,
    region.swv,
    region.municipalities.map((m) => ({ code: m.code, name: m.name })),
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
  await insertCaseRows(tx, cases.map(caseRow));
  // The statistics count the figure rows the API writes with every case (store/figures.ts).
  await refreshCaseFigures(tx, cases.map((c) => c.id));
  await insertEventRows(
    tx,
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
  await insertAssessmentRows(
    tx,
    DEMO_SWV,
    assessments.map((a) => ({ id: a.id, version: a.version, assessed_on: a.assessedOn, points: a.points, created_at: a.createdAt, copied_from: a.copiedFrom })),
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
