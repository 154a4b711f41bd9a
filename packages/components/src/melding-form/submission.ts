// How a report reaches the server (was hidden in the view): an edit sends what changed as a
// patch with If-Match; a new report is created with its idempotency key — a retry repeats the
// FIRST body exactly (the server may have stored it and only the answer got lost; the same key
// with another body is refused) — and what the user changed since follows as a patch.
import type { Case, CaseCreate, CaseUpdate, ThuiszittersClient } from '@thuiszitters/sdk';
import { toCaseUpdate } from './form-model.js';

export interface Submission {
  /** The case being edited; null for a new report. */
  editing: Case | null;
  /** The body of the first send of this report (a retry sends it again). */
  firstBody: CaseCreate;
  /** The report as it is now. */
  payload: CaseCreate;
  /** Edit: the members that changed (already without what the role may not send). */
  patch: CaseUpdate | null;
  idempotencyKey: string;
}

/** Sends the report and returns the case as the server stored it. */
export async function sendReport(client: ThuiszittersClient, s: Submission): Promise<Case> {
  if (s.editing) return (await client.cases.update(s.editing.id, s.patch as CaseUpdate, { ifMatch: s.editing.version })) as Case;
  let result = (await client.cases.create(s.firstBody, { idempotencyKey: s.idempotencyKey })) as Case;
  const later = toCaseUpdate(s.firstBody, s.payload);
  if (Object.keys(later).length > 0) result = (await client.cases.update(result.id, later, { ifMatch: result.version })) as Case;
  return result;
}
