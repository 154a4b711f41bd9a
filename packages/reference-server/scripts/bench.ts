// Throughput of GET /v1/cases/{id} and POST /v1/cases (autocannon, 10 s, 20 connections) against a
// server in its own process, on PGlite (temporary folder) and, when DATABASE_URL is set, PostgreSQL.
// Usage: npm run bench -w @thuiszitters/reference-server [-- --duration 10 --connections 20]
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const duration = argument('duration', 10);
const connections = argument('connections', 20);
const packageDir = fileURLToPath(new URL('..', import.meta.url));

async function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/main.ts'], {
    cwd: packageDir,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', RATE_LIMIT_BURST: '100000000', RATE_LIMIT_PER_SECOND: '100000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('reference server on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const caseBody = JSON.stringify({
  pupilRef: 'BENCH-0001',
  birthYearMonth: '2012-04',
  school: { brin: '10VR', vestiging: '00' },
  schoolType: 'vo',
  municipalityCode: 'GM0599',
  absence: { enrolled: true, firstDayOfAbsence: '2026-09-01', authorised: false },
  reasons: { primary: 'psychisch', secondary: [] },
});

async function bench(engine: string, env: Record<string, string>) {
  const { url, child } = await startServer(env);
  try {
    const token = ((await (await fetch(`${url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'swv', organisation: 'VO2801' }) })).json()) as { accessToken: string }).accessToken;
    const authorization = `Bearer ${token}`;
    const list = (await (await fetch(`${url}/v1/cases?limit=1`, { headers: { authorization } })).json()) as { items: Array<{ id: string; school: { brin: string; vestiging: string }; municipalityCode: string }> };
    const sample = list.items[0]!;
    const body = JSON.parse(caseBody);
    body.school = sample.school;
    body.municipalityCode = sample.municipalityCode;

    const get = await run({ url: `${url}/v1/cases/${sample.id}`, connections, duration, headers: { authorization } });
    const post = await run({
      url: `${url}/v1/cases`,
      connections,
      duration,
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      requests: [
        {
          setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }),
        },
      ],
    });
    const row = (name: string, result: autocannon.Result) => ({
      engine,
      request: name,
      'req/s (avg)': Math.round(result.requests.average),
      'latency p50 ms': result.latency.p50,
      'latency p99 ms': result.latency.p99,
      '2xx': result['2xx'],
      'non-2xx': result.non2xx,
      errors: result.errors,
    });
    return [row('GET /v1/cases/{id}', get), row('POST /v1/cases', post)];
  } finally {
    child.kill('SIGTERM');
  }
}

const rows = [];
const dataDir = mkdtempSync(join(tmpdir(), 'tz-bench-'));
try {
  rows.push(...(await bench('PGlite', { DATA_DIR: dataDir, DATABASE_URL: '' })));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
if (process.env.DATABASE_URL) rows.push(...(await bench('PostgreSQL', {})));
console.table(rows);
console.log(`autocannon: ${duration} s per request, ${connections} connections`);
