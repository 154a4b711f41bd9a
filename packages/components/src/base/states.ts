// The states every element shows the same way: an error (a title, what went wrong, and a retry
// button when retrying can help), a short status, and loading with a skeleton. Styled by
// `stateStyles` (src/styles/shared.styles.ts).
import { html, nothing, type TemplateResult } from 'lit';

export interface ErrorStateOptions {
  title: string;
  text: string;
  /** Label and action of the retry button; omit when a retry cannot help (e.g. 403). */
  retry?: { label: string; onRetry: () => void };
}

export function errorState({ title, text, retry }: ErrorStateOptions): TemplateResult {
  return html`<div class="state error" role="alert">
    <p class="state-title">${title}</p>
    <p>${text}</p>
    ${retry ? html`<button type="button" class="button secondary retry" @click=${retry.onRetry}>${retry.label}</button>` : nothing}
  </div>`;
}

/** A short status in the element's place (e.g. "no connection configured"), announced politely. */
export function statusState(text: string): TemplateResult {
  return html`<div class="state" role="status"><p>${text}</p></div>`;
}

/** Loading: the status for screen readers, and a skeleton of what comes (hidden from them) in a box of `skeletonClass`. */
export function loadingState(text: string, skeleton: unknown, skeletonClass?: string): TemplateResult {
  return html`<div class="loading">
    ${statusState(text)}
    <div class=${skeletonClass ?? nothing} aria-hidden="true">${skeleton}</div>
  </div>`;
}
