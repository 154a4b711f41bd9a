// Bearer tokens: verification (always) and the development issuer (never in production).
import { createHash, randomBytes } from 'node:crypto';
import {
  SignJWT,
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  importSPKI,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type KeyObject,
} from 'jose';
import type { ServerConfig } from '../config.js';
import { isRole, organisationProblem, SCOPES_BY_ROLE, type AuthContext } from './claims.js';
import { toWellFormed } from '../http/text.js';
import { ISSUER_ALGORITHMS, IssuerUnavailableError, issuerKeys, type IssuerKeys } from './issuers.js';

export const DEV_ISSUER = 'urn:thuiszitters:reference-server:dev';
export const TOKEN_LIFETIME_SECONDS = 3600;

export class InvalidTokenError extends Error {}

/** The keys to verify with could not be fetched (JWKS endpoint down): a 503, not the caller's fault. */
export class KeysUnavailableError extends Error {}

/** Clock skew tolerated on exp, nbf and iat, in seconds. */
export const CLOCK_SKEW_SECONDS = 30;
/** actor.name in the contract is at most 200 characters. */
export const NAME_MAX_LENGTH = 200;

export interface DevTokenRequest {
  role: AuthContext['role'];
  organisation: string;
  name?: string | null;
}

export interface TokenService {
  verify(token: string): Promise<AuthContext>;
  /** Present in development mode only. */
  issue?: (request: DevTokenRequest) => Promise<string>;
}

type Key = Uint8Array | KeyObject | CryptoKey | JWTVerifyGetKey;

async function productionKey(config: ServerConfig): Promise<Key | undefined> {
  if (config.auth.jwksUrl) return createRemoteJWKSet(new URL(config.auth.jwksUrl));
  if (config.auth.publicKeyPem) {
    const pem = config.auth.publicKeyPem.replace(/\\n/g, '\n');
    const alg = pem.includes('BEGIN PUBLIC KEY') ? await guessAlgorithm(pem) : 'RS256';
    return importSPKI(pem, alg);
  }
  return undefined;
}

/** SPKI PEMs do not name their JWS algorithm; pick it from the key type. */
async function guessAlgorithm(pem: string): Promise<string> {
  const { createPublicKey } = await import('node:crypto');
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType === 'ec') return 'ES256';
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  return 'RS256';
}

export function authFromClaims(payload: JWTPayload): AuthContext {
  const role = payload.role;
  if (!isRole(role)) throw new InvalidTokenError('token has no valid role claim');
  if (organisationProblem(role, payload.organisation)) {
    throw new InvalidTokenError('token has no valid organisation claim for its role');
  }
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) {
    throw new InvalidTokenError('token has no subject');
  }
  const scope = typeof payload.scope === 'string' ? payload.scope : '';
  return {
    subject: payload.sub,
    name: typeof payload.name === 'string' ? boundedName(payload.name) : null,
    role,
    organisation: payload.organisation as string,
    scopes: scope.split(' ').filter((item) => item.length > 0),
  };
}

/** The name as the contract allows it: well-formed text, at most 200 characters (code points). */
function boundedName(name: string): string | null {
  const text = [...toWellFormed(name)].slice(0, NAME_MAX_LENGTH).join('').trim();
  return text === '' ? null : text;
}

/**
 * Lifetime rules on top of jose's checks: `exp` is required (jose's requiredClaims), `iat` may not
 * lie in the future beyond the skew, and a token may not live longer than the configured maximum
 * (`exp - iat`, or `exp - now` without `iat`).
 */
function checkLifetime(payload: JWTPayload, now: Date, maxLifetimeSeconds: number): void {
  const at = Math.floor(now.getTime() / 1000);
  if (typeof payload.iat === 'number' && payload.iat > at + CLOCK_SKEW_SECONDS) throw new InvalidTokenError('token is issued in the future');
  const from = typeof payload.iat === 'number' ? payload.iat : at;
  if (typeof payload.exp === 'number' && payload.exp - from > maxLifetimeSeconds + CLOCK_SKEW_SECONDS) {
    throw new InvalidTokenError(`token lives longer than ${maxLifetimeSeconds} s`);
  }
}

/** Verifies with an external key (PEM or JWKS): issuer, audience, exp required, lifetime bounded. */
async function verifyExternal(token: string, key: Key, config: ServerConfig): Promise<AuthContext> {
  const now = config.now();
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      clockTolerance: CLOCK_SKEW_SECONDS,
      requiredClaims: ['exp'],
      currentDate: now,
    }));
  } catch (error) {
    if (config.auth.jwksUrl && keysUnavailable(error)) throw new KeysUnavailableError('the key server could not be reached');
    throw new InvalidTokenError('token could not be verified');
  }
  checkLifetime(payload, now, config.auth.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS);
  return authFromClaims(payload);
}

const DEFAULT_MAX_LIFETIME_SECONDS = 24 * 3600;

/** A JWKS fetch that failed (network, timeout, non-200, not a key set) rather than a bad token. */
function keysUnavailable(error: unknown): boolean {
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) return true;
  // A non-200 answer or unparsable key set is jose's generic error (token faults are subclasses);
  // a network failure of fetch is not a JOSE error at all.
  if (error instanceof joseErrors.JOSEError) return (error as { code?: string }).code === 'ERR_JOSE_GENERIC';
  return !(error instanceof InvalidTokenError);
}

/**
 * A token of a trusted issuer (TRUSTED_ISSUERS): its own key set, audience and algorithms, and an
 * organisation claim it may make. A vendor's issuer naming a school it does not serve is an
 * invalid token (401 invalid_token, RFC 6750 §3.1): the server cannot trust who the caller is,
 * which is authentication, not a missing privilege (403 insufficient_scope).
 */
async function verifyTrusted(token: string, issuer: IssuerKeys, config: ServerConfig): Promise<AuthContext> {
  const now = config.now();
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, issuer.getKey, {
      issuer: issuer.config.issuer,
      audience: issuer.config.audience ?? config.auth.audience,
      algorithms: ISSUER_ALGORITHMS,
      clockTolerance: CLOCK_SKEW_SECONDS,
      requiredClaims: ['exp', 'sub'],
      currentDate: now,
    }));
  } catch (error) {
    if (error instanceof IssuerUnavailableError) throw new KeysUnavailableError(error.message);
    throw new InvalidTokenError('token could not be verified');
  }
  checkLifetime(payload, now, config.auth.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS);
  const auth = authFromClaims(payload);
  if (!issuer.organisations.has(auth.organisation)) {
    throw new InvalidTokenError(`its issuer is not trusted to speak for organisation ${auth.organisation}`);
  }
  return auth;
}

/** Production verification: by the token's `iss`, a trusted issuer's keys or the single JWT_* key. */
function externalVerifier(config: ServerConfig, external: Key | undefined): ((token: string) => Promise<AuthContext>) | undefined {
  const trusted = new Map((config.auth.trustedIssuers ?? []).map((issuer) => [issuer.issuer, issuerKeys(issuer)] as const));
  if (!external && trusted.size === 0) return undefined;
  return async (token) => {
    let iss: unknown;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      throw new InvalidTokenError('token could not be verified');
    }
    const issuer = typeof iss === 'string' ? trusted.get(iss) : undefined;
    if (issuer) return verifyTrusted(token, issuer, config);
    if (external) return verifyExternal(token, external, config);
    throw new InvalidTokenError('token is from an issuer this server does not trust');
  };
}

export async function createTokenService(config: ServerConfig): Promise<TokenService> {
  const single = await productionKey(config);
  const external = externalVerifier(config, single);
  if (config.mode === 'production') {
    if (!external) throw new Error('production mode needs TRUSTED_ISSUERS_FILE, JWT_PUBLIC_KEY or JWKS_URL to verify tokens');
    // Without them any token signed by the key (for any app of the same identity provider) would do.
    if (single && !config.auth.issuer) throw new Error('production mode needs JWT_ISSUER: the issuer tokens must come from');
    const withoutAudience = (config.auth.trustedIssuers ?? []).some((issuer) => !issuer.audience);
    if ((single || withoutAudience) && !config.auth.audience) throw new Error('production mode needs JWT_AUDIENCE: the audience tokens must be meant for');
    return { verify: external };
  }

  const secret = config.auth.devSecret ? new TextEncoder().encode(config.auth.devSecret) : randomBytes(32);
  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, secret, {
          issuer: DEV_ISSUER,
          algorithms: ['HS256'],
          clockTolerance: CLOCK_SKEW_SECONDS,
          requiredClaims: ['exp'],
          currentDate: config.now(),
        }));
      } catch {
        if (!external) throw new InvalidTokenError('token could not be verified');
        return external(token);
      }
      checkLifetime(payload, config.now(), config.auth.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS);
      return authFromClaims(payload);
    },
    async issue({ role, organisation, name }) {
      return new SignJWT({
        role,
        organisation,
        name: name ?? null,
        scope: SCOPES_BY_ROLE[role].join(' '),
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(DEV_ISSUER)
        .setSubject(devSubject(role, organisation, name ?? null))
        // The server's clock, the one verification uses (a test may run the server at another day).
        .setIssuedAt(Math.floor(config.now().getTime() / 1000))
        .setExpirationTime(Math.floor(config.now().getTime() / 1000) + TOKEN_LIFETIME_SECONDS)
        .sign(secret);
    },
  };
}

/** Stable per person, so idempotency keys and rate limits survive a token refresh. */
export function devSubject(role: string, organisation: string, name: string | null): string {
  const person = name ? '-' + createHash('sha256').update(name).digest('hex').slice(0, 10) : '';
  return `dev-${role}-${organisation}${person}`;
}
