// The checklist's states besides the checklist itself: loading (skeleton cards), an error with an
// optional retry, and "no assessment yet" with the button that starts the first one.
import { html, nothing, type TemplateResult } from 'lit';
import type { RoutekaartMessages } from './messages.js';

export function renderLoading(m: RoutekaartMessages): TemplateResult {
  return html`<div part="base" aria-busy="true">
    <p class="state" role="status">${m.loading}</p>
    <div class="skeleton skeleton-line" aria-hidden="true"></div>
    <div class="skeleton skeleton-card" aria-hidden="true"></div>
    <div class="skeleton skeleton-card" aria-hidden="true"></div>
  </div>`;
}

/** Without `retry` there is no button (a retry cannot help, e.g. wrongly shaped host data). */
export function renderError(m: RoutekaartMessages, text: string, retry?: () => void): TemplateResult {
  return html`<div class="state error" part="base" role="alert">
    <p class="state-title">${m.errorTitle}</p>
    <p>${text}</p>
    ${retry ? html`<button type="button" class="button" @click=${retry}>${m.retry}</button>` : nothing}
  </div>`;
}

export interface EmptyContext {
  readOnly: boolean;
  /** The server refused the role (403), rather than `readonly` set by the host. */
  forbidden: boolean;
  /** A first assessment can be started (editable, and an organisation is known). */
  canStart: boolean;
  starting: boolean;
  startError: string;
  onStart(): void;
}

export function renderEmpty(m: RoutekaartMessages, ctx: EmptyContext): TemplateResult {
  return html`<div class="state" part="base">
    <h2 class="state-title" id="heading" tabindex="-1">${m.emptyTitle}</h2>
    <p>${m.emptyText}</p>
    ${ctx.readOnly ? html`<p>${ctx.forbidden ? m.readOnlyForbidden : m.emptyReadOnly}</p>` : nothing}
    ${ctx.canStart
      ? html`<button type="button" class="button" aria-disabled=${ctx.starting ? 'true' : 'false'} @click=${ctx.onStart}>
          ${ctx.starting ? m.starting : m.start}
        </button>`
      : nothing}
    ${ctx.startError ? html`<p class="point-error" role="alert">${ctx.startError}</p>` : nothing}
  </div>`;
}
