// Opaque cursors: base64url JSON of the sort key of the last item of a page.
import { HttpProblem } from '../http/problem.js';

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The 400 for a cursor this server did not issue (also for one that decodes but holds no valid key). */
export const invalidCursor = () =>
  new HttpProblem(400, 'The cursor is not one this server issued.', {
    invalidParams: [{ name: 'cursor', reason: 'Is not a valid cursor; use nextCursor of the previous page.' }],
  });

/** Decodes a cursor into `length` strings, or answers 400 naming the `cursor` parameter. */
export function decodeCursor(cursor: unknown, length: number): string[] | null {
  if (cursor === undefined || cursor === null) return null;
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(key) || key.length !== length || !key.every((part) => typeof part === 'string' && part.length <= 100)) {
    throw invalidCursor();
  }
  return key as string[];
}
