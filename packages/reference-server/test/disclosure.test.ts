// Disclosure control of the statistics (issue 13, findings 1 and 2, and the property that no
// pupil's reason can be derived). See src/statistics/disclosure.ts for the rules and the proof idea.
//
// "Derivable", for leerplicht and for the SWV alike: the reader knows every fact of every case in
// its tenancy (it can list them) but not the reasons, and the statistics answers determine one
// pupil's primary reason. The SWV may read a pupil's reason in the case itself, but that read is
// audited per case (Logboek dataverwerkingen); the statistics are not, so they must not become an
// unlogged way to learn it. The test proves non-derivability the strong way: for every pupil it
// builds another world (same facts, that pupil's reason different) and checks that every answer
// of the request sequence is exactly the same in both worlds.
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { addDays } from '@thuiszitters/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCaseFigures } from '../src/store/figures.js';
import type { App } from '../src/app.js';
import { publicationMembers } from '../src/operations/statistics.js';
import { atomKeys, groupOf, publishedReason, PUBLICATION_PROBLEM } from '../src/statistics/disclosure.js';
import { client, engines, seedSchools, SCHOOLS, tokenFor } from './helpers.js';
import { authAs, contextFor } from './statistics-fixtures.js';

const NOW = new Date('2026-11-22T10:00:00Z');
/** The national default small-cell threshold (no profile row in these tests). */
const THRESHOLD = 5;
const TODAY = '2026-11-22';
const YEARS = [
  { from: '2024-08-01', to: '2025-07-31' },
  { from: '2025-08-01', to: '2026-07-31' },
  { from: '2026-08-01', to: '2027-07-31' },
];
type Role = 'swv' | 'leerplicht';
const ORGANISATION: Record<Role, string> = { swv: 'VO2801', leerplicht: 'GM0599' };
const inTenancy = (role: Role, school: (typeof SCHOOLS)[number]) => (role === 'swv' ? school.swv === 'VO2801' : school.municipality === 'GM0599');

interface SeedCase {
  school: number;
  first: string;
  closedAfter: number | null;
  reason: string;
}

async function insertRegion(app: App, cases: SeedCase[]): Promise<{ id: string; school: (typeof SCHOOLS)[number]; reason: string }[]> {
  await app.db.query('DELETE FROM audit_events');
  await app.db.query('DELETE FROM case_figures');
  await app.db.query('DELETE FROM cases');
  const out = [];
  for (const c of cases) {
    const school = SCHOOLS[c.school]!;
    const id = randomUUID();
    const closedOn = c.closedAfter === null ? null : [addDays(c.first, c.closedAfter), TODAY].sort()[0]!;
    const data = {
      pupilRef: `LVS-${id.slice(0, 8)}`,
      birthYearMonth: '2011-05',
      school: { brin: school.key.slice(0, 4), vestiging: school.key.slice(4) },
      schoolType: school.type,
      municipalityCode: school.municipality,
      absence: { enrolled: true, firstDayOfAbsence: c.first, authorised: false, exemption: null, duoReportNumber: null },
      reasons: { primary: c.reason, secondary: [] },
      lead: null,
      offer: null,
      notes: null,
      closure: closedOn ? { closedOn, reason: 'terugNaarSchool', note: null } : null,
    };
    await app.db.query(
      `INSERT INTO cases (id, version, status, pupil_ref, school_key, school_type, municipality_code, swv_code, enrolled, authorised,
                          first_day_of_absence, primary_reason, secondary_reasons, closed_on, closure_reason, created_at, updated_at, data)
       VALUES ($1, 1, $2, $3, $4, $5, $6, $7, true, false, $8, $9, '{}', $10, $11, now(), now(), $12)`,
      [id, closedOn ? 'closed' : 'open', data.pupilRef, school.key, school.type, school.municipality, school.swv, c.first, c.reason, closedOn, closedOn ? 'terugNaarSchool' : null, JSON.stringify(data)],
    );
    out.push({ id, school, reason: c.reason });
  }
  // The statistics count the per-case figure rows the domain derives on every write (issue 14).
  await refreshCaseFigures(app.db);
  return out;
}

async function setReason(app: App, id: string, reason: string): Promise<void> {
  await app.db.query(`UPDATE cases SET primary_reason = $2, data = jsonb_set(data, '{reasons,primary}', to_jsonb($2::text)) WHERE id = $1`, [id, reason]);
  await refreshCaseFigures(app.db, [id]);
}

/** Every answer of a request sequence, as status + body (what a reader gets to combine). */
async function answers(reader: ReturnType<typeof client>, urls: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const url of urls) {
    const response = await reader.get(url);
    out.push({ url, status: response.statusCode, body: response.json() });
  }
  return out;
}

// Requests: school-year periods (allowed), arbitrary days (refused for reasons), comparisons, school filters.
const day = fc.integer({ min: 0, max: 840 }).map((n) => addDays('2024-08-01', n));
const periodArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...YEARS).map((y) => `from=${y.from}&to=${y.to}`) },
  { weight: 1, arbitrary: fc.tuple(day, day).map(([a, b]) => (a <= b ? `from=${a}&to=${b}` : `from=${b}&to=${a}`)) },
  { weight: 1, arbitrary: fc.constant('') },
);
const compareArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom(...YEARS).map((y) => `&compareFrom=${y.from}&compareTo=${y.to}`) },
  { weight: 1, arbitrary: fc.tuple(day, day).map(([a, b]) => (a <= b ? `&compareFrom=${a}&compareTo=${b}` : `&compareFrom=${b}&compareTo=${a}`)) },
);
const schoolArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constant('&school=12AB00') },
  { weight: 1, arbitrary: fc.constantFrom(...SCHOOLS.map((s) => `&school=${s.key}`)) },
);
const requestArb = (role: Role) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(periodArb, compareArb, schoolArb, fc.constantFrom('', '', '', '&reasonScope=primary', '&reasonScope=all')).map(([p, c, s, r]) => `/v1/statistics/reasons?${p}${c}${s}${r}`) },
    { weight: 2, arbitrary: fc.tuple(periodArb, compareArb, schoolArb).map(([p, c, s]) => `/v1/statistics/headline?${p}${c}${s}`) },
    { weight: 1, arbitrary: fc.tuple(periodArb, compareArb).map(([p, c]) => `/v1/statistics/schools?${p}${c}`) },
    // Leerplicht lists the facts of its cases (no reasons); the SWV's list shows reasons by design.
    ...(role === 'leerplicht' ? [{ weight: 1, arbitrary: fc.constant('/v1/cases?limit=100') }] : []),
  );
// Few reasons (from three groups), so that pupils often share one and atoms are often exposed.
const caseArb_fields = () => ({
  first: day,
  closedAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  reason: fc.constantFrom('psychisch', 'spijbelen', 'pesten', 'lichamelijk', 'schoolweigering'),
});
const caseArb = fc.record({
  // Mostly 12AB00, so that it often has enough cases for its own reason table.
  school: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: SCHOOLS.length - 1 }) }),
  first: day,
  closedAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  reason: fc.constantFrom('psychisch', 'spijbelen', 'pesten', 'lichamelijk', 'schoolweigering'),
});

// Often a block of cases at 12AB00 that all count in 2025-26 only: then 12AB00 is large enough to
// publish on its own and the school filter is answered; the rest anywhere, in any year.
// A case counts only once it is a thuiszitter (issue 14: more than 4 school weeks absent, holidays
// not counted), so each block case stays open 60 to 120 days: long enough to pass 4 school weeks
// even across the autumn and Christmas holidays, short enough to close before 2026-27.
const blockArb = fc.array(
  fc.record({
    school: fc.constant(0),
    first: fc.integer({ min: 0, max: 200 }).map((n) => addDays('2025-09-01', n)),
    closedAfter: fc.integer({ min: 60, max: 120 }),
    reason: caseArb.map((c) => c.reason),
  }),
  { minLength: 10, maxLength: 14 },
);
const regionArb = fc
  .tuple(
    fc.oneof({ weight: 2, arbitrary: blockArb }, { weight: 1, arbitrary: fc.constant([]) }),
    fc.array(
      fc.record({ ...caseArb_fields(), school: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: SCHOOLS.length - 1 }) }) }),
      { minLength: 2, maxLength: 10 },
    ),
  )
  .map(([block, rest]) => [...block, ...rest] as SeedCase[]);

describe.each(engines)('disclosure control on $name', (engine) => {
  let app: App;
  const readers: Partial<Record<Role, ReturnType<typeof client>>> = {};

  beforeAll(async () => {
    app = await engine.start({ now: () => NOW });
    await seedSchools(app.db);
    for (const role of ['swv', 'leerplicht'] as const) readers[role] = client(app, await tokenFor(app, role, ORGANISATION[role]));
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Twenty pupils of one school, each starting on its own day of this school year. */
  async function twentyPupils() {
    const reasons = ['psychisch', 'pesten', 'lichamelijk', 'spijbelen', 'schoolweigering', 'wachten-zorg', 'uitsluiting'];
    return insertRegion(
      app,
      Array.from({ length: 20 }, (_, i) => ({ school: 0, first: addDays('2026-08-20', i * 4), closedAfter: null, reason: reasons[(i * 3) % reasons.length]! })),
    );
  }

  it('finding 1: differencing two periods that differ by one day yields no pupil reason', async () => {
    const pupils = await twentyPupils();
    const lp = readers.leerplicht!;
    let derived = 0;
    for (const pupil of pupils) {
      const row = await app.db.query<{ first: string }>(`SELECT first_day_of_absence::text AS first FROM cases WHERE id = $1`, [pupil.id]);
      const first = row[0]!.first;
      const before = await lp.get(`/v1/statistics/reasons?from=2026-08-01&to=${addDays(first, -1)}`);
      const after = await lp.get(`/v1/statistics/reasons?from=2026-08-01&to=${first}`);
      if (before.statusCode !== 200 || after.statusCode !== 200) {
        // Refused: a problem naming the parameter, with the publication rule's type.
        const problem = after.json();
        expect(after.statusCode).toBe(400);
        expect(problem.type).toBe(PUBLICATION_PROBLEM);
        expect(problem.invalidParams.map((p: { name: string }) => p.name)).toContain('to');
        continue;
      }
      const count = (body: { items: { reason: string; count: number | null }[] }, reason: string) => body.items.find((i) => i.reason === reason)?.count ?? 0;
      const rose = after.json().items.filter((i: { reason: string; count: number | null }) => i.count !== null && i.count - count(before.json(), i.reason) === 1);
      if (rose.length === 1 && rose[0].reason === pupil.reason) derived++;
    }
    expect(derived).toBe(0);
  });

  it('finding 1: a shorter comparison period and a day-level period are refused for swv and leerplicht, with the rule', async () => {
    await twentyPupils();
    for (const role of ['swv', 'leerplicht'] as const) {
      const shortComparison = await readers[role]!.get('/v1/statistics/reasons?from=2026-08-01&to=2027-07-31&compareFrom=2026-08-01&compareTo=2026-09-30');
      expect(shortComparison.statusCode).toBe(400);
      expect(shortComparison.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['compareTo']);
      const all = await readers[role]!.get('/v1/statistics/reasons?reasonScope=all');
      expect(all.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['reasonScope']);
      const future = await readers[role]!.get('/v1/statistics/reasons?from=2027-08-01&to=2028-07-31');
      expect(future.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['from']);
      const fine = await readers[role]!.get('/v1/statistics/reasons');
      expect(fine.statusCode).toBe(200);
      expect(fine.json()).toMatchObject({ period: YEARS[2], comparisonPeriod: YEARS[1], publication: { periodUnit: 'schoolYear', reasonScopes: ['primary'] } });
    }
  });

  it('finding 2: the reason table never tells how many reasons occur (every taxonomy reason is listed)', async () => {
    // Six pupils at one school, six different reasons: the school table says 6, the reason table
    // used to list exactly six hidden reasons, so each was 1.
    const reasons = ['psychisch', 'pesten', 'lichamelijk', 'spijbelen', 'schoolweigering', 'uitsluiting'];
    await insertRegion(app, reasons.map((reason, i) => ({ school: 0, first: addDays('2026-09-01', i), closedAfter: null, reason })));
    const schoolTable = (await readers.swv!.get('/v1/statistics/schools?from=2026-08-01&to=2027-07-31')).json();
    expect(schoolTable.items.find((i: { school: string }) => i.school === '12AB00').count).toBe(6);
    // Six cases are too few for the school's own reason table.
    const perSchool = await readers.swv!.get('/v1/statistics/reasons?school=12AB00');
    expect(perSchool.statusCode).toBe(400);
    expect(perSchool.json()).toMatchObject({ type: PUBLICATION_PROBLEM, invalidParams: [{ name: 'school' }] });
    // The region's table lists every reason, so the number of hidden ones says nothing.
    const body = (await readers.swv!.get('/v1/statistics/reasons')).json();
    expect(body.items).toHaveLength(15);
    for (const reason of reasons) expect(body.items.find((i: { reason: string }) => i.reason === reason)).toMatchObject({ count: null, suppressed: true });
  });

  for (const role of ['leerplicht', 'swv'] as const) {
    it(`property (${role}): no request sequence determines any pupil's primary reason`, async () => {
      // What the runs covered, so that a generator that never reaches a branch fails the test.
      const covered = { reasonAnswers: 0, schoolReasonAnswers: 0, refused: 0, swaps: 0, moves: 0 };
      await fc.assert(
        fc.asyncProperty(regionArb, fc.array(requestArb(role), { minLength: 1, maxLength: 5 }), async (region, urls) => {
          const pupils = await insertRegion(app, region);
          const reader = readers[role]!;
          const seen = (await answers(reader, urls)) as { url: string; status: number }[];
          for (const answer of seen) {
            if (!answer.url.startsWith('/v1/statistics/reasons')) continue;
            if (answer.status === 200) covered.reasonAnswers++;
            if (answer.status === 200 && answer.url.includes('school=')) covered.schoolReasonAnswers++;
            if (answer.status === 400) covered.refused++;
          }
          // The worlds to compare come from the server's atoms; whether they really look the same is checked end to end.
          const members = await publicationMembers(contextFor(app.db, authAs(role, ORGANISATION[role]), {}, NOW), TODAY);
          const atomOf = atomKeys(members, THRESHOLD);
          const reasonOf = new Map(pupils.map((p) => [p.id, p.reason]));
          for (const pupil of pupils.filter((p) => inTenancy(role, p.school))) {
            const atom = pupils.filter((p) => atomOf.get(p.id) !== undefined && atomOf.get(p.id) === atomOf.get(pupil.id));
            const partner = atom.find((p) => p.reason !== pupil.reason);
            let world: [string, string][];
            if (partner) {
              world = [[pupil.id, partner.reason], [partner.id, pupil.reason]]; // swap inside the atom
              covered.swaps++;
            } else {
              const other = groupOf(pupil.reason).find((code) => code !== publishedReason(pupil.reason))!;
              world = (atom.length > 0 ? atom : [pupil]).map((p) => [p.id, other]); // move the whole atom within the group
              covered.moves++;
            }
            for (const [id, reason] of world) await setReason(app, id, reason);
            const alternative = await answers(reader, urls);
            for (const [id] of world) await setReason(app, id, reasonOf.get(id)!);
            expect(world.find(([id]) => id === pupil.id)![1]).not.toBe(pupil.reason);
            expect(alternative, `pupil ${pupil.id} (${pupil.reason}) is told apart by ${urls.join(' ')}`).toEqual(seen);
          }
        }),
        {
          // A fixed seed keeps the coverage checks below deterministic; DISCLOSURE_SEED and
          // DISCLOSURE_RUNS explore further (e.g. DISCLOSURE_RUNS=300 DISCLOSURE_SEED=$RANDOM).
          seed: Number(process.env.DISCLOSURE_SEED ?? 13),
          numRuns: Number(process.env.DISCLOSURE_RUNS ?? 25),
          endOnFailure: true,
        },
      );
      expect(covered.reasonAnswers).toBeGreaterThan(0);
      expect(covered.schoolReasonAnswers).toBeGreaterThan(0);
      expect(covered.refused).toBeGreaterThan(0);
      expect(covered.swaps).toBeGreaterThan(0);
      expect(covered.moves).toBeGreaterThan(0);
    }, 300_000);
  }
});
