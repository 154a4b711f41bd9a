// The "add evidence" form of each point: two kit fields on a FormController per point (ids
// `evidence-<n>-title|url`); Enter or the button validates, focuses the first field in error, or
// hands the trimmed evidence to the element to save and starts the form over.
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ROUTEKAART_POINTS } from '@thuiszitters/domain';
import { FormController, type FieldError } from '../form/form-controller.js';
import { textField, type FieldContext } from '../form/fields.js';
import { fieldErrorText, type FieldErrorWords } from '../form/field-error-text.js';
import type { Locale } from '../i18n/locale.js';
import { isHttpUrl, type Evidence } from './assessment-model.js';
import type { RoutekaartMessages } from './messages.js';

type EvidenceError = 'titleRequired' | 'urlRequired' | 'urlInvalid';

const EMPTY: Evidence = { title: '', url: '' };

function check(key: keyof Evidence, values: Evidence): FieldError<EvidenceError> | undefined {
  if (key === 'title') return values.title.trim() === '' ? { code: 'titleRequired' } : undefined;
  if (values.url.trim() === '') return { code: 'urlRequired' };
  return isHttpUrl(values.url) ? undefined : { code: 'urlInvalid' };
}

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class EvidenceForms {
  // One controller per point: each point's form has its own values, errors and focus, and the
  // kit's controller is per form (a shared one keyed by point would key every field twice).
  private readonly forms = new Map<number, FormController<Evidence, EvidenceError>>();

  constructor(
    private readonly host: Host,
    /** Saves the new evidence of a point (starts at once; resolves when saved). */
    private readonly add: (n: number, evidence: Evidence) => Promise<void>,
  ) {
    for (const { number: n } of ROUTEKAART_POINTS) {
      this.forms.set(
        n,
        new FormController<Evidence, EvidenceError>(host, {
          base: () => EMPTY,
          order: ['title', 'url'],
          validateField: check,
          fieldId: (key) => `evidence-${n}-${key}`,
          // No summary for two fields beside their button: focus goes to the first one in error.
          invalidFocus: 'field',
          // Leaving the form empty is fine until the user asks to add.
          checkBlankOnBlur: false,
        }),
      );
    }
  }

  private formOf(n: number): FormController<Evidence, EvidenceError> {
    return this.forms.get(n)!;
  }

  async submit(n: number): Promise<void> {
    const form = this.formOf(n);
    if (!(await form.validate())) return;
    const { title, url } = form.values;
    form.clear();
    const saved = this.add(n, { title: title.trim(), url: url.trim() });
    await this.host.updateComplete;
    form.focusField('title');
    await saved;
  }

  render(n: number, m: RoutekaartMessages, locale: Locale): TemplateResult {
    const form = this.formOf(n);
    const words: FieldErrorWords<EvidenceError> = {
      server: (label, reason) => `${label}: ${reason}`,
      titleRequired: m.errorTitleRequired,
      urlRequired: m.errorUrlRequired,
      urlInvalid: m.errorUrlInvalid,
    };
    const messageOf = (key: keyof Evidence, error: FieldError<EvidenceError>) => fieldErrorText(error, key === 'title' ? m.evidenceTitle : m.evidenceUrl, words);
    const ctx: FieldContext<Evidence> = {
      values: form.values,
      texts: { optional: '', errorPrefix: '' },
      errorOf: (key) => form.errorOf(key, messageOf),
      locale,
      idPrefix: `evidence-${n}-`,
    };
    return html`<fieldset
      class="evidence-form"
      @input=${(e: Event) => {
        const key = form.fieldOf(e.target);
        if (key) form.set({ ...form.edits, [key]: (e.target as HTMLInputElement).value });
      }}
      @focusout=${(e: FocusEvent) => form.blur(e)}
      @keydown=${(e: KeyboardEvent) => {
        // Enter in an evidence field adds it, as Enter submits a one-line form.
        if (e.key !== 'Enter' || !form.fieldOf(e.target)) return;
        e.preventDefault();
        void this.submit(n);
      }}
    >
      <legend>${m.addEvidence}</legend>
      ${textField(ctx, 'title', m.evidenceTitle, { maxlength: 200 })}
      ${textField(ctx, 'url', m.evidenceUrl, { type: 'url', hint: m.evidenceUrlHint, maxlength: 2048, inputmode: 'url' })}
      <button type="button" class="button secondary" data-action="add-evidence" @click=${() => this.submit(n)}>${m.addEvidence}</button>
    </fieldset>`;
  }
}
