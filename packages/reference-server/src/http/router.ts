// Compiles the contract into Fastify routes: for every operation of the OpenAPI document a route
// under /v1 that authenticates, checks scopes, validates against the spec and calls the handler
// registered under the operationId. Methods the spec does not list on a path answer 405.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth/claims.js';
import type { AuditEntry } from '../store/audit.js';
import type { OperationHandlers, OperationResult, ValidatedContext } from './context.js';
import type { Database } from '../storage/database.js';
import type { TokenService } from '../auth/tokens.js';
import { InvalidTokenError, KeysUnavailableError } from '../auth/tokens.js';
import { writeAudit } from '../store/audit.js';
import type { Deliverer } from '../webhooks/deliverer.js';
import { enqueue, notificationsOf } from '../webhooks/outbox.js';
import { HttpProblem } from './problem.js';
import { IMPORT_BODY_LIMIT } from '../imports/parsers.js';

/** The audited action of each case operation, for logging refused attempts. */
const CASE_ACTIONS: Record<string, AuditEntry['action']> = {
  listCases: 'list',
  createCase: 'create',
  getCase: 'read',
  updateCase: 'update',
  closeCase: 'close',
  reopenCase: 'reopen',
  listCaseEvents: 'readEvents',
  addCaseEvent: 'addEvent',
};

/**
 * A refused attempt on case data (403, or 404 for a case of another tenant) is logged too, after
 * the failed transaction rolled back: the owning SWV sees who tried to reach its pupils' cases.
 */
async function auditRefusal(operationId: string, context: ValidatedContext, error: unknown): Promise<void> {
  const action = CASE_ACTIONS[operationId];
  if (!action || !(error instanceof HttpProblem) || (error.status !== 403 && error.status !== 404)) return;
  await context.audit({ action, caseId: context.params.caseId ?? null, outcome: 'refused', detail: `${error.status}: ${error.message}` });
}
import type { RateLimiter } from './rate-limit.js';
import { type OpenApiDocument, type SpecOperation, toFastifyPath } from './spec.js';
import { compileValidators } from './validation.js';

export const BASE_PATH = '/v1';

/** Scopes per operation when the spec's security requirement names none. */
const FALLBACK_SCOPES: Array<[RegExp, string]> = [
  [/^(listCases|getCase|listCaseEvents)$/, 'cases:read'],
  [/^(createCase|updateCase|closeCase|reopenCase|addCaseEvent)$/, 'cases:write'],
  [/Statistics$/, 'statistics:read'],
  [/^(list|get)Routekaart/, 'routekaart:read'],
  [/^(create|update)Routekaart/, 'routekaart:write'],
  [/^listAuditEvents$/, 'audit:read'],
];

export function requiredScopes(operation: SpecOperation): string[] {
  if (operation.scopes && operation.scopes.length > 0) return operation.scopes;
  const match = FALLBACK_SCOPES.find(([pattern]) => pattern.test(operation.operationId));
  return match ? [match[1]] : [];
}

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface RouterOptions {
  document: OpenApiDocument;
  operations: SpecOperation[];
  handlers: OperationHandlers;
  tokens: TokenService;
  limiter: RateLimiter;
  db: Database;
  now: () => Date;
  /** Notifications: audited writes queue them, and the deliverer is woken after the request. */
  webhooks?: { deliverer: Deliverer; development: boolean };
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

const UNAUTHORIZED_HEADERS = { 'WWW-Authenticate': 'Bearer realm="thuiszitters"' };

export async function authenticate(request: FastifyRequest, tokens: TokenService): Promise<AuthContext> {
  const token = bearerToken(request);
  if (!token) throw new HttpProblem(401, 'A bearer token is required.', {}, UNAUTHORIZED_HEADERS);
  try {
    return await tokens.verify(token);
  } catch (error) {
    if (error instanceof KeysUnavailableError) {
      // Not the caller's fault: the identity provider's keys are out of reach for now.
      throw new HttpProblem(503, 'The keys to verify bearer tokens cannot be fetched right now; try again shortly.', {}, { 'Retry-After': '10' });
    }
    const detail = error instanceof InvalidTokenError ? `The bearer token is not valid: ${error.message}.` : 'The bearer token is not valid.';
    throw new HttpProblem(401, detail, {}, { 'WWW-Authenticate': 'Bearer realm="thuiszitters", error="invalid_token"' });
  }
}

export async function enforceRateLimit(limiter: RateLimiter, key: string): Promise<void> {
  const verdict = await limiter.take(key);
  if (!verdict.allowed) {
    throw new HttpProblem(
      429,
      `Too many requests; try again in ${verdict.retryAfterSeconds} s.`,
      {},
      { 'Retry-After': String(verdict.retryAfterSeconds) },
    );
  }
}

export function registerOperations(app: FastifyInstance, options: RouterOptions): void {
  const validators = compileValidators(options.document, options.operations);
  const methodsByPath = new Map<string, Set<string>>();

  for (const operation of options.operations) {
    const url = BASE_PATH + toFastifyPath(operation.path);
    const methods = methodsByPath.get(url) ?? new Set<string>();
    methods.add(operation.method);
    if (operation.method === 'GET') methods.add('HEAD');
    methodsByPath.set(url, methods);
    const validate = validators.get(operation.operationId)!;
    const scopes = requiredScopes(operation);

    app.route({
      method: operation.method as 'GET',
      url,
      config: { operationId: operation.operationId },
      // A spreadsheet may be larger than any JSON body.
      ...(operation.operationId === 'importCases' ? { bodyLimit: IMPORT_BODY_LIMIT } : {}),
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        let auth: AuthContext | null = null;
        if (operation.scopes !== null) {
          try {
            auth = await authenticate(request, options.tokens);
          } catch (error) {
            await enforceRateLimit(options.limiter, `ip:${request.ip}`);
            throw error;
          }
          await enforceRateLimit(options.limiter, `sub:${auth.subject}`);
          const missing = scopes.filter((scope) => !auth!.scopes.includes(scope));
          if (missing.length > 0) {
            throw new HttpProblem(403, `This operation needs the scope ${missing.join(' ')}.`);
          }
        } else {
          await enforceRateLimit(options.limiter, `ip:${request.ip}`);
        }

        const outcome = validate({
          params: (request.params ?? {}) as Record<string, unknown>,
          query: (request.query ?? {}) as Record<string, unknown>,
          headers: request.headers as Record<string, unknown>,
          body: request.body,
          contentType: request.headers['content-type'],
          hasBody: request.body !== undefined,
        });
        if (!outcome.ok) {
          throw new HttpProblem(
            outcome.status,
            outcome.status === 415 ? 'The request body has a media type this operation does not accept.' : 'The request does not match the contract.',
            { invalidParams: outcome.invalidParams },
          );
        }

        // The validator has just checked the request against this operation's schema, so the
        // handler typed by the operation (http/context.ts) may take it.
        const handler = (options.handlers as Record<string, ((ctx: ValidatedContext) => Promise<OperationResult>) | undefined>)[operation.operationId];
        if (!handler) throw new HttpProblem(501, `${operation.operationId} is not implemented yet.`);
        if (!auth) throw new HttpProblem(501, `${operation.operationId} has no authentication in the contract.`);

        const authContext = auth;
        const webhooks = options.webhooks;
        let queued = false;
        const context: ValidatedContext = {
          auth: authContext,
          db: options.db,
          params: outcome.value.params,
          query: outcome.value.query,
          headers: outcome.value.headers,
          body: outcome.value.body,
          // Every change of case data is audited in its transaction; the notifications it means
          // are queued there too, so they are as durable as the change.
          audit: async (entry, db) => {
            await writeAudit(db ?? options.db, authContext, entry, options.now());
            if (!webhooks) return;
            for (const [type, data] of notificationsOf(entry)) {
              if ((await enqueue(db ?? options.db, entry.caseId!, type, data, options.now())) > 0) queued = true;
            }
          },
          now: options.now,
          webhooks: webhooks && { development: webhooks.development, subscriptionsChanged: () => webhooks.deliverer.subscriptionsChanged() },
        };
        const result = await handler(context).catch(async (error: unknown) => {
          await auditRefusal(operation.operationId, context, error);
          throw error;
        });
        if (queued) webhooks?.deliverer.kick();
        reply.code(result.status);
        for (const [name, value] of Object.entries(result.headers ?? {})) reply.header(name, value);
        if (result.body === undefined) return reply.send();
        if (!reply.hasHeader('content-type')) reply.type('application/json; charset=utf-8');
        return reply.send(JSON.stringify(result.body));
      },
    });
  }

  // Every other method on a known path: 405 with Allow (events are append-only, for instance).
  for (const [url, methods] of methodsByPath) {
    const others = ALL_METHODS.filter((method) => !methods.has(method));
    const allow = [...methods].join(', ');
    app.route({
      method: others as unknown as 'GET',
      url,
      handler: async () => {
        throw new HttpProblem(405, `This resource allows ${allow}.`, {}, { Allow: allow });
      },
    });
  }
}
