// Trusted token issuers (one per LVS vendor or identity provider), each limited to the
// organisations it may speak for. Configuration: TRUSTED_ISSUERS_FILE (a JSON file) or
// TRUSTED_ISSUERS (the same JSON inline), see the package README.
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { ORGANISATION_PATTERNS } from './claims.js';

// The shape is the server's setting (config.ts); parsing and checking it is auth's job.
import type { TrustedIssuer } from '../config.js';
export type { TrustedIssuer };

/** Signing algorithms accepted from trusted issuers: asymmetric only (NL GOV: PS256/RS256; ES256). */
export const ISSUER_ALGORITHMS = ['PS256', 'RS256', 'ES256'];

/** Key cache: refetched after this long, and an unknown `kid` refetches at most once per cooldown. */
export const KEY_CACHE_MAX_AGE_MS = 10 * 60_000;
export const KEY_REFRESH_COOLDOWN_MS = 30_000;
const FETCH_TIMEOUT_MS = 5_000;

export class IssuerConfigError extends Error {}

/** `TRUSTED_ISSUERS_FILE` (path) wins over `TRUSTED_ISSUERS` (JSON text); neither: no list. */
export function trustedIssuersFromEnv(env: NodeJS.ProcessEnv): TrustedIssuer[] | undefined {
  if (env.TRUSTED_ISSUERS_FILE) return parseTrustedIssuers(readFileSync(env.TRUSTED_ISSUERS_FILE, 'utf8'), env.TRUSTED_ISSUERS_FILE);
  if (env.TRUSTED_ISSUERS) return parseTrustedIssuers(env.TRUSTED_ISSUERS, 'TRUSTED_ISSUERS');
  return undefined;
}

/** `{ "issuers": [...] }` or a bare array; a mistake stops the server at start, naming the entry. */
export function parseTrustedIssuers(text: string, origin: string): TrustedIssuer[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new IssuerConfigError(`${origin} is not valid JSON`);
  }
  const list = Array.isArray(data) ? data : (data as { issuers?: unknown } | null)?.issuers;
  if (!Array.isArray(list) || list.length === 0) throw new IssuerConfigError(`${origin} must list at least one issuer under "issuers"`);
  const seen = new Set<string>();
  return list.map((entry: unknown, index) => {
    const where = `${origin}: issuers[${index}]`;
    if (typeof entry !== 'object' || entry === null) throw new IssuerConfigError(`${where} must be an object`);
    const { issuer, jwksUrl, audience, organisations } = entry as Record<string, unknown>;
    if (typeof issuer !== 'string' || !validUrl(issuer)) throw new IssuerConfigError(`${where}.issuer must be an https URL`);
    if (seen.has(issuer)) throw new IssuerConfigError(`${where}.issuer ${issuer} is listed twice`);
    seen.add(issuer);
    if (jwksUrl !== undefined && (typeof jwksUrl !== 'string' || !validUrl(jwksUrl))) throw new IssuerConfigError(`${where}.jwksUrl must be an https URL`);
    if (audience !== undefined && (typeof audience !== 'string' || audience === '')) throw new IssuerConfigError(`${where}.audience must be a non-empty string`);
    if (!Array.isArray(organisations) || organisations.length === 0) throw new IssuerConfigError(`${where}.organisations must list the organisation codes it may speak for`);
    for (const code of organisations) {
      if (typeof code !== 'string' || !Object.values(ORGANISATION_PATTERNS).some((pattern) => pattern.test(code))) {
        throw new IssuerConfigError(`${where}.organisations: ${JSON.stringify(code)} is not a school (12AB00), SWV (VO2801) or municipality (GM0599) code`);
      }
    }
    return { issuer, jwksUrl: jwksUrl as string | undefined, audience: audience as string | undefined, organisations: [...organisations] as string[] };
  });
}

/** TLS only (NL GOV profile), except on the loopback interface, where tests and local IdPs run. */
function validUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

/** The issuer's key set could not be reached (discovery or JWKS down): a 503, not a bad token. */
export class IssuerUnavailableError extends Error {}

export interface IssuerKeys {
  config: TrustedIssuer;
  organisations: ReadonlySet<string>;
  /** jose's key lookup: cached, refreshed on an unknown `kid` at most once per cooldown. */
  getKey: JWTVerifyGetKey;
}

/**
 * One key set per issuer. The JWKS URL comes from configuration or, lazily, from the issuer's
 * discovery document (so the server starts while an IdP is down); a failed discovery is retried
 * no sooner than the cooldown, so a flood of tokens does not become a flood of fetches.
 */
export function issuerKeys(config: TrustedIssuer): IssuerKeys {
  let remote: JWTVerifyGetKey | undefined = config.jwksUrl ? remoteSet(config.jwksUrl) : undefined;
  let pending: Promise<JWTVerifyGetKey> | undefined;
  let failedAt = -Infinity;

  async function discover(): Promise<JWTVerifyGetKey> {
    if (Date.now() - failedAt < KEY_REFRESH_COOLDOWN_MS) throw new IssuerUnavailableError(`discovery of ${config.issuer} failed moments ago`);
    pending ??= (async () => {
      try {
        const url = config.issuer.replace(/\/$/, '') + '/.well-known/openid-configuration';
        const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
        if (!response.ok) throw new IssuerUnavailableError(`discovery of ${config.issuer} answered ${response.status}`);
        const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
        // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was fetched for.
        if (metadata.issuer !== config.issuer) throw new IssuerUnavailableError(`discovery of ${config.issuer} names another issuer`);
        if (typeof metadata.jwks_uri !== 'string' || !validUrl(metadata.jwks_uri)) throw new IssuerUnavailableError(`discovery of ${config.issuer} has no usable jwks_uri`);
        remote = remoteSet(metadata.jwks_uri);
        return remote;
      } catch (error) {
        failedAt = Date.now();
        throw error instanceof IssuerUnavailableError ? error : new IssuerUnavailableError(`discovery of ${config.issuer} failed`);
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  }

  return {
    config,
    organisations: new Set(config.organisations),
    getKey: async (header, token) => {
      const keys = remote ?? (await discover());
      try {
        return await keys(header, token);
      } catch (error) {
        if (keysUnreachable(error)) throw new IssuerUnavailableError(`the keys of ${config.issuer} could not be fetched`);
        throw error;
      }
    },
  };
}

function remoteSet(url: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url), {
    cacheMaxAge: KEY_CACHE_MAX_AGE_MS,
    cooldownDuration: KEY_REFRESH_COOLDOWN_MS,
    timeoutDuration: FETCH_TIMEOUT_MS,
  });
}

/** A JWKS fetch that failed (network, timeout, non-200, not a key set) rather than a bad token. */
export function keysUnreachable(error: unknown): boolean {
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) return true;
  // A non-200 answer is jose's generic error (token faults are subclasses with their own codes);
  // a network failure of fetch is not a JOSE error at all.
  if (error instanceof joseErrors.JOSEError) return (error as { code?: string }).code === 'ERR_JOSE_GENERIC';
  return true;
}
