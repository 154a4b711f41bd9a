// If-Match handling: 428 without it (RFC 6585: the server requires a conditional request), 412
// (with the current resource) when no listed ETag is current. RFC 9110 §13.1.1 allows a list.
import { HttpProblem } from '../http/problem.js';

/** The versions an If-Match accepts (`"3", "4"`), or `*` for any. */
export type RequiredVersion = readonly number[] | '*';

const ETAG = /^(?:W\/)?"([1-9][0-9]{0,9})"$/;

export function requiredVersion(ifMatch: string | undefined): RequiredVersion {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    throw new HttpProblem(428, 'This update needs an If-Match header with the ETag of the resource as last read.');
  }
  const value = ifMatch.trim();
  if (value === '*') return '*';
  // Our ETags are quoted digits, so a comma never sits inside one: splitting on commas is exact.
  const versions = value.split(',').map((item) => ETAG.exec(item.trim()));
  if (versions.some((match) => !match)) {
    throw new HttpProblem(400, 'The If-Match header is not an ETag (or a list of ETags) of this API.', {
      invalidParams: [{ name: 'If-Match', reason: 'Must be an ETag like "3", or a comma-separated list of them.' }],
    });
  }
  return versions.map((match) => Number(match![1]));
}

export function assertFresh(expected: RequiredVersion, actual: number, current: () => unknown, etag: string): void {
  if (expected === '*' || expected.includes(actual)) return;
  throw new HttpProblem(
    412,
    `The resource has changed since it was read (it is at version ${actual}); review the current version and try again.`,
    { current: current() },
    { ETag: etag },
  );
}
