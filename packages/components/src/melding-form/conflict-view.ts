// The conflict view (edit mode, 412): per field the server changed, the user's value or theirs.
import { html, type TemplateResult } from 'lit';
import { isIsoDate } from '@thuiszitters/domain';
import type { ReferenceData } from '../context/contexts.js';
import type { Option } from '../form/fields.js';
import { formatDate, type Locale } from '../i18n/locale.js';
import { labelOf } from '../shared/labels.js';
import type { ConflictState, Side } from './conflict.js';
import { fieldLabel } from './error-text.js';
import type { FieldKey, MeldingValues } from './form-model.js';
import type { MeldingFormMessages } from './messages.js';

export interface ConflictViewContext {
  m: MeldingFormMessages;
  locale: Locale;
  schools: NonNullable<ReferenceData['schools']>;
  reasonOptions: Option[];
  /** The user picked a side for a field. */
  choose(key: FieldKey, side: Side): void;
  save(): void;
}

export function conflictView(conflict: ConflictState, ctx: ConflictViewContext): TemplateResult {
  const m = ctx.m;
  return html`<section class="conflict panel" part="conflict" aria-labelledby="conflict-title">
    <h2 id="conflict-title" tabindex="-1">${m.conflictTitle}</h2>
    <p>${conflict.rows.length > 0 ? m.conflictIntro : m.conflictNone}</p>
    ${conflict.rows.map(
      (row) => html`<fieldset>
        <legend>${fieldLabel(m, row.key)}</legend>
        <div class="choices stacked">
          ${(['mine', 'server'] as const).map(
            (side) => html`<label class="choice">
              <input type="radio" name="conflict-${row.key}" value=${side} .checked=${conflict.choices[row.key] === side} @change=${() => ctx.choose(row.key, side)} />
              <span>${side === 'mine' ? m.yours(displayValue(ctx, row.key, row.mine)) : m.theirs(displayValue(ctx, row.key, row.server))}</span>
            </label>`,
          )}
        </div>
      </fieldset>`,
    )}
    <div class="actions">
      <button type="button" class="button" @click=${() => ctx.save()}>${m.conflictSave}</button>
    </div>
  </section>`;
}

/** A value as the user reads it (labels, not codes; dates in their language). */
export function displayValue(ctx: ConflictViewContext, key: FieldKey, value: MeldingValues[FieldKey]): string {
  const { m, locale } = ctx;
  if (value === '' || value === false || (Array.isArray(value) && value.length === 0)) return key === 'hasExemption' ? m.no : m.empty;
  if (value === true) return m.yes;
  const reasonLabel = (code: string) => ctx.reasonOptions.find((r) => r.value === code)?.label ?? code;
  if (Array.isArray(value)) return value.map(reasonLabel).join(', ');
  switch (key) {
    case 'enrolled':
    case 'authorised':
      return value === 'yes' ? m.yes : m.no;
    case 'pupilHeard':
    case 'parentsHeard':
      return value === 'yes' ? m.heardYes : m.heardNo;
    case 'schoolType':
      return labelOf('schoolType', value, locale);
    case 'leadRole':
      return labelOf('role', value, locale);
    case 'exemptionGround':
      return labelOf('exemptionGround', value, locale);
    case 'primaryReason':
      return reasonLabel(value);
    case 'school': {
      const school = ctx.schools.find((s) => `${s.brin}${s.vestiging}` === value);
      return school ? `${school.name} (${value})` : value;
    }
    default:
      return isIsoDate(value) ? formatDate(value, locale) : value;
  }
}
