// Reopening a closed case in connected mode, and what the user reads about it: reopened (with the
// server's caseReopened event), not allowed, changed by someone else (the case is fetched again) or failed.
import type { Case, ThuiszittersClient } from '@thuiszitters/sdk';
import { statusOf } from '../base/errors.js';
import { EventPages } from './event-pages.js';
import type { ReopenMessages } from './reopen-messages.js';

export interface ReopenOutcome {
  ok: boolean;
  message: string;
  /** The case as the server has it now, when that is known. */
  case?: Case;
}

export async function reopenCase(client: ThuiszittersClient, current: Case, pages: EventPages, rm: ReopenMessages): Promise<ReopenOutcome> {
  try {
    const reopened = (await client.cases.reopen(current.id, { ifMatch: current.version })) as Case;
    // The server records caseReopened itself: fetch the newest page for it.
    await pages.refresh(client, current.id);
    return { ok: true, message: rm.reopened(reopened.pupilRef ?? ''), case: reopened };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403) return { ok: false, message: rm.reopenForbidden };
    if (status === 412 || status === 409) {
      // Someone else changed (or already reopened) the case: show what is there now.
      try {
        return { ok: false, message: rm.reopenStale, case: (await client.cases.get(current.id)) as Case };
      } catch {
        // The message still says what happened; the old view stays.
      }
      return { ok: false, message: rm.reopenStale };
    }
    return { ok: false, message: rm.reopenFailed };
  }
}
