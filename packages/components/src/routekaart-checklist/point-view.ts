// One point as text (status, sub-items, owner, note, evidence: on screen when read-only, always
// in print) and its status radios (point 7 also per sub-item), whose change saves at once.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ASSESSMENT_STATUSES, type AssessmentStatus, type RoutekaartPointDefinition } from '@thuiszitters/domain';
import { labelOf } from '../shared/labels.js';
import type { Locale } from '../i18n/locale.js';
import { isHttpUrl, type Evidence, type RoutekaartPoint } from './assessment-model.js';
import type { RoutekaartMessages } from './messages.js';
import { statusIcon } from './status-icons.js';

export interface PointViewContext {
  m: RoutekaartMessages;
  locale: Locale;
  readOnly: boolean;
}

const subItemStatus = (point: RoutekaartPoint, key: string): AssessmentStatus => point.subItems?.find((s) => s.key === key)?.status ?? 'notStarted';

/** An evidence title, a link when its URL is http(s) (never a `javascript:` link). */
export const evidenceLink = (e: Evidence) =>
  isHttpUrl(e.url) ? html`<a href=${e.url} rel="noopener noreferrer" target="_blank">${e.title}</a>` : e.title;

/** Status, owner, note and evidence as text: on screen when read-only, always in print. */
export function renderValues(definition: RoutekaartPointDefinition, point: RoutekaartPoint, { m, locale, readOnly }: PointViewContext): TemplateResult {
  return html`<dl class="values">
    ${definition.subItems.length > 0
      ? html`<dt class=${readOnly ? '' : 'print-only'}>${m.subItemsHeading}</dt>
          <dd class=${readOnly ? '' : 'print-only'}>
            <ul class="sub-items">
              ${definition.subItems.map((item) => {
                const status = subItemStatus(point, item.key);
                return html`<li data-status=${status} class="status-badge">${statusIcon(status)}${item.label[locale]}: ${labelOf('assessmentStatus', status, locale)}</li>`;
              })}
            </ul>
          </dd>`
      : nothing}
    <dt>${m.owner}</dt>
    <dd>${point.owner || m.noOwner}</dd>
    <dt>${m.note}</dt>
    <dd class="note">${point.note || m.noNote}</dd>
    <dt>${m.evidenceHeading}</dt>
    <dd>
      ${point.evidence.length === 0
        ? m.noEvidence
        : html`<ul class="evidence-list">
            ${point.evidence.map((e) => html`<li>${evidenceLink(e)}</li>`)}
          </ul>`}
    </dd>
  </dl>`;
}

function statusRadios(name: string, legend: string, current: AssessmentStatus, onChange: (status: AssessmentStatus) => void, locale: Locale, extraClass = '') {
  return html`<fieldset class="status-group ${extraClass}">
    <legend>${legend}</legend>
    <div class="radios">
      ${ASSESSMENT_STATUSES.map(
        (status) => html`<label class="radio" data-status=${status}>
          <input type="radio" name=${name} value=${status} .checked=${live(current === status)} @change=${() => onChange(status)} />
          ${statusIcon(status)}<span>${labelOf('assessmentStatus', status, locale)}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The status radio group of a point (and of the sub-items of point 7): a change saves at once. */
export function renderStatusControls(
  definition: RoutekaartPointDefinition,
  point: RoutekaartPoint,
  { m, locale }: PointViewContext,
  on: { status: (status: AssessmentStatus) => void; subItem: (key: string, status: AssessmentStatus) => void },
): TemplateResult {
  const n = definition.number;
  return html`<div class="status-controls controls">
    ${statusRadios(`status-${n}`, m.statusLegend(n), point.status, on.status, locale)}
    ${definition.subItems.length > 0
      ? html`<h4>${m.subItemsHeading}</h4>
          <ul class="sub-items">
            ${definition.subItems.map(
              (item) => html`<li>
                ${statusRadios(`sub-${n}-${item.key}`, item.label[locale], subItemStatus(point, item.key), (s) => on.subItem(item.key, s), locale, 'sub-item')}
              </li>`,
            )}
          </ul>`
      : nothing}
  </div>`;
}
