// "Vergelijken met": the comparison options of the selected period. For a school year (whole or so
// far) "the period before" and "the same period last year" are the same span, so the choice is
// between earlier school years, named by their years; other periods keep the three modes.
import { html, type TemplateResult } from 'lit';
import type { Period } from '@thuiszitters/domain';
import type { ReasonChartMessages } from './messages.js';
import { comparisonPeriod, isComparisonMode, schoolYearLabel, type ComparisonMode } from './period.js';

export interface ComparisonChoice {
  value: ComparisonMode;
  label: string;
}

/** The mode in effect: for a school year `last-year` is `previous` (the same school year before). */
export function effectiveComparison(mode: unknown, schoolYear: boolean): ComparisonMode {
  const valid = isComparisonMode(mode) ? mode : 'previous';
  return schoolYear && valid === 'last-year' ? 'previous' : valid;
}

export function comparisonChoices(period: Period | null, schoolYear: boolean, m: ReasonChartMessages): ComparisonChoice[] {
  if (schoolYear && period) {
    return [
      { value: 'previous', label: m.comparisonSchoolYearBefore(schoolYearLabel(comparisonPeriod(period, 'previous'))) },
      { value: 'two-years-ago', label: m.comparisonTwoSchoolYearsBefore(schoolYearLabel(comparisonPeriod(period, 'two-years-ago'))) },
    ];
  }
  return [
    { value: 'previous', label: m.comparisonPrevious },
    { value: 'last-year', label: m.comparisonLastYear },
    { value: 'two-years-ago', label: m.comparisonTwoYearsAgo },
  ];
}

export function renderComparisonSelect(
  id: string,
  selected: ComparisonMode,
  choices: ComparisonChoice[],
  onChange: (event: Event) => void,
  label: string,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} class="comparison-select" @change=${onChange}>
      ${choices.map((c) => html`<option value=${c.value} ?selected=${selected === c.value}>${c.label}</option>`)}
    </select>
  </div>`;
}
