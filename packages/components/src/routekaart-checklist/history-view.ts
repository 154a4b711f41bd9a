// The history part of the checklist as pure templates: "what changed per point since <date>"
// between two assessments, and the change log of one assessment (who, when, point, field, old → new).
import { html, type TemplateResult } from 'lit';
import { ROUTEKAART_POINTS } from '@thuiszitters/domain';
import type { RoutekaartAssessment, RoutekaartChange } from '@thuiszitters/sdk';
import { formatDate, type Locale } from '../i18n/locale.js';
import { comparePoints } from './assessment-model.js';
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

function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
