// The error summary shown above a form after a refused submit (GOV.UK / NL Design System):
// a focusable heading that takes focus, and one line per error; a line for a field links to it
// and moves focus there (the default jump would scroll but not focus inside a shadow root).
import { html, nothing, type TemplateResult } from 'lit';

export interface SummaryItem {
  message: string;
  /** The field's control id; without it the line is plain text (a field with no control, a server error). */
  targetId?: string;
}

export interface ErrorSummaryOptions {
  title: string;
  /** A sentence under the heading; none when empty. */
  intro?: string;
  items: readonly SummaryItem[];
  /** Moves focus to the control of a line's link. */
  onPick: (targetId: string) => void;
  /** The heading's id (the FormController focuses `#summary-title` by default). */
  titleId?: string;
  /** The heading's level where the summary sits under an h2 of its own (default 2). */
  headingLevel?: 2 | 3;
  /** The box's class (default `summary`, styled by form.styles.ts). */
  className?: string;
}

export function errorSummary({ title, intro, items, onPick, titleId = 'summary-title', headingLevel = 2, className = 'summary' }: ErrorSummaryOptions): TemplateResult {
  // Two literal templates: a tag name cannot be a binding in lit (static html would work but costs a module).
  const heading =
    headingLevel === 3 ? html`<h3 id=${titleId} tabindex="-1">${title}</h3>` : html`<h2 id=${titleId} tabindex="-1">${title}</h2>`;
  return html`<div class=${className} part="error-summary">
    ${heading}
    ${intro ? html`<p>${intro}</p>` : nothing}
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
