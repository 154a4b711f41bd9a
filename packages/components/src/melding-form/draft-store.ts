// Drafts of a new report in sessionStorage (the default, `draft-storage="session"`): one tab only,
// gone when the tab closes, removed on a successful submit and on "Concept verwijderen". A host
// that wants nothing in browser storage sets `draft-storage="memory"` and this module is not used.
import type { CaseCreate } from '@thuiszitters/sdk';
import type { MeldingValues } from './form-model.js';

const PREFIX = 'tz-melding-form:draft:';

export interface StoredDraft {
  edits: Partial<MeldingValues>;
  /** Kept with the draft so a retry after a reload reuses the key of the first attempt. */
  idempotencyKey?: string;
  /** The body first sent with that key: a retry repeats it exactly. */
  sentPayload?: CaseCreate;
}

/** The storage key: one draft per pupil (and per case when editing). */
export function draftKey(pupilRef: string, caseId?: string): string {
  return `${PREFIX}${caseId ? `case:${caseId}:` : 'new:'}${pupilRef}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage blocked (sandboxed frame, privacy settings): drafts stay in memory
  }
}

export function loadDraft(key: string): StoredDraft | undefined {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || typeof (parsed as StoredDraft).edits !== 'object') return undefined;
    return parsed as StoredDraft;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: StoredDraft): void {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // quota or blocked storage: the in-memory draft still works
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}
