// POST /dev/token: the development issuer, so the demo page and local tools can get a token for
// any role. Registered only in development mode.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.js';
import { enforceRateLimit } from './router.js';
import type { RateLimiter } from './rate-limit.js';
import { toInvalidParams } from './validation.js';
import { organisationProblem, ROLES } from '../auth/claims.js';
import { TOKEN_LIFETIME_SECONDS, type TokenService } from '../auth/tokens.js';

const requestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['role', 'organisation'],
  properties: {
    role: { enum: [...ROLES] },
    organisation: { type: 'string', maxLength: 16 },
    name: { type: ['string', 'null'], minLength: 1, maxLength: 200 },
  },
};

export function registerDevTokenRoute(app: FastifyInstance, tokens: TokenService, limiter: RateLimiter): void {
  const issue = tokens.issue;
  if (!issue) return;
  const validate = new Ajv2020({ allErrors: true }).compile<{ role: (typeof ROLES)[number]; organisation: string; name?: string | null }>(requestSchema);
  app.post('/dev/token', async (request, reply) => {
    await enforceRateLimit(limiter, `ip:${request.ip}`);
    const body = request.body;
    if (body === undefined) {
      throw new HttpProblem(400, 'A request body is required.', { invalidParams: [{ name: 'body', reason: 'A request body is required.' }] });
    }
    if (!validate(body)) {
      throw new HttpProblem(400, 'The token request is invalid.', { invalidParams: toInvalidParams(validate.errors, 'body') });
    }
    const { role, organisation, name } = body;
    const problem = organisationProblem(role, organisation);
    if (problem) throw new HttpProblem(400, 'The token request is invalid.', { invalidParams: [{ name: 'organisation', reason: problem }] });
    const accessToken = await issue({ role, organisation, name });
    reply.header('Cache-Control', 'no-store');
    return { accessToken, tokenType: 'Bearer', expiresIn: TOKEN_LIFETIME_SECONDS };
  });
}
