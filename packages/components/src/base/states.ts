// The error state every element shows the same way: a title, what went wrong, and a retry
// button when retrying can help. Styled by `stateStyles` (src/styles/shared.styles.ts).
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
