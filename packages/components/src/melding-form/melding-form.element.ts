// <tz-melding-form>: its properties, events and rendering; the form's state, the send flow and the draft are its controllers.
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Case, InvalidParam } from '@thuiszitters/sdk';
import { DEFAULT_REASONS, isValidPupilRef } from '@thuiszitters/domain';
import { TzElement } from '../base/tz-element.js';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { FormController, type FieldError } from '../form/form-controller.js';
import type { Option } from '../form/fields.js';
import { formStyles } from '../form/form.styles.js';
import { mergeOnServer, type ConflictState } from './conflict.js';
import { conflictView } from './conflict-view.js';
import { DraftController } from './draft-controller.js';
import { draftKey } from './draft-store.js';
import { errorText } from './error-text.js';
import { feedbackView } from './feedback-view.js';
import { formView, type FormViewContext } from './form-view.js';
import {
  EMPTY_VALUES,
  FIELD_ORDER,
  FIELD_PATHS,
  NEED_TO_KNOW_FIELDS,
  isRelevant,
  toCaseCreate,
  validateField,
  validateValues,
  valuesFromCase,
  type ErrorCode,
  type FieldKey,
  type MeldingPrefill,
  type MeldingValues,
} from './form-model.js';
import { meldingFormMessages, type MeldingFormMessages } from './messages.js';
import { meldingFormStyles } from './melding-form.styles.js';
import { confirmationView, skeletonView, stateView } from './outcome-views.js';
import { editsAfterInput, CHOICE_FIELDS, CODE_FIELDS } from './input.js';
import { prefillValues, pupilRefProblem } from './prefill.js';
import { SendController } from './send-controller.js';
import { editPatch } from './submission.js';
import { resolveToday } from '../shared/period.js';

export type { MeldingInvalidDetail, MeldingSubmitDetail } from './events.js';

/**
 * A form to report a pupil out of school (a thuiszitter) or, with `case-id`, to edit a case.
 * Shows live how the facts are classified, validates on blur and submit with an error summary,
 * sends through the SDK with one Idempotency-Key per report (safe retries), and resolves a
 * concurrent edit (412) field by field. Without a client it emits `tz-melding-submit` instead.
 *
 * The `today` attribute fixes "today" (YYYY-MM-DD) for the classification and date checks:
 * a testing and preview aid; leave it out in production.
 *
 * Usage (connected, school role; the LVS fills in what it knows):
 * ```html
 * <tz-provider base-url="https://lvs.example.nl/thuiszitters/v1">
 *   <tz-melding-form pupil-ref="LVS-7F3K-2291" birth-year-month="2012-03" school="12AB00"
 *     school-type="vo" municipality="GM0599"></tz-melding-form>
 * </tz-provider>
 * ```
 * Controlled (no client): listen to `tz-melding-submit`, send `detail.payload` with
 * `detail.idempotencyKey`, then call `showSaved(case)` or `showInvalidParams(problem.invalidParams)`.
 * The draft of a new report is kept in sessionStorage (this tab only, gone when it closes) so a
 * reload loses nothing; it is removed on a successful submit and on "Concept verwijderen".
 * Hosts that want nothing in browser storage set `draft-storage="memory"`. A send still under way
 * when the element leaves the page (not a move) is aborted; the answers and the key stay, so
 * sending again later is the same report.
 *
 * @element tz-melding-form
 * @fires tz-melding-created - A new case was created; `detail.case` is the case from the server.
 * @fires tz-melding-updated - Edit mode: the case was saved; `detail.case` is the new version.
 * @fires tz-melding-submit - Controlled mode (no client): the validated report, see `MeldingSubmitDetail`.
 * @fires tz-melding-invalid - Submit was refused by validation; `detail.errors` maps fields to messages.
 * @cssprop --tz-melding-form-max-width - Maximum width of the form (default 44em).
 * @cssprop --tz-melding-form-section-gap - Space between sections (default the large space token).
 * @cssprop --tz-melding-form-input-border-color - Border colour of inputs (default the border token).
 * @cssprop --tz-melding-form-background - Background of the element (default the surface token).
 * @cssprop --tz-melding-form-input-background - Background of inputs (default the surface token).
 * @csspart form - The form element.
 * @csspart section - Each section (fieldset).
 * @csspart field - Each field (label, hint, error, control).
 * @csspart feedback - The live classification feedback.
 * @csspart error-summary - The error summary shown after a refused submit.
 * @csspart failure - The message after a network or server failure.
 * @csspart submit - The submit button.
 * @csspart discard - The "Concept verwijderen" (discard draft) button, shown while there is a draft.
 * @csspart confirmation - The confirmation after saving.
 * @csspart conflict - The conflict view (edit mode, 412).
 */
export class TzMeldingFormElement extends TzElement {
  static override styles = [...TzElement.styles, buttonStyles, stateStyles, formStyles, meldingFormStyles];

  /** Pseudonymous pupil reference from the host's system; shown read-only, never typed. Required to report. */
  @property({ attribute: 'pupil-ref' }) pupilRef = '';
  /** Prefill: birth year and month, `YYYY-MM`. */
  @property({ attribute: 'birth-year-month' }) birthYearMonth?: string;
  /** Prefill: the school as BRIN + vestiging, e.g. `12AB00`. */
  @property() school?: string;
  /** Prefill: school type (`po`, `sbo`, `so`, `vo`, `vso`, `mbo`). */
  @property({ attribute: 'school-type' }) schoolType?: string;
  /** Prefill: the pupil's CBS municipality code, e.g. `GM0599`. */
  @property() municipality?: string;
  /** Prefill: first day of absence, `YYYY-MM-DD`. */
  @property({ attribute: 'first-day-of-absence' }) firstDayOfAbsence?: string;
  /** Prefill: the lead's organisation, role and name. */
  @property({ attribute: 'lead-organisation' }) leadOrganisation?: string;
  @property({ attribute: 'lead-role' }) leadRole?: string;
  @property({ attribute: 'lead-name' }) leadName?: string;
  /** Prefill from an object shaped like the create body (every part optional); wins over the attributes. */
  @property({ attribute: false }) prefill?: MeldingPrefill;
  /** Edit mode: the id of the case to load and update (connected mode). */
  @property({ attribute: 'case-id' }) caseId?: string;
  /** Edit mode with a case the host already has (controlled, or to skip loading). */
  @property({ attribute: false }) case?: Case;
  /**
   * Where the draft of a new report is kept. `session` (default): in sessionStorage, so it survives
   * a reload of the page; per tab, gone when the tab closes, cleared on a successful submit and on
   * "Concept verwijderen". `memory`: only in the element; nothing is written to browser storage.
   */
  @property({ attribute: 'draft-storage' }) draftStorage: 'session' | 'memory' = 'session';
  /** Fixes today's date (`YYYY-MM-DD`) for classification and checks: a testing and preview aid. */
  @property() today?: string;

  /** Reasons, schools and definition profile: from `<tz-provider>`, or set by the host. */
  @consume({ context: referenceDataContext, subscribe: true })
  @property({ attribute: false })
  referenceData?: ReferenceData;

  /** Values, edits (the draft), errors and the error summary: the form kit's controller. */
  private readonly form = new FormController<MeldingValues, ErrorCode>(this, {
    base: () => this.baseValues(),
    order: FIELD_ORDER,
    validateField: (key, values) => validateField(key, values, this.todayIso),
    validateAll: (values) => validateValues(values, this.todayIso, this.skippedFields),
    isRelevant,
    serverPaths: FIELD_PATHS,
  });

  /** Sending: idle → sending → done / failed / conflict, the idempotency key and the request in flight. */
  private readonly sender = new SendController(this, {
    client: () => this.activeClient,
    locale: () => this.locale,
    keep: () => this.drafts.save(),
    controlled: (detail) => this.emit('tz-melding-submit', detail),
    saved: (result, how) => this.onSaved(result, how),
    invalid: (invalidParams) => this.form.showServerErrors(invalidParams),
    focus: (outcome) => this.form.focus(outcome === 'done' ? '#done-title' : '#conflict-title'),
  });

  /** The draft of a new report in storage, with the report's key (restored before each render). */
  private readonly drafts = new DraftController(this, {
    storageKey: () => this.draftStorageKey,
    edits: () => this.form.edits,
    key: () => this.sender.key,
    restore: (draft) => {
      this.form.clear(draft.edits);
      this.sender.resume(draft);
    },
  });

  @state() private loadedCase?: Case;
  @state() private badCase = false;
  private warnedPupilRef?: string;

  private readonly caseData = this.useData({
    args: () => (this.caseId && !this.case ? ([this.caseId] as const) : null),
    load: async (client, [caseId], signal) => {
      if (this.loadedCase?.id === caseId) return this.loadedCase;
      const loaded = await client.cases.get(caseId, { signal });
      this.adoptCase(loaded, 'case');
      return loaded;
    },
  });

  // ── State ────────────────────────────────────────────────────────────────

  private get m(): MeldingFormMessages {
    return this.messagesOf(meldingFormMessages);
  }

  private get todayIso(): string {
    return resolveToday(this.today);
  }

  private get editing(): boolean {
    return Boolean(this.caseId || this.case);
  }

  /** What the form shows before the user's edits: the loaded case, or the host's prefill. */
  private baseValues(): MeldingValues {
    if (this.loadedCase) return { ...EMPTY_VALUES, ...valuesFromCase(this.loadedCase) };
    return prefillValues(this);
  }

  /** The values on screen. */
  get values(): MeldingValues {
    const base = this.baseValues();
    return { ...base, ...this.form.edits, pupilRef: base.pupilRef };
  }

  /**
   * Edit mode for a role without a need to know (e.g. leerplicht): the case comes without
   * reasons, voice and notes, so the form neither shows nor sends them.
   */
  private get withoutNeedToKnow(): boolean {
    return !!this.loadedCase && !('reasons' in this.loadedCase);
  }

  private get skippedFields(): ReadonlySet<FieldKey> {
    return this.withoutNeedToKnow ? NEED_TO_KNOW_FIELDS : new Set();
  }

  private get draftStorageKey(): string | undefined {
    // Only `session` (the default) writes; `memory` (and the old `none`) keep the draft in the element.
    if (this.draftStorage !== 'session' || this.editing || !isValidPupilRef(this.pupilRef)) return undefined;
    return draftKey(this.pupilRef);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Another pupil or another case: never carry answers over (the stored draft of each stays).
    if ((changed.has('pupilRef') && changed.get('pupilRef')) || (changed.has('caseId') && changed.get('caseId'))) {
      this.clearState({ dropStored: false });
      if (changed.has('caseId')) this.loadedCase = undefined;
    }
    // The host switched to the case just saved (the demo page does on tz-melding-created): it is
    // already here, so keep the confirmation (and its focus) instead of a loading skeleton.
    const sent = this.sender.state;
    if (changed.has('caseId') && this.caseId && sent.status === 'done' && sent.case.id === this.caseId && !this.loadedCase) this.loadedCase = sent.case;
    if (changed.has('case') && this.case) this.adoptCase(this.case, 'case');
    // The stored draft of this pupil comes back next, in DraftController.hostUpdate().
  }

  override updated(): void {
    if (this.editing || this.warnedPupilRef === this.pupilRef || isValidPupilRef(this.pupilRef)) return;
    this.warnedPupilRef = this.pupilRef;
    this.warnBadData('pupil-ref', pupilRefProblem(this.pupilRef));
  }

  private adoptCase(value: unknown, field: string): void {
    const ok = !!value && typeof value === 'object' && typeof (value as Case).id === 'string' && typeof (value as Case).version === 'number';
    if (!ok) {
      this.warnBadData(field, 'expected a Case with at least `id` (string) and `version` (number).');
      this.badCase = true;
      return;
    }
    this.badCase = false;
    this.loadedCase = value as Case;
    this.form.clear();
  }

  private clearState(draft: { dropStored: boolean; startOver?: boolean }): void {
    this.drafts.forget(draft);
    this.sender.forget();
    this.form.clear();
  }

  /** Empties the form back to the host's prefill, forgets the idempotency key and the stored draft. */
  reset(): void {
    this.clearState({ dropStored: true, startOver: true });
  }

  /** "Concept verwijderen" and "Nieuwe melding": the button goes away, so focus moves to the first question. */
  private async startOver(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.form.focus('input:not([type=hidden]), select, textarea');
  }

  // ── Submitting (the flow itself: send-controller.ts) ─────────────────────

  /** For controlled hosts: show the server's `invalidParams` (JSON pointers or dotted paths) on the fields. */
  async showInvalidParams(invalidParams: readonly InvalidParam[]): Promise<void> {
    this.sender.edit();
    await this.form.showServerErrors(invalidParams);
  }

  /** For controlled hosts: show the confirmation for the case the host saved. */
  async showSaved(saved: Case): Promise<void> {
    await this.sender.done(saved, this.editing ? 'updated' : 'created');
  }

  /** Validates and sends the report (or emits `tz-melding-submit` without a client). */
  async submit(): Promise<void> {
    if (this.sender.busy) return; // busy: no double submit
    const mine = this.values;
    const valid = await this.form.validate(() => {
      this.sender.edit();
      this.emit('tz-melding-invalid', { errors: this.errorMessages() });
    });
    if (!valid) return;
    const payload = toCaseCreate(mine, this.todayIso);
    const base = this.baseValues();
    const editing = this.loadedCase ?? null;
    const patch = editing ? editPatch(base, payload, this.todayIso, this.withoutNeedToKnow) : null;
    await this.sender.submit({ payload, editing, patch, base, mine });
  }

  /** Saved (the confirmation shows next): the draft goes, an edit continues from the new version. */
  private onSaved(result: Case, how: 'created' | 'updated'): void {
    this.drafts.forget({ dropStored: true });
    this.form.clear();
    if (how === 'updated') this.loadedCase = result;
    if (how === 'created') this.emit('tz-melding-created', { case: result });
    else this.emit('tz-melding-updated', { case: result });
  }

  /** Moves focus to a field (error summary links). */
  focusField(key: FieldKey): void {
    this.form.focusField(key);
  }

  /** The conflict view's save: the user's choices merged onto the server's version, sent with its version. */
  private async resolveConflict(): Promise<void> {
    const conflict = this.sender.resolve();
    if (!conflict) return;
    const edits = mergeOnServer(conflict.base, conflict.mine, { ...EMPTY_VALUES, ...valuesFromCase(conflict.server) }, conflict.choices);
    this.loadedCase = conflict.server; // the new version: If-Match follows it
    this.form.clear(edits);
    await this.submit();
  }

  // ── Reference data ───────────────────────────────────────────────────────

  private get schools() {
    return this.referenceData?.schools ?? [];
  }

  private get reasonOptions(): Option[] {
    const reasons = this.referenceData?.reasons?.length ? this.referenceData.reasons : DEFAULT_REASONS;
    return reasons.map((r) => ({ value: r.code, label: (r.label as Record<string, string> | undefined)?.[this.locale] ?? r.code }));
  }

  // ── Rendering ────────────────────────────────────────────────────────────

  private messageOf = (key: FieldKey, error: FieldError<ErrorCode>): string => errorText(this.m, key, error);

  private errorMessages(): Partial<Record<FieldKey, string>> {
    return Object.fromEntries(this.form.visibleErrors(this.messageOf, this.values));
  }

  override render() {
    const sent = this.sender.state;
    if (this.badCase) return stateView(this.m.badCase, true, undefined, this.m.retry);
    if (this.editing && !this.loadedCase) return this.renderLoading();
    if (!this.editing && !isValidPupilRef(this.pupilRef)) return stateView(this.m.noPupilRef, true, undefined, this.m.retry);
    if (sent.status === 'done') return this.renderConfirmation(sent.case, sent.how);
    if (sent.status === 'conflict') return this.renderConflict(sent.conflict);
    return this.renderForm(sent.status === 'failed' ? { kind: sent.failure, detail: sent.detail } : undefined);
  }

  private renderLoading(): TemplateResult {
    // A controlled edit without `.case` keeps waiting for it.
    const m = this.m;
    return (
      this.caseData.render({
        error: ({ kind }) =>
          kind === 'notFound' || kind === 'forbidden'
            ? stateView(m.notFound, true, undefined, m.retry)
            : stateView(m.loadFailed, true, () => void this.caseData.run(), m.retry),
      }) ?? skeletonView(m.loading)
    );
  }

  /** The form's listeners, once (the form view binds them). */
  private readonly on: FormViewContext['on'] = {
    submit: (event) => {
      event.preventDefault();
      event.stopPropagation();
      void this.submit();
    },
    input: (event) => {
      const control = event.target as HTMLInputElement;
      const key = this.form.fieldOf(control);
      if (!key) return;
      if (this.sender.busy) return this.requestUpdate(); // the live() bindings put the sent answer back: nothing changes mid-request
      this.form.set(editsAfterInput(key, control, this.values, this.form.edits, this.schools));
      this.drafts.save();
    },
    change: (event) => {
      const control = event.target as HTMLInputElement;
      const key = this.form.fieldOf(control);
      if (!key) return;
      if (CODE_FIELDS.has(key) && control.value !== control.value.trim().toUpperCase()) {
        this.form.set({ ...this.form.edits, [key]: control.value.trim().toUpperCase() });
        this.drafts.save();
      }
      this.form.commit();
      // Choices have no "typing": re-check them at once when they carry an error.
      if (CHOICE_FIELDS.has(key) && (this.form.errors[key] || this.form.showSummary)) this.form.revalidate(key);
    },
    focusout: (event) => this.form.blur(event),
    // Enter inside our fields belongs to our form: some host pages submit their own <form> from a
    // keydown listener, so the key press goes no further (our form's implicit submission still happens).
    keydown: (event) => {
      if (event.key === 'Enter') event.stopPropagation();
    },
    discard: () => void this.startOver(),
    retry: () => void this.submit(),
    pick: (id) => this.form.focus(`#${id}`),
  };

  private renderForm(failure?: FormViewContext['failure']): TemplateResult {
    const m = this.m;
    const values = this.values;
    return formView({
      values,
      m,
      texts: m,
      locale: this.locale,
      todayIso: this.todayIso,
      schools: this.schools,
      reasonOptions: this.reasonOptions,
      busy: this.sender.busy,
      errorOf: (key) => this.form.errorOf(key, this.messageOf, values),
      editing: this.editing,
      withoutNeedToKnow: this.withoutNeedToKnow,
      draftRestored: this.drafts.restored,
      hasEdits: Object.keys(this.form.edits).length > 0,
      failure,
      summary: this.form.showSummary ? { errors: this.form.visibleErrors(this.messageOf, values), otherErrors: this.form.otherErrors } : undefined,
      feedback: feedbackView(m, this.locale, { ...this.baseValues(), ...this.form.committed }, this.referenceData?.profile, this.todayIso),
      on: this.on,
    });
  }

  private renderConfirmation(saved: Case, how: 'created' | 'updated'): TemplateResult {
    return confirmationView(this.m, this.locale, saved, how, this.pupilRef, () => void (how === 'created' ? this.startOver() : this.backToForm()));
  }

  private async backToForm(): Promise<void> {
    this.sender.edit();
    await this.updateComplete;
    this.form.focus('input, select, textarea');
  }

  private renderConflict(conflict: ConflictState): TemplateResult {
    return conflictView(conflict, {
      m: this.m,
      locale: this.locale,
      schools: this.schools,
      reasonOptions: this.reasonOptions,
      choose: (key, side) => this.sender.choose(key, side),
      save: () => void this.resolveConflict(),
    });
  }
}
