// Test harness: a real server on PGlite (always) and PostgreSQL (when DATABASE_URL is set), with a
// few schools in two regions and tokens from the development issuer.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { LightMyRequestResponse } from 'fastify';
import { createApp, type App, type CreateAppOptions } from '../src/app.js';
import type { Database } from '../src/storage/database.js';
import { listOperations, loadSpec } from '../src/http/spec.js';
import { compileResponseValidators } from '../src/http/validation.js';
import { defaultSpecPath } from '../src/config.js';

export interface EngineUnderTest {
  name: 'pglite' | 'postgres';
  start(overrides?: CreateAppOptions): Promise<App>;
}

/** Each PostgreSQL test server gets its own schema, so parallel test files never meet. */
async function startOnPostgres(url: string, overrides: CreateAppOptions): Promise<App> {
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const scoped = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const app = await createApp({ ...testConfig, ...overrides, databaseUrl: scoped });
  const close = app.close.bind(app);
  return Object.assign(app, {
    async close() {
      await close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  });
}

/** Generous limits: tests send many requests from one subject. */
export const testConfig: CreateAppOptions = {
  dataDir: 'memory://',
  databaseUrl: undefined,
  logLevel: 'silent',
  rateLimit: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
  corsOrigins: ['https://lvs.example.nl'],
};

export const engines: EngineUnderTest[] = [
  { name: 'pglite', start: (overrides = {}) => createApp({ ...testConfig, ...overrides }) },
  ...(process.env.DATABASE_URL
    ? [{ name: 'postgres' as const, start: (overrides: CreateAppOptions = {}) => startOnPostgres(process.env.DATABASE_URL!, overrides) }]
    : []),
];

/** Schools in two regions; 56EF00 shares GM0599 with 12AB00 but belongs to another SWV. */
export const SCHOOLS = [
  { key: '12AB00', type: 'vo', municipality: 'GM0599', swv: 'VO2801', name: 'Test College' },
  { key: '12AB01', type: 'vo', municipality: 'GM0606', swv: 'VO2801', name: 'Test College Schiedam' },
  { key: '45DE00', type: 'vo', municipality: 'GM0363', swv: 'VO2701', name: 'Ander Lyceum' },
  { key: '56EF00', type: 'po', municipality: 'GM0599', swv: 'PO2801', name: 'Basisschool Elders' },
] as const;

export async function seedSchools(db: Database): Promise<void> {
  for (const school of SCHOOLS) {
    await db.query(
      `INSERT INTO schools (school_key, brin, vestiging, name, school_type, municipality_code, swv_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (school_key) DO NOTHING`,
      [school.key, school.key.slice(0, 4), school.key.slice(4), school.name, school.type, school.municipality, school.swv],
    );
  }
}

export async function tokenFor(app: App, role: 'school' | 'swv' | 'leerplicht', organisation: string, name?: string): Promise<string> {
  const response = await app.app.inject({ method: 'POST', url: '/dev/token', payload: { role, organisation, name } });
  if (response.statusCode !== 200) throw new Error(`token: ${response.statusCode} ${response.body}`);
  return response.json().accessToken as string;
}

export function caseBody(overrides: Record<string, unknown> = {}, schoolKey = '12AB00', municipality = 'GM0599') {
  return {
    pupilRef: `LVS-${randomUUID().slice(0, 8)}`,
    birthYearMonth: '2012-04',
    school: { brin: schoolKey.slice(0, 4), vestiging: schoolKey.slice(4) },
    schoolType: 'vo',
    municipalityCode: municipality,
    absence: { enrolled: true, firstDayOfAbsence: '2026-09-01', authorised: false, exemption: null, duoReportNumber: null },
    reasons: { primary: 'psychisch', secondary: ['pesten'] },
    notes: 'Vertrouwelijke notitie',
    ...overrides,
  };
}

const spec = loadSpec(defaultSpecPath);
const specOperations = listOperations(spec);
const responseValidators = compileResponseValidators(spec, specOperations);
const routes = specOperations.map((operation) => ({
  operation,
  pattern: new RegExp(`^/v1${operation.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/**
 * Checks a response against the contract: documented statuses must match their schema, and
 * every error (documented or not, e.g. 413/415/405) must be problem+json.
 */
export function assertMatchesContract(method: string, url: string, response: LightMyRequestResponse): void {
  const path = url.split('?')[0]!;
  const contentType = String(response.headers['content-type'] ?? '');
  if (response.statusCode >= 400 && !contentType.startsWith('application/problem+json')) {
    throw new Error(`${method} ${path} → ${response.statusCode} is not problem+json: ${contentType}`);
  }
  if (!response.headers['api-version']) throw new Error(`${method} ${path} → ${response.statusCode} has no API-Version`);
  const route = routes.find((r) => r.operation.method === method && r.pattern.test(path));
  if (!route) return;
  const validator = responseValidators.get(route.operation.operationId)!;
  const body = response.body === '' ? undefined : response.json();
  const problems = validator(response.statusCode, contentType, body);
  const undocumented = problems.length === 1 && /is not documented/.test(problems[0]!);
  if (problems.length > 0 && !undocumented) {
    throw new Error(`${method} ${path} → ${response.statusCode} does not match the contract: ${problems.join('; ')}`);
  }
}

/** A small client over app.inject with a bearer token; every answer is checked against the contract. */
export function client(app: App, token: string | null) {
  const auth = token ? { authorization: `Bearer ${token}` } : {};
  const send = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const response = await app.app.inject({ method, url, payload: payload as never, headers: { ...auth, ...headers } });
    assertMatchesContract(method, url, response);
    return response;
  };
  return {
    get: (url: string, headers?: Record<string, string>) => send('GET', url, undefined, headers),
    post: (url: string, payload?: unknown, headers?: Record<string, string>) => send('POST', url, payload, headers),
    patch: (url: string, payload: unknown, headers?: Record<string, string>) => send('PATCH', url, payload, headers),
    put: (url: string, payload: unknown, headers?: Record<string, string>) => send('PUT', url, payload, headers),
    delete: (url: string, headers?: Record<string, string>) => send('DELETE', url, undefined, headers),
    async createCase(body: Record<string, unknown> = caseBody()) {
      const response = await send('POST', '/v1/cases', body, { 'idempotency-key': randomUUID() });
      if (response.statusCode !== 201) throw new Error(`createCase: ${response.statusCode} ${response.body}`);
      return response.json() as { id: string; version: number } & Record<string, unknown>;
    },
  };
}

export function expectProblem(response: LightMyRequestResponse, status: number) {
  const body = response.json() as { status: number; title: string; invalidParams?: Array<{ name: string; reason: string }> };
  if (response.statusCode !== status || !String(response.headers['content-type']).startsWith('application/problem+json') || body.status !== status) {
    throw new Error(`expected a ${status} problem, got ${response.statusCode} ${response.headers['content-type']} ${response.body}`);
  }
  return body;
}
