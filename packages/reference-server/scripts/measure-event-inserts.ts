// Measures what an event write costs on a long case: 200 POST /v1/cases/{id}/events (one in ten
// an agreed or completed action) into a case that already has ~2,500 events. PGlite in memory, or
// PostgreSQL when DATABASE_URL is set (in a schema of its own, dropped afterwards). Then the
// worklist step alone, on the same case: 200 full recomputes (refreshWorklist, what every write
// did before issue 19) against 200 followEvent (what it does now).
// Run: npx tsx --conditions=source packages/reference-server/scripts/measure-event-inserts.ts [events] [inserts]
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { followEvent, refreshWorklist } from '../src/store/worklist.js';

const existing = Number(process.argv[2] ?? 2_500);
const inserts = Number(process.argv[3] ?? 200);
const url = process.env.DATABASE_URL;
const schema = `m_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
};
if (url) await admin(`CREATE SCHEMA ${schema}`);
const app = await createApp({
  dataDir: 'memory://',
  databaseUrl: url ? `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}` : undefined,
  logLevel: 'silent',
  rateLimit: { capacity: 1e9, refillPerSecond: 1e9 },
});
try {
  await app.db.query(
    `INSERT INTO schools (school_key, brin, vestiging, name, school_type, municipality_code, swv_code) VALUES ('12AB00', '12AB', '00', 'Test College', 'vo', 'GM0599', 'VO2801')`,
  );
  const token = (await app.app.inject({ method: 'POST', url: '/dev/token', payload: { role: 'school', organisation: '12AB00' } })).json().accessToken as string;
  const headers = () => ({ authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() });
  const created = await app.app.inject({
    method: 'POST',
    url: '/v1/cases',
    headers: headers(),
    payload: {
      pupilRef: 'LVS-LONG-1',
      birthYearMonth: '2011-03',
      school: { brin: '12AB', vestiging: '00' },
      schoolType: 'vo',
      municipalityCode: 'GM0599',
      absence: { enrolled: true, firstDayOfAbsence: '2024-01-08', authorised: false, exemption: null, duoReportNumber: null },
      reasons: { primary: 'psychisch', secondary: [] },
    },
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const caseId = created.json().id as string;
  // The history: mostly notes and meetings, an action agreed every 25th event and completed every 50th.
  await app.db.query(
    `INSERT INTO case_events (id, case_id, type, occurred_on, recorded_at, actor, summary, data)
     SELECT gen_random_uuid(), $1::uuid,
            CASE WHEN n % 50 = 0 THEN 'actionCompleted' WHEN n % 25 = 0 THEN 'actionAgreed' WHEN n % 10 = 0 THEN 'meetingHeld' ELSE 'note' END,
            DATE '2024-01-08' + (n / 3), TIMESTAMPTZ '2024-01-08 09:00Z' + (n / 3) * INTERVAL '1 day',
            '{"organisation":"12AB00","role":"school","name":"Zorgcoördinator"}'::jsonb, 'Contact ' || n,
            CASE WHEN n % 50 = 0 THEN '{}'::jsonb
                 WHEN n % 25 = 0 THEN jsonb_build_object('description', 'Gesprek', 'owner', 'School', 'dueOn', DATE '2024-01-20' + (n / 3))
                 ELSE '{}'::jsonb END
       FROM generate_series(1, $2::int) AS n`,
    [caseId, existing],
  );
  await app.db.query('ANALYZE');
  const started = performance.now();
  for (let i = 0; i < inserts; i++) {
    const action = i % 10 === 9 ? (i % 20 === 19 ? 'actionCompleted' : 'actionAgreed') : null;
    const payload = action === 'actionAgreed'
      ? { type: action, occurredOn: '2026-11-02', data: { description: 'Gesprek', owner: 'School', dueOn: '2026-12-01' } }
      : action === 'actionCompleted'
        ? { type: action, occurredOn: '2026-11-02', summary: 'Gedaan' }
        : { type: 'note', occurredOn: '2026-11-02', summary: `Notitie ${i}` };
    const response = await app.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/events`, headers: headers(), payload });
    if (response.statusCode !== 201) throw new Error(response.body);
  }
  const ms = performance.now() - started;
  const [row] = await app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1::uuid', [caseId]);
  const step = async (run: (i: number) => Promise<unknown>) => {
    const t0 = performance.now();
    for (let i = 0; i < inserts; i++) await run(i);
    return +((performance.now() - t0) / inserts).toFixed(2);
  };
  const fullMs = await step(() => refreshWorklist(app.db, [caseId]));
  const followMs = await step((i) => followEvent(app.db, caseId, { type: i % 10 === 9 ? 'actionAgreed' : 'note', occurred_on: '2026-11-02' }));
  console.log(
    JSON.stringify({
      engine: app.engine, eventsBefore: existing + 1, eventsAfter: row!.n, inserts, totalMs: Math.round(ms), perInsertMs: +(ms / inserts).toFixed(2),
      worklistStepMs: { fullRecompute: fullMs, followEvent: followMs },
    }),
  );
} finally {
  await app.close();
  if (url) await admin(`DROP SCHEMA ${schema} CASCADE`);
}
