// If-Match handling: 428 without it, 412 (with the current resource) when stale.
import { HttpProblem } from '../http/problem.js';

/** The version an If-Match asks for; `*` matches any; null when the header is missing. */
export function requiredVersion(ifMatch: string | undefined): number | '*' {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    throw new HttpProblem(428, 'This update needs an If-Match header with the ETag of the resource as last read.');
  }
  const value = ifMatch.trim();
  if (value === '*') return '*';
  const match = /^(?:W\/)?"([1-9][0-9]{0,9})"$/.exec(value);
  if (!match) {
    throw new HttpProblem(400, 'The If-Match header is not an ETag of this API.', {
      invalidParams: [{ name: 'If-Match', reason: 'must be an ETag like "3"' }],
    });
  }
  return Number(match[1]);
}

export function assertFresh(expected: number | '*', actual: number, current: () => unknown, etag: string): void {
  if (expected === '*' || expected === actual) return;
  throw new HttpProblem(
    412,
    `The resource has changed since it was read (it is at version ${actual}); review the current version and try again.`,
    { current: current() },
    { ETag: etag },
  );
}
