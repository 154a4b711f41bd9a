// The reference server for the load tests, in its own process (so the load generator does not
// share its event loop): PGlite in BENCH_DATA_DIR, or PostgreSQL when DATABASE_URL is set; the
// demo seed; 127.0.0.1, random port; a rate limit far above what the load test sends.
// Options (environment):
//  - BENCH_SCALE=region|national: also seed that scaled dataset (src/seed/scale.ts; idempotent);
//  - BENCH_BIG_CASE=N: add one case of school 12AB00 with N events (its id is printed);
//  - BENCH_SQL_LOG=file: on PostgreSQL, append each distinct SELECT the server runs (with its
//    first parameters) as a JSON line, so the bench can show their plans;
//  - BENCH_CORS=origin: allow that origin (a bench page) to call the API.
// Prints one JSON line { origin, engine, bigCaseId? } when it listens.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import pg from 'pg';
import { createApp } from '../../packages/reference-server/src/app.ts';
import { seedDemoData } from '../../packages/reference-server/src/seed/index.ts';
import { SCALES, seedScaled } from '../../packages/reference-server/src/seed/scale.ts';

const sqlLog = process.env.BENCH_SQL_LOG;
if (sqlLog) {
  const seen = new Set<string>();
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [sql, params] = args;
    if (typeof sql === 'string' && /^\s*(SELECT|WITH)\b/i.test(sql) && !seen.has(sql)) {
      seen.add(sql);
      appendFileSync(sqlLog, `${JSON.stringify({ sql, params: Array.isArray(params) ? params : [] })}\n`);
    }
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

const server = await createApp({
  dataDir: process.env.BENCH_DATA_DIR ?? 'memory://',
  databaseUrl: process.env.DATABASE_URL || undefined,
  logLevel: 'silent',
  corsOrigins: process.env.BENCH_CORS ? [process.env.BENCH_CORS] : [],
  rateLimit: { capacity: 1_000_000_000, refillPerSecond: 1_000_000_000 },
});
const anchorDate = '2026-11-20';
await seedDemoData(server.db, { anchorDate });
const scale = process.env.BENCH_SCALE as keyof typeof SCALES | undefined;
if (scale) await seedScaled(server.db, SCALES[scale], { anchorDate });

let bigCaseId: string | undefined;
const bigCase = Number(process.env.BENCH_BIG_CASE ?? 0);
if (bigCase > 0) {
  // A long case: one pupil followed for years, every contact recorded (notes and meetings).
  const template = await server.db.query<Record<string, unknown>>(`SELECT * FROM cases WHERE school_key = '12AB00' AND status = 'open' ORDER BY id LIMIT 1`);
  const row = template[0]!;
  bigCaseId = randomUUID();
  await server.db.query(
    `INSERT INTO cases (id, version, status, pupil_ref, school_key, school_type, municipality_code, swv_code, enrolled, authorised,
                        first_day_of_absence, primary_reason, secondary_reasons, offer_type, offer_start, closed_on, closure_reason, created_at, updated_at, data)
     SELECT $1::uuid, 1, status, 'LVS-BIG-000001', school_key, school_type, municipality_code, swv_code, enrolled, authorised,
            first_day_of_absence, primary_reason, secondary_reasons, offer_type, offer_start, closed_on, closure_reason, created_at, updated_at,
            jsonb_set(data, '{pupilRef}', '"LVS-BIG-000001"')
       FROM cases WHERE id = $2::uuid`,
    [bigCaseId, row.id],
  );
  await server.db.query(
    `INSERT INTO case_events (id, case_id, type, occurred_on, recorded_at, actor, summary, data)
     SELECT gen_random_uuid(), $1::uuid, CASE WHEN n % 10 = 0 THEN 'meetingHeld' ELSE 'note' END,
            DATE '2024-01-08' + (n / 3), TIMESTAMPTZ '2024-01-08 09:00Z' + (n / 3) * INTERVAL '1 day' + (n % 3) * INTERVAL '1 hour',
            '{"organisation":"12AB00","role":"school","name":"Zorgcoördinator"}'::jsonb,
            'Contact ' || n || ': afspraak besproken en vastgelegd.',
            CASE WHEN n % 10 = 0 THEN '{"meetingType":"mdo","participants":["school","swv"],"pupilHeard":true}'::jsonb ELSE '{}'::jsonb END
       FROM generate_series(1, $2::int) AS n`,
    [bigCaseId, bigCase],
  );
}

await server.app.listen({ host: '127.0.0.1', port: 0 });
const address = server.app.server.address();
if (!address || typeof address === 'string') throw new Error('no TCP address');
process.stdout.write(`${JSON.stringify({ origin: `http://127.0.0.1:${address.port}`, engine: server.engine, bigCaseId })}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
