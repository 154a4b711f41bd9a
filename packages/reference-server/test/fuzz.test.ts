// Property: malformed requests across every operation of the contract never cause a 5xx, every
// error is problem+json, and nothing is written.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { listOperations, loadSpec, type SpecOperation } from '../src/http/spec.js';
import { caseBody, client, engines, seedSchools, tokenFor } from './helpers.js';

const TABLES = ['cases', 'case_events', 'audit_events', 'idempotency_keys', 'routekaart_assessments', 'routekaart_changes', 'schools', 'definition_profiles'];

async function snapshot(server: App): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const rows = await server.db.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
    );
    result[table] = `${rows[0]!.n}:${rows[0]!.digest}`;
  }
  return result;
}

const jsonish = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '123456782', "'; DROP TABLE cases; --", '<script>alert(1)</script>', '../../etc/passwd', '\u0000', '%00', '𝕏'.repeat(30)),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** One or more defects, at least one of which the contract certainly refuses. */
function malformedRequest(operations: SpecOperation[], caseIds: string[]) {
  return fc
    .record({
      operation: fc.constantFrom(...operations),
      certainDefect: fc.constantFrom('unknownQuery', 'unknownField', 'malformedJson', 'badPath', 'wrongContentType', 'notAnObject'),
      noise: fc.dictionary(fc.constantFrom('school', 'status', 'limit', 'cursor', 'from', 'to', 'q', 'type', 'reasonScope', 'organisation', 'caseId', 'actor'), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
      bodyNoise: fc.dictionary(fc.constantFrom('pupilRef', 'absence', 'reasons', 'school', 'type', 'occurredOn', 'data', 'closedOn', 'reason', 'status', 'notes'), jsonish, { maxKeys: 4 }),
      pathValue: fc.oneof(fc.constantFrom(...caseIds), fc.uuid(), fc.string({ maxLength: 30 }), fc.constantFrom('0', '11', '-1', '1e3', '%2e%2e')),
      garbage: fc.string({ maxLength: 60 }),
      ifMatch: fc.option(fc.oneof(fc.constantFrom('"1"', '*', 'W/"1"', '""', '"abc"'), fc.string({ maxLength: 10 }))),
      idempotencyKey: fc.option(fc.oneof(fc.uuid(), fc.string({ maxLength: 12 }))),
      role: fc.constantFrom('school', 'swv', 'leerplicht', 'none', 'garbage'),
    })
    .map((r) => {
      const op = r.operation;
      const hasPath = op.parameters.some((p) => p.in === 'path');
      const defect = r.certainDefect === 'badPath' && !hasPath ? 'unknownQuery' : r.certainDefect;
      const needsBody = op.requestBody !== null;
      const effective = !needsBody && ['unknownField', 'malformedJson', 'wrongContentType', 'notAnObject'].includes(defect) ? 'unknownQuery' : defect;
      let path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
        if (effective === 'badPath') return encodeURIComponent(name === 'pointNumber' ? 'x' + r.pathValue : 'not-a-uuid-' + r.pathValue);
        return encodeURIComponent(name === 'pointNumber' ? String(1 + (r.pathValue.length % 10)) : r.pathValue);
      });
      const query = new URLSearchParams(r.noise);
      if (effective === 'unknownQuery') query.set('fuzz_unknown', r.garbage);
      const queryString = query.toString();
      path = `/v1${path}${queryString ? `?${queryString}` : ''}`;
      const headers: Record<string, string> = {};
      if (r.ifMatch !== null) headers['if-match'] = r.ifMatch.replace(/[^\x20-\x7e]/g, '');
      if (r.idempotencyKey !== null) headers['idempotency-key'] = r.idempotencyKey.replace(/[^\x20-\x7e]/g, '');
      let payload: string | undefined;
      if (needsBody) {
        const base = { ...caseBody(), ...r.bodyNoise } as Record<string, unknown>;
        headers['content-type'] = 'application/json';
        if (effective === 'unknownField') payload = JSON.stringify({ ...base, fuzzUnknownField: r.garbage });
        else if (effective === 'malformedJson') payload = JSON.stringify(base).slice(0, -1 - (r.garbage.length % 5)) + r.garbage.replace(/[}\]]/g, '');
        else if (effective === 'wrongContentType') {
          payload = JSON.stringify(base);
          headers['content-type'] = r.garbage.length % 2 ? 'text/plain' : 'application/x-www-form-urlencoded';
        } else if (effective === 'notAnObject') payload = JSON.stringify([base, r.garbage]);
        else payload = JSON.stringify({ ...base, fuzzUnknownField: true });
      }
      return { method: op.method, path, headers, payload, role: r.role, operationId: op.operationId, defect: effective };
    });
}

describe.each(engines.slice(0, 1))('malformed requests on $name', (engine) => {
  let server: App;
  let tokens: Record<string, string>;
  let caseIds: string[];
  let operations: SpecOperation[];

  beforeAll(async () => {
    server = await engine.start();
    await seedSchools(server.db);
    operations = listOperations(loadSpec(server.config.specPath));
    tokens = {
      school: await tokenFor(server, 'school', '12AB00'),
      swv: await tokenFor(server, 'swv', 'VO2801'),
      leerplicht: await tokenFor(server, 'leerplicht', 'GM0599'),
      garbage: 'eyJhbGciOiJub25lIn0.eyJyb2xlIjoic3d2In0.',
    };
    const school = client(server, tokens.school!);
    caseIds = [(await school.createCase()).id, (await school.createCase()).id];
  });
  afterAll(async () => {
    await server?.close();
  });

  it('covers every operation of the contract', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
  });

  it('answers 1,000 generated malformed requests with 4xx problem+json and changes nothing', async () => {
    const before = await snapshot(server);
    const seen = new Set<string>();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(malformedRequest(operations, caseIds), async (request) => {
        seen.add(request.operationId);
        const token = tokens[request.role];
        const response = await server.app.inject({
          method: request.method as 'GET',
          url: request.path,
          headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
          payload: request.payload,
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const context = `${request.method} ${request.path} (${request.defect}) → ${response.statusCode} ${response.body.slice(0, 300)}`;
        expect(response.statusCode, context).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, context).toBeLessThan(500);
        expect(response.headers['content-type'], context).toMatch(/^application\/problem\+json/);
        expect(response.json().status, context).toBe(response.statusCode);
        expect(response.body, context).not.toMatch(/\bat .*\.(ts|js):\d+/);
        expect(response.headers['api-version'], context).toBe('1.0.0');
      }),
      { numRuns: 1000, seed: 20261122 },
    );
    expect(seen.size).toBe(operations.length);
    // The requests reach past authentication into validation, not only the 401 door.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([400, 401, 415]));
    expect(statuses.get(400)!).toBeGreaterThan(300);
    expect(await snapshot(server)).toEqual(before);
  });
});
