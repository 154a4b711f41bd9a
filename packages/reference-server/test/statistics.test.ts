// Statistics on small hand-made datasets over a real PGlite: counts per reason and per school,
// comparison periods, small-cell suppression (complementary included), tenancy and headline figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statisticsHandlers } from '../src/operations/statistics.js';
import { suppressColumn } from '../src/statistics/suppression.js';
import type { App } from '../src/app.js';
import type { Database } from '../src/storage/database.js';
import { client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';
import { authAs, contextFor, contractSchema, freshDatabase, insertCases, insertSchools, type SchoolFixture } from './statistics-fixtures.js';

const S12AB00: SchoolFixture = { key: '12AB00', name: 'Test College', type: 'vo', municipality: 'GM0599', swv: 'VO2801' };
const S12AB01: SchoolFixture = { key: '12AB01', name: 'Test College Noord', type: 'vo', municipality: 'GM0606', swv: 'VO2801' };
const S34CD00: SchoolFixture = { key: '34CD00', name: 'Praktijkschool Test', type: 'vo', municipality: 'GM0599', swv: 'VO2801' };
const S56GH00: SchoolFixture = { key: '56GH00', name: 'Lege School', type: 'po', municipality: 'GM0606', swv: 'VO2801' };
const S45DE00: SchoolFixture = { key: '45DE00', name: 'Ander Lyceum', type: 'vo', municipality: 'GM0599', swv: 'VO2701' };

const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
const COMPARISON = { from: '2025-01-01', to: '2025-03-31' };
const query = (extra: Record<string, unknown> = {}) => ({ ...PERIOD, compareFrom: COMPARISON.from, compareTo: COMPARISON.to, ...extra });
// Roles without exact figures get reason statistics per whole school year (statistics/disclosure.ts).
const yearQuery = (extra: Record<string, unknown> = {}) => ({ from: '2025-08-01', to: '2026-07-31', compareFrom: '2024-08-01', compareTo: '2025-07-31', ...extra });

type ReasonBody = {
  total: number | null;
  comparisonTotal: number | null;
  suppressionThreshold: number;
  items: { reason: string; count: number | null; comparisonCount: number | null; suppressed: boolean; comparisonSuppressed: boolean }[];
};
type SchoolBody = {
  suppressionThreshold: number;
  items: { school: string; name: string; schoolType: string; count: number | null; comparisonCount: number | null; suppressed: boolean; comparisonSuppressed: boolean }[];
};

describe('small-cell suppression', () => {
  it('hides counts of 1..threshold-1 and shows zero and larger counts', () => {
    const result = suppressColumn([0, 3, 5, 9, 12], 29, { threshold: 5 });
    expect(result.values[0]).toBe(0);
    expect(result.values[1]).toBeNull();
    expect(result.values[3]).toBe(9);
    expect(result.total).toBe(29);
  });

  it('hides a second cell when one hidden cell could be derived from the total', () => {
    const result = suppressColumn([2, 6, 7], 15, { threshold: 5 });
    expect(result.suppressed).toEqual([true, true, false]);
  });

  it('hides another cell when every hidden cell can only be 1', () => {
    const result = suppressColumn([1, 1, 5, 9], 16, { threshold: 5 });
    expect(result.suppressed).toEqual([true, true, true, false]);
  });

  it('hides the total when no shown cell is left to hide', () => {
    const result = suppressColumn([3, 0], 3, { threshold: 5 });
    expect(result.total).toBeNull();
    const single = suppressColumn([6, 2], 8, { threshold: 5 });
    expect(single.suppressed).toEqual([true, true]);
    expect(single.total).toBe(8);
  });

  it('uses a zero cell as complement when the total is public', () => {
    const result = suppressColumn([7, 2, 0], 9, { threshold: 5, totalIsPublic: true });
    expect(result.suppressed).toEqual([true, true, false]);
    const onlyZeros = suppressColumn([2, 0], 2, { threshold: 5, totalIsPublic: true });
    expect(onlyZeros.suppressed).toEqual([true, true]);
    expect(onlyZeros.total).toBe(2);
  });

  it('switches off below threshold 2', () => {
    expect(suppressColumn([1, 2], 3, { threshold: 0 }).values).toEqual([1, 2]);
  });
});

describe('reason and school statistics', () => {
  let db: Database;

  beforeAll(async () => {
    db = await freshDatabase();
    await insertSchools(db, [S12AB00, S12AB01, S34CD00, S56GH00, S45DE00]);
    await db.query(`INSERT INTO definition_profiles (swv_code, name) VALUES ('VO2801', 'SWV Test')`);
    await insertCases(db, [
      // In the period (2026 Q1):
      { school: S12AB00, first: '2025-12-01', primary: 'psychisch', times: 4 },
      { school: S12AB01, first: '2026-02-01', primary: 'psychisch', secondary: ['pesten'], times: 3 },
      { school: S12AB00, first: '2026-01-10', primary: 'schoolweigering', offer: { type: 'eigenSchool', start: '2026-02-15' }, closed: { on: '2026-03-01', reason: 'terugNaarSchool' }, times: 3 },
      // Closed on the second day of the period: a thuiszitter on its first day, so counts in it
      // (deriveCase: no longer a thuiszitter from the closing day itself).
      { school: S34CD00, first: '2025-11-01', primary: 'schoolweigering', closed: { on: '2026-01-02', reason: 'anderePassendePlek' }, times: 3 },
      { school: S12AB00, first: '2026-03-01', primary: 'pesten', times: 2 },
      // Never in the period:
      { school: S12AB00, first: '2026-01-05', primary: 'psychisch', authorised: true },
      { school: S12AB00, first: '2025-06-01', primary: 'psychisch', closed: { on: '2025-12-31', reason: 'verhuisd' } },
      { school: S12AB00, first: '2026-04-01', primary: 'psychisch' },
      { school: S12AB00, first: '2025-10-01', primary: 'lichamelijk', exemptionFrom: '2025-12-01' },
      // Another SWV's cases (same municipality as 12AB00): never counted for VO2801 or 12AB00.
      { school: S45DE00, first: '2026-01-05', primary: 'psychisch', times: 8 },
      // In the comparison period (2025 Q1):
      { school: S12AB00, first: '2025-01-15', primary: 'psychisch', closed: { on: '2025-05-01', reason: 'terugNaarSchool' }, times: 5 },
      { school: S12AB01, first: '2025-02-01', primary: 'spijbelen', closed: { on: '2025-04-01', reason: 'terugNaarSchool' } },
      { school: S34CD00, first: '2024-12-01', primary: 'uitsluiting', closed: { on: '2025-01-20', reason: 'anderePassendePlek' } },
    ]);
  });
  afterAll(async () => {
    await db?.close();
  });

  const reasons = async (role: 'school' | 'swv' | 'leerplicht', organisation: string, extra: Record<string, unknown> = {}) =>
    (await statisticsHandlers.getReasonStatistics(contextFor(db, authAs(role, organisation), role === 'school' ? query(extra) : yearQuery(extra)))).body as ReasonBody;
  const schools = async (role: 'school' | 'swv' | 'leerplicht', organisation: string) =>
    (await statisticsHandlers.getSchoolStatistics(contextFor(db, authAs(role, organisation), query()))).body as SchoolBody;
  const item = (body: ReasonBody, reason: string) => body.items.find((i) => i.reason === reason);

  it('a school sees exact counts of its own cases only (no suppression)', async () => {
    const body = await reasons('school', '12AB00');
    expect(body.suppressionThreshold).toBe(0);
    expect(body.total).toBe(9);
    expect(item(body, 'psychisch')).toMatchObject({ count: 4, comparisonCount: 5, suppressed: false });
    expect(item(body, 'schoolweigering')).toMatchObject({ count: 3, comparisonCount: 0 });
    expect(item(body, 'pesten')).toMatchObject({ count: 2, suppressed: false });
    expect(item(body, 'lichamelijk')).toBeUndefined(); // exempt before the period, no comparison either
    expect(body.comparisonTotal).toBe(5);
  });

  it('the SWV gets whole school years, every reason listed, exposed groups and small cells hidden', async () => {
    const body = await reasons('swv', 'VO2801');
    expect(body).toMatchObject({ suppressionThreshold: 5, total: 18, comparisonTotal: 8, publication: { periodUnit: 'schoolYear', reasonScopes: ['primary'] } });
    expect(body.items).toHaveLength(15);
    // No school here is large enough to publish on its own, so the atoms are the region's cases
    // with the same school years. The one pupil counted in 2024-25 and 2025-26 is alone in its
    // atom: the psychisch group is hidden wherever that pupil counts.
    for (const reason of ['psychisch', 'spijbelen', 'wachten-onderwijsplek']) expect(item(body, reason)).toMatchObject({ count: null, suppressed: true });
    // Six schoolweigering pupils count in 2025-26 (3 at 12AB00 from 7 Feb, 3 at 34CD00 until 1 Jan),
    // and they are the only cases counting in 2025-26 alone: the lichamelijk pupil's exemption
    // ends on 31 July 2026, so it is a thuiszitter again in 2026-27 (issue 14). That atom holds one
    // reason only, so its group is hidden although 6 >= 5: a shown 6 next to 0 in 2026-27 would tell
    // the reader those six pupils' reason.
    expect(item(body, 'schoolweigering')).toMatchObject({ count: null, suppressed: true });
    expect(item(body, 'thuissituatie')).toMatchObject({ count: null, suppressed: true }); // 0, but in the hidden group
    expect(item(body, 'pesten')).toMatchObject({ count: null, suppressed: true }); // 2 < 5
    expect(item(body, 'lichamelijk')).toMatchObject({ count: null, suppressed: true }); // 1 < 5
    expect(item(body, 'ontwikkeling-gedrag')).toMatchObject({ count: 0, suppressed: false });
    // Hidden ones last: the order says nothing about a hidden count.
    const firstHidden = body.items.findIndex((i) => i.suppressed);
    expect(body.items.slice(firstHidden).every((i) => i.suppressed)).toBe(true);
  });

  it('reasonScope=all is for a school (its own pupils): every mentioned reason, the total counts cases once', async () => {
    const body = await reasons('school', '12AB01', { reasonScope: 'all' });
    expect(body.total).toBe(3);
    expect(item(body, 'pesten')).toMatchObject({ count: 3, suppressed: false });
    expect(item(body, 'psychisch')).toMatchObject({ count: 3 });
    await expect(statisticsHandlers.getReasonStatistics(contextFor(db, authAs('swv', 'VO2801'), yearQuery({ reasonScope: 'all' })))).rejects.toMatchObject({ status: 400 });
  });

  it('a school filter is refused for schools too small to publish on their own', async () => {
    // 12AB00 has 17 counted cases, but only 4 of them count in 2025-26 alone: too few for that span.
    for (const school of ['12AB00', '12AB01', '34CD00', '45DE00']) {
      await expect(statisticsHandlers.getReasonStatistics(contextFor(db, authAs('swv', 'VO2801'), yearQuery({ school })))).rejects.toMatchObject({
        status: 400,
        problem: { invalidParams: [{ name: 'school' }] },
      });
    }
  });

  it('leerplicht counts the cases of pupils in its municipality, with disclosure control', async () => {
    const body = await reasons('leerplicht', 'GM0599');
    // 12AB00 (12) and 34CD00 (3); the 8 cases of VO2701's school in GM0599 are the other region's,
    // but leerplicht's tenancy is the municipality: they count for GM0599.
    expect(body.total).toBe(12 + 3 + 8);
    expect(body.suppressionThreshold).toBe(5);
    expect(body.items).toHaveLength(15);
    expect(item(body, 'psychisch')).toMatchObject({ count: null, suppressed: true });
  });

  it('another SWV never sees VO2801 cases and VO2801 never sees its cases', async () => {
    const other = await reasons('swv', 'VO2701');
    expect(other.total).toBe(8);
    expect((await reasons('swv', 'VO2801')).total).toBe(18);
  });

  it('school statistics: every school of the region, sum over schools = region total', async () => {
    const exact = await schools('school', '12AB00');
    expect(exact.items).toEqual([
      { school: '12AB00', name: 'Test College', schoolType: 'vo', count: 9, comparisonCount: 5, suppressed: false, comparisonSuppressed: false },
    ]);

    const region = await schools('swv', 'VO2801');
    expect(region.items.map((i) => i.school).sort()).toEqual(['12AB00', '12AB01', '34CD00', '56GH00']);
    const byKey = Object.fromEntries(region.items.map((i) => [i.school, i]));
    expect(byKey['12AB00']).toMatchObject({ count: 9, suppressed: false });
    expect(byKey['12AB01']).toMatchObject({ count: null, suppressed: true }); // 3
    expect(byKey['34CD00']).toMatchObject({ count: null, suppressed: true }); // 3
    expect(byKey['56GH00']).toMatchObject({ count: 0, suppressed: false, name: 'Lege School', schoolType: 'po' });
    // Comparison 5 / 1 / 1: both ones hidden, so 12AB00's 5 is hidden as complement.
    expect(byKey['12AB00']).toMatchObject({ comparisonCount: null, comparisonSuppressed: true });

    // Region total = sum over schools, checked where nothing is hidden (a school's own view per school).
    const regionTotal = (await reasons('swv', 'VO2801')).total;
    let sum = 0;
    for (const key of ['12AB00', '12AB01', '34CD00', '56GH00']) {
      const own = await statisticsHandlers.getReasonStatistics(contextFor(db, authAs('school', key), yearQuery()));
      sum += (own.body as ReasonBody).total ?? 0;
    }
    expect(sum).toBe(regionTotal);
  });

  it('answers in the shapes of the contract for every role', async () => {
    const reasonSchema = await contractSchema('ReasonStatistics');
    const schoolSchema = await contractSchema('SchoolStatistics');
    for (const [role, organisation] of [['school', '12AB00'], ['swv', 'VO2801'], ['leerplicht', 'GM0599']] as const) {
      expect(reasonSchema(await reasons(role, organisation))).toEqual([]);
      if (role === 'school') expect(reasonSchema(await reasons(role, organisation, { reasonScope: 'all' }))).toEqual([]);
      expect(schoolSchema(await schools(role, organisation))).toEqual([]);
    }
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(statisticsHandlers.getReasonStatistics(contextFor(db, authAs('swv', 'VO2801'), { from: '2026-03-01', to: '2026-01-01' }))).rejects.toMatchObject({
      status: 400,
    });
  });

  it('defaults to the current school year up to today, compared with the same dates a year earlier', async () => {
    const body = (await statisticsHandlers.getReasonStatistics(contextFor(db, authAs('school', '12AB00')))).body as { period: unknown; comparisonPeriod: unknown };
    expect(body.period).toEqual({ from: '2026-08-01', to: '2026-11-22' });
    expect(body.comparisonPeriod).toEqual({ from: '2025-08-01', to: '2025-11-22' });
    // Without exact figures: the whole current and previous school year.
    const published = (await statisticsHandlers.getReasonStatistics(contextFor(db, authAs('swv', 'VO2801')))).body as { period: unknown; comparisonPeriod: unknown };
    expect(published.period).toEqual({ from: '2026-08-01', to: '2027-07-31' });
    expect(published.comparisonPeriod).toEqual({ from: '2025-08-01', to: '2026-07-31' });
  });
});

describe('headline statistics', () => {
  let db: Database;
  const H: SchoolFixture = { ...S12AB00 };

  beforeAll(async () => {
    db = await freshDatabase();
    await insertSchools(db, [S12AB00, S45DE00]);
    await insertCases(db, [
      // h1: open since December, no offer: active; deadline 2026-03-01 passed without offer.
      { school: H, first: '2025-12-01', primary: 'psychisch' },
      // h2: enrolled, absent since 20 March: not yet more than 4 weeks on 31 March, so not active.
      { school: H, first: '2026-03-20', primary: 'psychisch' },
      // h3: not enrolled since 20 March: absoluut verzuim, active at once.
      { school: H, first: '2026-03-20', primary: 'niet-ingeschreven', enrolled: false },
      // h4: TLV offer within the norm (78 days), closed with a suitable place.
      { school: H, first: '2025-11-15', primary: 'wachten-onderwijsplek', offer: { type: 'speciaalOnderwijsTlv', start: '2026-02-01' }, closed: { on: '2026-03-10', reason: 'anderePassendePlek' } },
      // h5: late offer (100 days, deadline 2026-03-10), still open: active.
      { school: H, first: '2025-12-10', primary: 'schoolweigering', offer: { type: 'eigenSchool', start: '2026-03-20' } },
      // h6: new in the period, moved away.
      { school: H, first: '2026-01-05', primary: 'pesten', closed: { on: '2026-02-01', reason: 'verhuisd' } },
      // h7: authorised absence: reported in the period, never a thuiszitter.
      { school: H, first: '2026-01-10', primary: 'lichamelijk', authorised: true, closed: { on: '2026-02-10', reason: 'terugNaarSchool' } },
      // h8: another region's case.
      { school: S45DE00, first: '2026-01-10', primary: 'psychisch' },
      // h9: moved away before its deadline (2026-01-01): not part of the norm share.
      { school: H, first: '2025-10-01', primary: 'thuissituatie', closed: { on: '2025-12-01', reason: 'verhuisd' } },
      // c1: the comparison period's case, offer after 50 days.
      { school: H, first: '2025-01-10', primary: 'psychisch', offer: { type: 'maatwerkDeeltijd', start: '2025-03-01' }, closed: { on: '2025-06-01', reason: 'terugNaarSchool' } },
    ]);
  });
  afterAll(async () => {
    await db?.close();
  });

  const headline = async (role: 'school' | 'swv' | 'leerplicht', organisation: string, extra: Record<string, unknown> = {}) =>
    (await statisticsHandlers.getHeadlineStatistics(contextFor(db, authAs(role, organisation), query(extra)))).body as {
      figures: Record<string, number | null>;
      comparison: Record<string, number | null>;
      trend: { month: string; active: number }[];
      context: { specialEducationOffers: number; national: { schoolYear: string } };
      school: string | null;
    };

  it('computes the figures of the period', async () => {
    const body = await headline('swv', 'VO2801');
    expect(body.figures).toEqual({
      active: 3, // h1, h3, h5
      newInPeriod: 4, // h2, h3, h6, h7: every report made in the period, whatever the case turns out to be
      closedWithSolution: 2, // h4, h7: every case closed with a suitable place
      offerWithinNormShare: 0.333, // h4 of h1, h4, h5
      medianDaysToOffer: 89, // 78 and 100
    });
    expect(body.context.specialEducationOffers).toBe(1);
    expect(body.context.national.schoolYear).toBe('2021/22');
  });

  it('computes the comparison period the same way', async () => {
    const body = await headline('swv', 'VO2801');
    expect(body.comparison).toEqual({ active: 1, newInPeriod: 1, closedWithSolution: 0, offerWithinNormShare: null, medianDaysToOffer: 50 });
  });

  it('gives a 12-month trend of active cases up to the period end', async () => {
    const body = await headline('swv', 'VO2801');
    expect(body.trend.map((t) => t.month)).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
    const at = Object.fromEntries(body.trend.map((t) => [t.month, t.active]));
    expect(at['2025-04']).toBe(1); // c1
    expect(at['2025-07']).toBe(0); // c1 closed in June
    expect(at['2026-01']).toBe(3); // h1, h4, h5
    expect(at['2026-03']).toBe(body.figures.active);
  });

  it('answers in the shape of the contract', async () => {
    const schema = await contractSchema('HeadlineStatistics');
    expect(schema(await headline('swv', 'VO2801'))).toEqual([]);
    expect(schema(await headline('school', '12AB00'))).toEqual([]);
    expect(schema({ ...(await headline('swv', 'VO2801')), trend: 'nope' })).not.toEqual([]);
  });

  it('is scoped by tenancy and by the school filter', async () => {
    expect((await headline('swv', 'VO2701')).figures.active).toBe(1); // only h8
    expect((await headline('school', '45DE00')).figures.newInPeriod).toBe(1);
    const filtered = await headline('swv', 'VO2801', { school: '45DE00' });
    expect(filtered.school).toBe('45DE00');
    expect(filtered.figures).toMatchObject({ active: 0, newInPeriod: 0 });
  });
});

describe.each(engines)('statistics through the HTTP API on $name', (engine) => {
  let server: App;
  beforeAll(async () => {
    server = await engine.start();
    await seedSchools(server.db);
    await insertCases(server.db, [
      { school: { key: '12AB00', name: 'Test College', type: 'vo', municipality: 'GM0599', swv: 'VO2801' }, first: '2026-01-10', primary: 'psychisch', times: 6 },
      { school: { key: '12AB01', name: 'Test College Schiedam', type: 'vo', municipality: 'GM0606', swv: 'VO2801' }, first: '2026-02-10', primary: 'pesten', times: 2 },
      { school: { key: '45DE00', name: 'Ander Lyceum', type: 'vo', municipality: 'GM0363', swv: 'VO2701' }, first: '2026-01-10', primary: 'psychisch', times: 7 },
    ]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('counts only the caller\'s tenancy, per operation', async () => {
    const swv = client(server, await tokenFor(server, 'swv', 'VO2801'));
    const reasons = await swv.get('/v1/statistics/reasons?from=2025-08-01&to=2026-07-31');
    expect(reasons.statusCode).toBe(200);
    expect(reasons.headers['api-version']).toBeDefined();
    expect(reasons.json()).toMatchObject({ total: 8, suppressionThreshold: 5 });
    expect(reasons.json().items).toHaveLength(15);
    expectProblem(await swv.get('/v1/statistics/reasons?from=2026-01-01&to=2026-03-31'), 400);

    const other = client(server, await tokenFor(server, 'swv', 'VO2701'));
    expect((await other.get('/v1/statistics/reasons?from=2025-08-01&to=2026-07-31')).json().total).toBe(7);
    const school = client(server, await tokenFor(server, 'school', '12AB00'));
    expect((await school.get('/v1/statistics/reasons?from=2026-01-01&to=2026-03-31&school=45DE00')).json().total).toBe(0);

    const schools = await swv.get('/v1/statistics/schools?from=2026-01-01&to=2026-03-31');
    expect(schools.statusCode).toBe(200);
    expect(schools.json().items.map((i: { school: string }) => i.school).sort()).toEqual(['12AB00', '12AB01']);

    const headline = await swv.get('/v1/statistics/headline?from=2026-01-01&to=2026-03-31&school=12AB00');
    expect(headline.statusCode).toBe(200);
    expect(headline.json().figures).toMatchObject({ active: 6, newInPeriod: 6 });
    expect(headline.json().trend).toHaveLength(12);

    const inverted = await swv.get('/v1/statistics/headline?from=2026-03-31&to=2026-01-01');
    expectProblem(inverted, 400);
  });
});
