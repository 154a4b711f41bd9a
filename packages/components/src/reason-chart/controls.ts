// The chart's controls: reason scope, school picker, period preset (with custom dates) and
// comparison, or, for a caller that gets whole school years only, two presets and why; and what
// a change in them does to the element's selection properties.
import { html, nothing, type TemplateResult } from 'lit';
import type { Period } from '@thuiszitters/domain';
import { isComparisonMode, isPeriodPreset, type ComparisonMode } from '../shared/period.js';
import type { PeriodSelectionProperties } from '../shared/period-selection.js';
import type { ReasonScope } from '../shared/selection.js';
import { renderComparisonSelect, type ComparisonChoice } from './comparison-choices.js';
import type { ReasonChartMessages } from './messages.js';

export interface ControlActions {
  onPreset: (event: Event) => void;
  onComparison: (event: Event) => void;
  onCustomDate: (which: 'from' | 'to', event: Event) => void;
  onScope: (scope: ReasonScope) => void;
}

type Target = Pick<PeriodSelectionProperties, 'period' | 'from' | 'to' | 'comparison' | 'reasonScope'> & {
  readonly selectedPeriod: Period | null;
};

/** The controls' handlers: they set `target`'s properties, then `changed` tells the host. */
export function controlActions(target: Target, changed: { period: () => void; scope: (scope: ReasonScope) => void }): ControlActions {
  return {
    onPreset: (event) => {
      const value = (event.target as HTMLSelectElement).value;
      if (!isPeriodPreset(value)) return;
      if (value === 'custom' && (!target.from || !target.to)) {
        // Start a custom period from what was shown, so the date fields are never empty.
        const current = target.selectedPeriod;
        target.from = current?.from;
        target.to = current?.to;
      }
      target.period = value;
      changed.period();
    },
    onComparison: (event) => {
      const value = (event.target as HTMLSelectElement).value;
      if (!isComparisonMode(value)) return;
      target.comparison = value;
      changed.period();
    },
    onCustomDate: (which, event) => {
      target[which] = (event.target as HTMLInputElement).value || undefined;
      if (target.selectedPeriod) changed.period();
    },
    onScope: (scope) => {
      if (scope === target.reasonScope) return;
      target.reasonScope = scope;
      changed.scope(scope);
    },
  };
}

export interface ControlsView extends ControlActions {
  /** The element's id prefix. */
  id: string;
  m: ReasonChartMessages;
  period: string;
  from?: string;
  to?: string;
  reasonScope: ReasonScope;
  /** A custom period with both dates whose end lies before its start. */
  customInvalid: boolean;
  comparison: ComparisonMode;
  comparisonChoices: ComparisonChoice[];
  /** The school combobox, or nothing when the picker is hidden. */
  schoolPicker: TemplateResult | typeof nothing;
}

export function renderControls(v: ControlsView): TemplateResult {
  const { id, m } = v;
  return html`<div class="controls" part="controls">
    <fieldset>
      <legend>${m.scopeLegend}</legend>
      ${(['primary', 'all'] as const).map(
        (scope) => html`<label class="radio">
          <input type="radio" name="${id}-scope" value=${scope} .checked=${v.reasonScope === scope} @change=${() => v.onScope(scope)} />
          ${scope === 'primary' ? m.scopePrimary : m.scopeAll}
        </label>`,
      )}
    </fieldset>
    ${v.schoolPicker}
    <div>
      ${presetSelect(v, [
        ['this-school-year', m.presetThisSchoolYear],
        ['last-school-year', m.presetLastSchoolYear],
        ['last-3-months', m.presetLast3Months],
        ['custom', m.presetCustom],
      ])}
      ${v.period === 'custom'
        ? html`${dateField(v, 'from', m.customFrom)} ${dateField(v, 'to', m.customTo)}
          ${v.customInvalid ? html`<p class="field-error" id="${id}-custom-error">${m.customInvalid}</p>` : nothing}`
        : nothing}
      ${comparisonSelect(v)}
    </div>
  </div>`;
}

/** Controls when only whole school years may be asked for: two presets, and why. */
export function renderSchoolYearControls(v: ControlsView): TemplateResult {
  const { id, m } = v;
  return html`<div class="controls" part="controls">
    ${v.schoolPicker}
    <div>
      ${presetSelect(
        { ...v, period: v.period === 'last-school-year' ? 'last-school-year' : 'this-school-year' },
        [
          ['this-school-year', m.presetWholeSchoolYear],
          ['last-school-year', m.presetLastSchoolYear],
        ],
        `${id}-publication`,
      )}
      ${comparisonSelect(v)}
    </div>
    <p class="publication-note" id="${id}-publication">${m.publicationNote}</p>
  </div>`;
}

function presetSelect(v: ControlsView, presets: [string, string][], describedBy?: string) {
  return html`<div class="field">
    <label for="${v.id}-period">${v.m.periodLabel}</label>
    <select id="${v.id}-period" class="period-select" aria-describedby=${describedBy ?? nothing} @change=${v.onPreset}>
      ${presets.map(([value, label]) => html`<option value=${value} ?selected=${v.period === value}>${label}</option>`)}
    </select>
  </div>`;
}

function dateField(v: ControlsView, which: 'from' | 'to', label: string) {
  const id = `${v.id}-${which}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      class="custom-${which}"
      type="date"
      .value=${v[which] ?? ''}
      aria-invalid=${v.customInvalid ? 'true' : 'false'}
      aria-describedby=${v.customInvalid ? `${v.id}-custom-error` : nothing}
      @change=${(e: Event) => v.onCustomDate(which, e)}
    />
  </div>`;
}

function comparisonSelect(v: ControlsView) {
  return renderComparisonSelect(`${v.id}-comparison`, v.comparison, v.comparisonChoices, v.onComparison, v.m.comparisonLabel);
}
