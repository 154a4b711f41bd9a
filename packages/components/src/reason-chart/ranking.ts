// The per-school ranking below the region's chart (each school a button that opens its chart),
// the "back to the whole region" button that replaces it once a school is shown, and where
// focus goes after either is used.
import { html } from 'lit';
import type { SchoolStatistics } from '@thuiszitters/sdk';
import { styleProps } from '../base/style-props.js';
import { heading } from '../shared/heading.js';
import { placeholderValue, scaleMax, schoolRows } from './chart-model.js';
import type { ChartTexts } from './texts.js';

export interface RankingOptions {
  id: string;
  headingLevel: number;
  t: ChartTexts;
  onSelect: (school: string) => void;
}

export function renderRanking(stats: SchoolStatistics, { id, headingLevel, t, onSelect }: RankingOptions) {
  const m = t.m;
  const rows = schoolRows(stats, t.locale);
  const threshold = stats.suppressionThreshold;
  const max = scaleMax(rows, threshold);
  const than = m.namePrevious;
  return html`<section class="ranking" part="ranking" aria-labelledby=${id}>
    ${heading({ level: headingLevel, className: 'subheading', id, focusable: true }, m.rankingTitle)}
    <p class="note">${m.rankingHint}</p>
    ${rows.length
      ? html`<ol>
          ${rows.map((r) => {
            const width = ((r.suppressed ? placeholderValue(threshold, max) : (r.count ?? 0)) / max) * 100;
            return html`<li>
              <button type="button" class="rank-button" data-school=${r.key} @click=${() => onSelect(r.key)}>
                <span class="rank-name">${r.label}</span>
                <span class="rank-value"
                  ><span aria-hidden="true">${t.count(r.count, threshold)}${r.change === null ? '' : ` ${t.change(r.change)}`}</span
                  ><span class="visually-hidden"
                    >${t.spokenCount(r.count, threshold)}${r.change === null ? '' : `, ${t.describeChange(r.change, than)}`}</span
                  ></span
                >
                <span class="rank-bar ${r.suppressed ? 'suppressed' : ''}" ${styleProps({ width: `${width}%` })} aria-hidden="true"></span>
              </button>
            </li>`;
          })}
        </ol>`
      : html`<p>${m.rankingEmpty}</p>`}
  </section>`;
}

export function renderBackToRegion(label: string, onBack: () => void) {
  return html`<div><button type="button" class="button link back-to-region" @click=${onBack}>${label}</button></div>`;
}

/**
 * A click in the ranking or on "back" removes the button that had focus: put focus where the
 * user continues, never on the page body. After choosing a school that is the chart's heading
 * (it names the school): the ranking below the chart is gone, so focus there would leave the
 * chart scrolled out of view. Back to the region: the ranking's heading.
 */
export function focusAfterChoice(root: ParentNode, school: string | null): void {
  const target = school
    ? (root.querySelector<HTMLElement>('.subheading') ?? root.querySelector<HTMLElement>('.back-to-region'))
    : (root.querySelector<HTMLElement>('.ranking [role="heading"]') ?? root.querySelector<HTMLElement>('.combobox-input'));
  target?.focus();
}
