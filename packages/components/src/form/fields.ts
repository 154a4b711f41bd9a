// The field templates of the form kit: one per kind of native control, each in the NL Design
// System order label → hint → error → control, wired with aria-describedby / aria-invalid.
// Every control carries `data-field` so a form handles all of them with three listeners
// (input, change, focusout) and the FormController finds the field of any control.
// Free text (`textareaField`, `textField` with `prose`) shows the BSN warning under it.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../i18n/locale.js';
import { bsnWarningId, bsnWarningText, renderBsnWarning } from '../base/bsn-warning.js';

/** The two words every field may say, in the element's language. */
export interface FieldTexts {
  /** The tag after an optional field's label. */
  optional: string;
  /** Read before an error by screen readers ("Fout:"); empty: the error is read as is. */
  errorPrefix: string;
}

export interface FieldContext<V extends object = Record<string, unknown>> {
  values: V;
  texts: FieldTexts;
  /** The message to show beside the field, if it has an error now. */
  errorOf(key: keyof V & string): string | undefined;
  /** While sending: text stays readable and focusable but cannot change under the request. */
  busy?: boolean;
  /** The language of the BSN warning under free-text fields. */
  locale: Locale;
  /** Start of every control id (default `f-`); an element with older ids keeps them (`tz-add-`). */
  idPrefix?: string;
}

export interface Option {
  value: string;
  label: string;
}

interface FieldOptions {
  hint?: string;
  optional?: boolean;
}

export const fieldId = (key: string, prefix = 'f-') => `${prefix}${key}`;

function describedBy(prefix: string | undefined, key: string, hint: string | undefined, error: string | undefined, warning = ''): string | undefined {
  const ids = [hint ? `${fieldId(key, prefix)}-hint` : '', error ? `${fieldId(key, prefix)}-error` : '', warning ? bsnWarningId(fieldId(key, prefix)) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function labelText(ctx: FieldContext<object>, label: string, optional?: boolean) {
  return html`${label}${optional && ctx.texts.optional ? html` <span class="optional-tag">${ctx.texts.optional}</span>` : nothing}`;
}

function hintAndError(ctx: FieldContext<object>, key: string, hint: string | undefined, error: string | undefined) {
  return html`${hint ? html`<p class="hint" id="${fieldId(key, ctx.idPrefix)}-hint">${hint}</p>` : nothing}${error
    ? html`<p class="error" id="${fieldId(key, ctx.idPrefix)}-error">${ctx.texts.errorPrefix ? html`<span class="visually-hidden">${ctx.texts.errorPrefix} </span>` : nothing}${error}</p>`
    : nothing}`;
}

export function textField<V extends object>(ctx: FieldContext<V>, key: keyof V & string,
  label: string,
  options: FieldOptions & { type?: 'text' | 'date' | 'month' | 'url'; max?: string; short?: boolean; autocomplete?: string; maxlength?: number; prose?: boolean; inputmode?: string } = {},
): TemplateResult {
  const error = ctx.errorOf(key);
  const value = (ctx.values[key] as unknown);
  // Free text (a name, an organisation) gets the BSN warning; codes and dates do not.
  const warning = options.prose && typeof value === 'string' ? bsnWarningText(value, ctx.locale) : '';
  return html`<div class="field ${error ? 'invalid' : ''}" part="field">
    <label for=${fieldId(key, ctx.idPrefix)}>${labelText(ctx, label, options.optional)}</label>
    ${hintAndError(ctx, key, options.hint, error)}
    <input
      id=${fieldId(key, ctx.idPrefix)}
      name=${key}
      data-field=${key}
      type=${options.type ?? 'text'}
      class=${options.short ? 'short' : ''}
      .value=${live(typeof value === 'string' ? value : '')}
      max=${ifDefined(options.max)}
      maxlength=${ifDefined(options.maxlength)}
      inputmode=${ifDefined(options.inputmode)}
      autocomplete=${options.autocomplete ?? 'off'}
      ?readonly=${ctx.busy}
      spellcheck="false"
      aria-required=${options.optional ? 'false' : 'true'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(ctx.idPrefix, key, options.hint, error, warning))}
    />
    ${options.prose ? renderBsnWarning(fieldId(key, ctx.idPrefix), warning, ctx.locale) : nothing}
  </div>`;
}

export function textareaField<V extends object>(ctx: FieldContext<V>, key: keyof V & string, label: string, options: FieldOptions & { maxlength?: number; rows?: number } = {}): TemplateResult {
  const error = ctx.errorOf(key);
  const value = (ctx.values[key] as unknown);
  const warning = typeof value === 'string' ? bsnWarningText(value, ctx.locale) : '';
  return html`<div class="field ${error ? 'invalid' : ''}" part="field">
    <label for=${fieldId(key, ctx.idPrefix)}>${labelText(ctx, label, options.optional)}</label>
    ${hintAndError(ctx, key, options.hint, error)}
    <textarea
      id=${fieldId(key, ctx.idPrefix)}
      name=${key}
      data-field=${key}
      rows=${options.rows ?? 4}
      ?readonly=${ctx.busy}
      maxlength=${ifDefined(options.maxlength)}
      .value=${live(typeof value === 'string' ? value : '')}
      aria-required=${options.optional ? 'false' : 'true'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(ctx.idPrefix, key, options.hint, error, warning))}
    ></textarea>
    ${renderBsnWarning(fieldId(key, ctx.idPrefix), warning, ctx.locale)}
  </div>`;
}

export function selectField<V extends object>(ctx: FieldContext<V>, key: keyof V & string, label: string, choices: Option[], options: FieldOptions & { placeholder: string }): TemplateResult {
  const error = ctx.errorOf(key);
  const value = String((ctx.values[key] as unknown) ?? '');
  return html`<div class="field ${error ? 'invalid' : ''}" part="field">
    <label for=${fieldId(key, ctx.idPrefix)}>${labelText(ctx, label, options.optional)}</label>
    ${hintAndError(ctx, key, options.hint, error)}
    <select
      id=${fieldId(key, ctx.idPrefix)}
      name=${key}
      data-field=${key}
      aria-required=${options.optional ? 'false' : 'true'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(ctx.idPrefix, key, options.hint, error))}
    >
      <option value="" .selected=${live(value === '')}>${options.placeholder}</option>
      ${choices.map((c) => html`<option value=${c.value} .selected=${live(value === c.value)}>${c.label}</option>`)}
    </select>
  </div>`;
}

/** Radios in a fieldset: the legend is the question; the first radio is the target of error links. */
export function radioField<V extends object>(ctx: FieldContext<V>, key: keyof V & string, label: string, choices: Option[], options: FieldOptions = {}): TemplateResult {
  const error = ctx.errorOf(key);
  const value = String((ctx.values[key] as unknown) ?? '');
  return html`<fieldset class="field ${error ? 'invalid' : ''}" part="field" aria-describedby=${ifDefined(describedBy(ctx.idPrefix, key, options.hint, error))}>
    <legend>${labelText(ctx, label, options.optional)}</legend>
    ${hintAndError(ctx, key, options.hint, error)}
    <div class="choices">
      ${choices.map(
        (c, i) => html`<label class="choice">
          <input
            type="radio"
            id=${i === 0 ? fieldId(key, ctx.idPrefix) : `${fieldId(key, ctx.idPrefix)}-${c.value}`}
            name=${key}
            data-field=${key}
            value=${c.value}
            .checked=${live(value === c.value)}
            aria-invalid=${error ? 'true' : 'false'}
          />
          <span>${c.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** A group of checkboxes for one list-valued field. */
export function checkboxGroup<V extends object>(ctx: FieldContext<V>, key: keyof V & string, label: string, choices: Option[], options: FieldOptions = {}): TemplateResult {
  const error = ctx.errorOf(key);
  const selected = (ctx.values[key] as unknown);
  const isChecked = (v: string) => Array.isArray(selected) && selected.includes(v);
  return html`<fieldset class="field ${error ? 'invalid' : ''}" part="field" aria-describedby=${ifDefined(describedBy(ctx.idPrefix, key, options.hint, error))}>
    <legend>${labelText(ctx, label, options.optional)}</legend>
    ${hintAndError(ctx, key, options.hint, error)}
    <div class="choices stacked">
      ${choices.map(
        (c, i) => html`<label class="choice">
          <input
            type="checkbox"
            id=${i === 0 ? fieldId(key, ctx.idPrefix) : `${fieldId(key, ctx.idPrefix)}-${c.value}`}
            name=${key}
            data-field=${key}
            value=${c.value}
            .checked=${live(isChecked(c.value))}
          />
          <span>${c.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** One checkbox that answers a yes/no question on its own. */
export function checkboxField<V extends object>(ctx: FieldContext<V>, key: keyof V & string, label: string): TemplateResult {
  return html`<div class="field">
    <label class="choice">
      <input type="checkbox" id=${fieldId(key, ctx.idPrefix)} name=${key} data-field=${key} .checked=${live((ctx.values[key] as unknown) === true)} />
      <span>${label}</span>
    </label>
  </div>`;
}
