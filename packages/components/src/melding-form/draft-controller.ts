// The draft of a new report as a Lit reactive controller: put back from storage once per storage
// key (a reload, another pupil) before the element renders, saved with the report's idempotency
// key and first body after each edit, dropped on success and on "Concept verwijderen".
// Where and how it is stored: draft-store.ts.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearDraft, loadDraft, saveDraft, type StoredDraft } from './draft-store.js';
import type { MeldingValues } from './form-model.js';
import type { ReportKey } from './send-controller.js';

export interface DraftOptions {
  /** Undefined when nothing may be stored (memory mode, edit mode, no valid pupil). */
  storageKey: () => string | undefined;
  /** What is stored: the user's edits, and the key of the report with the body first sent under it. */
  edits: () => Partial<MeldingValues>;
  key: () => ReportKey;
  /** A stored draft came back: the host puts its edits and key back. */
  restore: (draft: StoredDraft) => void;
}

export class DraftController implements ReactiveController {
  /** A stored draft was put back (the element says so, with a button to discard it). */
  restored = false;
  private restoredFrom?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
  }

  /** Runs after the element's willUpdate (which forgets the draft of another pupil or case). */
  hostUpdate(): void {
    const key = this.options.storageKey();
    if (!key || key === this.restoredFrom) return;
    this.restoredFrom = key;
    const draft = loadDraft(key);
    if (!draft || Object.keys(draft.edits).length === 0) return;
    this.options.restore(draft);
    this.restored = true;
  }

  save(): void {
    const key = this.options.storageKey();
    if (!key) return;
    const edits = this.options.edits();
    const { idempotencyKey, sentPayload } = this.options.key();
    if (Object.keys(edits).length === 0 && !idempotencyKey) clearDraft(key);
    else saveDraft(key, { edits, idempotencyKey, sentPayload });
  }

  /** `dropStored` also removes the stored draft; `startOver`: the emptied form is the draft now, nothing to restore. */
  forget({ dropStored, startOver = false }: { dropStored: boolean; startOver?: boolean }): void {
    const key = this.options.storageKey();
    if (dropStored && key) clearDraft(key);
    if (startOver) this.restoredFrom = key;
    this.restored = false;
    this.host.requestUpdate();
  }
}
