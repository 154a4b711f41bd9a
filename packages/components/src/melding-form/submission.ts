// How a report reaches the server (was hidden in the view): an edit sends what changed as a
// patch with If-Match; a new report is created with its idempotency key — a retry repeats the
// FIRST body exactly (the server may have stored it and only the answer got lost; the same key
// with another body is refused) — and what the user changed since follows as a patch.
// It also sorts what a failed send means for the form (classifySendError).
import { ConflictError, ThuiszittersError, type Case, type CaseCreate, type CaseUpdate, type InvalidParam, type ThuiszittersClient } from '@thuiszitters/sdk';
import { corsRefusalText } from '../base/cors.js';
import type { Locale } from '../i18n/locale.js';
import { NEED_TO_KNOW_MEMBERS, toCaseCreate, toCaseUpdate, type MeldingValues } from './form-model.js';

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

/** Sends the report and returns the case as the server stored it; `signal` aborts it. */
export async function sendReport(client: ThuiszittersClient, s: Submission, signal?: AbortSignal): Promise<Case> {
  if (s.editing) return (await client.cases.update(s.editing.id, s.patch as CaseUpdate, { ifMatch: s.editing.version, signal })) as Case;
  let result = (await client.cases.create(s.firstBody, { idempotencyKey: s.idempotencyKey, signal })) as Case;
  const later = toCaseUpdate(s.firstBody, s.payload);
  if (Object.keys(later).length > 0) result = (await client.cases.update(result.id, later, { ifMatch: result.version, signal })) as Case;
  return result;
}

/**
 * Edit mode: what changed against the loaded case, as a merge patch. A role without a need to
 * know (the case came without reasons, voice and notes) never sends those members.
 */
export function editPatch(base: MeldingValues, payload: CaseCreate, today: string, withoutNeedToKnow: boolean): CaseUpdate {
  const patch = toCaseUpdate(toCaseCreate(base, today), payload);
  if (withoutNeedToKnow) for (const member of NEED_TO_KNOW_MEMBERS) delete (patch as Record<string, unknown>)[member];
  return patch;
}

export type FailureKind = 'network' | 'server' | 'forbidden' | 'other';

/** What a failed send means for the form. */
export type SendOutcome =
  | { kind: 'conflict'; error: ConflictError<Case> }
  | { kind: 'aborted' }
  | { kind: 'invalid'; invalidParams: readonly InvalidParam[] }
  | { kind: 'failed'; failure: FailureKind; detail?: string };

/** Sorts a send error: a 412 in edit mode, a refusal with field errors, or a failure (retry or not). */
export function classifySendError(error: unknown, editing: boolean, locale: Locale): SendOutcome {
  if (error instanceof ConflictError && editing) return { kind: 'conflict', error: error as ConflictError<Case> };
  if (!(error instanceof ThuiszittersError)) return { kind: 'failed', failure: 'other', detail: error instanceof Error ? error.message : String(error) };
  const status = error.status ?? 0;
  if (error.kind === 'aborted') return { kind: 'aborted' };
  if (error.kind !== 'http') return { kind: 'failed', failure: 'network', detail: corsRefusalText(error, locale) };
  // 409 on a create: the same key is still being processed (the body is always the first one).
  if (status >= 500 || status === 408 || status === 429 || status === 409) return { kind: 'failed', failure: 'server' };
  if ((status === 400 || status === 422) && error.problem?.invalidParams?.length) return { kind: 'invalid', invalidParams: error.problem.invalidParams };
  if (status === 401 || status === 403) return { kind: 'failed', failure: 'forbidden' };
  return { kind: 'failed', failure: 'other', detail: error.problem?.detail ?? error.problem?.title ?? error.message };
}
