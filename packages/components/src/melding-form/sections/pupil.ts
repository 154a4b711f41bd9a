// Section "Leerling": the pseudonymous reference (read-only), birth month, school, type, municipality.
import { html, type TemplateResult } from 'lit';
import { SCHOOL_TYPES } from '@thuiszitters/domain';
import { selectField, textField } from '../../form/fields.js';
import { labelOf } from '../../shared/labels.js';
import type { SectionContext } from './context.js';

export function pupilSection(ctx: SectionContext): TemplateResult {
  const { m, values: v } = ctx;
  const typeOptions = SCHOOL_TYPES.map((t) => ({ value: t, label: labelOf('schoolType', t, ctx.locale) }));
  let schoolControl: TemplateResult;
  if (ctx.schools.length > 0) {
    const options = ctx.schools.map((s) => ({ value: `${s.brin}${s.vestiging}`, label: `${s.name} (${s.brin}${s.vestiging})` }));
    if (v.school && !options.some((o) => o.value === v.school)) options.unshift({ value: v.school, label: v.school });
    schoolControl = selectField(ctx, 'school', m.school, options, { placeholder: m.schoolPick });
  } else {
    schoolControl = textField(ctx, 'school', m.school, { hint: m.schoolHint, short: true, maxlength: 6 });
  }
  return html`<fieldset class="section" part="section">
    <legend>${m.sectionPupil}</legend>
    <dl class="readonly">
      <dt>${m.pupilRef}</dt>
      <dd>${v.pupilRef}</dd>
    </dl>
    <p class="hint" id="pupil-ref-hint">${m.pupilRefHint}</p>
    ${textField(ctx, 'birthYearMonth', m.birthYearMonth, { type: 'month', hint: m.birthYearMonthHint, max: ctx.todayIso.slice(0, 7) })}
    ${schoolControl} ${selectField(ctx, 'schoolType', m.schoolType, typeOptions, { placeholder: m.choose })}
    ${textField(ctx, 'municipalityCode', m.municipalityCode, { hint: m.municipalityHint, short: true, maxlength: 6 })}
  </fieldset>`;
}
