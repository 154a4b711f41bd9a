// A point's editor behind a disclosure, so ten points stay scannable: owner, note (with the BSN
// warning), the evidence list with remove buttons, the evidence form and the save button; under
// it the point's save state and save error.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { bsnWarningId, bsnWarningText, renderBsnWarning } from '../base/bsn-warning.js';
import type { RoutekaartPoint } from './assessment-model.js';
import { evidenceLink, type PointViewContext } from './point-view.js';

export interface PointFormContext extends PointViewContext {
  /** The disclosure is open (kept open across re-renders). */
  open: boolean;
  onToggle(open: boolean): void;
  onText(field: 'owner' | 'note', value: string): void;
  onRemoveEvidence(index: number): void;
  onSave(): void;
  /** The point's "add evidence" form (evidence-form.ts). */
  evidenceForm: TemplateResult;
  /** Saving…, unsaved changes, saved, or ''. */
  saveState: string;
  error?: string;
}

export function renderPointForm(n: number, point: RoutekaartPoint, ctx: PointFormContext): TemplateResult {
  const { m, locale } = ctx;
  const noteWarning = bsnWarningText(point.note ?? '', locale);
  return html`<details class="point-form controls" ?open=${ctx.open} @toggle=${(e: Event) => ctx.onToggle((e.target as HTMLDetailsElement).open)}>
      <summary>${m.editDetails}</summary>
      <div class="field">
        <label for="owner-${n}">${m.owner}</label>
        <span class="hint" id="owner-${n}-hint">${m.ownerHint}</span>
        <input type="text" id="owner-${n}" maxlength="200" autocomplete="off" aria-describedby="owner-${n}-hint"
          .value=${live(point.owner ?? '')} @input=${(e: Event) => ctx.onText('owner', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="note-${n}">${m.note}</label>
        <span class="hint" id="note-${n}-hint">${m.noteHint}</span>
        <textarea id="note-${n}" maxlength="4000" aria-describedby="note-${n}-hint${noteWarning ? ` ${bsnWarningId(`note-${n}`)}` : ''}"
          .value=${live(point.note ?? '')} @input=${(e: Event) => ctx.onText('note', (e.target as HTMLTextAreaElement).value)}></textarea>
        ${renderBsnWarning(`note-${n}`, noteWarning, locale)}
      </div>
      <h4 id="evidence-${n}-heading" tabindex="-1">${m.evidenceHeading}</h4>
      ${point.evidence.length === 0
        ? html`<p>${m.noEvidence}</p>`
        : html`<ul class="evidence-list">
            ${point.evidence.map(
              (e, index) => html`<li>
                ${evidenceLink(e)}
                <button type="button" class="button link" @click=${() => ctx.onRemoveEvidence(index)}>
                  ${m.remove}<span class="visually-hidden"> ${e.title}</span>
                </button>
              </li>`,
            )}
          </ul>`}
      ${ctx.evidenceForm}
      <div class="point-actions">
        <button type="button" class="button" data-action="save" @click=${ctx.onSave}>${m.savePoint(n)}</button>
      </div>
    </details>
    <p class="meta save-state" data-save-state>${ctx.saveState}</p>
    ${ctx.error ? html`<p class="point-error" role="alert">${ctx.error}</p>` : nothing}`;
}
