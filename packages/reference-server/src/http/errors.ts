// Turns every error into a problem+json answer: client mistakes keep their 4xx status with a
// readable reason; anything unexpected is logged and answered as a bare 500 (no stack trace).
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpProblem, PROBLEM_CONTENT_TYPE, titleFor, type Problem } from './problem.js';

/** Fastify's own client errors (body parsing, limits) as problems. */
function fromFastifyError(error: FastifyError): HttpProblem | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpProblem(400, 'The request body is not valid JSON.', {
        invalidParams: [{ name: 'body', reason: 'is not valid JSON' }],
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem(413, 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpProblem(400, 'The Content-Length does not match the body.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem(415, 'The request body has a media type this API does not accept.', {
        invalidParams: [{ name: 'Content-Type', reason: 'must be application/json' }],
      });
    default:
      break;
  }
  if (error instanceof SyntaxError || error.name === 'SyntaxError') {
    return new HttpProblem(400, 'The request body is not valid JSON.', {
      invalidParams: [{ name: 'body', reason: 'is not valid JSON' }],
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
