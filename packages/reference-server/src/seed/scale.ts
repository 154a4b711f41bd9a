// Larger made-up datasets for measuring the server at region and national size
// (`npm run seed -w @thuiszitters/reference-server -- --scale national`):
//  - `region`: one SWV with 40 schools and 5,000 cases over five school years;
//  - `national`: 150 SWVs, 6,000 schools, 100,000 cases over five school years (about 1.3 million
//    events), roughly the size of the whole country.
// Every code and name is made up (municipality codes GM5000 and up, SWV codes XX9xxx, BRIN codes
// built from a counter) and none clashes with the demo region. Deterministic: the same scale and
// anchor date give the same rows. Idempotent per SWV: a region already present is left as it is,
// so an interrupted run can simply be started again. One transaction per SWV keeps memory and
// transactions bounded.
import { createHash } from 'node:crypto';
import type { IsoDate, SchoolType } from '@thuiszitters/domain';
import type { Database } from '../storage/database.js';
import { generateCases, type SeedCase } from './cases.js';
import { analyze, lockAndCheckSeeded } from '../store/seed.js';
import { insertCases, insertRegion } from './index.js';
import { mulberry32, seedFromText } from './random.js';
import type { DemoSchool, SeedRegion } from './region.js';

export interface Scale {
  swvs: number;
  schoolsPerSwv: number;
  casesPerSwv: number;
  schoolYears: number;
}

export const SCALES: Record<'region' | 'national', Scale> = {
  region: { swvs: 1, schoolsPerSwv: 40, casesPerSwv: 5_000, schoolYears: 5 },
  national: { swvs: 150, schoolsPerSwv: 40, casesPerSwv: 667, schoolYears: 5 },
};

const MUNICIPALITIES_PER_SWV = 3;
/** The mix of school types in a region, by share of locations, and their share of cases. */
const SCHOOL_MIX: Array<{ type: SchoolType; share: number; weight: number }> = [
  { type: 'po', share: 0.6, weight: 1 },
  { type: 'vo', share: 0.25, weight: 6 },
  { type: 'sbo', share: 0.05, weight: 2 },
  { type: 'so', share: 0.04, weight: 2.5 },
  { type: 'vso', share: 0.06, weight: 4 },
];

/** A made-up BRIN code for the n-th school: two digits and two letters (67,600 possible). */
function brinOf(n: number): string {
  const letters = String.fromCharCode(65 + (Math.floor(n / 100) % 26), 65 + (Math.floor(n / 2600) % 26));
  return `${String(n % 100).padStart(2, '0')}${letters}`;
}

/** The r-th made-up region of a scaled dataset. */
export function scaledRegion(r: number, scale: Scale): SeedRegion {
  const swvType = r % 2 === 0 ? 'VO' : 'PO';
  const municipalities = Array.from({ length: MUNICIPALITIES_PER_SWV }, (_, k) => {
    const code = `GM${5000 + r * MUNICIPALITIES_PER_SWV + k}`;
    return { code, name: `Gemeente ${code.slice(2)}` };
  });
  const schools: DemoSchool[] = [];
  for (let i = 0; i < scale.schoolsPerSwv; i++) {
    const n = r * scale.schoolsPerSwv + i;
    // Walk the mix by share, so every region has the same spread of school types.
    let at = (i + 0.5) / scale.schoolsPerSwv;
    const kind = SCHOOL_MIX.find((m) => (at -= m.share) < 0) ?? SCHOOL_MIX[0]!;
    schools.push({
      brin: brinOf(n),
      vestiging: '00',
      name: `${kind.type.toUpperCase()}-school ${n + 1}`,
      schoolType: kind.type,
      municipalityCode: municipalities[i % MUNICIPALITIES_PER_SWV]!.code,
      weight: kind.weight,
    });
  }
  return { swv: { code: `${swvType}9${String(r).padStart(3, '0')}`, name: `Samenwerkingsverband Schaalregio ${r + 1}` }, schools, municipalities };
}

/**
 * The seed's ids come from a 32-bit PRNG stream, and the streams of 150 regions overlap; so each
 * id is renamed into its region (a name-based UUID of region code + id), deterministic and unique.
 */
function idsOfRegion(cases: SeedCase[], swvCode: string): SeedCase[] {
  const rename = (id: string) => {
    const hex = createHash('sha256').update(`${swvCode}:${id}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  return cases.map((c) => ({ ...c, id: rename(c.id), events: c.events.map((e) => ({ ...e, id: rename(e.id) })) }));
}

export interface ScaledSeedResult {
  regions: number;
  insertedRegions: number;
  cases: number;
  events: number;
}

export async function seedScaled(
  db: Database,
  scale: Scale,
  options: { anchorDate: IsoDate; onRegion?: (done: number, total: number) => void },
): Promise<ScaledSeedResult> {
  const result: ScaledSeedResult = { regions: scale.swvs, insertedRegions: 0, cases: 0, events: 0 };
  for (let r = 0; r < scale.swvs; r++) {
    const region = scaledRegion(r, scale);
    const inserted = await db.transaction(async (tx) => {
      if (await lockAndCheckSeeded(tx, region.swv.code)) return null;
      const random = mulberry32(seedFromText(`${region.swv.code} ${options.anchorDate}`));
      const cases = idsOfRegion(
        generateCases(random, { anchor: options.anchorDate, count: scale.casesPerSwv, region, schoolYears: scale.schoolYears }),
        region.swv.code,
      );
      await insertRegion(tx, region);
      await insertCases(tx, cases);
      return { cases: cases.length, events: cases.reduce((sum, c) => sum + c.events.length, 0) };
    });
    if (inserted) {
      result.insertedRegions++;
      result.cases += inserted.cases;
      result.events += inserted.events;
    }
    options.onRegion?.(r + 1, scale.swvs);
  }
  // Fresh statistics for the planner after a bulk load (PostgreSQL and PGlite alike).
  await analyze(db);
  return result;
}
