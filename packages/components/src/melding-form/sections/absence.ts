// Section "Verzuim": enrolment, first day of absence, authorisation, exemption, DUO report number.
import { html, nothing, type TemplateResult } from 'lit';
import { EXEMPTION_GROUNDS } from '@thuiszitters/domain';
import { checkboxField, radioField, selectField, textField } from '../../form/fields.js';
import { labelOf } from '../../shared/labels.js';
import { MAX_LENGTH } from '../form-model.js';
import { yesNo, type SectionContext } from './context.js';

export function absenceSection(ctx: SectionContext): TemplateResult {
  const m = ctx.m;
  const grounds = EXEMPTION_GROUNDS.map((g) => ({ value: g, label: labelOf('exemptionGround', g, ctx.locale) }));
  return html`<fieldset class="section" part="section">
    <legend>${m.sectionAbsence}</legend>
    ${radioField(ctx, 'enrolled', m.enrolled, yesNo(m))}
    ${textField(ctx, 'firstDayOfAbsence', m.firstDayOfAbsence, { type: 'date', hint: m.firstDayHint, max: ctx.todayIso })}
    ${ctx.values.enrolled === 'no'
      ? html`<p class="hint not-enrolled" data-note="not-enrolled">${m.notEnrolledNote}</p>`
      : radioField(ctx, 'authorised', m.authorised, yesNo(m), { hint: m.authorisedHint })}
    ${checkboxField(ctx, 'hasExemption', m.hasExemption)}
    ${ctx.values.hasExemption
      ? html`<div class="subgroup">
          ${selectField(ctx, 'exemptionGround', m.exemptionGround, grounds, { placeholder: m.choose })}
          ${textField(ctx, 'exemptionFrom', m.exemptionFrom, { type: 'date' })} ${textField(ctx, 'exemptionTo', m.exemptionTo, { type: 'date' })}
        </div>`
      : nothing}
    ${textField(ctx, 'duoReportNumber', m.duoReportNumber, { hint: m.duoHint, optional: true, maxlength: MAX_LENGTH.duo })}
  </fieldset>`;
}
