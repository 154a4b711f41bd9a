// One pupil, one open case: a new case for a pupilRef that already has an open case in the SWV
// is refused with a problem the UI can act on (open the existing case, or confirm and resend
// with allowDuplicate=true). Another tenant's case is not named, only that one exists.
import { HttpProblem } from '../http/problem.js';
import type { Database } from '../storage/database.js';
import { lockPupil, openCasesOfPupil } from '../store/worklist.js';
import { tenancyOf } from '../auth/tenancy.js';
import type { RequestContext } from '../http/context.js';

export const DUPLICATE_OPEN_CASE = 'https://thuiszitters.nl/problems/duplicate-open-case';

export async function assertNoOpenDuplicate(db: Database, ctx: RequestContext<'createCase'>, swvCode: string, pupilRef: string | null): Promise<void> {
  if (!pupilRef) return;
  const allow: unknown = ctx.query.allowDuplicate;
  if (allow === true || allow === 'true') return;
  // Two requests for the same pupil at once: the second waits and then sees the first's case.
  await lockPupil(db, swvCode, pupilRef);
  const open = await openCasesOfPupil(db, swvCode, pupilRef);
  if (open.length === 0) return;
  const tenancy = tenancyOf(ctx.auth);
  const visible = tenancy ? open.find((c) => c[tenancy.column] === tenancy.organisation) : undefined;
  throw new HttpProblem(
    409,
    `The samenwerkingsverband already has an open case for pupil ${pupilRef}. Open that case, or confirm that this is another case and send the request again with allowDuplicate=true.`,
    { type: DUPLICATE_OPEN_CASE, title: 'Duplicate open case', ...(visible ? { existingCaseId: visible.id } : {}) },
  );
}
