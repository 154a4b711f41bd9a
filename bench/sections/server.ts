// 6. Reference server: requests per second and latency (p50, p99) under load from autocannon on
// 127.0.0.1, bounded in time, for four operations; on PGlite (a temporary folder) and, when
// DATABASE_URL is set, on PostgreSQL. The server runs in its own Node process.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { at } from '../lib/paths.js';
import { fmt, type Row, type SectionResult } from '../lib/report.js';

export interface Started {
  origin: string;
  engine: string;
  bigCaseId?: string;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string | undefined>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', at('bench/server/serve.ts')], {
    cwd: at(''),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const { origin, engine, bigCaseId } = JSON.parse(line) as { origin: string; engine: string; bigCaseId?: string };
  return {
    origin,
    engine,
    bigCaseId,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface Measured {
  engine: string;
  operation: string;
  requestsPerSecond: { min: number; median: number; max: number; mean: number; n: number; unit: 'req/s' };
  latency: { p50: number; p99: number; max: number; unit: 'ms' };
  requests: number;
  non2xx: number;
  errors: number;
}

async function measureEngine(engine: string, env: Record<string, string | undefined>, seconds: number, connections: number): Promise<Measured[]> {
  const server = await startServer(env);
  try {
    const { accessToken } = await json<{ accessToken: string }>(
      await fetch(`${server.origin}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'swv', organisation: 'VO2801', name: 'Bench' }),
      }),
    );
    const authorization = `Bearer ${accessToken}`;
    const sample = (await json<{ items: Array<{ id: string; school: object; municipalityCode: string }> }>(await fetch(`${server.origin}/v1/cases?limit=1`, { headers: { authorization } }))).items[0];
    const createBody = JSON.stringify({
      pupilRef: 'BENCH-0001',
      birthYearMonth: '2012-04',
      school: sample.school,
      schoolType: 'vo',
      municipalityCode: sample.municipalityCode,
      absence: { enrolled: true, firstDayOfAbsence: '2026-09-01', authorised: false, exemption: null, duoReportNumber: null },
      reasons: { primary: 'psychisch', secondary: [] },
    });
    const operations: Array<{ name: string; options: autocannon.Options }> = [
      { name: 'GET /v1/cases/{id}', options: { url: `${server.origin}/v1/cases/${sample.id}` } },
      { name: 'GET /v1/cases?limit=50', options: { url: `${server.origin}/v1/cases?limit=50` } },
      {
        name: 'POST /v1/cases',
        options: {
          url: `${server.origin}/v1/cases`,
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body: createBody,
          // A new Idempotency-Key per request: every POST creates a case (a reused key would replay).
          requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }) }],
        },
      },
      { name: 'GET /v1/statistics/reasons', options: { url: `${server.origin}/v1/statistics/reasons` } },
    ];
    const measured: Measured[] = [];
    for (const operation of operations) {
      const result = await load({ headers: { authorization }, connections, duration: seconds, ...operation.options });
      measured.push({
        engine: server.engine === 'postgres' ? 'PostgreSQL' : 'PGlite',
        operation: operation.name,
        requestsPerSecond: { min: result.requests.min, median: result.requests.p50, max: result.requests.max, mean: result.requests.average, n: seconds, unit: 'req/s' },
        latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, unit: 'ms' },
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
      });
    }
    return measured;
  } finally {
    await server.stop();
  }
  void engine;
}

export async function runServer(options: { seconds: number; connections: number }): Promise<SectionResult> {
  const results: Measured[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'tz-bench-pglite-'));
  try {
    results.push(...(await measureEngine('pglite', { BENCH_DATA_DIR: dataDir, DATABASE_URL: '' }, options.seconds, options.connections)));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (process.env.DATABASE_URL) results.push(...(await measureEngine('postgres', {}, options.seconds, options.connections)));

  const rows: Row[] = results.map((r) => ({
    section: `server (${r.engine})`,
    figure: r.operation,
    value: `${fmt(r.requestsPerSecond.median)} req/s (${fmt(r.requestsPerSecond.min)}–${fmt(r.requestsPerSecond.max)}, n=${r.requestsPerSecond.n} s), p50 ${fmt(r.latency.p50)} ms, p99 ${fmt(r.latency.p99)} ms${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''}`,
  }));
  if (!process.env.DATABASE_URL) rows.push({ section: 'server (PostgreSQL)', figure: 'not measured', value: 'DATABASE_URL is not set' });
  return {
    data: {
      method: `autocannon, ${options.connections} connections, ${options.seconds} s per operation, 127.0.0.1; the server (demo seed, swv token, rate limit far above the load) in its own Node process. req/s: median, min and max over the seconds of the run (autocannon samples once a second).`,
      results,
    },
    rows,
  };
}
