// Section "Redenen": the primary reason and the other reasons (the primary one is not offered twice).
import { html, type TemplateResult } from 'lit';
import { checkboxGroup, selectField } from '../../form/fields.js';
import type { SectionContext } from './context.js';

export function reasonsSection(ctx: SectionContext): TemplateResult {
  const m = ctx.m;
  const secondary = ctx.reasonOptions.filter((r) => r.value !== ctx.values.primaryReason);
  return html`<fieldset class="section" part="section">
    <legend>${m.sectionReasons}</legend>
    ${selectField(ctx, 'primaryReason', m.primaryReason, ctx.reasonOptions, { placeholder: m.choose })}
    ${checkboxGroup(ctx, 'secondaryReasons', m.secondaryReasons, secondary, { hint: m.secondaryHint, optional: true })}
  </fieldset>`;
}
