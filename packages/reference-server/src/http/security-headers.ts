// Headers every response carries: no sniffing, no referrer, no framing by other origins,
// HSTS when the server is reached over TLS.
import type { FastifyInstance } from 'fastify';

/** For the API's own JSON; the demo page sets its own, looser CSP for its script and styles. */
export const API_CSP = "default-src 'none'; frame-ancestors 'self'";

export function registerSecurityHeaders(app: FastifyInstance, options: { trustProxyTls: boolean }): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'SAMEORIGIN');
    reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
    reply.header('Content-Security-Policy', API_CSP);
    const forwardedProto = request.headers['x-forwarded-proto'];
    if (options.trustProxyTls || forwardedProto === 'https' || request.protocol === 'https') {
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
  });
}
