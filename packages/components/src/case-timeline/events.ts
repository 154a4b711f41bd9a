// The details of the events <tz-case-timeline> fires (typed in define.ts's event map).
import type { Case, CaseEvent } from '@thuiszitters/sdk';
import type { EventPayload } from './event-draft.js';

/** Detail of `tz-event-add` (controlled mode): the new event for the host to store. */
export interface CaseTimelineAddDetail {
  caseId: string;
  event: EventPayload;
  /** Send it as `Idempotency-Key` when the host posts the event itself. */
  idempotencyKey: string;
}
/** Detail of `tz-event-added` (connected mode): the event as the server stored it. */
export interface CaseTimelineAddedDetail {
  event: CaseEvent;
}
/** Detail of `tz-case-reopen` (controlled mode): the user confirmed reopening this closed case. */
export interface CaseTimelineReopenDetail {
  caseId: string;
  /** Send it as `If-Match` when the host reopens the case itself. */
  version: number;
}
/** Detail of `tz-case-reopened` (connected mode): the case as the server reopened it. */
export interface CaseTimelineReopenedDetail {
  case: Case;
}
/** Detail of `tz-event-add-error` (connected mode): the event was not stored and is rolled back. */
export interface CaseTimelineAddErrorDetail {
  event: EventPayload;
  error: unknown;
}
