// The events, grouped by month: one line per event with its disclosure of details, the
// "show more" button of a long case, and (connected) the status of the older pages still loading.
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDate, formatNumber } from '../i18n/locale.js';
import { eventIcon } from './event-icons.js';
import { renderDetails, type DetailContext } from './event-details.js';
import { partyText, type EntryTextContext } from './entry-text.js';
import { isDefaultSummary, labelOf } from './labels.js';
import { groupByMonth, type TimelineEntry } from './timeline-model.js';

export interface EventListContext extends EntryTextContext {
  /** The matching events in the chosen order. */
  ordered: readonly TimelineEntry[];
  /** How many lines to render (all of them while printing). */
  limit: number;
  /** Every detail is open (printing), else those the user opened. */
  printing: boolean;
  expanded: ReadonlySet<string>;
  details: DetailContext;
  onToggle(key: string): void;
  onShowMore(): void;
  /** Connected mode: the older pages, and how many events are in so far. */
  older?: { state: 'loading' | 'failed'; loaded: number; onRetry(): void };
}

export function renderEventList(ctx: EventListContext): TemplateResult {
  const { m, ordered, limit } = ctx;
  if (ordered.length === 0) return html`<p>${m.noMatches}</p>`;
  const visible = ordered.slice(0, limit);
  const monthFormat = new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return html`
    ${repeat(
      groupByMonth(visible),
      (g) => g.month,
      (g) => {
        const [y, mo] = g.month.split('-').map(Number);
        const headingId = `tz-month-${g.month}`;
        return html`<h3 class="month" id=${headingId}>${monthFormat.format(Date.UTC(y, mo - 1, 15))}</h3>
          <ol class="events" part="list" aria-labelledby=${headingId}>
            ${repeat(g.entries, (e) => e.key, (e) => renderEvent(e, ctx))}
          </ol>`;
      },
    )}
    ${limit < ordered.length
      ? html`<button class="button secondary more" type="button" @click=${ctx.onShowMore}>
          ${m.showMore(limit, ordered.length)}
        </button>`
      : nothing}
    ${renderOlderStatus(ctx)}
  `;
}

function renderOlderStatus({ m, locale, older }: EventListContext): TemplateResult | typeof nothing {
  if (!older) return nothing;
  if (older.state === 'failed') {
    return html`<div class="older-status" part="older-status" role="alert">
      <p>${m.olderFailed}</p>
      <button class="button secondary" type="button" @click=${older.onRetry}>${m.retry}</button>
    </div>`;
  }
  return html`<p class="older-status" part="older-status" role="status">${m.loadingOlder(formatNumber(older.loaded, locale))}</p>`;
}

function renderEvent(entry: TimelineEntry, ctx: EventListContext): TemplateResult {
  const { m, locale } = ctx;
  const { event } = entry;
  const open = ctx.printing || ctx.expanded.has(entry.key);
  const detailsId = `tz-details-${entry.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const typeLabel = labelOf('eventType', event.type, locale);
  const date = formatDate(event.occurredOn, locale);
  const summary = isDefaultSummary(event.summary, event.type) ? '' : (event.summary as string);
  return html`<li
    class="event ${entry.derived ? 'derived' : ''} ${entry.pending ? 'pending' : ''}"
    part="event"
    data-key=${entry.key}
    data-type=${event.type}
    tabindex="-1"
  >
    <div class="event-head">
      <time datetime=${event.occurredOn}>${date}</time>
      <span class="type">${eventIcon(event.type)}<span>${typeLabel}</span></span>
      ${entry.derived ? html`<span class="tag">${m.derived}</span>` : nothing}
      ${entry.pending ? html`<span class="tag">${m.pending}</span>` : nothing}
    </div>
    ${entry.pending ? nothing : html`<p class="who">${partyText(entry, ctx)}</p>`}
    ${summary ? html`<p class="summary">${summary}</p>` : nothing}
    <button class="disclosure" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => ctx.onToggle(entry.key)}>
      <svg class="icon chevron" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none"
        stroke="currentColor" stroke-width="2"><path d="M9 6l6 6-6 6" /></svg>
      ${m.details}<span class="visually-hidden"> ${m.detailsFor(typeLabel, date)}</span>
    </button>
    <div class="details" id=${detailsId} ?hidden=${!open}>${renderDetails(entry, ctx.details)}</div>
  </li>`;
}
