// Section "Regie": who leads the case (organisation, role, name) and since when.
import { html, type TemplateResult } from 'lit';
import { LEAD_ROLES } from '@thuiszitters/domain';
import { selectField, textField } from '../../form/fields.js';
import { labelOf } from '../../shared/labels.js';
import { MAX_LENGTH } from '../form-model.js';
import type { SectionContext } from './context.js';

export function leadSection(ctx: SectionContext): TemplateResult {
  const m = ctx.m;
  const roles = LEAD_ROLES.map((r) => ({ value: r, label: labelOf('role', r, ctx.locale) }));
  return html`<fieldset class="section" part="section">
    <legend>${m.sectionLead}</legend>
    <p class="hint">${m.leadIntro}</p>
    ${textField(ctx, 'leadOrganisation', m.leadOrganisation, { optional: true, autocomplete: 'organization', maxlength: MAX_LENGTH.text, prose: true })}
    ${selectField(ctx, 'leadRole', m.leadRole, roles, { placeholder: m.choose, optional: true })}
    ${textField(ctx, 'leadName', m.leadName, { optional: true, autocomplete: 'name', maxlength: MAX_LENGTH.text, prose: true })}
    ${textField(ctx, 'leadSince', m.leadSince, { type: 'date', optional: true, hint: m.leadSinceHint, max: ctx.todayIso })}
  </fieldset>`;
}
