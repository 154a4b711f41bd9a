// The details of the melding form's events (in the one event map, base/events.ts; re-exported by the element).
import type { CaseCreate, CaseUpdate } from '@thuiszitters/sdk';
import type { FieldKey } from './form-model.js';

/** Detail of `tz-melding-submit` (controlled mode: the host sends the report itself). */
export interface MeldingSubmitDetail {
  /** The validated report, typed as the SDK's create body. */
  payload: CaseCreate;
  /** Send this as `Idempotency-Key`; it stays the same for retries of this report. */
  idempotencyKey: string;
  /** Edit mode only: the case, the version the edit is based on (`If-Match`) and the merge patch. */
  caseId: string | null;
  version: number | null;
  patch: CaseUpdate | null;
}

export interface MeldingInvalidDetail {
  /** Field key → message shown beside the field. */
  errors: Partial<Record<FieldKey, string>>;
}
