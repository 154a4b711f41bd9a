import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { ConflictError, ThuiszittersError, mapInvalidParams, type Case, type CaseCreate, type CaseUpdate, type InvalidParam } from '@thuiszitters/sdk';
import {
  CLASSIFICATION_LABELS,
  DEFAULT_REASONS,
  EXEMPTION_GROUNDS,
  EXEMPTION_GROUND_LABELS,
  LEAD_ROLES,
  LEAD_ROLE_LABELS,
  SCHOOL_TYPES,
  SCHOOL_TYPE_LABELS,
  isIsoDate,
  parseDateInput,
  isValidPupilRef,
  looksLikeBsn,
  resolveProfile,
  todayInAmsterdam,
  type DerivedClassification,
  DUO_REPORT_LABELS,
} from '@thuiszitters/domain';
import { corsRefusalText } from '../base/cors.js';
import { TzElement } from '../base/tz-element.js';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { formatDate } from '../i18n/locale.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { conflictRows, defaultChoice, mergeOnServer, type ConflictRow, type Side } from './conflict.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft-store.js';
import { deriveFromValues } from './feedback.js';
import {
  checkboxField,
  checkboxGroup,
  fieldId,
  radioField,
  selectField,
  textareaField,
  textField,
  type FieldContext,
  type Option,
} from './field-templates.js';
import {
  EMPTY_VALUES,
  FIELD_ORDER,
  FIELD_PATHS,
  MAX_LENGTH,
  NEED_TO_KNOW_FIELDS,
  NEED_TO_KNOW_MEMBERS,
  isRelevant,
  toCaseCreate,
  toCaseUpdate,
  validateField,
  validateValues,
  valuesFromCase,
  type FieldError,
  type FieldErrors,
  type FieldKey,
  type MeldingPrefill,
  type MeldingValues,
} from './form-model.js';
import { meldingFormMessages, type MeldingFormMessages } from './messages.js';
import { meldingFormStyles } from './melding-form.styles.js';
import { newIdempotencyKey } from './idempotency-key.js';

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

type Phase = 'editing' | 'sending' | 'failed' | 'success' | 'conflict';
type FailureKind = 'network' | 'server' | 'forbidden' | 'other';

interface ConflictState {
  server: Case;
  /** The values the user had when the 412 came, and the base they started from. */
  mine: MeldingValues;
  base: MeldingValues;
  rows: ConflictRow[];
  choices: Partial<Record<FieldKey, Side>>;
}

/** Host attributes that prefill a field (what the LVS already knows). */
const PREFILL_ATTRIBUTES = {
  birthYearMonth: 'birthYearMonth',
  school: 'school',
  schoolType: 'schoolType',
  municipality: 'municipalityCode',
  firstDayOfAbsence: 'firstDayOfAbsence',
  leadOrganisation: 'leadOrganisation',
  leadRole: 'leadRole',
  leadName: 'leadName',
} as const satisfies Record<string, FieldKey>;

const CHOICE_FIELDS = new Set<FieldKey>(['schoolType', 'enrolled', 'authorised', 'hasExemption', 'exemptionGround', 'primaryReason', 'secondaryReasons', 'leadRole', 'pupilHeard', 'parentsHeard']);

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
 * Hosts that want nothing in browser storage set `draft-storage="memory"`.
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
  static override styles = [...TzElement.styles, buttonStyles, stateStyles, meldingFormStyles];

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

  /** What the user changed, on top of the prefill (or the loaded case). This is the draft. */
  @state() private edits: Partial<MeldingValues> = {};
  /** The edits as of the last change/blur: the live feedback follows these, not every keystroke. */
  @state() private committedEdits: Partial<MeldingValues> = {};
  @state() private errors: FieldErrors = {};
  /** Server errors that match no field (still listed in the summary). */
  @state() private otherErrors: string[] = [];
  @state() private showSummary = false;
  @state() private phase: Phase = 'editing';
  @state() private failure?: { kind: FailureKind; detail?: string };
  @state() private saved?: { case: Case; how: 'created' | 'updated' };
  @state() private conflict?: ConflictState;
  @state() private loadedCase?: Case;
  @state() private badCase = false;
  @state() private draftRestored = false;

  private idempotencyKey?: string;
  /** The body first sent with `idempotencyKey`: a retry sends exactly this again (see `send`). */
  private sentPayload?: CaseCreate;
  private restoredFrom?: string;
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
    return isIsoDate(this.today) ? this.today : todayInAmsterdam();
  }

  private get editing(): boolean {
    return Boolean(this.caseId || this.case);
  }

  /** What the form shows before the user's edits: the loaded case, or the host's prefill. */
  private baseValues(): MeldingValues {
    if (this.loadedCase) return { ...EMPTY_VALUES, ...valuesFromCase(this.loadedCase) };
    const fromAttributes: Partial<MeldingValues> = {};
    for (const [prop, key] of Object.entries(PREFILL_ATTRIBUTES)) {
      const value = this[prop as keyof typeof PREFILL_ATTRIBUTES];
      if (typeof value === 'string' && value !== '') (fromAttributes as Record<string, string>)[key] = value;
    }
    // A host may write the date the Dutch way (first-day-of-absence="7-9-2026"): the shared parser
    // reads it; the native date field only takes YYYY-MM-DD.
    const firstDay = fromAttributes.firstDayOfAbsence ? parseDateInput(fromAttributes.firstDayOfAbsence) : undefined;
    if (firstDay && 'date' in firstDay) fromAttributes.firstDayOfAbsence = firstDay.date;
    const fromProperty = valuesFromCase(this.prefill);
    return { ...EMPTY_VALUES, ...fromAttributes, ...fromProperty, pupilRef: this.pupilRef || fromProperty.pupilRef || '' };
  }

  /** The values on screen. */
  get values(): MeldingValues {
    const base = this.baseValues();
    return { ...base, ...this.edits, pupilRef: base.pupilRef };
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
      this.clearState({ dropStoredDraft: false });
      if (changed.has('caseId')) this.loadedCase = undefined;
    }
    // The host switched to the case just saved (the demo page does on tz-melding-created): it is
    // already here, so keep the confirmation (and its focus) instead of a loading skeleton.
    if (changed.has('caseId') && this.caseId && this.saved?.case.id === this.caseId && !this.loadedCase) this.loadedCase = this.saved.case;
    if (changed.has('case') && this.case) this.adoptCase(this.case, 'case');
    const key = this.draftStorageKey;
    if (key && key !== this.restoredFrom) {
      this.restoredFrom = key;
      const draft = loadDraft(key);
      if (draft && Object.keys(draft.edits).length > 0) {
        this.edits = draft.edits;
        this.committedEdits = draft.edits;
        this.idempotencyKey = draft.idempotencyKey;
        this.sentPayload = draft.sentPayload;
        this.draftRestored = true;
      }
    }
  }

  override updated(): void {
    if (!this.editing && this.warnedPupilRef !== this.pupilRef && !isValidPupilRef(this.pupilRef)) {
      this.warnedPupilRef = this.pupilRef;
      this.warnBadData(
        'pupil-ref',
        looksLikeBsn(this.pupilRef) || /^\d{9}$/.test(this.pupilRef)
          ? 'a 9-digit number is refused: it could be a BSN. Pass the pseudonymous reference of your system.'
          : `missing or not a valid pseudonymous reference (${JSON.stringify(this.pupilRef)}).`,
      );
    }
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
    this.edits = {};
    this.committedEdits = {};
  }

  private clearState({ dropStoredDraft }: { dropStoredDraft: boolean }): void {
    if (dropStoredDraft && this.draftStorageKey) clearDraft(this.draftStorageKey);
    this.edits = {};
    this.committedEdits = {};
    this.errors = {};
    this.otherErrors = [];
    this.showSummary = false;
    this.phase = 'editing';
    this.failure = undefined;
    this.saved = undefined;
    this.conflict = undefined;
    this.idempotencyKey = undefined;
    this.sentPayload = undefined;
    this.draftRestored = false;
  }

  /** "Concept verwijderen": the button goes away with the draft, so focus moves to the first question. */
  private discardDraft = async (): Promise<void> => {
    this.reset();
    await this.updateComplete;
    this.focusIn('input:not([type=hidden]), select, textarea');
  };

  /** Empties the form back to the host's prefill, forgets the idempotency key and the stored draft. */
  reset(): void {
    this.clearState({ dropStoredDraft: true });
    this.restoredFrom = this.draftStorageKey;
  }

  /** For controlled hosts: show the server's `invalidParams` (JSON pointers or dotted paths) on the fields. */
  async showInvalidParams(invalidParams: readonly InvalidParam[]): Promise<void> {
    const mapped = mapInvalidParams(invalidParams, FIELD_PATHS);
    const errors: FieldErrors = {};
    const other: string[] = [];
    for (const [key, reason] of Object.entries(mapped)) {
      if ((FIELD_ORDER as readonly string[]).includes(key)) errors[key as FieldKey] = { server: reason };
      else other.push(`${key}: ${reason}`);
    }
    this.errors = errors;
    this.otherErrors = other;
    this.phase = 'editing';
    await this.showErrorSummary();
  }

  /** For controlled hosts: show the confirmation for the case the host saved. */
  async showSaved(saved: Case): Promise<void> {
    await this.onSaved(saved, this.editing ? 'updated' : 'created');
  }

  private persistDraft(): void {
    const key = this.draftStorageKey;
    if (!key) return;
    if (Object.keys(this.edits).length === 0 && !this.idempotencyKey) clearDraft(key);
    else saveDraft(key, { edits: this.edits, idempotencyKey: this.idempotencyKey, sentPayload: this.sentPayload });
  }

  // ── Input handling ───────────────────────────────────────────────────────

  private static fieldOf(target: EventTarget | null): FieldKey | undefined {
    const key = (target as HTMLElement | null)?.dataset?.field;
    return key && key in EMPTY_VALUES ? (key as FieldKey) : undefined;
  }

  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    const key = TzMeldingFormElement.fieldOf(control);
    if (!key) return;
    if (this.phase === 'sending') {
      this.requestUpdate(); // the live() bindings put the sent answer back: nothing changes mid-request
      return;
    }
    const current = this.values;
    let value: MeldingValues[FieldKey];
    if (key === 'secondaryReasons') {
      const set = new Set(current.secondaryReasons);
      if (control.checked) set.add(control.value);
      else set.delete(control.value);
      value = [...set];
    } else if (key === 'hasExemption') value = control.checked;
    else value = control.value;
    const next: Partial<MeldingValues> = { ...this.edits, [key]: value };
    if (key === 'primaryReason') next.secondaryReasons = current.secondaryReasons.filter((code) => code !== value);
    if (key === 'school') {
      // Picking a school from the region's list fills in what the list knows about it.
      const school = this.schools.find((s) => `${s.brin}${s.vestiging}` === value);
      if (school) {
        next.schoolType = school.schoolType;
        if (!current.municipalityCode) next.municipalityCode = school.municipalityCode;
      }
    }
    this.edits = next;
    this.persistDraft();
  }

  private onChange(event: Event): void {
    const control = event.target as HTMLInputElement;
    const key = TzMeldingFormElement.fieldOf(control);
    if (!key) return;
    if ((key === 'school' || key === 'municipalityCode') && control.value !== control.value.trim().toUpperCase()) {
      this.edits = { ...this.edits, [key]: control.value.trim().toUpperCase() };
      this.persistDraft();
    }
    this.committedEdits = this.edits;
    // Choices have no "typing": re-check them at once when they carry an error.
    if (CHOICE_FIELDS.has(key) && (this.errors[key] || this.showSummary)) this.revalidate(key);
  }

  private onFocusOut(event: FocusEvent): void {
    const key = TzMeldingFormElement.fieldOf(event.target);
    if (!key) return;
    if (TzMeldingFormElement.fieldOf(event.relatedTarget) === key) return; // still inside the same radio/checkbox group
    this.committedEdits = this.edits;
    if (key in this.edits || this.errors[key]) this.revalidate(key);
  }

  /** Validates one field (on blur), and re-checks the fields that already show an error. */
  private revalidate(key: FieldKey): void {
    const values = this.values;
    const today = this.todayIso;
    const errors: FieldErrors = { ...this.errors };
    for (const k of new Set<FieldKey>([key, ...(Object.keys(errors) as FieldKey[])])) {
      if (k !== key && errors[k] && 'server' in (errors[k] as FieldError)) continue; // the server's verdict stands until that field changes
      const error = validateField(k, values, today);
      if (error) errors[k] = error;
      else delete errors[k];
    }
    this.errors = errors;
  }

  /**
   * Enter inside our fields belongs to our form: some host pages submit their own <form> from a
   * keydown listener, so the key press does not travel further (the native implicit submission
   * of our inner form is the default action and still happens).
   */
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter') event.stopPropagation();
  }

  // ── Submitting ───────────────────────────────────────────────────────────

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    event.stopPropagation();
    if (this.phase === 'sending') return; // busy: no double submit
    await this.submit();
  }

  /** Validates and sends the report (or emits `tz-melding-submit` without a client). */
  async submit(): Promise<void> {
    if (this.phase === 'sending') return;
    const values = this.values;
    this.committedEdits = this.edits;
    this.otherErrors = [];
    const errors = validateValues(values, this.todayIso, this.skippedFields);
    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      this.phase = 'editing';
      this.emit<MeldingInvalidDetail>('tz-melding-invalid', { errors: this.errorMessages() });
      await this.showErrorSummary();
      return;
    }
    this.showSummary = false;
    await this.send(values);
  }

  private async send(values: MeldingValues): Promise<void> {
    const today = this.todayIso;
    const payload = toCaseCreate(values, today);
    if (!this.idempotencyKey) {
      this.idempotencyKey = newIdempotencyKey();
      this.sentPayload = undefined;
    }
    const editingCase = this.loadedCase;
    // A retry must repeat the first request exactly: the server may already have stored it (only
    // the answer got lost), and the same key with another body is refused. So the first body goes
    // again, and what the user changed since follows as a patch on the case it returns.
    const firstBody = editingCase ? payload : (this.sentPayload ?? payload);
    if (!editingCase && this.activeClient) this.sentPayload = firstBody;
    this.persistDraft(); // with the key: a retry after a reload is still the same report
    const patch = editingCase ? toCaseUpdate(toCaseCreate(this.baseValues(), today), payload) : null;
    if (patch && this.withoutNeedToKnow) for (const member of NEED_TO_KNOW_MEMBERS) delete (patch as Record<string, unknown>)[member];
    const client = this.activeClient;
    if (!client) {
      this.emit<MeldingSubmitDetail>('tz-melding-submit', {
        payload,
        idempotencyKey: this.idempotencyKey,
        caseId: editingCase?.id ?? null,
        version: editingCase?.version ?? null,
        patch,
      });
      return;
    }
    if (editingCase && patch && Object.keys(patch).length === 0) {
      await this.onSaved(editingCase, 'updated'); // nothing changed: nothing to send
      return;
    }
    this.phase = 'sending';
    this.failure = undefined;
    try {
      let result: Case;
      if (editingCase) {
        result = (await client.cases.update(editingCase.id, patch as CaseUpdate, { ifMatch: editingCase.version })) as Case;
      } else {
        result = (await client.cases.create(firstBody, { idempotencyKey: this.idempotencyKey })) as Case;
        const later = toCaseUpdate(firstBody, payload);
        if (Object.keys(later).length > 0) result = (await client.cases.update(result.id, later, { ifMatch: result.version })) as Case;
      }
      await this.onSaved(result, editingCase ? 'updated' : 'created');
    } catch (error) {
      await this.onSendError(error, values);
    }
  }

  private async onSaved(result: Case, how: 'created' | 'updated'): Promise<void> {
    const key = this.draftStorageKey;
    if (key) clearDraft(key);
    this.idempotencyKey = undefined;
    this.sentPayload = undefined;
    this.edits = {};
    this.committedEdits = {};
    this.errors = {};
    this.showSummary = false;
    this.failure = undefined;
    this.draftRestored = false;
    if (how === 'updated') this.loadedCase = result;
    this.saved = { case: result, how };
    this.phase = 'success';
    if (how === 'created') this.emit('tz-melding-created', { case: result });
    else this.emit('tz-melding-updated', { case: result });
    await this.updateComplete;
    this.focusIn('#done-title');
  }

  private async onSendError(error: unknown, mine: MeldingValues): Promise<void> {
    if (error instanceof ConflictError && this.loadedCase) {
      await this.openConflict(error, mine);
      return;
    }
    if (!(error instanceof ThuiszittersError)) {
      this.fail('other', error instanceof Error ? error.message : String(error));
      return;
    }
    const status = error.status ?? 0;
    if (error.kind === 'aborted') this.phase = 'editing';
    else if (error.kind !== 'http') this.fail('network', corsRefusalText(error, this.locale));
    // 409 on a create: the same key is still being processed (the body is always the first one).
    else if (status >= 500 || status === 408 || status === 429 || status === 409) this.fail('server');
    else if ((status === 400 || status === 422) && error.problem?.invalidParams?.length) await this.showInvalidParams(error.problem.invalidParams);
    else if (status === 401 || status === 403) this.fail('forbidden');
    else this.fail('other', error.problem?.detail ?? error.problem?.title ?? error.message);
  }

  private fail(kind: FailureKind, detail?: string): void {
    this.failure = { kind, detail };
    this.phase = 'failed';
  }

  private async showErrorSummary(): Promise<void> {
    this.showSummary = true;
    await this.updateComplete;
    this.focusIn('#summary-title');
  }

  private focusIn(selector: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Moves focus to a field (error summary links). */
  focusField(key: FieldKey): void {
    this.focusIn(`#${fieldId(key)}`);
  }

  // ── Conflict (edit mode, 412) ───────────────────────────────────────────

  private async openConflict(error: ConflictError<Case>, mine: MeldingValues): Promise<void> {
    let server = error.current;
    if (!server && this.activeClient && this.loadedCase) {
      try {
        server = (await this.activeClient.cases.get(this.loadedCase.id)) as Case;
      } catch (reloadError) {
        await this.onSendError(reloadError, mine);
        return;
      }
    }
    if (!server) return this.fail('other', error.message);
    const base = this.baseValues();
    const serverValues = { ...EMPTY_VALUES, ...valuesFromCase(server) };
    const rows = conflictRows(base, mine, serverValues);
    const choices = Object.fromEntries(rows.map((row) => [row.key, defaultChoice(row.key, base, mine)]));
    this.conflict = { server, mine, base, rows, choices };
    this.phase = 'conflict';
    await this.updateComplete;
    this.focusIn('#conflict-title');
  }

  private async resolveConflict(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    const serverValues = { ...EMPTY_VALUES, ...valuesFromCase(conflict.server) };
    const edits = mergeOnServer(conflict.base, conflict.mine, serverValues, conflict.choices);
    this.conflict = undefined;
    this.loadedCase = conflict.server; // the new version: If-Match follows it
    this.edits = edits;
    this.committedEdits = edits;
    this.phase = 'editing';
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

  private labelOf(key: FieldKey): string {
    const m = this.m;
    const labels: Record<FieldKey, string> = {
      pupilRef: m.pupilRef,
      birthYearMonth: m.birthYearMonth,
      school: m.school,
      schoolType: m.schoolType,
      municipalityCode: m.municipalityCode,
      enrolled: m.enrolled,
      firstDayOfAbsence: m.firstDayOfAbsence,
      authorised: m.authorised,
      hasExemption: m.hasExemption,
      exemptionGround: m.exemptionGround,
      exemptionFrom: m.exemptionFrom,
      exemptionTo: m.exemptionTo,
      duoReportNumber: m.duoReportNumber,
      primaryReason: m.primaryReason,
      secondaryReasons: m.secondaryReasons,
      leadOrganisation: m.leadOrganisation,
      leadRole: m.leadRole,
      leadName: m.leadName,
      leadSince: m.leadSince,
      pupilWishes: m.pupilWishes,
      pupilHeard: m.pupilHeard,
      pupilHeardOn: m.pupilHeardOn,
      pupilNotHeardReason: m.pupilNotHeardReason,
      parentsWishes: m.parentsWishes,
      parentsHeard: m.parentsHeard,
      parentsHeardOn: m.parentsHeardOn,
      parentsNotHeardReason: m.parentsNotHeardReason,
      notes: m.notes,
    };
    return labels[key];
  }

  private messageOf(key: FieldKey, error: FieldError): string {
    const m = this.m;
    const label = this.labelOf(key);
    // Our own words in the user's language; English also gets the server's reason sentence.
    if ('server' in error) return m.errServer(label, error.server);
    switch (error.code) {
      case 'required':
        return key.endsWith('On') || key.startsWith('exemption') || key === 'firstDayOfAbsence' ? m.errRequiredDate(label) : m.errRequired(label);
      case 'choose':
        return m.errChoose(label);
      case 'pupilRef':
        return m.errPupilRef;
      case 'birthYearMonth':
        return m.errBirthYearMonth;
      case 'futureMonth':
        return m.errFutureMonth;
      case 'school':
        return m.errSchool;
      case 'schoolType':
        return m.errSchoolType;
      case 'municipality':
        return m.errMunicipality;
      case 'date':
        return m.errDate;
      case 'futureDate':
        return m.errFutureDate;
      case 'beforeFrom':
        return m.errBeforeFrom;
      case 'beforeBirth':
        return m.errBeforeBirth;
      case 'exemption15':
        return m.errExemption15;
      case 'tooLong':
        return m.errTooLong;
    }
  }

  /** Errors of the fields that are visible now, in screen order. */
  private visibleErrors(values = this.values): [FieldKey, string][] {
    return FIELD_ORDER.filter((key) => this.errors[key] && isRelevant(key, values)).map((key) => [key, this.messageOf(key, this.errors[key]!)]);
  }

  private errorMessages(): Partial<Record<FieldKey, string>> {
    return Object.fromEntries(this.visibleErrors());
  }

  override render() {
    if (this.badCase) return this.renderState(this.m.badCase, true);
    if (this.editing && !this.loadedCase) return this.renderLoading();
    if (!this.editing && !isValidPupilRef(this.pupilRef)) return this.renderState(this.m.noPupilRef, true);
    if (this.phase === 'success' && this.saved) return this.renderConfirmation(this.saved.case, this.saved.how);
    if (this.phase === 'conflict' && this.conflict) return this.renderConflict(this.conflict);
    return this.renderForm();
  }

  private renderState(text: string, error: boolean, retry?: () => void): TemplateResult {
    return html`<div class="state ${error ? 'error' : ''}" role=${error ? 'alert' : 'status'}>
      <p class="state-title">${text}</p>
      ${retry ? html`<button type="button" class="button secondary" @click=${retry}>${this.m.retry}</button>` : nothing}
    </div>`;
  }

  private renderLoading(): TemplateResult {
    // A controlled edit without `.case` keeps waiting for it.
    return (
      this.caseData.render({
        error: ({ kind }) =>
          kind === 'notFound' || kind === 'forbidden'
            ? this.renderState(this.m.notFound, true)
            : this.renderState(this.m.loadFailed, true, () => void this.caseData.run()),
      }) ?? this.renderSkeleton()
    );
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="state" role="status" aria-busy="true">
      <p class="state-title">${this.m.loading}</p>
      <div class="skeleton skeleton-line"></div>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const m = this.m;
    const values = this.values;
    const errors = this.visibleErrors(values);
    const ctx: FieldContext = { values, m, locale: this.locale, busy: this.phase === 'sending', errorOf: (key) => (this.errors[key] && isRelevant(key, values) ? this.messageOf(key, this.errors[key]!) : undefined) };
    const sending = this.phase === 'sending';
    return html`
      ${this.draftRestored
        ? html`<div class="notice" role="status">
            <span>${m.draftRestored}</span>
            <button type="button" class="button link" @click=${this.discardDraft}>${m.discardDraft}</button>
          </div>`
        : nothing}
      ${this.showSummary && (errors.length > 0 || this.otherErrors.length > 0) ? this.renderSummary(errors) : nothing}
      <form
        part="form"
        novalidate
        aria-label=${this.editing ? m.formLabelEdit : m.formLabel}
        aria-busy=${sending ? 'true' : 'false'}
        @submit=${this.onSubmit}
        @input=${this.onInput}
        @change=${this.onChange}
        @focusout=${this.onFocusOut}
        @reset=${(e: Event) => e.stopPropagation()}
        @keydown=${this.onKeyDown}
      >
        <p class="hint">${m.requiredNote}</p>
        ${this.renderPupil(ctx)} ${this.renderAbsence(ctx)} ${this.renderFeedback()}
        ${this.withoutNeedToKnow ? nothing : this.renderReasons(ctx)} ${this.renderLead(ctx)}
        ${this.withoutNeedToKnow
          ? nothing
          : html`${this.renderVoice(ctx)}
              <fieldset class="section" part="section">
                <legend>${m.sectionNotes}</legend>
                ${textareaField(ctx, 'notes', m.notes, { hint: m.notesHint, optional: true, maxlength: MAX_LENGTH.notes })}
              </fieldset>`}
        ${this.phase === 'failed' && this.failure ? this.renderFailure(this.failure) : nothing}
        <div class="actions">
          <button type="submit" class="button" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? m.sending : this.editing ? m.submitEdit : m.submit}
          </button>
          ${!this.editing && !sending && Object.keys(this.edits).length > 0
            ? html`<button type="button" class="button secondary" part="discard" @click=${this.discardDraft}>${m.discardDraft}</button>`
            : nothing}
        </div>
      </form>
    `;
  }

  private renderSummary(errors: [FieldKey, string][]): TemplateResult {
    const m = this.m;
    const count = errors.length + this.otherErrors.length;
    return html`<div class="summary" part="error-summary">
      <h2 id="summary-title" tabindex="-1">${m.summaryTitle(count)}</h2>
      <p>${m.summaryIntro}</p>
      <ul>
        ${errors.map(
          ([key, message]) =>
            html`<li>
              ${key === 'pupilRef'
                ? message
                : html`<a
                    href="#${fieldId(key)}"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      this.focusField(key);
                    }}
                    >${message}</a
                  >`}
            </li>`,
        )}
        ${this.otherErrors.map((message) => html`<li>${message}</li>`)}
      </ul>
    </div>`;
  }

  private renderPupil(ctx: FieldContext): TemplateResult {
    const m = ctx.m;
    const v = ctx.values;
    const typeOptions = SCHOOL_TYPES.map((t) => ({ value: t, label: SCHOOL_TYPE_LABELS[t][this.locale] }));
    const schools = this.schools;
    let schoolControl: TemplateResult;
    if (schools.length > 0) {
      const options = schools.map((s) => ({ value: `${s.brin}${s.vestiging}`, label: `${s.name} (${s.brin}${s.vestiging})` }));
      if (v.school && !options.some((o) => o.value === v.school)) options.unshift({ value: v.school, label: v.school });
      schoolControl = selectField(ctx, 'school', m.school, options, { placeholder: m.schoolPick });
    } else {
      schoolControl = textField(ctx, 'school', m.school, { hint: m.schoolHint, short: true, maxlength: 6 });
    }
    return html`<fieldset class="section" part="section">
      <legend>${m.sectionPupil}</legend>
      <dl class="readonly">
        <dt>${m.pupilRef}</dt>
        <dd>${v.pupilRef}</dd>
      </dl>
      <p class="hint" id="pupil-ref-hint">${m.pupilRefHint}</p>
      ${textField(ctx, 'birthYearMonth', m.birthYearMonth, { type: 'month', hint: m.birthYearMonthHint, max: this.todayIso.slice(0, 7) })}
      ${schoolControl} ${selectField(ctx, 'schoolType', m.schoolType, typeOptions, { placeholder: m.choose })}
      ${textField(ctx, 'municipalityCode', m.municipalityCode, { hint: m.municipalityHint, short: true, maxlength: 6 })}
    </fieldset>`;
  }

  private yesNo(): Option[] {
    return [
      { value: 'yes', label: this.m.yes },
      { value: 'no', label: this.m.no },
    ];
  }

  private renderAbsence(ctx: FieldContext): TemplateResult {
    const m = ctx.m;
    const grounds = EXEMPTION_GROUNDS.map((g) => ({ value: g, label: EXEMPTION_GROUND_LABELS[g][this.locale] }));
    return html`<fieldset class="section" part="section">
      <legend>${m.sectionAbsence}</legend>
      ${radioField(ctx, 'enrolled', m.enrolled, this.yesNo())}
      ${textField(ctx, 'firstDayOfAbsence', m.firstDayOfAbsence, { type: 'date', hint: m.firstDayHint, max: this.todayIso })}
      ${ctx.values.enrolled === 'no'
        ? html`<p class="hint not-enrolled" data-note="not-enrolled">${m.notEnrolledNote}</p>`
        : radioField(ctx, 'authorised', m.authorised, this.yesNo(), { hint: m.authorisedHint })}
      ${checkboxField(ctx, 'hasExemption', m.hasExemption)}
      ${ctx.values.hasExemption
        ? html`<div class="subgroup">
            ${selectField(ctx, 'exemptionGround', m.exemptionGround, grounds, { placeholder: m.choose })}
            ${textField(ctx, 'exemptionFrom', m.exemptionFrom, { type: 'date' })} ${textField(ctx, 'exemptionTo', m.exemptionTo, { type: 'date' })}
          </div>`
        : nothing}
      ${textField(ctx, 'duoReportNumber', m.duoReportNumber, { hint: m.duoHint, optional: true, maxlength: MAX_LENGTH.duo })}
    </fieldset>`;
  }

  private renderReasons(ctx: FieldContext): TemplateResult {
    const m = ctx.m;
    const reasons = this.reasonOptions;
    const secondary = reasons.filter((r) => r.value !== ctx.values.primaryReason);
    return html`<fieldset class="section" part="section">
      <legend>${m.sectionReasons}</legend>
      ${selectField(ctx, 'primaryReason', m.primaryReason, reasons, { placeholder: m.choose })}
      ${checkboxGroup(ctx, 'secondaryReasons', m.secondaryReasons, secondary, { hint: m.secondaryHint, optional: true })}
    </fieldset>`;
  }

  private renderLead(ctx: FieldContext): TemplateResult {
    const m = ctx.m;
    const roles = LEAD_ROLES.map((r) => ({ value: r, label: LEAD_ROLE_LABELS[r][this.locale] }));
    return html`<fieldset class="section" part="section">
      <legend>${m.sectionLead}</legend>
      <p class="hint">${m.leadIntro}</p>
      ${textField(ctx, 'leadOrganisation', m.leadOrganisation, { optional: true, autocomplete: 'organization', maxlength: MAX_LENGTH.text, prose: true })}
      ${selectField(ctx, 'leadRole', m.leadRole, roles, { placeholder: m.choose, optional: true })}
      ${textField(ctx, 'leadName', m.leadName, { optional: true, autocomplete: 'name', maxlength: MAX_LENGTH.text, prose: true })}
      ${textField(ctx, 'leadSince', m.leadSince, { type: 'date', optional: true, hint: m.leadSinceHint, max: this.todayIso })}
    </fieldset>`;
  }

  private renderVoice(ctx: FieldContext): TemplateResult {
    const m = ctx.m;
    const heard: Option[] = [
      { value: 'yes', label: m.heardYes },
      { value: 'no', label: m.heardNo },
    ];
    const who = (prefix: 'pupil' | 'parents', legend: string) => {
      const heardKey = `${prefix}Heard` as const;
      return html`<fieldset class="subgroup">
        <legend>${legend}</legend>
        ${textareaField(ctx, `${prefix}Wishes`, m[`${prefix}Wishes`], { optional: true, maxlength: MAX_LENGTH.wishes })}
        ${radioField(ctx, heardKey, m[heardKey], heard, { optional: true })}
        ${ctx.values[heardKey] === 'yes' ? textField(ctx, `${prefix}HeardOn`, m[`${prefix}HeardOn`], { type: 'date', max: this.todayIso }) : nothing}
        ${ctx.values[heardKey] === 'no'
          ? textareaField(ctx, `${prefix}NotHeardReason`, m[`${prefix}NotHeardReason`], { maxlength: MAX_LENGTH.notHeardReason })
          : nothing}
      </fieldset>`;
    };
    return html`<fieldset class="section" part="section">
      <legend>${m.sectionVoice}</legend>
      ${who('pupil', m.voicePupil)} ${who('parents', m.voiceParents)}
    </fieldset>`;
  }

  /** The live region exists from the first render, so changes to it are announced. */
  private renderFeedback(): TemplateResult {
    const m = this.m;
    const committed = { ...this.baseValues(), ...this.committedEdits };
    const derived = deriveFromValues(committed, this.referenceData?.profile, this.todayIso);
    return html`<div class="feedback" part="feedback" aria-live="polite">
      <p class="feedback-title">${m.feedbackTitle}</p>
      ${derived ? html`<ul>${this.feedbackLines(derived, committed.hasExemption).map((line) => html`<li>${line}</li>`)}</ul>` : html`<p>${m.feedbackIncomplete}</p>`}
    </div>`;
  }

  private feedbackLines(d: DerivedClassification, hasExemption: boolean): string[] {
    const m = this.m;
    const locale = this.locale;
    const months = resolveProfile(this.referenceData?.profile ?? {}).normMonths;
    const lines = [m.classificationLine(CLASSIFICATION_LABELS[d.classification][locale], m.days(d.daysAbsent))];
    if (d.classification === 'relatief') lines.push(m.lrvFrom(formatDate(d.lrvThresholdDate, locale)));
    if (d.duoReport === 'required' || d.duoReport === 'notYetRequired') lines.push(DUO_REPORT_LABELS[d.duoReport][locale]);
    if (d.isThuiszitter) lines.push(m.thuiszitter);
    if (d.classification === 'vrijgesteld') lines.push(m.hintExempt);
    else if (d.classification === 'geoorloofd') lines.push(m.hintAuthorised);
    else if (d.classification === 'nietLeerplichtig') lines.push(m.hintNotCompulsory);
    if (d.normStatus === 'exceeded') lines.push(m.normExceeded(months, formatDate(d.normDeadline, locale), m.days(d.daysOverNorm ?? 0)));
    else if (d.daysLeft !== null) lines.push(m.normRunning(months, formatDate(d.normDeadline, locale), m.days(d.daysLeft)));
    if (hasExemption && d.classification !== 'vrijgesteld') lines.push(m.normExtended);
    return lines;
  }

  private renderFailure(failure: { kind: FailureKind; detail?: string }): TemplateResult {
    const m = this.m;
    const text = {
      network: failure.detail ?? m.failedNetwork,
      server: m.failedServer,
      forbidden: m.failedForbidden,
      other: m.failedOther(failure.detail ?? ''),
    }[failure.kind];
    const canRetry = failure.kind === 'network' || failure.kind === 'server';
    return html`<div class="state error" part="failure" role="alert">
      <p class="state-title">${m.failedTitle}</p>
      <p>${text}</p>
      ${canRetry ? html`<button type="button" class="button secondary" @click=${() => void this.submit()}>${m.retry}</button>` : nothing}
    </div>`;
  }

  private renderConfirmation(saved: Case, how: 'created' | 'updated'): TemplateResult {
    const m = this.m;
    const ref = saved.pupilRef ?? this.pupilRef;
    const derived = (saved as { derived?: DerivedClassification }).derived;
    return html`<section class="confirmation panel" part="confirmation" aria-labelledby="done-title">
      <h2 id="done-title" tabindex="-1">${how === 'created' ? m.createdTitle : m.updatedTitle}</h2>
      <p>${how === 'created' ? m.createdText(ref) : m.updatedText(ref)}</p>
      ${derived?.classification && CLASSIFICATION_LABELS[derived.classification]
        ? html`<p>${m.classificationLine(CLASSIFICATION_LABELS[derived.classification][this.locale], m.days(derived.daysAbsent))}</p>`
        : nothing}
      <div class="actions">
        ${how === 'created'
          ? html`<button type="button" class="button" @click=${() => void this.startNew()}>${m.newReport}</button>`
          : html`<button type="button" class="button" @click=${() => void this.backToForm()}>${m.backToForm}</button>`}
      </div>
    </section>`;
  }

  private async startNew(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.focusIn('input:not([type=hidden]), select, textarea');
  }

  private async backToForm(): Promise<void> {
    this.phase = 'editing';
    this.saved = undefined;
    await this.updateComplete;
    this.focusIn('input, select, textarea');
  }

  private displayValue(key: FieldKey, value: MeldingValues[FieldKey]): string {
    const m = this.m;
    const locale = this.locale;
    if (value === '' || value === false || (Array.isArray(value) && value.length === 0)) return key === 'hasExemption' ? m.no : m.empty;
    if (value === true) return m.yes;
    const reasonLabel = (code: string) => this.reasonOptions.find((r) => r.value === code)?.label ?? code;
    if (Array.isArray(value)) return value.map(reasonLabel).join(', ');
    switch (key) {
      case 'enrolled':
      case 'authorised':
        return value === 'yes' ? m.yes : m.no;
      case 'pupilHeard':
      case 'parentsHeard':
        return value === 'yes' ? m.heardYes : m.heardNo;
      case 'schoolType':
        return SCHOOL_TYPE_LABELS[value as keyof typeof SCHOOL_TYPE_LABELS]?.[locale] ?? value;
      case 'leadRole':
        return LEAD_ROLE_LABELS[value as keyof typeof LEAD_ROLE_LABELS]?.[locale] ?? value;
      case 'exemptionGround':
        return EXEMPTION_GROUND_LABELS[value as keyof typeof EXEMPTION_GROUND_LABELS]?.[locale] ?? value;
      case 'primaryReason':
        return reasonLabel(value);
      case 'school': {
        const school = this.schools.find((s) => `${s.brin}${s.vestiging}` === value);
        return school ? `${school.name} (${value})` : value;
      }
      default:
        return isIsoDate(value) ? formatDate(value, locale) : value;
    }
  }

  private renderConflict(conflict: ConflictState): TemplateResult {
    const m = this.m;
    return html`<section class="conflict panel" part="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" tabindex="-1">${m.conflictTitle}</h2>
      <p>${conflict.rows.length > 0 ? m.conflictIntro : m.conflictNone}</p>
      ${conflict.rows.map(
        (row) => html`<fieldset>
          <legend>${this.labelOf(row.key)}</legend>
          <div class="choices stacked">
            ${(['mine', 'server'] as const).map(
              (side) => html`<label class="choice">
                <input
                  type="radio"
                  name="conflict-${row.key}"
                  value=${side}
                  .checked=${conflict.choices[row.key] === side}
                  @change=${() => (this.conflict = { ...conflict, choices: { ...conflict.choices, [row.key]: side } })}
                />
                <span>${side === 'mine' ? m.yours(this.displayValue(row.key, row.mine)) : m.theirs(this.displayValue(row.key, row.server))}</span>
              </label>`,
            )}
          </div>
        </fieldset>`,
      )}
      <div class="actions">
        <button type="button" class="button" @click=${() => void this.resolveConflict()}>${m.conflictSave}</button>
      </div>
    </section>`;
  }
}
