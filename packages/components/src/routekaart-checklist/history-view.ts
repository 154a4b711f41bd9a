// The history part of the checklist as pure templates: the section with its choice of an earlier
// assessment, "what changed per point since <date>" between two assessments, and the change log
// of one assessment (who, when, point, field, old → new).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ROUTEKAART_POINTS } from '@thuiszitters/domain';
import type { RoutekaartAssessment, RoutekaartChange } from '@thuiszitters/sdk';
import type { DataState } from '../base/data-controller.js';
import { formatDate, type Locale } from '../i18n/locale.js';
import { formatDateTime } from '../shared/date-time.js';
import { assessmentProblem, comparePoints } from './assessment-model.js';
import type { RoutekaartMessages } from './messages.js';
import { fieldLabel, formatFieldValue } from './value-format.js';

/** "old → new", read as "from old to new" by screen readers. */
export function renderFromTo(field: string, from: unknown, to: unknown, m: RoutekaartMessages, locale: Locale): TemplateResult {
  return html`<span class="visually-hidden">${m.changeFrom}</span> ${formatFieldValue(field, from, locale)} <span aria-hidden="true">→</span>
    <span class="visually-hidden">${m.changeTo}</span> ${formatFieldValue(field, to, locale)}`;
}

export function renderComparison(earlier: RoutekaartAssessment, later: RoutekaartAssessment, m: RoutekaartMessages, locale: Locale): TemplateResult {
  const comparison = comparePoints(earlier, later);
  return html`<div class="comparison" data-comparison aria-live="polite">
    <h4>${m.comparisonHeading(formatDate(earlier.assessedOn, locale))}</h4>
    ${comparison.length === 0
      ? html`<p>${m.comparisonNothing}</p>`
      : comparison.map(
          (point) => html`<h5>${m.pointHeading(point.pointNumber, ROUTEKAART_POINTS[point.pointNumber - 1].title[locale])}</h5>
            <ul data-compare-point=${point.pointNumber}>
              ${point.changes.map(
                (change) => html`<li data-field=${change.field}>
                  ${fieldLabel(change.field, locale)}: ${renderFromTo(change.field, change.from, change.to, m, locale)}
                </li>`,
              )}
            </ul>`,
        )}
  </div>`;
}

/** The change log, newest first (the server may list oldest first). */
export function renderChangeLog(changes: readonly RoutekaartChange[], m: RoutekaartMessages, locale: Locale): TemplateResult {
  const sorted = [...changes].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return html`<h4 id="changes-heading">${m.changesHeading}</h4>
    ${sorted.length === 0
      ? html`<p>${m.noChanges}</p>`
      : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="changes-heading">
          <table class="changes-table" data-changes>
            <thead>
              <tr>
                <th scope="col">${m.changesWhen}</th>
                <th scope="col">${m.changesWho}</th>
                <th scope="col">${m.changesPoint}</th>
                <th scope="col">${m.changesField}</th>
                <th scope="col">${m.changesChange}</th>
              </tr>
            </thead>
            <tbody>
              ${sorted.map(
                (change) => html`<tr>
                  <td>${formatDateTime(change.at, locale)}</td>
                  <td>${change.actor?.name ?? change.actor?.organisation ?? m.unknownActor}</td>
                  <td>${change.pointNumber}. ${ROUTEKAART_POINTS[change.pointNumber - 1]?.title[locale] ?? ''}</td>
                  <td>${fieldLabel(change.field, locale)}</td>
                  <td>${renderFromTo(change.field, change.from, change.to, m, locale)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`}`;
}

export interface HistoryContext {
  m: RoutekaartMessages;
  locale: Locale;
  /** Earlier assessments of the organisation (host's or loaded). */
  history: DataState<RoutekaartAssessment[]>;
  changes: DataState<RoutekaartChange[]>;
  /** The id of the assessment chosen for the comparison ('' for none). */
  compareWith: string;
  onCompare(id: string): void;
  retryHistory(): void;
  retryChanges(): void;
}

const errorBlock = (m: RoutekaartMessages, retry: () => void) => html`<div class="state error" role="alert">
  <p>${m.errorGeneric}</p>
  <button type="button" class="button secondary" @click=${retry}>${m.retry}</button>
</div>`;

/** The history section: pick an earlier assessment to compare with, the comparison, the change log. */
export function renderHistory(assessment: RoutekaartAssessment, ctx: HistoryContext): TemplateResult {
  const { m, locale, history, changes } = ctx;
  const earlier = (history.status === 'ready' ? history.value : [])
    // Only earlier (or same-day) assessments: the view says what changed *since* then.
    .filter((a) => a && a.id !== assessment.id && !assessmentProblem(a) && a.assessedOn <= assessment.assessedOn)
    .sort((a, b) => (a.assessedOn < b.assessedOn ? 1 : a.assessedOn > b.assessedOn ? -1 : 0));
  const selected = earlier.find((a) => a.id === ctx.compareWith);
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    <h3 id="history-heading">${m.historyHeading}</h3>
    ${history.status === 'loading'
      ? html`<p role="status">${m.loading}</p>`
      : history.status === 'error'
        ? errorBlock(m, ctx.retryHistory)
        : earlier.length === 0
          ? html`<p>${m.noHistory}</p>`
          : html`<div class="field controls">
              <label for="compare">${m.compareLabel}</label>
              <select id="compare" .value=${live(ctx.compareWith)} @change=${(e: Event) => ctx.onCompare((e.target as HTMLSelectElement).value)}>
                <option value="">${m.compareNone}</option>
                ${earlier.map((a) => html`<option value=${a.id} ?selected=${a.id === ctx.compareWith}>${m.compareOption(formatDate(a.assessedOn, locale))}</option>`)}
              </select>
            </div>`}
    ${selected ? renderComparison(selected, assessment, m, locale) : nothing}
    ${changes.status === 'ready'
      ? renderChangeLog(changes.value, m, locale)
      : changes.status === 'error'
        ? errorBlock(m, ctx.retryChanges)
        : changes.status === 'loading'
          ? html`<p role="status">${m.loading}</p>`
          : nothing}
  </section>`;
}
