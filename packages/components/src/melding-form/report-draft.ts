// The draft of one new report: the user's edits in storage (see draft-store.ts), and the
// idempotency key with the body first sent under it. They belong together: a retry after a reload
// must be the same report, so it repeats the first body with the same key (the server may have
// stored it and only the answer got lost; the same key with another body is refused).
import { newIdempotencyKey, type CaseCreate } from '@thuiszitters/sdk';
import { clearDraft, loadDraft, saveDraft, type StoredDraft } from './draft-store.js';
import type { MeldingValues } from './form-model.js';

export class ReportDraft {
  idempotencyKey?: string;
  /** The body first sent with `idempotencyKey`: a retry sends exactly this again. */
  sentPayload?: CaseCreate;
  private restoredFrom?: string;

  /** `storageKey` is undefined when nothing may be stored (memory mode, edit mode, no valid pupil). */
  constructor(private readonly storageKey: () => string | undefined) {}

  /** The stored draft, once per storage key (a new pupil, a reload); it brings its key and first body. */
  restore(): StoredDraft | undefined {
    const key = this.storageKey();
    if (!key || key === this.restoredFrom) return undefined;
    this.restoredFrom = key;
    const draft = loadDraft(key);
    if (!draft || Object.keys(draft.edits).length === 0) return undefined;
    this.idempotencyKey = draft.idempotencyKey;
    this.sentPayload = draft.sentPayload;
    return draft;
  }

  save(edits: Partial<MeldingValues>): void {
    const key = this.storageKey();
    if (!key) return;
    if (Object.keys(edits).length === 0 && !this.idempotencyKey) clearDraft(key);
    else saveDraft(key, { edits, idempotencyKey: this.idempotencyKey, sentPayload: this.sentPayload });
  }

  /** The key and the body to send now: a retry of a new report repeats its first body. */
  begin(payload: CaseCreate, { editing, connected }: { editing: boolean; connected: boolean }): { idempotencyKey: string; firstBody: CaseCreate } {
    if (!this.idempotencyKey) {
      this.idempotencyKey = newIdempotencyKey();
      this.sentPayload = undefined;
    }
    const firstBody = editing ? payload : (this.sentPayload ?? payload);
    if (!editing && connected) this.sentPayload = firstBody;
    return { idempotencyKey: this.idempotencyKey, firstBody };
  }

  /** Forgets the key and first body; `dropStored` also removes the stored draft. */
  forget({ dropStored, startOver = false }: { dropStored: boolean; startOver?: boolean }): void {
    const key = this.storageKey();
    if (dropStored && key) clearDraft(key);
    this.idempotencyKey = undefined;
    this.sentPayload = undefined;
    if (startOver) this.restoredFrom = key; // the emptied form is the draft now: nothing to restore
  }
}
