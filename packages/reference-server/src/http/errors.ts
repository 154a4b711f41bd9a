// Turns every error into a problem+json answer: client mistakes keep their 4xx status with a
// readable reason; anything unexpected is logged and answered as a bare 500 (no stack trace).
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, PROBLEM_CONTENT_TYPE, titleFor, type Problem } from './problem.js';

/** Fastify's own client errors (body parsing, limits) as problems. */
function fromFastifyError(error: FastifyError): HttpProblem | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpProblem(400, 'The request body is not valid JSON.', {
        invalidParams: [{ name: 'body', reason: 'Is not valid JSON.' }],
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem(413, 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpProblem(400, 'The Content-Length does not match the body.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem(415, 'The request body has a media type this API does not accept.', {
        invalidParams: [{ name: 'Content-Type', reason: 'Must be application/json.' }],
      });
    default:
      break;
  }
  if (error instanceof SyntaxError || error.name === 'SyntaxError') {
    return new HttpProblem(400, 'The request body is not valid JSON.', {
      invalidParams: [{ name: 'body', reason: 'Is not valid JSON.' }],
    });
  }
  // Prototype poisoning and other parser refusals carry a 4xx status code.
  const status = error.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new HttpProblem(status, status === 400 ? 'The request could not be read.' : titleFor(status));
  }
  return null;
}

/** PostgreSQL data exceptions (class 22) come from values the schema let through: client errors. */
function fromDatabaseError(error: unknown): HttpProblem | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) {
    return new HttpProblem(400, 'A value in the request is out of range.');
  }
  if (code === '23505') return new HttpProblem(409, 'The resource already exists.');
  return null;
}

export function sendProblem(reply: import('fastify').FastifyReply, problem: Problem, headers: Record<string, string> = {}) {
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const known =
      error instanceof HttpProblem
        ? error
        : (fromFastifyError(error as FastifyError) ?? fromDatabaseError(error));
    if (known) {
      return sendProblem(reply, { ...known.problem, instance: request.url.split('?')[0] }, known.headers);
    }
    request.log.error({ err: error, route: request.routeOptions.url }, 'unexpected error');
    return sendProblem(reply, {
      type: 'about:blank',
      title: titleFor(500),
      status: 500,
      detail: 'An unexpected error occurred; it has been logged.',
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: 'about:blank',
      title: titleFor(404),
      status: 404,
      detail: `There is no resource at ${request.method} ${request.url.split('?')[0].slice(0, 200)}.`,
    }),
  );
}

/** Fastify's errors before a route is found (FST_ERR_BAD_URL 400, FST_ERR_MAX_PARAM_LENGTH 414). */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A path segment of the URL is too long.'
      : error.code === 'FST_ERR_BAD_URL'
        ? 'The URL is not validly percent-encoded.'
        : 'The request could not be read.';
  return sendProblem(reply, { type: 'about:blank', title: titleFor(status), status, detail });
}

/**
 * Node's HTTP parser errors, before Fastify sees a request: header fields too large (431), a
 * request line or header it cannot parse (400), the request timeout (408). Written straight to the
 * socket as problem+json; nothing of the request is echoed.
 */
export function writeClientErrorProblem(error: NodeJS.ErrnoException & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const detail =
    status === 408
      ? 'The request did not arrive completely in time (is the body shorter than its Content-Length?).'
      : status === 431
        ? 'The request line or header fields are too large.'
        : 'The request is not valid HTTP.';
  const body = JSON.stringify({ type: 'about:blank', title: titleFor(status), status, detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${titleFor(status)}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
