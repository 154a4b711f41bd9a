// Server configuration from the environment (12-factor); tests pass overrides to createApp().
import { fileURLToPath } from 'node:url';

export interface RateLimitConfig {
  /** Bucket size: requests a caller may burst. */
  capacity: number;
  /** Tokens added per second (sustained rate). */
  refillPerSecond: number;
  /**
   * Where the buckets live: `memory` (this process only) or `database` (shared by every server
   * process on the same PostgreSQL). Default: `database` on PostgreSQL, `memory` on PGlite.
   */
  store?: 'memory' | 'database';
}

export interface WebhookConfig {
  /** CloudEvents `source` of this registry. */
  source: string;
  /** First retry of a failed delivery after this many ms, doubled per attempt (at most an hour). */
  retryBaseMs: number;
  /** Attempts before a delivery is given up. */
  maxAttempts: number;
  /** Per POST, in ms. */
  timeoutMs: number;
  /** How often signals (norm almost out, no lead holder) are looked for, in ms. */
  signalSweepMs: number;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** `development` issues tokens at POST /dev/token; `production` only verifies them. */
  mode: 'development' | 'production';
  databaseUrl?: string;
  /** PGlite folder, or `memory://`. */
  dataDir: string;
  /** PGlite: fsync every commit (durable). `PGLITE_FSYNC=off` trades that for speed in tests. */
  pgliteFsync: boolean;
  specPath: string;
  /** Exact origins allowed to call the API from a browser. */
  corsOrigins: string[];
  /** Send HSTS on every response (the server sits behind a TLS-terminating proxy). */
  trustProxyTls: boolean;
  /**
   * Addresses or CIDR ranges of the reverse proxies whose `X-Forwarded-For` is believed. Empty:
   * nobody's, the client address is the socket's (a header anyone can send never picks the
   * rate-limit bucket).
   */
  trustedProxies: string[];
  /** A request (headers and body) must arrive within this many ms, else 408. */
  requestTimeoutMs: number;
  rateLimit: RateLimitConfig;
  webhooks: WebhookConfig;
  /** Largest accepted request body in bytes (413 above). */
  bodyLimit: number;
  logLevel: string;
  auth: {
    /** Production: verify tokens with this PEM public key (RS256/ES256/EdDSA)... */
    publicKeyPem?: string;
    /** ...or with the keys at this JWKS URL. */
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
    /** Several issuers (one per LVS vendor), each for the organisations it may speak for. */
    trustedIssuers?: TrustedIssuer[];
    /** Longest accepted token lifetime (exp - iat) in seconds. */
    maxLifetimeSeconds?: number;
    /** Development: HS256 secret to sign /dev/token tokens with (generated per process when absent). */
    devSecret?: string;
  };
  /** Clock, replaceable in tests. */
  now: () => Date;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const defaultSpecPath = repoRoot + 'openapi/thuiszitters.yaml';

function integer(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? NaN : Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

function positive(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** A trusted token issuer (TRUSTED_ISSUERS_FILE / TRUSTED_ISSUERS; read and checked by auth/issuers.ts). */
export interface TrustedIssuer {
  /** Exact `iss` of its tokens; with discovery also where `/.well-known/openid-configuration` lives. */
  issuer: string;
  /** Keys at this JWKS URL; without it the `jwks_uri` of the issuer's OpenID discovery document. */
  jwksUrl?: string;
  /** Audience its tokens must carry; default the server's JWT_AUDIENCE. */
  audience?: string;
  /** School (BRIN+vestiging), SWV and municipality codes this issuer may mint tokens for. */
  organisations: string[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const mode = env.NODE_ENV === 'production' ? 'production' : 'development';
  const port = integer(env.PORT, 8080);
  const config: ServerConfig = {
    host: env.HOST ?? '127.0.0.1',
    port,
    mode,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? repoRoot + '.data',
    pgliteFsync: env.PGLITE_FSYNC !== 'off',
    specPath: env.OPENAPI_PATH ?? defaultSpecPath,
    corsOrigins:
      list(env.CORS_ORIGINS) ?? (mode === 'development' ? ['http://127.0.0.1:8080', 'http://localhost:8080'] : []),
    trustProxyTls: env.TRUST_PROXY_TLS === '1' || env.TRUST_PROXY_TLS === 'true',
    trustedProxies: list(env.TRUST_PROXY) ?? [],
    requestTimeoutMs: integer(env.REQUEST_TIMEOUT_MS, 30_000),
    rateLimit: {
      capacity: integer(env.RATE_LIMIT_BURST, 200),
      refillPerSecond: positive(env.RATE_LIMIT_PER_SECOND, 50),
      store: env.RATE_LIMIT_STORE === 'memory' || env.RATE_LIMIT_STORE === 'database' ? env.RATE_LIMIT_STORE : undefined,
    },
    webhooks: {
      source: env.WEBHOOK_SOURCE || 'urn:thuiszitters:registry',
      retryBaseMs: integer(env.WEBHOOK_RETRY_BASE_MS, 30_000),
      maxAttempts: integer(env.WEBHOOK_MAX_ATTEMPTS, 10),
      timeoutMs: integer(env.WEBHOOK_TIMEOUT_MS, 10_000),
      signalSweepMs: integer(env.WEBHOOK_SIGNAL_SWEEP_MS, 15 * 60_000),
    },
    bodyLimit: integer(env.BODY_LIMIT, 64 * 1024),
    logLevel: env.LOG_LEVEL ?? (env.VITEST ? 'silent' : 'info'),
    auth: {
      publicKeyPem: env.JWT_PUBLIC_KEY || undefined,
      jwksUrl: env.JWKS_URL || undefined,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
      maxLifetimeSeconds: integer(env.JWT_MAX_LIFETIME_SECONDS, 24 * 3600),
      devSecret: env.DEV_JWT_SECRET || undefined,
    },
    now: () => new Date(),
  };
  return { ...config, ...overrides, auth: { ...config.auth, ...overrides.auth }, webhooks: { ...config.webhooks, ...overrides.webhooks } };
}
