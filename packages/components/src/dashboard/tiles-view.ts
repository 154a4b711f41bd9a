// The headline tiles as a list: the value, its change in symbols and in words, the value before,
// with `list-links` a "show the cases" button, and on the active tile the monthly trend.
import { html, nothing } from 'lit';
import type { TrendPoint } from '@thuiszitters/sdk';
import type { CaseListFilter } from '../shared/case-list-filter.js';
import type { DashboardMessages } from './messages.js';
import { renderSparkline } from './sparkline.js';
import type { Tile } from './tiles.js';

/** Tiles that stand for a list of cases, and the list's filter. */
const TILE_LISTS: Partial<Record<string, { filter: CaseListFilter; label: 'listActive' | 'listNormExceeded' }>> = {
  active: { filter: { preset: 'open' }, label: 'listActive' },
  offerWithinNormShare: { filter: { preset: 'norm-exceeded' }, label: 'listNormExceeded' },
};

export interface TilesViewOptions {
  m: DashboardMessages;
  id: string;
  trend: TrendPoint[];
  /** The trend in words (the sparkline's text alternative). */
  trendLabel: string;
  month: (yearMonth: string) => string;
  /** With `list-links`: the chosen school, for the list's filter. */
  listLinks: { school: string | null } | null;
  onList: (filter: CaseListFilter, tile: string) => void;
}

export function renderTiles(tiles: Tile[], o: TilesViewOptions) {
  const { m, trend } = o;
  return html`<ul class="tiles" part="tiles" aria-label=${m.figuresLabel} id=${o.id}>
    ${tiles.map(
      (tile) => html`<li class="tile" part="tile" data-key=${tile.key}>
        <p class="tile-label">${tile.label}</p>
        <p class="tile-value">${tile.value}${tile.unit ? html` <span class="tile-unit">${tile.unit}</span>` : nothing}</p>
        <p class="tile-change">
          ${tile.change ? html`<span aria-hidden="true" class="tile-arrow">${tile.change}</span>` : nothing}
          <span class="visually-hidden tile-change-text">${tile.changeText}</span>
          <span class="tile-was" aria-hidden=${tile.change ? 'false' : 'true'}>(${m.comparisonWas(tile.comparisonValue)})</span>
        </p>
        ${renderTileLink(tile.key, o)}
        ${tile.key === 'active'
          ? html`<p class="tile-note">${m.activeNote}</p>
              ${trend.length
                ? html`${renderSparkline(trend, o.trendLabel)}
                    <div class="trend-axis" aria-hidden="true">
                      <span>${o.month(trend[0].month)}</span><span>${o.month(trend[trend.length - 1].month)}</span>
                    </div>`
                : html`<p class="tile-note">${m.trendEmpty}</p>`}`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

function renderTileLink(key: string, o: TilesViewOptions) {
  const list = o.listLinks ? TILE_LISTS[key] : undefined;
  if (!list || !o.listLinks) return nothing;
  const school = o.listLinks.school;
  const filter: CaseListFilter = { ...list.filter, ...(school ? { school } : {}) };
  return html`<p class="tile-link"><button type="button" class="button link" @click=${() => o.onList(filter, key)}>${o.m[list.label]}</button></p>`;
}
