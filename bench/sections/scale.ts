// 7. The reference server at region and national size (issue: "measured at national size"):
//  - PostgreSQL with the national dataset (150 SWVs, 6,000 schools, 100,000 cases; seeded on first
//    use, which takes minutes): reads, statistics and creates for one SWV's consultant at 10 and
//    50 connections, with the goals p99 ≤ 100 ms for reads and ≤ 150 ms for statistics at 10;
//    and the plan (EXPLAIN) of every statement the statistics operations run;
//  - PGlite with one large region (5,000 cases) beside the demo region (400): the same requests
//    for both SWVs, so the latency ratio shows how the cost grows with a region's size.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { fmt, type Row, type SectionResult } from '../lib/report.js';
import { json, load, startServer } from './server.js';

interface Op {
  name: string;
  kind: 'read' | 'statistics' | 'create';
  url: string;
  method?: 'POST';
  body?: string;
}

interface Measured {
  setting: string;
  operation: string;
  kind: Op['kind'];
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Answers that came back within the run (0: none did; the latencies then mean nothing). */
  answered: number;
}

async function tokenOf(origin: string, role: string, organisation: string): Promise<string> {
  const response = await fetch(`${origin}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, organisation, name: `Bench ${organisation}` }),
  });
  return (await json<{ accessToken: string }>(response)).accessToken;
}

/** What an SWV consultant's working day asks of the server, for the SWV `swv`. */
async function operationsFor(origin: string, authorization: string): Promise<Op[]> {
  const headers = { authorization };
  const open = await json<{ items: Array<{ id: string; school: { brin: string; vestiging: string }; municipalityCode: string; schoolType: string }> }>(
    await fetch(`${origin}/v1/cases?status=open&limit=1`, { headers }),
  );
  const sample = open.items[0]!;
  const school = `${sample.school.brin}${sample.school.vestiging}`;
  return [
    { name: 'GET /v1/cases?status=open&limit=50', kind: 'read', url: `${origin}/v1/cases?status=open&limit=50` },
    { name: 'GET /v1/cases?school=…&limit=50', kind: 'read', url: `${origin}/v1/cases?school=${school}&limit=50` },
    { name: 'GET /v1/cases/{id}', kind: 'read', url: `${origin}/v1/cases/${sample.id}` },
    { name: 'GET /v1/cases/{id}/events?order=newest&limit=100', kind: 'read', url: `${origin}/v1/cases/${sample.id}/events?order=newest&limit=100` },
    { name: 'GET /v1/statistics/headline', kind: 'statistics', url: `${origin}/v1/statistics/headline` },
    { name: 'GET /v1/statistics/reasons', kind: 'statistics', url: `${origin}/v1/statistics/reasons` },
    { name: 'GET /v1/statistics/schools', kind: 'statistics', url: `${origin}/v1/statistics/schools` },
    {
      name: 'POST /v1/cases',
      kind: 'create',
      url: `${origin}/v1/cases`,
      method: 'POST',
      body: JSON.stringify({
        pupilRef: 'BENCH-SCALE-0001',
        birthYearMonth: '2012-04',
        school: sample.school,
        schoolType: sample.schoolType,
        municipalityCode: sample.municipalityCode,
        absence: { enrolled: true, firstDayOfAbsence: '2026-09-01', authorised: false, exemption: null, duoReportNumber: null },
        reasons: { primary: 'psychisch', secondary: [] },
      }),
    },
  ];
}

async function measure(setting: string, ops: Op[], authorization: string, connections: number, seconds: number): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const op of ops) {
    const result = await load({
      url: op.url,
      method: op.method ?? 'GET',
      headers: { authorization, ...(op.body ? { 'content-type': 'application/json' } : {}) },
      body: op.body,
      connections,
      duration: seconds,
      ...(op.method === 'POST'
        ? { requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, headers: { ...(request.headers as object), 'idempotency-key': crypto.randomUUID() } }) }] }
        : {}),
    } as never);
    out.push({
      setting,
      operation: op.name,
      kind: op.kind,
      connections,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      answered: result.requests.total,
    });
  }
  return out;
}

/** EXPLAIN of each statement the statistics operations ran (from the server's SQL log). */
async function plans(statements: Array<{ sql: string; params: unknown[] }>): Promise<Array<{ sql: string; plan: string; seqScanOnCases: boolean }>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const out = [];
    for (const { sql, params } of statements) {
      const result = await client.query(`EXPLAIN (COSTS OFF) ${sql}`, params);
      const plan = result.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      out.push({ sql: sql.replace(/\s+/g, ' ').trim(), plan, seqScanOnCases: /Seq Scan on cases\b/.test(plan) });
    }
    return out;
  } finally {
    await client.end();
  }
}

export async function runScale(options: { seconds: number }): Promise<SectionResult> {
  const rows: Row[] = [];
  const measured: Measured[] = [];
  const data: Record<string, unknown> = {};

  // ── PostgreSQL, national size ─────────────────────────────────────────────────────────────
  if (process.env.DATABASE_URL) {
    const sqlLog = join(mkdtempSync(join(tmpdir(), 'tz-bench-sql-')), 'statements.jsonl');
    writeFileSync(sqlLog, '');
    const server = await startServer({ BENCH_SCALE: 'national', BENCH_SQL_LOG: sqlLog });
    try {
      const authorization = `Bearer ${await tokenOf(server.origin, 'swv', 'VO9000')}`;
      const ops = await operationsFor(server.origin, authorization);
      // One request per statistics operation first: the statements they run are logged once.
      const before = readFileSync(sqlLog, 'utf8').split('\n').filter(Boolean).length;
      for (const op of ops.filter((o) => o.kind === 'statistics')) await json(await fetch(op.url, { headers: { authorization } }));
      const statements = readFileSync(sqlLog, 'utf8')
        .split('\n')
        .filter(Boolean)
        .slice(before)
        .map((line) => JSON.parse(line) as { sql: string; params: unknown[] })
        .filter((s) => /\bcases\b/.test(s.sql));
      const explained = await plans(statements);
      data.statisticsPlans = explained;
      rows.push({
        section: 'scale (PostgreSQL, national)',
        figure: 'statistics statements planned without a full scan of cases',
        value: `${explained.filter((p) => !p.seqScanOnCases).length} of ${explained.length}`,
        goal: { text: 'every one uses an index', met: explained.every((p) => !p.seqScanOnCases) },
      });
      for (const connections of [10, 50]) measured.push(...(await measure('PostgreSQL, national (100,000 cases), SWV VO9000', ops, authorization, connections, options.seconds)));
    } finally {
      await server.stop();
    }
  } else {
    rows.push({ section: 'scale (PostgreSQL, national)', figure: 'not measured', value: 'DATABASE_URL is not set' });
  }

  // ── PGlite: a large region beside the demo region ─────────────────────────────────────────
  const dataDir = mkdtempSync(join(tmpdir(), 'tz-bench-scale-'));
  try {
    const server = await startServer({ BENCH_DATA_DIR: dataDir, DATABASE_URL: '', BENCH_SCALE: 'region' });
    try {
      for (const [swv, cases] of [
        ['VO2801', 400],
        ['VO9000', 5_000],
      ] as const) {
        const authorization = `Bearer ${await tokenOf(server.origin, 'swv', swv)}`;
        const ops = (await operationsFor(server.origin, authorization)).filter((op) => op.kind !== 'create');
        measured.push(...(await measure(`PGlite, region of ${cases.toLocaleString('en')} cases (${swv})`, ops, authorization, 10, options.seconds)));
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  for (const m of measured) {
    const row: Row = {
      section: `scale (${m.setting.split(',')[0]})`,
      figure: `${m.setting.slice(m.setting.indexOf(',') + 2)}: ${m.operation}, ${m.connections} conn.`,
      value:
        m.answered === 0
          ? `no answer within ${options.seconds} s (${m.errors} errors/timeouts)`
          : `${fmt(m.requestsPerSecond)} req/s, p50 ${fmt(m.p50)} ms, p99 ${fmt(m.p99)} ms${m.non2xx || m.errors ? `, ${m.non2xx} non-2xx, ${m.errors} errors` : ''}`,
    };
    if (m.setting.startsWith('PostgreSQL') && m.connections === 10 && m.kind !== 'create') {
      const limit = m.kind === 'statistics' ? 150 : 100;
      row.goal = { text: `p99 ≤ ${limit} ms`, met: m.answered > 0 && m.p99 <= limit && m.non2xx === 0 && m.errors === 0 };
    }
    rows.push(row);
  }
  // Growth with the region's size: latency ratio against the case ratio (12.5×) on one server.
  const small = measured.filter((m) => m.setting.includes('(VO2801)'));
  const large = measured.filter((m) => m.setting.includes('(VO9000)') && m.setting.startsWith('PGlite'));
  for (const s of small) {
    const l = large.find((m) => m.operation === s.operation);
    if (!l) continue;
    if (s.answered === 0 || l.answered === 0) {
      rows.push({ section: 'scale (PGlite)', figure: `${s.operation}: growth from 400 to 5,000 cases`, value: 'not measurable: no answers within the run', goal: { text: '≤ 12.5 (not worse than linear)', met: false } });
      continue;
    }
    const growth = l.p50 / Math.max(s.p50, 0.01);
    rows.push({
      section: 'scale (PGlite)',
      figure: `${s.operation}: p50 at 5,000 cases / at 400 cases (12.5× the cases)`,
      value: fmt(growth),
      goal: { text: '≤ 12.5 (not worse than linear)', met: growth <= 12.5 },
    });
  }
  data.measured = measured;
  data.method = `autocannon ${options.seconds} s per operation on 127.0.0.1; the server in its own Node process (rate limit far above the load). National: seed --scale national on the PostgreSQL of DATABASE_URL, an SWV consultant's token of region VO9000 (about 667 of the 100,000 cases). Region: PGlite in a temporary folder with the demo region and one region of 5,000 cases. Plans: EXPLAIN (COSTS OFF) of the statements logged while each statistics operation answered once.`;
  return { data, rows };
}
