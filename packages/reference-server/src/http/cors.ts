// CORS from an exact allowlist of origins. A disallowed origin gets no CORS headers (the browser
// blocks the response) and its preflight is refused with 403.
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.js';

const EXPOSED = ['ETag', 'API-Version', 'Location', 'Retry-After', 'Content-Type'].join(', ');
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'Accept', 'Accept-Language'].join(', ');
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

export function registerCors(app: FastifyInstance, allowedOrigins: string[]): void {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    const isPreflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
    if (origin === undefined) return;
    reply.header('Vary', 'Origin');
    if (!allowed.has(origin)) {
      if (isPreflight) throw new HttpProblem(403, 'This origin is not allowed to call the API.');
      return;
    }
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Access-Control-Expose-Headers', EXPOSED);
    if (isPreflight) {
      reply.header('Access-Control-Allow-Methods', ALLOWED_METHODS);
      reply.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      reply.header('Access-Control-Max-Age', '600');
      return reply.code(204).send();
    }
  });
}
