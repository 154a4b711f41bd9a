// The list's states instead of rows: no client, loading (with skeleton rows) and empty.
import { html, type TemplateResult } from 'lit';
import type { CaseListMessages } from './messages.js';

export function renderNoClient(m: CaseListMessages): TemplateResult {
  return html`<div class="state no-client" role="status">
          <p class="state-title">${m.noClientTitle}</p>
          <p>${m.noClientText}</p>
        </div>`;
}

export function renderLoading(m: CaseListMessages): TemplateResult {
  return html`<div class="loading" aria-busy="true">
      <div class="state" role="status"><p>${m.loading}</p></div>
      ${[1, 2, 3, 4, 5].map(() => html`<div class="skeleton skeleton-row" aria-hidden="true"></div>`)}
    </div>`;
}

/** `attention`: the needs-attention view without search or school, where empty is good news. */
export function renderEmpty(m: CaseListMessages, attention: boolean): TemplateResult {
  return html`<div class="state empty">
      <p class="state-title">${m.emptyTitle}</p>
      <p>${attention ? m.emptyAttention : m.empty}</p>
    </div>`;
}
