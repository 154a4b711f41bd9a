// The HTTP edge, hardened (issue 16): forwarded headers only from configured proxies, token
// lifetimes and issuer/audience, problem+json for every parser-level error without echo,
// If-Match lists, idempotency keys scoped to the caller's tenancy, bounded token names, one rule
// for lone surrogates, 503 when the key server is down and a timeout for a short body.
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { SignJWT, exportJWK, importPKCS8, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { caseBody, client, expectProblem, seedSchools, testConfig, tokenFor } from './helpers.js';

const ISSUER = 'https://idp.example.nl';
const AUDIENCE = 'thuiszitters';

/** Raw HTTP over a socket: what Node's parser sees before Fastify (inject skips it). */
function raw(port: number, request: string, timeoutMs = 20_000): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      fail(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const [head = '', body = ''] = data.split('\r\n\r\n');
      done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body });
    });
    socket.write(request);
  });
}

describe('HTTP edge', () => {
  let server: App;
  let school: ReturnType<typeof client>;

  beforeAll(async () => {
    server = await createApp(testConfig);
    await seedSchools(server.db);
    school = client(server, await tokenFor(server, 'school', '12AB00'));
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('5: forwarded client addresses', () => {
    it('ignores X-Forwarded-For from a caller that is not a configured proxy (TRUST_PROXY_TLS alone trusts nobody)', async () => {
      const app = await createApp({ ...testConfig, database: server.db, trustProxyTls: true, rateLimit: { capacity: 5, refillPerSecond: 0.001 } });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 20; i++) {
          const response = await app.app.inject({ url: '/v1/cases', remoteAddress: '203.0.113.9', headers: { 'x-forwarded-for': `198.51.100.${i}` } });
          statuses.push(response.statusCode);
        }
        expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
      } finally {
        await app.close();
      }
    });

    it('uses X-Forwarded-For only from a configured proxy address (TRUST_PROXY)', async () => {
      const app = await createApp({ ...testConfig, database: server.db, trustedProxies: ['10.0.0.0/8'], rateLimit: { capacity: 2, refillPerSecond: 0.001 } });
      try {
        const viaProxy = [];
        for (let i = 0; i < 6; i++) {
          viaProxy.push((await app.app.inject({ url: '/v1/cases', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-for': `198.51.100.${i}` } })).statusCode);
        }
        expect(viaProxy).not.toContain(429); // six clients behind the proxy, one request each
      } finally {
        await app.close();
      }
    });
  });

  describe('6: token lifetimes, issuer and audience', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    let production: App;
    const sign = async (claims: JWTPayload, build: (jwt: SignJWT) => SignJWT) => {
      const key = await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'ES256');
      const jwt = new SignJWT({ role: 'swv', organisation: 'VO2801', scope: 'cases:read', name: 'Consulent', ...claims })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject('user-1');
      return build(jwt).sign(key);
    };
    const status = async (token: string) => (await production.app.inject({ url: '/v1/cases', headers: { authorization: `Bearer ${token}` } })).statusCode;
    beforeAll(async () => {
      production = await createApp({ ...testConfig, database: server.db, mode: 'production', auth: { publicKeyPem, issuer: ISSUER, audience: AUDIENCE } });
    });
    afterAll(async () => {
      await production?.close();
    });

    it('accepts a normal token and refuses one without exp, one living too long, and iat/nbf in the future', async () => {
      const now = Math.floor(Date.now() / 1000);
      expect(await status(await sign({}, (j) => j.setIssuedAt().setExpirationTime('5m')))).toBe(200);
      expect(await status(await sign({}, (j) => j.setIssuedAt()))).toBe(401); // no exp
      expect(await status(await sign({}, (j) => j.setIssuedAt().setExpirationTime('400d')))).toBe(401); // lifetime far beyond the maximum
      expect(await status(await sign({}, (j) => j.setExpirationTime('400d')))).toBe(401); // no iat, still too long
      expect(await status(await sign({}, (j) => j.setIssuedAt(now + 10 * 365 * 86400).setExpirationTime(now + 10 * 365 * 86400 + 300)))).toBe(401);
      expect(await status(await sign({}, (j) => j.setIssuedAt(now + 600).setExpirationTime(now + 900)))).toBe(401);
      expect(await status(await sign({}, (j) => j.setIssuedAt().setNotBefore(now + 600).setExpirationTime('20m')))).toBe(401);
      // A few seconds of clock skew is fine.
      expect(await status(await sign({}, (j) => j.setIssuedAt(now + 5).setExpirationTime('5m')))).toBe(200);
    });

    it('refuses to start in production without JWT_ISSUER and JWT_AUDIENCE', async () => {
      await expect(createApp({ ...testConfig, mode: 'production', auth: { publicKeyPem, audience: AUDIENCE } })).rejects.toThrow(/JWT_ISSUER/);
      await expect(createApp({ ...testConfig, mode: 'production', auth: { publicKeyPem, issuer: ISSUER } })).rejects.toThrow(/JWT_AUDIENCE/);
    });

    it('10: cuts a long name claim to the contract limit of 200 characters', async () => {
      const token = await sign({ name: 'x'.repeat(7000), scope: 'cases:read cases:write', role: 'school', organisation: '12AB00' }, (j) => j.setIssuedAt().setExpirationTime('5m'));
      const created = await production.app.inject({
        method: 'POST',
        url: '/v1/cases',
        payload: caseBody(),
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'long-name-0001' },
      });
      expect(created.statusCode).toBe(201);
      const note = await production.app.inject({
        method: 'POST',
        url: `/v1/cases/${created.json().id}/events`,
        payload: { type: 'note', occurredOn: '2026-10-01', summary: 'Gebeld' },
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'long-name-0002' },
      });
      expect(note.statusCode).toBe(201);
      expect(note.json().actor.name).toBe('x'.repeat(200));
      const events = await production.app.inject({ url: `/v1/cases/${created.json().id}/events`, headers: { authorization: `Bearer ${token}` } });
      const names = (events.json().items as Array<{ actor: { name: string | null } }>).map((e) => e.actor.name ?? '');
      expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(200);
      expect(names).toContain('x'.repeat(200));
    });
  });

  describe('7: parser-level errors', () => {
    let port: number;
    beforeAll(async () => {
      await server.app.listen({ host: '127.0.0.1', port: 0 });
      port = (server.app.server.address() as { port: number }).port;
    });

    it('answers an over-long URL, over-large headers and a malformed request as problem+json without echoing input', async () => {
      const marker = 'ECHOMARKER';
      const longUrl = `/v1/cases/${marker}${'a'.repeat(100_000)}`;
      const cases = [
        `GET ${longUrl} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
        `GET /v1/cases HTTP/1.1\r\nHost: x\r\nX-Big: ${marker}${'b'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
        `GET /v1/cases HTTP/1.1\r\nHost: x\r\nBad Header ${marker}\r\nConnection: close\r\n\r\n`,
        `GET /v1/cases/${'%'.repeat(3)}${marker} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
        `GET /v1/cases/${marker}${'c'.repeat(300)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      ];
      const statuses: number[] = [];
      for (const request of cases) {
        const answer = await raw(port, request);
        expect(answer.status, request.slice(0, 60)).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(answer.headers.toLowerCase()).toContain('content-type: application/problem+json');
        expect(answer.body).not.toContain(marker);
        expect(JSON.parse(answer.body)).toMatchObject({ status: answer.status, title: expect.any(String) });
        statuses.push(answer.status);
      }
      expect(statuses).toEqual([431, 431, 400, 400, 414]);
    });

    it('12: times out a body shorter than its Content-Length with a 408 problem', async () => {
      const slow = await createApp({ ...testConfig, database: server.db, requestTimeoutMs: 1000 });
      try {
        await slow.app.listen({ host: '127.0.0.1', port: 0 });
        const slowPort = (slow.app.server.address() as { port: number }).port;
        const token = await tokenFor(slow, 'school', '12AB00');
        const answer = await raw(
          slowPort,
          `POST /v1/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nIdempotency-Key: short-body-0001\r\nContent-Length: 500\r\n\r\n{"pupilRef":`,
        );
        expect(answer.status).toBe(408);
        expect(answer.headers.toLowerCase()).toContain('content-type: application/problem+json');
      } finally {
        await slow.close();
      }
    });
  });

  describe('8: If-Match', () => {
    it('accepts a list of ETags when one matches, 412 when none does, 428 when missing', async () => {
      const created = await school.createCase(caseBody());
      const url = `/v1/cases/${created.id}`;
      expect((await school.patch(url, { notes: 'een' }, { 'if-match': '"7", "1"' })).statusCode).toBe(200);
      expect((await school.patch(url, { notes: 'twee' }, { 'if-match': 'W/"9","2" ,"5"' })).statusCode).toBe(200);
      expectProblem(await school.patch(url, { notes: 'drie' }, { 'if-match': '"1", "2"' }), 412);
      expectProblem(await school.patch(url, { notes: 'vier' }), 428);
      expectProblem(await school.patch(url, { notes: 'vijf' }, { 'if-match': '"3", garbage' }), 400);
    });
  });

  describe('9: idempotency keys and tenancy', () => {
    it('does not replay a stored event to the same subject under another organisation', async () => {
      const created = await school.createCase(caseBody());
      const key = 'tenancy-replay-0001';
      const body = { type: 'note', occurredOn: '2026-10-01', summary: 'Gebeld met ouders' };
      const first = await school.post(`/v1/cases/${created.id}/events`, body, { 'idempotency-key': key });
      expect(first.statusCode).toBe(201);
      // Same `sub` (the dev issuer derives it from role, organisation and name; an IdP might not): forge it.
      const secret = 'edge-test-secret-0123456789abcdef';
      const app = await createApp({ ...testConfig, database: server.db, auth: { devSecret: secret } });
      try {
        const forge = (role: string, organisation: string, scope: string) =>
          new SignJWT({ role, organisation, scope, name: null })
            .setProtectedHeader({ alg: 'HS256' })
            .setIssuer('urn:thuiszitters:reference-server:dev')
            .setSubject('shared-subject')
            .setIssuedAt()
            .setExpirationTime('5m')
            .sign(new TextEncoder().encode(secret));
        const mine = client(app, await forge('school', '12AB00', 'cases:read cases:write'));
        const other = client(app, await forge('school', '45DE00', 'cases:read cases:write'));
        expect((await mine.post(`/v1/cases/${created.id}/events`, body, { 'idempotency-key': key + 'b' })).statusCode).toBe(201);
        expectProblem(await other.get(`/v1/cases/${created.id}`), 404);
        expectProblem(await other.post(`/v1/cases/${created.id}/events`, body, { 'idempotency-key': key + 'b' }), 404);
        const replay = await mine.post(`/v1/cases/${created.id}/events`, body, { 'idempotency-key': key + 'b' });
        expect(replay.headers['idempotent-replayed']).toBe('true');
      } finally {
        await app.close();
      }
    });
  });

  describe('11: lone surrogates', () => {
    it('refuses a lone surrogate in every text field the same way (400 naming the field)', async () => {
      const created = await school.createCase(caseBody());
      const lone = 'voor \ud800 na';
      const send = (method: 'POST' | 'PATCH', url: string, payload: string, headers: Record<string, string>) =>
        server.app.inject({ method, url, payload, headers: { authorization: `Bearer ${(school as unknown as { token?: string }).token ?? ''}`, 'content-type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json', ...headers } });
      const token = await tokenFor(server, 'school', '12AB00');
      const as = (r: Awaited<ReturnType<typeof send>>) => r;
      const summary = as(
        await server.app.inject({
          method: 'POST',
          url: `/v1/cases/${created.id}/events`,
          payload: JSON.stringify({ type: 'note', occurredOn: '2026-10-01', summary: lone }),
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'lone-surrogate-0001' },
        }),
      );
      const notes = await server.app.inject({
        method: 'PATCH',
        url: `/v1/cases/${created.id}`,
        payload: JSON.stringify({ notes: lone }),
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/merge-patch+json', 'if-match': '"1"' },
      });
      void send;
      for (const [response, field] of [[summary, 'summary'], [notes, 'notes']] as const) {
        expectProblem(response, 400);
        expect(response.json().invalidParams).toEqual([expect.objectContaining({ name: field })]);
      }
      // Well-formed pairs (emoji) are text like any other.
      const emoji = await server.app.inject({
        method: 'POST',
        url: `/v1/cases/${created.id}/events`,
        payload: JSON.stringify({ type: 'note', occurredOn: '2026-10-01', summary: 'Goed gesprek 👍' }),
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'lone-surrogate-0002' },
      });
      expect(emoji.statusCode).toBe(201);
      expect(emoji.json().summary).toBe('Goed gesprek 👍');
    });
  });

  describe('12: key server down', () => {
    let jwks: Server;
    let jwksPort: number;
    let up = true;
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    beforeAll(async () => {
      const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
      jwks = createServer((request, response) => {
        if (!up) {
          response.statusCode = 503;
          response.end();
          return;
        }
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((done) => jwks.listen(0, '127.0.0.1', done));
      jwksPort = (jwks.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((done) => jwks.close(() => done())));

    it('answers 503 with Retry-After (not 401) when the JWKS cannot be fetched', async () => {
      up = false;
      const app = await createApp({ ...testConfig, database: server.db, mode: 'production', auth: { jwksUrl: `http://127.0.0.1:${jwksPort}/jwks.json`, issuer: ISSUER, audience: AUDIENCE } });
      try {
        const key = await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'ES256');
        const token = await new SignJWT({ role: 'swv', organisation: 'VO2801', scope: 'cases:read' })
          .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setSubject('user-1')
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(key);
        const down = await app.app.inject({ url: '/v1/cases', headers: { authorization: `Bearer ${token}` } });
        expectProblem(down, 503);
        expect(down.headers['retry-after']).toBeDefined();
        up = true;
        const back = await app.app.inject({ url: '/v1/cases', headers: { authorization: `Bearer ${token}` } });
        expect(back.statusCode).toBe(200);
      } finally {
        up = true;
        await app.close();
      }
    });
  });
});
