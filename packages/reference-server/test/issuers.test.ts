// Several trusted issuers (issue 20, item 1), end to end: two identity providers started here on
// ephemeral ports (one found by OpenID discovery, one by its JWKS URL), each trusted for its own
// schools. Tokens of either work for the organisations their issuer serves and nowhere else; keys
// rotate by `kid` with one refresh, rate-limited; an issuer that is down gives 503, not 401.
// The clock (Date only) is faked so the key cache's cooldown and maximum age pass without sleeping.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { KEY_CACHE_MAX_AGE_MS, KEY_REFRESH_COOLDOWN_MS, trustedIssuersFromEnv } from '../src/auth/issuers.js';
import { client, expectProblem, seedSchools, testConfig } from './helpers.js';

const AUDIENCE = 'thuiszitters-regio';

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  alg: 'ES256' | 'PS256';
}

function newKey(kid: string, alg: SigningKey['alg']): SigningKey {
  const pair = alg === 'ES256' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, alg, ...pair };
}

/** A small identity provider: discovery document and JWKS, counting fetches; can be taken down. */
async function startIssuer(alg: SigningKey['alg'], prefix: string) {
  const state = { up: true, published: [newKey(`${prefix}1`, alg)], discoveryFetches: 0, jwksFetches: 0 };
  let origin = '';
  const server: Server = createServer(async (request, response) => {
    if (!state.up) return response.writeHead(503).end();
    if (request.url === '/.well-known/openid-configuration') {
      state.discoveryFetches++;
      response.setHeader('content-type', 'application/json');
      return response.end(JSON.stringify({ issuer: origin, jwks_uri: `${origin}/keys`, id_token_signing_alg_values_supported: [alg] }));
    }
    if (request.url === '/keys') {
      state.jwksFetches++;
      const keys = await Promise.all(state.published.map(async (key) => ({ ...(await exportJWK(key.publicKey)), kid: key.kid, alg: key.alg, use: 'sig' })));
      response.setHeader('content-type', 'application/json');
      return response.end(JSON.stringify({ keys }));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    state,
    /** A token signed with `key` (default: the newest published key), claiming to come from `iss`. */
    token(claims: JWTPayload, options: { key?: SigningKey; iss?: string } = {}) {
      const key = options.key ?? state.published[state.published.length - 1];
      return new SignJWT({ scope: 'cases:read cases:write', ...claims })
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'at+jwt' })
        .setIssuer(options.iss ?? origin)
        .setAudience(AUDIENCE)
        .setSubject(`user-${prefix}`)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + 300)
        .sign(key.privateKey);
    },
    close: () => new Promise<void>((ok) => (server.closeAllConnections(), server.close(() => ok()))),
  };
}

type Issuer = Awaited<ReturnType<typeof startIssuer>>;

describe('several trusted issuers', () => {
  let vendorA: Issuer; // an LVS vendor serving 12AB00 and 12AB01, found by discovery
  let vendorB: Issuer; // another vendor serving 45DE00, configured by JWKS URL
  let server: App;
  let configFile: string;

  const start = () => createApp({ ...testConfig, database: server?.db, mode: 'production', auth: { audience: AUDIENCE, trustedIssuers: trustedIssuersFromEnv({ TRUSTED_ISSUERS_FILE: configFile }) } });
  const get = (app: App, token: string) => client(app, token).get('/v1/cases');
  const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date() });
    vendorA = await startIssuer('PS256', 'a');
    vendorB = await startIssuer('ES256', 'b');
    configFile = join(mkdtempSync(join(tmpdir(), 'tz-issuers-')), 'issuers.json');
    writeFileSync(
      configFile,
      JSON.stringify({
        issuers: [
          { issuer: vendorA.origin, organisations: ['12AB00', '12AB01'] },
          { issuer: vendorB.origin, jwksUrl: `${vendorB.origin}/keys`, organisations: ['45DE00', 'VO2701'] },
        ],
      }),
    );
    server = await start();
    await seedSchools(server.db);
  });
  afterAll(async () => {
    await server?.close();
    await vendorA?.close();
    await vendorB?.close();
    vi.useRealTimers();
  });

  it("accepts each issuer's tokens for the organisations it serves, finding A's keys by discovery", async () => {
    expect((await get(server, await vendorA.token({ role: 'school', organisation: '12AB00' }))).statusCode).toBe(200);
    expect((await get(server, await vendorA.token({ role: 'school', organisation: '12AB01' }))).statusCode).toBe(200);
    expect((await get(server, await vendorB.token({ role: 'school', organisation: '45DE00' }))).statusCode).toBe(200);
    expect((await get(server, await vendorB.token({ role: 'swv', organisation: 'VO2701' }))).statusCode).toBe(200);
    // Keys are cached: four tokens, one discovery and one key fetch per issuer.
    expect([vendorA.state.discoveryFetches, vendorA.state.jwksFetches, vendorB.state.discoveryFetches, vendorB.state.jwksFetches]).toEqual([1, 1, 0, 1]);
  });

  it("refuses a vendor's token for an organisation it does not serve: 401 invalid_token", async () => {
    for (const token of [
      await vendorA.token({ role: 'school', organisation: '45DE00' }),
      await vendorB.token({ role: 'school', organisation: '12AB00' }),
      await vendorA.token({ role: 'swv', organisation: 'VO2801' }),
    ]) {
      const response = await get(server, token);
      const problem = expectProblem(response, 401);
      expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
      expect(JSON.stringify(problem)).toMatch(/not trusted to speak for organisation/);
    }
  });

  it("refuses a token signed by one issuer's key that claims to come from the other, and unknown issuers", async () => {
    const forged = await vendorB.token({ role: 'school', organisation: '12AB00' }, { iss: vendorA.origin });
    expectProblem(await get(server, forged), 401);
    const stranger = await vendorB.token({ role: 'school', organisation: '45DE00' }, { iss: 'https://idp.unknown.example' });
    expectProblem(await get(server, stranger), 401);
    // An HMAC token (alg confusion) is refused whatever it claims.
    const hmac = await new SignJWT({ role: 'school', organisation: '12AB00', scope: 'cases:read' })
      .setProtectedHeader({ alg: 'HS256', kid: 'a1' })
      .setIssuer(vendorA.origin)
      .setAudience(AUDIENCE)
      .setSubject('x')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-shared-secret-of-some-length-000'));
    expectProblem(await get(server, hmac), 401);
  });

  it('follows a key rotation with one refresh, and refreshes for an unknown kid at most once per cooldown', async () => {
    const old = vendorA.state.published[0];
    const oldToken = await vendorA.token({ role: 'school', organisation: '12AB00' }, { key: old });
    vendorA.state.published = [newKey('a2', 'PS256')];
    advance(KEY_REFRESH_COOLDOWN_MS + 1_000);
    const fetches = vendorA.state.jwksFetches;

    expect((await get(server, await vendorA.token({ role: 'school', organisation: '12AB00' }))).statusCode).toBe(200);
    expect(vendorA.state.jwksFetches).toBe(fetches + 1);
    // The withdrawn key no longer verifies, and asking for it right away fetches nothing.
    expectProblem(await get(server, oldToken), 401);
    const unknown = newKey('a-unknown', 'PS256');
    expectProblem(await get(server, await vendorA.token({ role: 'school', organisation: '12AB00' }, { key: unknown })), 401);
    expect(vendorA.state.jwksFetches).toBe(fetches + 1);
    // After the cooldown an unknown kid may refresh again: once, for several tokens at once.
    advance(KEY_REFRESH_COOLDOWN_MS + 1_000);
    const tokens = await Promise.all([1, 2, 3].map(() => vendorA.token({ role: 'school', organisation: '12AB00' }, { key: unknown })));
    const answers = await Promise.all(tokens.map((token) => get(server, token)));
    expect(answers.map((answer) => answer.statusCode)).toEqual([401, 401, 401]);
    expect(vendorA.state.jwksFetches).toBe(fetches + 2);
    expect(vendorA.state.discoveryFetches).toBe(1);
  });

  it('answers 503 with Retry-After when an issuer is down, and recovers when it is back', async () => {
    // B's cached keys grow stale; the refresh fails while B is down.
    vendorB.state.up = false;
    advance(KEY_CACHE_MAX_AGE_MS + 1_000);
    const token = await vendorB.token({ role: 'school', organisation: '45DE00' });
    const down = await get(server, token);
    expectProblem(down, 503);
    expect(down.headers['retry-after']).toBeDefined();
    // A's tokens are unaffected by B being down.
    expect((await get(server, await vendorA.token({ role: 'school', organisation: '12AB00' }))).statusCode).toBe(200);
    vendorB.state.up = true;
    expect((await get(server, token)).statusCode).toBe(200);
  });

  it('starts while a discovered issuer is down (503 until it is back, retried after the cooldown)', async () => {
    vendorA.state.up = false;
    const fresh = await start();
    try {
      const token = await vendorA.token({ role: 'school', organisation: '12AB00' });
      expectProblem(await get(fresh, token), 503);
      vendorA.state.up = true;
      const discoveries = vendorA.state.discoveryFetches;
      expectProblem(await get(fresh, token), 503); // within the cooldown: no new attempt
      expect(vendorA.state.discoveryFetches).toBe(discoveries);
      advance(KEY_REFRESH_COOLDOWN_MS + 1_000);
      expect((await get(fresh, await vendorA.token({ role: 'school', organisation: '12AB00' }))).statusCode).toBe(200);
      expect(vendorA.state.discoveryFetches).toBe(discoveries + 1);
    } finally {
      vendorA.state.up = true;
      await fresh.close();
    }
  });

  it('refuses to start on a configuration mistake, naming it', () => {
    const bad = (issuers: unknown) => () => trustedIssuersFromEnv({ TRUSTED_ISSUERS: JSON.stringify({ issuers }) });
    expect(bad([{ issuer: 'https://idp.example.nl', organisations: ['12AB00', 'Lyceum'] }])).toThrow(/issuers\[0\]\.organisations: "Lyceum"/);
    expect(bad([{ issuer: 'http://idp.example.nl', organisations: ['12AB00'] }])).toThrow(/issuers\[0\]\.issuer must be an https URL/);
    expect(bad([{ issuer: 'https://idp.example.nl', organisations: [] }])).toThrow(/organisations must list/);
    expect(bad([{ issuer: 'https://a.example.nl', organisations: ['12AB00'] }, { issuer: 'https://a.example.nl', organisations: ['45DE00'] }])).toThrow(/listed twice/);
    expect(() => trustedIssuersFromEnv({ TRUSTED_ISSUERS: '{' })).toThrow(/not valid JSON/);
  });
});
