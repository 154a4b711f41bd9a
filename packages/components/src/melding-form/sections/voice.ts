// Section "Stem van leerling en ouders": their wishes, whether they were heard (when), or why not.
import { html, nothing, type TemplateResult } from 'lit';
import { radioField, textareaField, textField, type Option } from '../../form/fields.js';
import { MAX_LENGTH } from '../form-model.js';
import type { SectionContext } from './context.js';

export function voiceSection(ctx: SectionContext): TemplateResult {
  const m = ctx.m;
  const heard: Option[] = [
    { value: 'yes', label: m.heardYes },
    { value: 'no', label: m.heardNo },
  ];
  const who = (prefix: 'pupil' | 'parents', legend: string) => {
    const heardKey = `${prefix}Heard` as const;
    return html`<fieldset class="subgroup">
      <legend>${legend}</legend>
      ${textareaField(ctx, `${prefix}Wishes`, m[`${prefix}Wishes`], { optional: true, maxlength: MAX_LENGTH.wishes })}
      ${radioField(ctx, heardKey, m[heardKey], heard, { optional: true })}
      ${ctx.values[heardKey] === 'yes' ? textField(ctx, `${prefix}HeardOn`, m[`${prefix}HeardOn`], { type: 'date', max: ctx.todayIso }) : nothing}
      ${ctx.values[heardKey] === 'no'
        ? textareaField(ctx, `${prefix}NotHeardReason`, m[`${prefix}NotHeardReason`], { maxlength: MAX_LENGTH.notHeardReason })
        : nothing}
    </fieldset>`;
  };
  return html`<fieldset class="section" part="section">
    <legend>${m.sectionVoice}</legend>
    ${who('pupil', m.voicePupil)} ${who('parents', m.voiceParents)}
  </fieldset>`;
}
