// The bar above the events: filters by type and party, the search box, newest/oldest first,
// export and print, and the live count of matching events.
import { html, type TemplateResult } from 'lit';
import { EVENT_TYPES } from '@thuiszitters/domain';
import { partyLabel, type EntryTextContext } from './entry-text.js';
import { labelOf } from './labels.js';
import { distinct, type Order, type TimelineEntry, type TimelineFilter } from './timeline-model.js';

export interface ToolbarContext extends EntryTextContext {
  all: readonly TimelineEntry[];
  filteredCount: number;
  filter: TimelineFilter;
  /** The search box's text (its own field: typing does not re-render; see the element's onSearchInput). */
  searchText: string;
  order: Order;
  onFilter(patch: Partial<TimelineFilter>): void;
  onSearchInput(e: Event): void;
  onOrder(order: Order): void;
  onExport(): void;
  onPrint(): void;
}

export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const { m, locale, filter } = ctx;
  const types = distinct(ctx.all, (e) => e.event.type).sort((a, b) => EVENT_TYPES.indexOf(a as never) - EVENT_TYPES.indexOf(b as never));
  const parties = distinct(ctx.all, (e) => e.party);
  return html`<div class="toolbar">
    <fieldset class="filters" part="filters">
      <legend>${m.filtersLegend}</legend>
      <div class="fields">
        <div class="field">
          <label for="tz-filter-type">${m.filterType}</label>
          <select id="tz-filter-type" @change=${(e: Event) => ctx.onFilter({ type: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${filter.type === ''}>${m.allTypes}</option>
            ${types.map((t) => html`<option value=${t} ?selected=${filter.type === t}>${labelOf('eventType', t, locale)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="tz-filter-party">${m.filterParty}</label>
          <select id="tz-filter-party" @change=${(e: Event) => ctx.onFilter({ party: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${filter.party === ''}>${m.allParties}</option>
            ${parties.map((p) => html`<option value=${p} ?selected=${filter.party === p}>${partyLabel(p, ctx)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="tz-filter-search">${m.search}</label>
          <input id="tz-filter-search" type="search" autocomplete="off" .value=${ctx.searchText} @input=${ctx.onSearchInput} />
        </div>
      </div>
    </fieldset>
    <div class="toolbar-row">
      <fieldset class="order">
        <legend>${m.orderLegend}</legend>
        <div class="choices inline">
          ${(['newest', 'oldest'] as const).map(
            (o) => html`<label class="choice"
              ><input type="radio" name="tz-order" value=${o} .checked=${ctx.order === o} @change=${() => ctx.onOrder(o)} />${o === 'newest'
                ? m.newestFirst
                : m.oldestFirst}</label
            >`,
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button class="button secondary" type="button" @click=${ctx.onExport}>${m.exportCsv}</button>
        <button class="button secondary" type="button" @click=${ctx.onPrint}>${m.print}</button>
      </div>
    </div>
    <p class="count" role="status">${m.resultCount(ctx.filteredCount, ctx.all.length)}</p>
  </div>`;
}
