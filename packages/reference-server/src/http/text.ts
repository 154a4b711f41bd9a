// One rule for all text in a request: it must be well-formed Unicode. JSON may carry a lone
// surrogate (`"\ud800"`); PostgreSQL cannot store one and the pg driver would silently turn it
// into U+FFFD, so it is refused (400, naming the field) wherever it appears, key or value.
const LONE_SURROGATE = /\p{Surrogate}/u;

export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Replaces lone surrogates with U+FFFD (for text we do not refuse, such as a token's name). */
export function toWellFormed(text: string): string {
  return text.replace(/\p{Surrogate}/gu, '\uFFFD');
}

/** The contract's field path (`reasons.secondary[1]`) of the first ill-formed string, or null. */
export function illFormedTextPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path || 'body';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = illFormedTextPath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (!isWellFormed(key)) return here;
      const found = illFormedTextPath(item, here);
      if (found) return found;
    }
  }
  return null;
}

/** Applies the rule to every parsed request body, before any route's own validation. */
export function registerTextRule(app: import('fastify').FastifyInstance, problem: (path: string) => Error): void {
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined || request.body === null) return;
    const path = illFormedTextPath(request.body);
    if (path) throw problem(path);
  });
}
