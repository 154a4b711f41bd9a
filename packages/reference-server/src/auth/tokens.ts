// Bearer tokens: verification (always) and the development issuer (never in production).
import { createHash, randomBytes } from 'node:crypto';
import {
  SignJWT,
  createRemoteJWKSet,
  importSPKI,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type KeyObject,
} from 'jose';
import type { ServerConfig } from '../config.js';
import type { AuthContext } from '../operations/types.js';
import { isRole, organisationProblem, SCOPES_BY_ROLE } from './claims.js';

export const DEV_ISSUER = 'urn:thuiszitters:reference-server:dev';
export const TOKEN_LIFETIME_SECONDS = 3600;

export class InvalidTokenError extends Error {}

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
    name: typeof payload.name === 'string' ? payload.name : null,
    role,
    organisation: payload.organisation as string,
    scopes: scope.split(' ').filter((item) => item.length > 0),
  };
}

export async function createTokenService(config: ServerConfig): Promise<TokenService> {
  const external = await productionKey(config);
  if (config.mode === 'production') {
    if (!external) throw new Error('production mode needs JWT_PUBLIC_KEY or JWKS_URL to verify tokens');
    return {
      async verify(token) {
        try {
          const { payload } = await jwtVerify(token, external as Parameters<typeof jwtVerify>[1], {
            issuer: config.auth.issuer,
            audience: config.auth.audience,
            clockTolerance: 30,
          });
          return authFromClaims(payload);
        } catch (error) {
          throw error instanceof InvalidTokenError ? error : new InvalidTokenError('token could not be verified');
        }
      },
    };
  }

  const secret = config.auth.devSecret ? new TextEncoder().encode(config.auth.devSecret) : randomBytes(32);
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, secret, { issuer: DEV_ISSUER, algorithms: ['HS256'] });
        return authFromClaims(payload);
      } catch (devError) {
        if (devError instanceof InvalidTokenError) throw devError;
        if (!external) throw new InvalidTokenError('token could not be verified');
        try {
          const { payload } = await jwtVerify(token, external as Parameters<typeof jwtVerify>[1], {
            issuer: config.auth.issuer,
            audience: config.auth.audience,
          });
          return authFromClaims(payload);
        } catch (error) {
          throw error instanceof InvalidTokenError ? error : new InvalidTokenError('token could not be verified');
        }
      }
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
        .setIssuedAt()
        .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
        .sign(secret);
    },
  };
}

/** Stable per person, so idempotency keys and rate limits survive a token refresh. */
export function devSubject(role: string, organisation: string, name: string | null): string {
  const person = name ? '-' + createHash('sha256').update(name).digest('hex').slice(0, 10) : '';
  return `dev-${role}-${organisation}${person}`;
}
