// The HTTP envelope: problem answers for bad input, limits, unknown routes, headers, CORS,
// rate limiting, authentication and the development issuer.
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, importPKCS8 } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { caseBody, client, expectProblem, seedSchools, testConfig, tokenFor } from './helpers.js';

describe('HTTP envelope', () => {
  let server: App;
  let token: string;
  let school: ReturnType<typeof client>;

  beforeAll(async () => {
    server = await createApp(testConfig);
    await seedSchools(server.db);
    token = await tokenFor(server, 'school', '12AB00');
    school = client(server, token);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers malformed JSON with 400 problem+json naming the body, without a stack trace', async () => {
    const response = await school.post('/v1/cases', '{"pupilRef": "abc",', { 'content-type': 'application/json', 'idempotency-key': 'malformed-0001' });
    const problem = expectProblem(response, 400);
    expect(problem.invalidParams).toEqual([{ name: 'body', reason: 'Is not valid JSON.' }]);
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(response.headers['api-version']).toBe('1.0.0');
  });

  it('refuses prototype poisoning, wrong content types and an empty JSON body with 4xx', async () => {
    expectProblem(await school.post('/v1/cases', '{"__proto__": {"admin": true}}', { 'content-type': 'application/json', 'idempotency-key': 'proto-000001' }), 400);
    expectProblem(await school.post('/v1/cases', 'pupilRef=abc', { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': 'form-0000001' }), 415);
    expectProblem(await school.post('/v1/cases', '<case/>', { 'content-type': 'text/xml', 'idempotency-key': 'xml-00000001' }), 415);
    expectProblem(await school.post('/v1/cases', '', { 'content-type': 'application/json', 'idempotency-key': 'empty-000001' }), 400);
    const missing = expectProblem(await school.post('/v1/cases', undefined, { 'idempotency-key': 'nobody-00001' }), 400);
    expect(missing.invalidParams).toEqual([{ name: 'body', reason: 'A request body is required.' }]);
    // merge-patch+json is only accepted where the contract lists it.
    expectProblem(await school.post('/v1/cases', JSON.stringify(caseBody()), { 'content-type': 'application/merge-patch+json', 'idempotency-key': 'merge-000001' }), 415);
  });

  it('limits the body size (413)', async () => {
    const huge = JSON.stringify(caseBody({ notes: 'x'.repeat(200_000) }));
    expectProblem(await school.post('/v1/cases', huge, { 'content-type': 'application/json', 'idempotency-key': 'huge-0000001' }), 413);
  });

  it('treats injection strings as data: refused by the schema or matched literally, never 5xx', async () => {
    const created = await school.createCase(caseBody({ pupilRef: 'INJ-literal_1' }));
    const injection = "x' OR 1=1; DROP TABLE cases; --";
    const search = await school.get(`/v1/cases?q=${encodeURIComponent(injection)}`);
    expect(search.statusCode).toBe(200);
    expect(search.json().items).toEqual([]);
    // LIKE wildcards are literal characters in q.
    expect((await school.get('/v1/cases?q=%25')).json().items).toEqual([]);
    expect((await school.get('/v1/cases?q=INJ-literal_')).json().items.map((c: { id: string }) => c.id)).toEqual([created.id]);
    expect((await school.get('/v1/cases?q=INJ-literalX')).json().items).toEqual([]);
    expect(expectProblem(await school.get(`/v1/cases?school=${encodeURIComponent(injection)}`), 400).invalidParams?.[0]?.name).toBe('school');
    expectProblem(await school.get(`/v1/cases/${encodeURIComponent(injection)}`), 400);
    const body = expectProblem(await school.post('/v1/cases', caseBody({ pupilRef: injection }), { 'idempotency-key': 'inject-00001' }), 400);
    expect(body.invalidParams?.[0]?.name).toBe('pupilRef');
    const rows = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  it('answers unknown routes and ids with 404 problems', async () => {
    expectProblem(await school.get('/v1/does-not-exist'), 404);
    expectProblem(await school.get('/v2/cases'), 404);
    const badId = expectProblem(await school.get('/v1/cases/not-a-uuid'), 400);
    expect(badId.invalidParams).toEqual([{ name: 'caseId', reason: 'Must be a UUID, e.g. 0b7f3c3e-5d8a-4f7e-9a51-2f6c1d0e8b4a.' }]);
  });

  it('serves the contract as JSON at /v1/openapi.json without a token', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.json().info.version).toBe('1.0.0');
    expect(response.json().paths['/cases']).toBeDefined();
  });

  it('puts API-Version and security headers on every response, HSTS behind TLS', async () => {
    for (const response of [await school.get('/v1/cases'), await school.get('/v1/nope'), await server.app.inject({ url: '/v1/cases' })]) {
      expect(response.headers['api-version']).toBe('1.0.0');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
    const behindTls = await school.get('/v1/cases', { 'x-forwarded-proto': 'https' });
    expect(behindTls.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  describe('authentication', () => {
    it('401 without or with a bad token, 403 without the scope', async () => {
      const none = await server.app.inject({ method: 'GET', url: '/v1/cases' });
      expectProblem(none, 401);
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      expectProblem(await client(server, 'not.a.token').get('/v1/cases'), 401);
      const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      expectProblem(await client(server, forged).get('/v1/cases'), 401);
      const leerplicht = client(server, await tokenFor(server, 'leerplicht', 'GM0599'));
      expectProblem(await leerplicht.get('/v1/audit-events'), 403);
    });

    it('validates /dev/token requests and gives role-specific scopes', async () => {
      const bad = await server.app.inject({ method: 'POST', url: '/dev/token', payload: { role: 'school', organisation: 'VO2801' } });
      expect(expectProblem(bad, 400).invalidParams).toEqual([{ name: 'organisation', reason: 'Must be a school organisation code like 12AB00.' }]);
      expectProblem(await server.app.inject({ method: 'POST', url: '/dev/token', payload: { role: 'admin', organisation: '12AB00' } }), 400);
      expectProblem(await server.app.inject({ method: 'POST', url: '/dev/token', payload: { role: 'swv', organisation: 'VO2801', extra: 1 } }), 400);
      const swv = await server.app.inject({ method: 'POST', url: '/dev/token', payload: { role: 'swv', organisation: 'VO2801', name: 'Consulent' } });
      expect(swv.json().expiresIn).toBe(3600);
      const claims = JSON.parse(Buffer.from(swv.json().accessToken.split('.')[1], 'base64url').toString());
      expect(claims.scope.split(' ')).toContain('audit:read');
      const schoolClaims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
      expect(schoolClaims.scope.split(' ')).not.toContain('audit:read');
    });

    it('production mode has no /dev/token and verifies tokens with the configured public key', async () => {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const production = await createApp({
        ...testConfig,
        database: server.db,
        mode: 'production',
        auth: { publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), issuer: 'https://idp.example.nl', audience: 'thuiszitters' },
      });
      try {
        expectProblem(await production.app.inject({ method: 'POST', url: '/dev/token', payload: { role: 'school', organisation: '12AB00' } }), 404);
        const key = await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'ES256');
        const signed = await new SignJWT({ role: 'swv', organisation: 'VO2801', scope: 'cases:read', name: 'Consulent' })
          .setProtectedHeader({ alg: 'ES256' })
          .setIssuer('https://idp.example.nl')
          .setAudience('thuiszitters')
          .setSubject('user-1')
          .setExpirationTime('5m')
          .sign(key);
        const ok = await production.app.inject({ url: '/v1/cases', headers: { authorization: `Bearer ${signed}` } });
        expect(ok.statusCode).toBe(200);
        // A dev-issuer token is worthless in production.
        expectProblem(await production.app.inject({ url: '/v1/cases', headers: { authorization: `Bearer ${token}` } }), 401);
        const wrongIssuer = await new SignJWT({ role: 'swv', organisation: 'VO2801', scope: 'cases:read' })
          .setProtectedHeader({ alg: 'ES256' }).setIssuer('https://evil.example').setAudience('thuiszitters').setSubject('x').setExpirationTime('5m').sign(key);
        expectProblem(await production.app.inject({ url: '/v1/cases', headers: { authorization: `Bearer ${wrongIssuer}` } }), 401);
      } finally {
        await production.close();
      }
      await expect(createApp({ ...testConfig, mode: 'production', auth: {} })).rejects.toThrow(/JWT_PUBLIC_KEY or JWKS_URL/);
    });
  });

  describe('CORS', () => {
    it('allows a configured origin and exposes ETag, API-Version, Location, Retry-After', async () => {
      const response = await school.get('/v1/cases', { origin: 'https://lvs.example.nl' });
      expect(response.headers['access-control-allow-origin']).toBe('https://lvs.example.nl');
      const exposed = String(response.headers['access-control-expose-headers']);
      for (const header of ['ETag', 'API-Version', 'Location', 'Retry-After']) expect(exposed).toContain(header);
      const preflight = await server.app.inject({
        method: 'OPTIONS',
        url: '/v1/cases',
        headers: { origin: 'https://lvs.example.nl', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, idempotency-key, content-type' },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-headers']).toMatch(/Idempotency-Key/);
      expect(preflight.headers['access-control-allow-methods']).toMatch(/PATCH/);
    });

    it('gives a refused origin no CORS headers and a 403 preflight', async () => {
      const response = await school.get('/v1/cases', { origin: 'https://evil.example' });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await server.app.inject({
        method: 'OPTIONS',
        url: '/v1/cases',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      expectProblem(preflight, 403);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  it('logs one JSON line per request with route pattern, status and duration, never the token or body', async () => {
    const lines: string[] = [];
    const logged = await createApp({ ...testConfig, database: server.db, logLevel: 'info', logStream: { write: (line) => void lines.push(line) } });
    try {
      await seedSchools(logged.db);
      const secretToken = await tokenFor(logged, 'school', '12AB00');
      const caller = client(logged, secretToken);
      const created = await caller.createCase(caseBody({ pupilRef: 'SECRET-PUPIL', notes: 'geheime notitie' }));
      await caller.get(`/v1/cases/${created.id}?`);
      const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request');
      expect(requests.map((entry) => `${entry.method} ${entry.route} ${entry.status}`)).toEqual([
        'POST /dev/token 200',
        'POST /v1/cases 201',
        'GET /v1/cases/:caseId 200',
      ]);
      for (const entry of requests) expect(typeof entry.durationMs).toBe('number');
      const all = lines.join('\n');
      for (const secret of [secretToken, secretToken.split('.')[2]!, 'SECRET-PUPIL', 'geheime notitie', created.id]) expect(all).not.toContain(secret);
    } finally {
      await logged.close();
    }
  });

  it('rate-limits per caller with 429 and Retry-After', async () => {
    const limited = await createApp({ ...testConfig, database: server.db, rateLimit: { capacity: 3, refillPerSecond: 0.001 } }); // no refill within a test, however slow the machine
    try {
      await seedSchools(limited.db);
      const caller = client(limited, await tokenFor(limited, 'swv', 'VO2801'));
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 5; i++) {
        last = await caller.get('/v1/cases');
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expectProblem(last!, 429);
      expect(Number(last!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });
});
