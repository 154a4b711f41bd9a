// The per-school ranking below the region's chart (each school a button that opens its chart),
// and the "back to the whole region" button that replaces it once a school is shown.
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
