// Reference data through the HTTP API: the reason taxonomy, the schools of the caller's region,
// and the definition profile (row values, defaults from @thuiszitters/domain).
import { DEFAULT_PROFILE, REASON_CODES } from '@thuiszitters/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

describe.each(engines)('reference data on $name', (engine) => {
  let server: App;

  beforeAll(async () => {
    server = await engine.start();
    await seedSchools(server.db);
    await server.db.query(
      `INSERT INTO definition_profiles (swv_code, name, lrv_threshold_days, small_cell_threshold) VALUES ('VO2801', 'SWV Test', 21, 10)`,
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  const as = async (role: 'school' | 'swv' | 'leerplicht', organisation: string) => client(server, await tokenFor(server, role, organisation));

  it('lists the reason taxonomy with Dutch and English labels and the health-data flag', async () => {
    const response = await (await as('school', '12AB00')).get('/v1/reasons');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { code: string; label: { nl: string; en: string }; healthData: boolean }[];
    expect(items.map((r) => r.code)).toEqual([...REASON_CODES]);
    const psychisch = items.find((r) => r.code === 'psychisch')!;
    expect(psychisch.label.nl).toMatch(/^Psychische problematiek/);
    expect(psychisch.label.en.length).toBeGreaterThan(0);
    expect(psychisch.healthData).toBe(true);
    expect(items.find((r) => r.code === 'spijbelen')!.healthData).toBe(false);
  });

  it('lists the schools of the caller\'s region per role', async () => {
    const keys = async (role: 'school' | 'swv' | 'leerplicht', organisation: string) => {
      const response = await (await as(role, organisation)).get('/v1/schools');
      expect(response.statusCode).toBe(200);
      return (response.json().items as { brin: string; vestiging: string }[]).map((s) => s.brin + s.vestiging).sort();
    };
    // A school sees the schools of its own SWV; the SWV its region.
    expect(await keys('school', '12AB00')).toEqual(['12AB00', '12AB01']);
    expect(await keys('swv', 'VO2801')).toEqual(['12AB00', '12AB01']);
    expect(await keys('swv', 'VO2701')).toEqual(['45DE00']);
    // Leerplicht: the schools located in its municipality, whichever SWV.
    expect(await keys('leerplicht', 'GM0599')).toEqual(['12AB00', '56EF00']);

    const one = (await (await as('swv', 'VO2801')).get('/v1/schools')).json().items[0];
    expect(one).toEqual({ brin: '12AB', vestiging: '00', name: 'Test College', schoolType: 'vo', municipalityCode: 'GM0599', swvCode: 'VO2801', holidayRegion: null });
  });

  it('gives the definition profile of the caller\'s SWV with defaults for what the row leaves out', async () => {
    const ours = (await (await as('school', '12AB00')).get('/v1/definition-profile')).json();
    expect(ours).toEqual({
      ...DEFAULT_PROFILE,
      swvCode: 'VO2801',
      name: 'SWV Test',
      lrvThresholdDays: 21,
      normMonths: DEFAULT_PROFILE.normMonths,
      almostOutDays: DEFAULT_PROFILE.almostOutDays,
      smallCellThreshold: 10,
      retentionMonths: 24,
    });
    // No row for VO2701: the national defaults.
    const theirs = (await (await as('swv', 'VO2701')).get('/v1/definition-profile')).json();
    expect(theirs).toMatchObject({ swvCode: 'VO2701', lrvThresholdDays: DEFAULT_PROFILE.lrvThresholdDays, smallCellThreshold: DEFAULT_PROFILE.smallCellThreshold });
    // Leerplicht GM0599: two SWVs have a school there; the tie goes to the lowest code (PO2801).
    const leerplicht = (await (await as('leerplicht', 'GM0599')).get('/v1/definition-profile')).json();
    expect(leerplicht.swvCode).toBe('PO2801');
    // A school this server does not know belongs to no SWV: no profile to give.
    expectProblem(await (await as('school', '99ZZ00')).get('/v1/definition-profile'), 403);
  });
});
