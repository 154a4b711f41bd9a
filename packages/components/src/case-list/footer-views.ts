// The lines around the table: the announced count, the export/print buttons and "load more"
// (or "show more" in controlled mode) with its loading and failed states.
import { html, nothing, type TemplateResult } from 'lit';
import type { CaseListMessages } from './messages.js';

export type MoreState = 'idle' | 'loading' | 'failed';

export function renderCount(m: CaseListMessages, shown: number, total: number | null): TemplateResult {
  const shownText = m.countShown(shown, total);
  return html`<p class="count" part="count" role="status">
      ${total === null ? m.countShown(shown, null) : m.count(total)}${total !== null && shownText ? html`<span class="shown">, ${shownText}</span>` : nothing}
    </p>`;
}

export function renderActions(m: CaseListMessages, onExport: () => void, onPrint: () => void): TemplateResult {
  return html`<div class="actions" part="actions">
      <button type="button" class="button secondary export" @click=${onExport}>${m.exportCsv}</button>
      <button type="button" class="button secondary print" @click=${onPrint}>${m.print}</button>
    </div>`;
}

export interface MoreContext {
  m: CaseListMessages;
  more: MoreState;
  /** Rows shown now: the first new row gets the focus after more arrive. */
  rowsNow: number;
  /** The button's text when nothing failed ("show 50 more" or "load more"). */
  label: string;
  onMore(rowsNow: number): void;
}

export function renderMore({ m, more, rowsNow, label, onMore }: MoreContext): TemplateResult {
  return html`<div class="more" part="more">
      ${more === 'failed' ? html`<p class="state error" role="alert">${m.errorMore}</p>` : nothing}
      ${more === 'loading' ? html`<p role="status">${m.loadingMore}</p>` : nothing}
      <button type="button" class="button secondary load-more" aria-disabled=${more === 'loading' ? 'true' : 'false'}
        @click=${() => more !== 'loading' && onMore(rowsNow)}>${more === 'failed' ? m.retry : label}</button>
    </div>`;
}
