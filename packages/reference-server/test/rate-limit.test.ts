// The rate limiter as several server instances see it: with the database store, instances on one
// database share each caller's bucket; in memory each has its own (documented: per instance).
// On PostgreSQL also with two real server processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { caseBody, client, engines, seedSchools, testConfig, tokenFor } from './helpers.js';

/** 3 requests, then (practically) none: one token per 1,000 s, so the counts do not depend on speed. */
const TIGHT = { capacity: 3, refillPerSecond: 0.001 };
/** Instances that accept each other's development tokens, as instances of one deployment do. */
const DEV_SECRET = 'rate-limit-test-secret-of-at-least-32-characters';
const shared = { ...testConfig, auth: { devSecret: DEV_SECRET } };

describe.each(engines)('rate limiter on $name', (engine) => {
  let server: App;
  beforeAll(async () => {
    server = await engine.start({ auth: { devSecret: DEV_SECRET } });
    await seedSchools(server.db);
  });
  afterAll(() => server?.close());

  async function statusesAcross(store: 'memory' | 'database', requests: number): Promise<number[]> {
    const a = await createApp({ ...shared, database: server.db, rateLimit: { ...TIGHT, store } });
    const b = await createApp({ ...shared, database: server.db, rateLimit: { ...TIGHT, store } });
    try {
      // The dev token comes from the big test server: only the caller's own bucket is counted here.
      const token = await tokenFor(server, 'swv', 'VO2801', `Rate ${randomUUID().slice(0, 8)}`);
      const callers = [client(a, token), client(b, token)];
      const statuses: number[] = [];
      for (let i = 0; i < requests; i++) statuses.push((await callers[i % 2]!.get('/v1/cases?limit=1')).statusCode);
      return statuses;
    } finally {
      await a.close();
      await b.close();
    }
  }

  it('database store: two instances on one database share the bucket (3 in all, then 429)', async () => {
    const statuses = await statusesAcross('database', 8);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.slice(3)).toEqual([429, 429, 429, 429, 429]);
  });

  it('memory store: each instance has its own bucket (3 each)', async () => {
    const statuses = await statusesAcross('memory', 8);
    expect(statuses.filter((s) => s === 200)).toHaveLength(6);
  });
});

const postgres = engines.filter((engine) => engine.name === 'postgres');

describe.each(postgres)('two server processes started at once on one PostgreSQL', () => {
  const url = process.env.DATABASE_URL!;
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const children: ChildProcess[] = [];
  const origins: string[] = [];

  async function startProcess(scopedUrl: string): Promise<string> {
    const tsx = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
    const script = fileURLToPath(new URL('./support/instance.ts', import.meta.url));
    const child = spawn(process.execPath, [tsx, '--conditions=source', script], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, DATABASE_URL: scopedUrl, NODE_ENV: 'development', RATE_LIMIT_BURST: '6', RATE_LIMIT_PER_SECOND: '0.001', RATE_LIMIT_STORE: '', DEV_JWT_SECRET: DEV_SECRET },
    });
    children.push(child);
    const line = await new Promise<string>((ok, fail) => {
      child.once('exit', (code) => fail(new Error(`server process exited with ${code}`)));
      createInterface({ input: child.stdout! }).once('line', ok);
    });
    return `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`;
  }

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const scoped = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    // Both at once on an empty schema: the migrations serialise on their advisory lock.
    origins.push(...(await Promise.all([startProcess(scoped), startProcess(scoped)])));
  }, 120_000);

  afterAll(async () => {
    for (const child of children) child.stdin?.end();
    await Promise.all(children.map((child) => new Promise((ok) => (child.exitCode !== null ? ok(null) : child.once('exit', ok)))));
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
    await cleanup.end();
  });

  /** A development token (each name is its own subject, so its own bucket of 6). */
  async function tokenOf(role: 'swv' | 'school', organisation: string, name: string): Promise<string> {
    const issued = await fetch(`${origins[0]}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, organisation, name }),
    });
    expect(issued.status).toBe(200);
    return ((await issued.json()) as { accessToken: string }).accessToken;
  }

  it('share one bucket per caller: 6 answers in all across both, then 429 with Retry-After from either', async () => {
    const accessToken = await tokenOf('swv', 'VO2801', 'Twee processen');
    const answers: Response[] = [];
    for (let i = 0; i < 8; i++) {
      answers.push(await fetch(`${origins[i % 2]}/v1/cases?limit=1`, { headers: { authorization: `Bearer ${accessToken}` } }));
    }
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    const refused = answers[7]!;
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('idempotency and If-Match hold across them: a replay on the other process, a stale write refused there', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`SET search_path = ${schema}`);
    await seedSchools({ query: (sql: string, params?: unknown[]) => admin.query(sql, params).then((r) => r.rows) } as never);
    await admin.end();
    const headers = { authorization: `Bearer ${await tokenOf('school', '12AB00', 'Twee processen school')}`, 'content-type': 'application/json' };
    const key = randomUUID();
    const body = JSON.stringify(caseBody());
    const first = await fetch(`${origins[0]}/v1/cases`, { method: 'POST', headers: { ...headers, 'idempotency-key': key }, body });
    const replay = await fetch(`${origins[1]}/v1/cases`, { method: 'POST', headers: { ...headers, 'idempotency-key': key }, body });
    expect([first.status, replay.status]).toEqual([201, 201]);
    const created = (await first.json()) as { id: string; version: number };
    expect(((await replay.json()) as { id: string }).id).toBe(created.id);

    const patch = (origin: string, version: number) =>
      fetch(`${origin}/v1/cases/${created.id}`, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/merge-patch+json', 'if-match': `"${version}"` },
        body: JSON.stringify({ notes: `Bijgewerkt via ${origin}` }),
      });
    expect((await patch(origins[0]!, created.version)).status).toBe(200);
    const stale = await patch(origins[1]!, created.version);
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
