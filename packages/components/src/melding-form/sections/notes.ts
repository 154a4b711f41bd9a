// Section "Notities": free text (with the BSN warning, as every free-text field).
import { html, type TemplateResult } from 'lit';
import { textareaField } from '../../form/fields.js';
import { MAX_LENGTH } from '../form-model.js';
import type { SectionContext } from './context.js';

export function notesSection(ctx: SectionContext): TemplateResult {
  const m = ctx.m;
  return html`<fieldset class="section" part="section">
    <legend>${m.sectionNotes}</legend>
    ${textareaField(ctx, 'notes', m.notes, { hint: m.notesHint, optional: true, maxlength: MAX_LENGTH.notes })}
  </fieldset>`;
}
