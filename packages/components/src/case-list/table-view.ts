// The table of cases: one row per case with pupil (the button that opens it), school, lead
// holder, norm bar with days left, last activity and signals; a narrow screen shows each row as
// a card (the labels come from data-label, see the styles).
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale } from '../i18n/locale.js';
import { styleProps } from '../base/style-props.js';
import { normIcon, signalIcon } from './icons.js';
import {
  activityText,
  leadText,
  normCell,
  schoolText,
  signalText,
  signalsOf,
  type CaseListPreset,
  type CaseListSort,
  type ListCase,
  type SignalTexts,
} from './list-model.js';
import type { CaseListMessages } from './messages.js';

/** What a row needs to be written: texts, language, the evaluation date and school names. */
export interface RowTextContext {
  m: CaseListMessages;
  locale: Locale;
  today: string;
  /** School name by BRIN + vestiging. */
  names: ReadonlyMap<string, string>;
  texts: SignalTexts;
}

export interface TableContext extends RowTextContext {
  preset: CaseListPreset;
  sort: CaseListSort;
  selectedCaseId: string;
  onChoose(c: ListCase): void;
}

export function renderTable(rows: ListCase[], ctx: TableContext): TemplateResult {
  const { m, names, today, texts, locale, sort } = ctx;
  const ariaSort = (col: 'norm' | 'activity') =>
    (col === 'norm' && sort === 'normDeadline') || (col === 'activity' && sort === 'lastActivity') ? 'ascending' : nothing;
  return html`<table part="table">
      <caption class="visually-hidden">${m.tableCaption(m.preset(ctx.preset))}</caption>
      <thead>
        <tr>
          <th scope="col">${m.colPupil}</th>
          <th scope="col">${m.colSchool}</th>
          <th scope="col">${m.colLead}</th>
          <th scope="col" aria-sort=${ariaSort('norm')}>${m.colNorm}</th>
          <th scope="col" aria-sort=${ariaSort('activity')}>${m.colActivity}</th>
          <th scope="col">${m.colSignals}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (c) => c.id,
          (c) => {
            const current = c.id === ctx.selectedCaseId;
            const norm = normCell(c, today, m, locale);
            const activity = activityText(c, today, m, locale);
            const lead = leadText(c, m);
            const signals = signalsOf(c);
            return html`<tr part="row" data-case-id=${c.id} aria-current=${current ? 'true' : nothing}>
              <td class="pupil" data-label=${m.colPupil}>
                <button type="button" class="button link open-case" @click=${() => ctx.onChoose(c)}>
                  ${c.pupilRef || m.anonymous}${current ? html` <span class="current-tag">(${m.selected})</span>` : nothing}
                </button>
              </td>
              <td data-label=${m.colSchool}>${schoolText(c, names)}</td>
              <td data-label=${m.colLead}>${lead ?? html`<span class="muted">${m.noLead}</span>`}</td>
              <td data-label=${m.colNorm}>
                ${norm
                  ? html`<div class="norm" data-status=${norm.status}>
                      <span class="norm-bar" part="norm-bar" aria-hidden="true"><span class="norm-fill" ${styleProps({ width: `${norm.percent}%` })}></span></span>
                      <span class="norm-text">${normIcon(norm.status)}${norm.text}</span>
                      ${norm.deadline ? html`<span class="muted small">${m.deadline(norm.deadline)}</span>` : nothing}
                    </div>`
                  : m.unknown}
              </td>
              <td data-label=${m.colActivity}>
                ${activity.text}${activity.date && activity.date !== activity.text ? html`<br /><span class="muted small">${activity.date}</span>` : nothing}
              </td>
              <td data-label=${m.colSignals}>
                ${signals.length
                  ? html`<ul class="signals">
                      ${signals.map((s) => html`<li class="signal" data-type=${s.type}>${signalIcon(s.type)}${signalText(s, locale, texts).label}</li>`)}
                    </ul>`
                  : html`<span class="muted">${m.noSignals}</span>`}
              </td>
            </tr>`;
          },
        )}
      </tbody>
    </table>`;
}
