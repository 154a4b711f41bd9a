// The error summary shown above a form after a refused submit (GOV.UK / NL Design System):
// a focusable heading that takes focus, and one line per error; a line for a field links to it
// and moves focus there (the default jump would scroll but not focus inside a shadow root).
import { html, type TemplateResult } from 'lit';

export interface SummaryItem {
  message: string;
  /** The field's control id; without it the line is plain text (a field with no control, a server error). */
  targetId?: string;
}

export interface ErrorSummaryOptions {
  title: string;
  intro: string;
  items: readonly SummaryItem[];
  /** Moves focus to the control of a line's link. */
  onPick: (targetId: string) => void;
  /** The heading's id (the FormController focuses `#summary-title` by default). */
  titleId?: string;
}

export function errorSummary({ title, intro, items, onPick, titleId = 'summary-title' }: ErrorSummaryOptions): TemplateResult {
  return html`<div class="summary" part="error-summary">
    <h2 id=${titleId} tabindex="-1">${title}</h2>
    <p>${intro}</p>
    <ul>
      ${items.map(
        ({ message, targetId }) =>
          html`<li>
            ${targetId
              ? html`<a
                  href="#${targetId}"
                  @click=${(e: Event) => {
                    e.preventDefault();
                    onPick(targetId);
                  }}
                  >${message}</a
                >`
              : message}
          </li>`,
      )}
    </ul>
  </div>`;
}
