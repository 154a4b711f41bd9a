// Assembles the server: storage, the routes compiled from the contract, auth, CORS, security
// headers, rate limiting, problem answers and request logs.
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { loadConfig, type ServerConfig } from './config.js';
import { registerDevTokenRoute } from './auth/dev-token.js';
import { registerDemo } from './demo/index.js';
import { registerDocs } from './docs/index.js';
import { createTokenService } from './auth/tokens.js';
import { registerCors } from './http/cors.js';
import { frameworkErrors, registerErrorHandling, writeClientErrorProblem } from './http/errors.js';
import { registerRequestLog } from './http/logging.js';
import { createDatabaseRateLimiter, createRateLimiter } from './http/rate-limit.js';
import { BASE_PATH, enforceRateLimit, registerOperations } from './http/router.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerTextRule } from './http/text.js';
import { HttpProblem } from './http/problem.js';
import { listOperations, loadSpec } from './http/spec.js';
import { operationHandlers } from './operations/index.js';
import type { Database } from './storage/database.js';
import { migrate } from './storage/migrate.js';
import { startDeliverer } from './webhooks/deliverer.js';
import { backfillCaseFigures } from './cases/figures.js';
import { backfillWorklist } from './store/worklist.js';
import { openDatabase, type Engine } from './storage/open.js';

export interface App {
  app: FastifyInstance;
  db: Database;
  engine: Engine;
  config: ServerConfig;
  close(): Promise<void>;
}

export interface CreateAppOptions extends Partial<ServerConfig> {
  /** Use this database instead of opening one (the caller keeps ownership). */
  database?: Database & { engine?: Engine };
  /** Where the JSON log lines go (default stdout); tests capture them. */
  logStream?: { write(line: string): void };
}

export async function createApp(options: CreateAppOptions = {}): Promise<App> {
  const { database, logStream, ...overrides } = options;
  const config = loadConfig(process.env, overrides);
  const document = loadSpec(config.specPath);
  const operations = listOperations(document);
  const apiVersion = document.info.version;

  // Configuration errors (e.g. production without a key) surface before any storage is opened.
  const tokens = await createTokenService(config);

  const db = database ?? (await openDatabase(config));
  const engine: Engine = database?.engine ?? (config.databaseUrl ? 'postgres' : 'pglite');
  try {
    await migrate(db);
    await backfillCaseFigures(db);
    await backfillWorklist(db);
  } catch (error) {
    if (!database) await db.close();
    throw error;
  }
  // Several processes on one PostgreSQL share the buckets through it; PGlite has one process.
  const sharedLimiter = (config.rateLimit.store ?? (engine === 'postgres' ? 'database' : 'memory')) === 'database';
  const limiter = sharedLimiter ? createDatabaseRateLimiter(db, config.rateLimit) : createRateLimiter(config.rateLimit);

  const app = Fastify({
    logger: logStream ? { level: config.logLevel, stream: logStream } : { level: config.logLevel },
    // Our own one-line request log (http/logging.ts) replaces Fastify's two lines per request.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    // Only the configured proxies' X-Forwarded-For counts; TRUST_PROXY_TLS alone trusts nobody's.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    // Errors before routing (bad URL encoding, over-long path parameters) and Node's own parser
    // errors (431, malformed request lines, the request timeout) as problems, never echoing input.
    frameworkErrors,
    clientErrorHandler: writeClientErrorProblem,
    // A body shorter than its Content-Length must not hold the connection: 408 after the timeout.
    requestTimeout: config.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(60_000, config.requestTimeoutMs),
      connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(config.requestTimeoutMs / 4))),
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  // JSON merge patch (RFC 7396) is JSON.
  app.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.addHook('onRequest', async (_request, reply) => {
    reply.header('API-Version', apiVersion);
  });
  registerSecurityHeaders(app, { trustProxyTls: config.trustProxyTls });
  registerCors(app, config.corsOrigins);
  // Unauthenticated requests are limited per IP here; operations limit per token subject.
  app.addHook('onRequest', async (request) => {
    if (request.headers.authorization === undefined && request.method !== 'OPTIONS') {
      await enforceRateLimit(limiter, `ip:${request.ip}`);
    }
  });
  registerErrorHandling(app);
  registerTextRule(app, (path) =>
    new HttpProblem(400, 'The request contains text that is not well-formed Unicode.', {
      invalidParams: [{ name: path, reason: 'contains a lone surrogate (not well-formed Unicode)' }],
    }),
  );
  registerRequestLog(app);

  const specJson = JSON.stringify(document);
  app.get(`${BASE_PATH}/openapi.json`, async (_request, reply) => {
    reply.type('application/json; charset=utf-8').header('Cache-Control', 'no-cache');
    return reply.send(specJson);
  });

  // Notifications to subscribed LVSs: a durable outbox in the database, sent by this process.
  const deliverer = startDeliverer(db, { ...config.webhooks, now: config.now });
  const webhooks = { deliverer, development: config.mode === 'development' };
  registerOperations(app, { document, operations, handlers: operationHandlers, tokens, limiter, db, now: config.now, webhooks });
  registerDevTokenRoute(app, tokens, limiter);
  // The demo host page (`/`, `/assets/*`): an LVS-like page embedding the drop-in bundle.
  await registerDemo(app);
  // The API reference (`/docs`, Swagger UI) and the SDK reference (`/docs/sdk/`, TypeDoc).
  await registerDocs(app);

  await app.ready();
  let closed = false;
  return {
    app,
    db,
    engine,
    config,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await deliverer.close();
      if (!database) await db.close();
    },
  };
}
