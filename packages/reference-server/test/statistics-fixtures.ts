// A real in-memory PGlite with the migrations, hand-made cases, and a RequestContext builder to
// call operation handlers directly (no HTTP), for the statistics and reference-data tests.
import { randomUUID } from 'node:crypto';
import type { AuthContext, Role } from '../src/auth/claims.js';
import type { RequestContext, ValidatedContext } from '../src/http/context.js';
import type { Database } from '../src/storage/database.js';
import { migrate } from '../src/storage/migrate.js';
import { refreshCaseFigures } from '../src/store/figures.js';
import { openPglite } from '../src/storage/pglite.js';

export async function freshDatabase(): Promise<Database> {
  const db = await openPglite('memory://');
  await migrate(db);
  return db;
}

export interface SchoolFixture {
  key: string;
  name: string;
  type: string;
  municipality: string;
  swv: string;
}

export async function insertSchools(db: Database, schools: SchoolFixture[]): Promise<void> {
  for (const s of schools) {
    await db.query(
      `INSERT INTO schools (school_key, brin, vestiging, name, school_type, municipality_code, swv_code) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [s.key, s.key.slice(0, 4), s.key.slice(4), s.name, s.type, s.municipality, s.swv],
    );
  }
}

export interface CaseFixture {
  school: SchoolFixture;
  first: string;
  primary: string;
  secondary?: string[];
  enrolled?: boolean;
  authorised?: boolean;
  exemptionFrom?: string;
  offer?: { type: string; start: string };
  closed?: { on: string; reason: string };
  /** Insert this many identical cases. */
  times?: number;
}

/** Inserts cases the way the API stores them: fact columns plus the body in `data`. */
export async function insertCases(db: Database, fixtures: CaseFixture[]): Promise<void> {
  for (const f of fixtures) {
    for (let i = 0; i < (f.times ?? 1); i++) {
      const data = {
        pupilRef: `LVS-${randomUUID().slice(0, 8)}`,
        birthYearMonth: '2011-05',
        reportedOn: f.first,
        school: { brin: f.school.key.slice(0, 4), vestiging: f.school.key.slice(4) },
        schoolType: f.school.type,
        municipalityCode: f.school.municipality,
        absence: {
          enrolled: f.enrolled ?? true,
          firstDayOfAbsence: f.first,
          authorised: f.authorised ?? false,
          exemption: f.exemptionFrom ? { ground: 'vrijstelling5a', from: f.exemptionFrom, to: '2026-07-31' } : null,
          duoReportNumber: null,
        },
        reasons: { primary: f.primary, secondary: f.secondary ?? [] },
        lead: null,
        offer: f.offer ? { type: f.offer.type, startDate: f.offer.start, hoursPerWeek: 12 } : null,
        notes: null,
        closure: f.closed ? { closedOn: f.closed.on, reason: f.closed.reason, note: null } : null,
      };
      await db.query(
        `INSERT INTO cases (id, version, status, pupil_ref, school_key, school_type, municipality_code, swv_code, enrolled, authorised,
                            first_day_of_absence, primary_reason, secondary_reasons, offer_type, offer_start, closed_on, closure_reason,
                            created_at, updated_at, data)
         VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, now(), now(), $17)`,
        [
          randomUUID(),
          f.closed ? 'closed' : 'open',
          data.pupilRef,
          f.school.key,
          f.school.type,
          f.school.municipality,
          f.school.swv,
          data.absence.enrolled,
          data.absence.authorised,
          f.first,
          f.primary,
          f.secondary ?? [],
          f.offer?.type ?? null,
          f.offer?.start ?? null,
          f.closed?.on ?? null,
          f.closed?.reason ?? null,
          JSON.stringify(data),
        ],
      );
    }
  }
  // The statistics count the figure rows the API writes with every case (store/figures.ts).
  await refreshCaseFigures(db);
}

const SCOPES = ['cases:read', 'cases:write', 'statistics:read', 'routekaart:read', 'routekaart:write', 'audit:read'];

export function authAs(role: Role, organisation: string): AuthContext {
  return { subject: `test-${role}-${organisation}`, name: `Test ${role}`, role, organisation, scopes: SCOPES };
}

/**
 * A RequestContext as the router would build it, for calling a statistics handler directly (the
 * router's validator would have checked `query` against the operation; here the test vouches).
 */
export function contextFor(
  db: Database,
  auth: AuthContext,
  query: Record<string, unknown> = {},
  now = new Date('2026-11-22T10:00:00Z'),
): StatisticsContext {
  const context: ValidatedContext = {
    auth,
    db,
    params: {},
    query,
    headers: {},
    body: undefined,
    audit: async () => {},
    now: () => now,
  };
  return context as StatisticsContext;
}

/** A context every statistics handler takes (they differ only in their query). */
type StatisticsContext = RequestContext<'getReasonStatistics'> & RequestContext<'getSchoolStatistics'> & RequestContext<'getHeadlineStatistics'>;

/** Validates a body against a schema of the contract (`#/components/schemas/<name>`). */
export async function contractSchema(name: string): Promise<(value: unknown) => string[]> {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const addFormats = (await import('ajv-formats')).default as unknown as (ajv: InstanceType<typeof Ajv2020>) => void;
  const { defaultSpecPath } = await import('../src/config.js');
  const { loadSpec } = await import('../src/http/spec.js');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...loadSpec(defaultSpecPath), $id: 'contract.json' });
  const validate = ajv.compile({ $ref: `contract.json#/components/schemas/${name}` });
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}
