// The melding form itself: the restored-draft notice, the error summary, the sections with the live
// feedback, a failed send with its retry, and the buttons. The element owns what it renders from.
import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary } from '../form/error-summary.js';
import { fieldId } from '../form/fields.js';
import type { FieldKey } from './form-model.js';
import { failureView } from './outcome-views.js';
import { absenceSection } from './sections/absence.js';
import type { SectionContext } from './sections/context.js';
import { leadSection } from './sections/lead.js';
import { notesSection } from './sections/notes.js';
import { pupilSection } from './sections/pupil.js';
import { reasonsSection } from './sections/reasons.js';
import { voiceSection } from './sections/voice.js';
import type { FailureKind } from './submission.js';

export interface FormViewContext extends SectionContext {
  editing: boolean;
  /** Edit mode for a role without a need to know: no reasons, voice and notes. */
  withoutNeedToKnow: boolean;
  draftRestored: boolean;
  hasEdits: boolean;
  failure?: { kind: FailureKind; detail?: string };
  /** The summary's field errors (in screen order) and the server's errors that match no field. */
  summary?: { errors: [FieldKey, string][]; otherErrors: string[] };
  feedback: TemplateResult;
  on: {
    submit(event: SubmitEvent): void;
    input(event: Event): void;
    change(event: Event): void;
    focusout(event: FocusEvent): void;
    keydown(event: KeyboardEvent): void;
    /** "Concept verwijderen". */
    discard(): void;
    retry(): void;
    /** A summary link: focus the control with this id. */
    pick(id: string): void;
  };
}

export function formView(ctx: FormViewContext): TemplateResult {
  const { m, on, summary } = ctx;
  const sending = ctx.busy;
  return html`
    ${ctx.draftRestored
      ? html`<div class="notice" role="status">
          <span>${m.draftRestored}</span>
          <button type="button" class="button link" @click=${on.discard}>${m.discardDraft}</button>
        </div>`
      : nothing}
    ${summary && (summary.errors.length > 0 || summary.otherErrors.length > 0)
      ? errorSummary({
          title: m.summaryTitle(summary.errors.length + summary.otherErrors.length),
          intro: m.summaryIntro,
          // The pupil reference is read-only: its error has no field to jump to.
          items: [
            ...summary.errors.map(([key, message]) => ({ message, targetId: key === 'pupilRef' ? undefined : fieldId(key) })),
            ...summary.otherErrors.map((message) => ({ message })),
          ],
          onPick: on.pick,
        })
      : nothing}
    <form
      part="form"
      novalidate
      aria-label=${ctx.editing ? m.formLabelEdit : m.formLabel}
      aria-busy=${sending ? 'true' : 'false'}
      @submit=${on.submit}
      @input=${on.input}
      @change=${on.change}
      @focusout=${on.focusout}
      @reset=${(e: Event) => e.stopPropagation()}
      @keydown=${on.keydown}
    >
      <p class="hint">${m.requiredNote}</p>
      ${pupilSection(ctx)} ${absenceSection(ctx)} ${ctx.feedback}
      ${ctx.withoutNeedToKnow ? nothing : reasonsSection(ctx)} ${leadSection(ctx)}
      ${ctx.withoutNeedToKnow ? nothing : html`${voiceSection(ctx)} ${notesSection(ctx)}`}
      ${ctx.failure ? failureView(m, ctx.failure, on.retry) : nothing}
      <div class="actions">
        <button type="submit" class="button" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? m.sending : ctx.editing ? m.submitEdit : m.submit}
        </button>
        ${!ctx.editing && !sending && ctx.hasEdits
          ? html`<button type="button" class="button secondary" part="discard" @click=${on.discard}>${m.discardDraft}</button>`
          : nothing}
      </div>
    </form>
  `;
}
