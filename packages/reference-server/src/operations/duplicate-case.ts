// One pupil, one open case: a new case for a pupilRef that already has an open case in the SWV
// is refused with a problem the UI can act on (open the existing case, or confirm and resend
// with allowDuplicate=true). Another tenant's case is not named, only that one exists.
import { HttpProblem } from '../http/problem.js';
import type { Database } from '../storage/database.js';
import { openCasesOfPupil } from '../store/worklist.js';
import type { RequestContext } from './types.js';

export const DUPLICATE_OPEN_CASE = 'https://thuiszitters.nl/problems/duplicate-open-case';

const TENANCY_COLUMN = { school: 'school_key', swv: 'swv_code', leerplicht: 'municipality_code' } as const;

export async function assertNoOpenDuplicate(db: Database, ctx: RequestContext, swvCode: string, pupilRef: string | null): Promise<void> {
  if (!pupilRef) return;
  const query = ctx.query as { allowDuplicate?: boolean | string };
  if (query.allowDuplicate === true || query.allowDuplicate === 'true') return;
  // Two requests for the same pupil at once: the second waits and then sees the first's case.
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`open-case:${swvCode}:${pupilRef}`]);
  const open = await openCasesOfPupil(db, swvCode, pupilRef);
  if (open.length === 0) return;
  const column = TENANCY_COLUMN[ctx.auth.role as keyof typeof TENANCY_COLUMN];
  const visible = column ? open.find((c) => c[column] === ctx.auth.organisation) : undefined;
  throw new HttpProblem(
    409,
    `The samenwerkingsverband already has an open case for pupil ${pupilRef}. Open that case, or confirm that this is another case and send the request again with allowDuplicate=true.`,
    { type: DUPLICATE_OPEN_CASE, title: 'Duplicate open case', ...(visible ? { existingCaseId: visible.id } : {}) },
  );
}
