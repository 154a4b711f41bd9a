// The scaled datasets for benchmarks (src/seed/scale.ts): made-up codes that never clash, the
// same rows for the same anchor, safe to run again, and every region a tenancy of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { seedDemoData } from '../src/seed/index.js';
import { SCALES, scaledRegion, seedScaled, type Scale } from '../src/seed/scale.js';
import { schoolKey } from '../src/seed/region.js';
import { client, testConfig, tokenFor } from './helpers.js';

const TINY: Scale = { swvs: 3, schoolsPerSwv: 6, casesPerSwv: 25, schoolYears: 5 };
const ANCHOR = '2026-11-20';

describe('scaled seed', () => {
  it('the national scale has 150 regions, 6,000 distinct schools and 450 municipalities, none of the demo region', () => {
    const scale = SCALES.national;
    const regions = Array.from({ length: scale.swvs }, (_, r) => scaledRegion(r, scale));
    const schoolKeys = new Set(regions.flatMap((region) => region.schools.map(schoolKey)));
    const municipalities = new Set(regions.flatMap((region) => region.municipalities.map((m) => m.code)));
    expect(new Set(regions.map((region) => region.swv.code)).size).toBe(150);
    expect(schoolKeys.size).toBe(6_000);
    expect(municipalities.size).toBe(450);
    expect(scale.swvs * scale.casesPerSwv).toBeGreaterThanOrEqual(100_000);
    expect(regions.some((region) => region.swv.code === 'VO2801')).toBe(false);
    for (const key of schoolKeys) expect(key).toMatch(/^\d{2}[A-Z]{2}00$/);
    // Every region has every kind of school.
    for (const region of regions.slice(0, 3)) expect(new Set(region.schools.map((s) => s.schoolType)).size).toBe(5);
  });

  describe('into a database', () => {
    let server: App;
    beforeAll(async () => {
      server = await createApp({ ...testConfig });
      await seedDemoData(server.db, { anchorDate: ANCHOR });
    });
    afterAll(() => server?.close());

    it('inserts each region once, deterministically, with cases over five school years', async () => {
      const first = await seedScaled(server.db, TINY, { anchorDate: ANCHOR });
      expect(first).toMatchObject({ regions: 3, insertedRegions: 3, cases: 75 });
      expect(first.events).toBeGreaterThan(75);
      const again = await seedScaled(server.db, TINY, { anchorDate: ANCHOR });
      expect(again).toMatchObject({ insertedRegions: 0, cases: 0, events: 0 });
      const rows = await server.db.query<{ swv_code: string; n: string | number; first: string }>(
        `SELECT swv_code, count(*) AS n, min(first_day_of_absence)::text AS first FROM cases WHERE swv_code LIKE '__9%' GROUP BY swv_code ORDER BY swv_code`,
      );
      expect(rows.map((r) => [r.swv_code, Number(r.n)])).toEqual([
        ['PO9001', 25],
        ['VO9000', 25],
        ['VO9002', 25],
      ]);
      // Five school years back from 2026/27: the oldest starts in 2022/23.
      expect(rows.every((r) => r.first >= '2022-08-01')).toBe(true);
      expect(rows.some((r) => r.first < '2024-08-01')).toBe(true);

      // The same anchor gives the same rows in another database.
      const other = await createApp({ ...testConfig });
      try {
        await seedScaled(other.db, TINY, { anchorDate: ANCHOR });
        const ids = (db: App['db']) => db.query<{ id: string }>(`SELECT id FROM cases WHERE swv_code LIKE '__9%' ORDER BY id`);
        expect(await ids(other.db)).toEqual(await ids(server.db));
      } finally {
        await other.close();
      }
      // Seeds four databases' worth of regions: a bound for a busy machine, not a speed goal.
    }, 180_000);

    it('each scaled region is its own tenancy', async () => {
      const region = scaledRegion(1, TINY);
      const swv = client(server, await tokenFor(server, 'swv', region.swv.code));
      const page = (await swv.get('/v1/cases?limit=100')).json() as { items: Array<{ school: { brin: string; vestiging: string } }> };
      const own = new Set(region.schools.map(schoolKey));
      expect(page.items.length).toBe(TINY.casesPerSwv);
      for (const item of page.items) expect(own.has(schoolKey(item.school))).toBe(true);
    });
  });
});
