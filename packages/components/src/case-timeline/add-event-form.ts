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
import { checkboxGroup, radioField, selectField, textField, textareaField, type FieldContext } from '../form/fields.js';
import { errorSummary } from '../form/error-summary.js';
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
    const target = root.querySelector<HTMLElement>(`#${fieldId(name)}`);
    target?.focus();
  }

  // ── rendering (the form kit's templates, summary and stylesheet) ──────────

  /**
   * The kit's controls carry `data-field`; one listener serves them all. It listens while events
   * travel down (capture): a script's `new Event('input')` does not bubble, a user's does.
   */
  private onInput = {
    capture: true,
    handleEvent: (e: Event): void => this.input(e),
  };

  private input(e: Event): void {
    const control = e.target as HTMLInputElement;
    const name = control.dataset?.field as FieldName | undefined;
    if (!name) return;
    if (name === 'type') this.onTypeChange(control.value);
    else if (name === 'participants') {
      const checked = [...this.host.renderRoot.querySelectorAll<HTMLInputElement>('input[data-field="participants"]')].filter((i) => i.checked).map((i) => i.value);
      this.set('participants', PARTICIPANT_ROLES.filter((r) => checked.includes(r)));
    } else if (control.type === 'radio') {
      if (control.checked) this.set(name as 'granted', control.value as Draft['granted']);
    } else this.set(name as 'summary', control.value);
  }

  /** A field is checked when focus leaves it (a radio or checkbox group: when it leaves the group). */
  private onBlur = {
    handleEvent: (e: FocusEvent): void => {
      const name = (e.target as HTMLElement).dataset?.field as FieldName | undefined;
      if (!name || (e.relatedTarget as HTMLElement | null)?.dataset?.field === name) return;
      this.validate(name);
    },
    // `blur` does not bubble: the form hears it while it travels down (as `input` above).
    capture: true,
  };

  render(m: CaseTimelineMessages, locale: Locale, okMessage: string, failureMessage: string): TemplateResult {
    const fields = fieldsOf(this.draft.type);
    const label = (name: FieldName) => this.fieldLabel(name, m);
    const ctx: FieldContext<Draft> = {
      values: this.draft,
      texts: { optional: '', errorPrefix: '' },
      errorOf: (name) => {
        const problem = this.problems.get(name as FieldName);
        return problem ? this.problemText(problem, label(name as FieldName), m) : undefined;
      },
      locale,
      idPrefix: ID,
    };
    return html`
      <section class="add" part="add-form" aria-labelledby="${ID}heading">
        <h2 id="${ID}heading">${m.addHeading}</h2>
        <p class="hint">${m.addIntro}</p>
        ${this.showSummary && this.problems.size > 0
          ? errorSummary({
              title: m.errorSummaryTitle,
              items: [...this.problems].map(([name, problem]) => ({ message: this.problemText(problem, label(name), m), targetId: fieldId(name) })),
              onPick: (id) => this.focusField(id.slice(ID.length) as FieldName),
              titleId: `${ID}summary-heading`,
              headingLevel: 3,
              className: 'error-summary',
            })
          : nothing}
        <form novalidate @submit=${(e: Event) => this.submit(e)} @input=${this.onInput} @change=${this.onInput} @blur=${this.onBlur}>
          ${fields.map((name) => this.renderField(ctx, name, m, locale))}
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

  private renderField(ctx: FieldContext<Draft>, name: FieldName, m: CaseTimelineMessages, locale: Locale): TemplateResult {
    const label = this.fieldLabel(name, m);
    const choose = (values: readonly string[], kind: Parameters<typeof labelOf>[0]) => values.map((v) => ({ value: v, label: labelOf(kind, v, locale) }));
    switch (name) {
      case 'type':
        return selectField(ctx, name, label, choose([...ADDABLE_TYPES], 'eventType'), { placeholder: m.chooseType });
      case 'meetingType':
        return selectField(ctx, name, label, choose(MEETING_TYPES, 'meetingType'), { placeholder: m.chooseOption });
      case 'leadRole':
        return selectField(ctx, name, label, choose(LEAD_ROLES, 'role'), { placeholder: m.chooseOption });
      case 'offerType':
        return selectField(ctx, name, label, choose(OFFER_TYPES, 'offerType'), { placeholder: m.chooseOption });
      case 'reason':
        return selectField(ctx, name, label, choose(CLOSURE_REASONS, 'closureReason'), { placeholder: m.chooseOption });
      case 'pupilHeard':
      case 'granted':
        return radioField(ctx, name, label, [
          { value: 'yes', label: m.yes },
          { value: 'no', label: m.no },
        ]);
      case 'participants':
        return checkboxGroup(
          ctx,
          name,
          label,
          PARTICIPANT_ROLES.map((role) => ({
            value: role,
            label: role === 'ouders' ? m.participantOuders : role === 'leerling' ? m.participantLeerling : labelOf('role', role, locale),
          })),
        );
      case 'occurredOn':
      case 'plannedOn':
      case 'dueOn':
      case 'startDate':
        // inputmode text: a numeric keypad has no '-', '/' or '.' to type 2-12-2026 with.
        return textField(ctx, name, label, { hint: m.occurredOnHint, inputmode: 'text' });
      case 'hoursPerWeek':
        return textField(ctx, name, label, { inputmode: 'decimal' });
      case 'summary':
        return textareaField(ctx, name, label, { hint: m.summaryHint, optional: !isSummaryRequired(this.draft.type), maxlength: 2000, rows: 3 });
      case 'reportNumber':
        return textField(ctx, name, label, { inputmode: 'text' });
      default:
        // Prose (a description, an owner, a name): warn when it holds something like a BSN.
        return textField(ctx, name, label, { inputmode: 'text', prose: true });
    }
  }
}
