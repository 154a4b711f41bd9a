// The add-event form, the NL Design System way: label → description → error → control, validated
// on blur and on submit (never while typing), `novalidate`, and after a failed submit an error
// summary whose heading takes focus and whose items link to the fields. A controller keeps the
// state; the element renders it inside its own shadow root so labels and fields share one tree.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { labelOf } from './labels.js';
import { CLOSURE_REASONS, LEAD_ROLES, MEETING_TYPES, OFFER_TYPES, type IsoDate, type Locale } from '@thuiszitters/domain';
import {
  ADDABLE_TYPES,
  PARTICIPANT_ROLES,
  checkDraft,
  checkField,
  emptyDraft,
  fieldsOf,
  isSummaryRequired,
  toPayload,
  type Draft,
  type EventPayload,
  type FieldName,
  type FieldProblem,
} from './event-draft.js';
import type { CaseTimelineMessages } from './messages.js';
import { bsnWarningId, bsnWarningText, renderBsnWarning } from '../base/bsn-warning.js';
import { newIdempotencyKey } from '@thuiszitters/sdk';

/** What the element does with a valid payload; resolves to true when it was accepted. */
export type SubmitHandler = (payload: EventPayload, idempotencyKey: string) => Promise<boolean>;

interface FormHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const ID = 'tz-add-';
const fieldId = (name: FieldName) => `${ID}${name}`;

export class AddEventFormController implements ReactiveController {
  draft: Draft;
  /** Problems shown next to fields (only of fields validated on blur or submit). */
  problems = new Map<FieldName, FieldProblem>();
  showSummary = false;
  submitting = false;
  /** A key per distinct payload: retrying the same event reuses it, an edited event gets a new one. */
  private attempt?: { body: string; key: string };

  constructor(
    private readonly host: FormHost,
    private readonly today: () => IsoDate,
    private readonly onSubmit: SubmitHandler,
  ) {
    host.addController(this);
    this.draft = emptyDraft(today());
  }

  hostConnected(): void {}

  /**
   * The evaluation date changed (the host set `today` after construction): an untouched date
   * field follows it, a date the user typed stays.
   */
  todayChanged(previous: IsoDate): void {
    if (this.draft.occurredOn === previous) {
      this.draft = { ...this.draft, occurredOn: this.today() };
      this.host.requestUpdate();
    }
  }

  reset(): void {
    this.draft = emptyDraft(this.today());
    this.problems = new Map();
    this.showSummary = false;
    this.host.requestUpdate();
  }

  private set<K extends keyof Draft>(name: K, value: Draft[K]): void {
    this.draft = { ...this.draft, [name]: value };
    this.host.requestUpdate();
  }

  private validate(name: FieldName): void {
    const problem = checkField(this.draft, name, this.today());
    const next = new Map(this.problems);
    if (problem) next.set(name, problem);
    else next.delete(name);
    this.problems = next;
    if (this.showSummary && next.size === 0) this.showSummary = false;
    this.host.requestUpdate();
  }

  private onTypeChange(type: string): void {
    // A new type starts its own fields fresh; date and summary carry over.
    const keep = { occurredOn: this.draft.occurredOn, summary: this.draft.summary };
    this.draft = { ...emptyDraft(this.today()), ...keep, type: type as Draft['type'] };
    this.problems = new Map();
    this.showSummary = false;
    this.host.requestUpdate();
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    // The button is aria-disabled while sending, not disabled (that would drop keyboard focus to
    // <body>), so a second press arrives here and is ignored.
    if (this.submitting) return;
    const problems = checkDraft(this.draft, this.today());
    this.problems = problems;
    if (problems.size > 0) {
      this.showSummary = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      (this.host.renderRoot.querySelector(`#${ID}summary-heading`) as HTMLElement | null)?.focus();
      return;
    }
    this.showSummary = false;
    const payload = toPayload(this.draft);
    const body = JSON.stringify(payload);
    if (this.attempt?.body !== body) this.attempt = { body, key: newIdempotencyKey() };
    this.submitting = true;
    this.host.requestUpdate();
    let accepted = false;
    try {
      accepted = await this.onSubmit(payload, this.attempt.key);
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
    if (accepted) {
      this.attempt = undefined;
      this.reset();
    }
  }

  /** Applies field errors from the server (400 `invalidParams`) to the form. */
  showServerProblems(fields: FieldName[]): void {
    const next = new Map(this.problems);
    for (const f of fields) next.set(f, { kind: 'required' });
    this.problems = next;
    this.host.requestUpdate();
  }

  private focusField(name: FieldName): void {
    const root = this.host.renderRoot;
    const target = (root.querySelector(`#${fieldId(name)}`) ?? root.querySelector(`[name="${fieldId(name)}"]`)) as HTMLElement | null;
    target?.focus();
  }

  // ── rendering ────────────────────────────────────────────────────────────

  render(m: CaseTimelineMessages, locale: Locale, okMessage: string, failureMessage: string): TemplateResult {
    const fields = fieldsOf(this.draft.type);
    const label = (name: FieldName) => this.fieldLabel(name, m);
    return html`
      <section class="add" part="add-form" aria-labelledby="${ID}heading">
        <h2 id="${ID}heading">${m.addHeading}</h2>
        <p class="hint">${m.addIntro}</p>
        ${this.showSummary && this.problems.size > 0
          ? html`<div class="error-summary" part="error-summary">
              <h3 id="${ID}summary-heading" tabindex="-1">${m.errorSummaryTitle}</h3>
              <ul>
                ${[...this.problems].map(
                  ([name, problem]) => html`<li>
                    <a href="#${fieldId(name)}" @click=${(e: Event) => (e.preventDefault(), this.focusField(name))}
                      >${this.problemText(problem, label(name), m)}</a
                    >
                  </li>`,
                )}
              </ul>
            </div>`
          : nothing}
        <form novalidate @submit=${(e: Event) => this.submit(e)}>
          ${fields.map((name) => this.renderField(name, m, locale))}
          ${this.draft.type === 'caseClosed' ? html`<p class="hint">${m.closedNote}</p>` : nothing}
          <div class="form-actions">
            <button class="button" type="submit" aria-disabled=${this.submitting ? 'true' : 'false'} aria-describedby="${ID}status">
              ${this.submitting ? m.submitting : m.submit}
            </button>
          </div>
          <div class="add-failure" role="alert">${failureMessage}</div>
          <div id="${ID}status" class="add-ok" role="status">${okMessage}</div>
        </form>
      </section>
    `;
  }

  private fieldLabel(name: FieldName, m: CaseTimelineMessages): string {
    const labels: Record<FieldName, string> = {
      type: m.fieldType,
      occurredOn: m.fieldOccurredOn,
      summary: m.fieldSummary,
      reportNumber: m.dataReportNumber,
      meetingType: m.dataMeetingType,
      plannedOn: m.dataPlannedOn,
      participants: m.dataParticipants,
      pupilHeard: m.dataPupilHeard,
      leadRole: m.fieldLeadRole,
      leadOrganisation: m.fieldLeadOrganisation,
      leadName: m.fieldLeadName,
      description: m.dataDescription,
      owner: m.dataOwner,
      dueOn: m.dataDueOn,
      granted: m.dataGranted,
      offerType: m.dataOfferType,
      startDate: m.dataStartDate,
      hoursPerWeek: m.dataHoursPerWeek,
      reason: m.dataReason,
    };
    return labels[name];
  }

  private problemText(problem: FieldProblem, label: string, m: CaseTimelineMessages): string {
    switch (problem.kind) {
      case 'required':
        return m.required(label);
      case 'choose':
        return m.chooseRequired(label);
      case 'date':
        return m.invalidDate(label);
      case 'nonexistent':
        return m.nonexistentDate(label);
      case 'future':
        return m.futureDate(label);
      case 'hours':
        return m.invalidHours;
      case 'participants':
        return m.participantsRequired;
    }
  }

  private renderField(name: FieldName, m: CaseTimelineMessages, locale: Locale): TemplateResult {
    const label = this.fieldLabel(name, m);
    const problem = this.problems.get(name);
    const error = problem ? this.problemText(problem, label, m) : '';
    switch (name) {
      case 'type':
        return this.select(name, label, error, [...ADDABLE_TYPES].map((t) => [t, labelOf('eventType', t, locale)]), m.chooseType, (v) =>
          this.onTypeChange(v),
        );
      case 'meetingType':
        return this.select(name, label, error, MEETING_TYPES.map((t) => [t, labelOf('meetingType', t, locale)]), m.chooseOption);
      case 'leadRole':
        return this.select(name, label, error, LEAD_ROLES.map((r) => [r, labelOf('role', r, locale)]), m.chooseOption);
      case 'offerType':
        return this.select(name, label, error, OFFER_TYPES.map((t) => [t, labelOf('offerType', t, locale)]), m.chooseOption);
      case 'reason':
        return this.select(name, label, error, CLOSURE_REASONS.map((r) => [r, labelOf('closureReason', r, locale)]), m.chooseOption);
      case 'pupilHeard':
      case 'granted':
        return this.yesNo(name, label, error, m);
      case 'participants':
        return this.participants(label, error, m, locale);
      case 'occurredOn':
      case 'plannedOn':
      case 'dueOn':
      case 'startDate':
        // inputmode text: a numeric keypad has no '-', '/' or '.' to type 2-12-2026 with.
        return this.text(name, label, error, m.occurredOnHint, 'text');
      case 'hoursPerWeek':
        return this.text(name, label, error, '', 'decimal');
      case 'summary':
        return this.textarea(name, label, error, m.summaryHint, isSummaryRequired(this.draft.type), locale);
      case 'reportNumber':
        return this.text(name, label, error, '', 'text');
      default:
        // Prose (a description, an owner, a name): warn when it holds something like a BSN.
        return this.text(name, label, error, '', 'text', true, locale);
    }
  }

  private describedBy(name: FieldName, hint: string, error: string, warning = ''): string | typeof nothing {
    const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : '', warning ? bsnWarningId(fieldId(name)) : '']
      .filter(Boolean)
      .join(' ');
    return ids || nothing;
  }

  private errorText(name: FieldName, error: string) {
    return error ? html`<p class="field-error" id="${fieldId(name)}-error">${error}</p>` : nothing;
  }

  private text(name: FieldName, label: string, error: string, hint: string, inputmode: string, required = true, proseIn?: Locale): TemplateResult {
    const value = this.draft[name] as string;
    const warning = proseIn ? bsnWarningText(value, proseIn) : '';
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${fieldId(name)}>${label}</label>
      ${hint ? html`<p class="hint" id="${fieldId(name)}-hint">${hint}</p>` : nothing} ${this.errorText(name, error)}
      <input
        id=${fieldId(name)}
        type="text"
        inputmode=${inputmode}
        autocomplete="off"
        .value=${value}
        ?required=${required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.describedBy(name, hint, error, warning)}
        @input=${(e: Event) => this.set(name as 'summary', (e.target as HTMLInputElement).value)}
        @blur=${() => this.validate(name)}
      />
      ${proseIn ? renderBsnWarning(fieldId(name), warning, proseIn) : nothing}
    </div>`;
  }

  private textarea(name: FieldName, label: string, error: string, hint: string, required: boolean, locale: Locale): TemplateResult {
    const warning = bsnWarningText(this.draft.summary, locale);
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${fieldId(name)}>${label}</label>
      <p class="hint" id="${fieldId(name)}-hint">${hint}</p>
      ${this.errorText(name, error)}
      <textarea
        id=${fieldId(name)}
        rows="3"
        maxlength="2000"
        .value=${this.draft.summary}
        ?required=${required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.describedBy(name, hint, error, warning)}
        @input=${(e: Event) => this.set('summary', (e.target as HTMLTextAreaElement).value)}
        @blur=${() => this.validate(name)}
      ></textarea>
      ${renderBsnWarning(fieldId(name), warning, locale)}
    </div>`;
  }

  private select(
    name: FieldName,
    label: string,
    error: string,
    options: readonly (readonly [string, string])[],
    placeholder: string,
    onChange?: (value: string) => void,
  ): TemplateResult {
    const value = this.draft[name] as string;
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${fieldId(name)}>${label}</label>
      ${this.errorText(name, error)}
      <select
        id=${fieldId(name)}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.describedBy(name, '', error)}
        @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          if (onChange) onChange(v);
          else this.set(name as 'meetingType', v);
        }}
        @blur=${() => this.validate(name)}
      >
        <option value="" ?selected=${value === ''}>${placeholder}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  private yesNo(name: 'pupilHeard' | 'granted', label: string, error: string, m: CaseTimelineMessages): TemplateResult {
    const value = this.draft[name];
    const radio = (v: 'yes' | 'no', text: string, first: boolean) => html`<label class="choice">
      <input
        type="radio"
        id=${first ? fieldId(name) : `${fieldId(name)}-${v}`}
        name=${fieldId(name)}
        value=${v}
        .checked=${value === v}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${() => this.set(name, v)}
      />
      ${text}
    </label>`;
    return html`<fieldset
      class="field ${error ? 'invalid' : ''}"
      aria-describedby=${error ? `${fieldId(name)}-error` : nothing}
      @focusout=${(e: FocusEvent) => {
        if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) this.validate(name);
      }}
    >
      <legend>${label}</legend>
      ${this.errorText(name, error)}
      <div class="choices inline">${radio('yes', m.yes, true)} ${radio('no', m.no, false)}</div>
    </fieldset>`;
  }

  private participants(label: string, error: string, m: CaseTimelineMessages, locale: Locale): TemplateResult {
    const chosen = new Set(this.draft.participants);
    const toggle = (role: string, on: boolean) => {
      const next = PARTICIPANT_ROLES.filter((r) => (r === role ? on : chosen.has(r)));
      this.set('participants', next);
    };
    const text = (role: string) =>
      role === 'ouders' ? m.participantOuders : role === 'leerling' ? m.participantLeerling : labelOf('role', role, locale);
    return html`<fieldset
      class="field ${error ? 'invalid' : ''}"
      aria-describedby=${error ? `${fieldId('participants')}-error` : nothing}
      @focusout=${(e: FocusEvent) => {
        if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) this.validate('participants');
      }}
    >
      <legend>${label}</legend>
      ${this.errorText('participants', error)}
      <div class="choices">
        ${PARTICIPANT_ROLES.map(
          (role, i) => html`<label class="choice">
            <input
              type="checkbox"
              id=${i === 0 ? fieldId('participants') : `${fieldId('participants')}-${role}`}
              value=${role}
              .checked=${chosen.has(role)}
              @change=${(e: Event) => toggle(role, (e.target as HTMLInputElement).checked)}
            />
            ${text(role)}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
}
