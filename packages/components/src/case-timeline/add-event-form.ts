// The add-event form, the NL Design System way: label → description → error → control, validated
// on blur and on submit (never while typing), `novalidate`, and after a failed submit an error
// summary whose heading takes focus and whose items link to the fields. The form kit's
// FormController keeps values, errors and the summary; this adds the type switch, the send
// (one idempotency key per distinct event) and the markup, rendered in the element's shadow root.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { IsoDate, Locale } from '@thuiszitters/domain';
import { newIdempotencyKey, type InvalidParam } from '@thuiszitters/sdk';
import { FormController, type Errors, type FieldError } from '../form/form-controller.js';
import { type FieldContext } from '../form/fields.js';
import { errorSummary } from '../form/error-summary.js';
import { PARTICIPANT_ROLES, checkDraft, checkField, emptyDraft, fieldsOf, toPayload, type Draft, type EventPayload, type FieldName } from './event-draft.js';
import { problemText, renderField, type ProblemCode } from './add-event-fields.js';
import type { CaseTimelineMessages } from './messages.js';

/** What the element does with a valid payload; resolves to true when it was accepted. */
export type SubmitHandler = (payload: EventPayload, idempotencyKey: string) => Promise<boolean>;

interface FormHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const ID = 'tz-add-';

/** Every field in screen order (a type shows a subset: `fieldsOf`); the summary follows it. */
const FIELD_ORDER: readonly FieldName[] = [
  'type',
  'occurredOn',
  'reportNumber',
  'meetingType',
  'plannedOn',
  'participants',
  'pupilHeard',
  'leadRole',
  'leadOrganisation',
  'leadName',
  'description',
  'owner',
  'dueOn',
  'granted',
  'offerType',
  'startDate',
  'hoursPerWeek',
  'reason',
  'summary',
];

/** Fields of the form that the server may name in `invalidParams` (dotted contract paths). */
const SERVER_FIELD: Record<string, FieldName> = {
  occurredOn: 'occurredOn',
  summary: 'summary',
  'data.reportNumber': 'reportNumber',
  'data.meetingType': 'meetingType',
  'data.plannedOn': 'plannedOn',
  'data.participants': 'participants',
  'data.pupilHeard': 'pupilHeard',
  'data.lead.role': 'leadRole',
  'data.lead.organisation': 'leadOrganisation',
  'data.lead.name': 'leadName',
  'data.description': 'description',
  'data.owner': 'owner',
  'data.dueOn': 'dueOn',
  'data.granted': 'granted',
  'data.offer.type': 'offerType',
  'data.offer.startDate': 'startDate',
  'data.offer.hoursPerWeek': 'hoursPerWeek',
  'data.hoursPerWeek': 'hoursPerWeek',
};

const asError = (problem: { kind: ProblemCode } | null): FieldError<ProblemCode> | undefined => (problem ? { code: problem.kind } : undefined);

export class AddEventFormController implements ReactiveController {
  /** Values (an empty draft dated today, plus the user's edits), errors and the summary. */
  readonly form: FormController<Draft, ProblemCode>;
  submitting = false;
  /** A key per distinct payload: retrying the same event reuses it, an edited event gets a new one. */
  private attempt?: { body: string; key: string };

  constructor(
    private readonly host: FormHost,
    today: () => IsoDate,
    private readonly onSubmit: SubmitHandler,
  ) {
    host.addController(this);
    // The date field is a base value until the user types one: it follows a later `today`.
    this.form = new FormController<Draft, ProblemCode>(host, {
      base: () => emptyDraft(today()),
      order: FIELD_ORDER,
      validateField: (name, draft) => asError(checkField(draft, name, today())),
      validateAll: (draft) => {
        const errors: Errors<Draft, ProblemCode> = {};
        for (const [name, problem] of checkDraft(draft, today())) errors[name] = asError(problem);
        return errors;
      },
      isRelevant: (name, draft) => fieldsOf(draft.type).includes(name),
      serverPaths: SERVER_FIELD,
      fieldId: (name) => `${ID}${name}`,
      summarySelector: `#${ID}summary-heading`,
      validateOnBlur: 'every',
    });
  }

  hostConnected(): void {}

  private set<K extends FieldName>(name: K, value: Draft[K]): void {
    this.form.set({ ...this.form.edits, [name]: value });
  }

  private changeType(type: string): void {
    // A new type starts its own fields fresh; date and summary carry over.
    const { occurredOn, summary } = this.form.edits;
    this.form.clear({
      ...(occurredOn === undefined ? {} : { occurredOn }),
      ...(summary === undefined ? {} : { summary }),
      type: type as Draft['type'],
    });
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    // The button is aria-disabled while sending, not disabled (that would drop keyboard focus to
    // <body>), so a second press arrives here and is ignored.
    if (this.submitting) return;
    const draft = this.form.values;
    if (!(await this.form.validate())) return;
    const payload = toPayload(draft);
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
      this.form.clear();
    }
  }

  /** The server's 400/422 `invalidParams` on the fields, in the summary, which takes focus. */
  showServerErrors(invalidParams: readonly InvalidParam[]): Promise<void> {
    return this.form.showServerErrors(invalidParams);
  }

  // ── input (the kit's controls carry `data-field`; one listener serves them all) ──

  /** It listens while events travel down (capture): a script's `new Event('input')` does not bubble, a user's does. */
  private onInput = {
    capture: true,
    handleEvent: (e: Event): void => this.input(e),
  };

  private input(e: Event): void {
    const control = e.target as HTMLInputElement;
    const name = this.form.fieldOf(control);
    if (!name) return;
    if (name === 'type') this.changeType(control.value);
    else if (name === 'participants') {
      const checked = [...this.host.renderRoot.querySelectorAll<HTMLInputElement>('input[data-field="participants"]')].filter((i) => i.checked).map((i) => i.value);
      this.set('participants', PARTICIPANT_ROLES.filter((r) => checked.includes(r)));
    } else if (control.type === 'radio') {
      if (control.checked) this.set(name as 'granted', control.value as Draft['granted']);
    } else this.set(name as 'summary', control.value);
  }

  /** A field is checked each time focus leaves it (a radio or checkbox group: when it leaves the group). */
  private onBlur = {
    handleEvent: (e: FocusEvent): void => {
      this.form.blur(e);
      // Once every error is fixed the summary goes; a later error shows beside its field only.
      if (this.form.showSummary && Object.keys(this.form.errors).length === 0 && this.form.otherErrors.length === 0) this.form.hideSummary();
    },
    // `blur` does not bubble: the form hears it while it travels down (as `input` above).
    capture: true,
  };

  // ── rendering (the form kit's templates, summary and stylesheet) ──────────

  render(m: CaseTimelineMessages, locale: Locale, okMessage: string, failureMessage: string): TemplateResult {
    const draft = this.form.values;
    const messageOf = (name: FieldName, error: FieldError<ProblemCode>) => problemText(m, name, error);
    const errors = this.form.visibleErrors(messageOf, draft);
    const otherErrors = this.form.otherErrors;
    const ctx: FieldContext<Draft> = {
      values: draft,
      texts: { optional: '', errorPrefix: '' },
      errorOf: (name) => this.form.errorOf(name, messageOf, draft),
      locale,
      idPrefix: ID,
    };
    return html`
      <section class="add" part="add-form" aria-labelledby="${ID}heading">
        <h2 id="${ID}heading">${m.addHeading}</h2>
        <p class="hint">${m.addIntro}</p>
        ${this.form.showSummary && (errors.length > 0 || otherErrors.length > 0)
          ? errorSummary({
              title: m.errorSummaryTitle,
              items: [...errors.map(([name, message]) => ({ message, targetId: this.form.fieldId(name) })), ...otherErrors.map((message) => ({ message }))],
              onPick: (id) => this.form.focus(`#${id}`),
              titleId: `${ID}summary-heading`,
              headingLevel: 3,
              className: 'error-summary',
            })
          : nothing}
        <form novalidate @submit=${(e: Event) => this.submit(e)} @input=${this.onInput} @change=${this.onInput} @blur=${this.onBlur}>
          ${fieldsOf(draft.type).map((name) => renderField(ctx, name, m, locale))}
          ${draft.type === 'caseClosed' ? html`<p class="hint">${m.closedNote}</p>` : nothing}
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
}
