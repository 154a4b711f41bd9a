// The conflict panel of a point after a 412 that touched the same fields: per field both changed,
// their value and the user's side by side as a radio choice, then "keep mine" or "take theirs".
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { toUpdate, type PointField } from './assessment-model.js';
import type { RoutekaartMessages } from './messages.js';
import type { Conflict } from './point-editing.js';
import type { Side } from './point-merge.js';
import { fieldLabel, formatFieldValue } from './value-format.js';

export interface ConflictActions {
  choose(field: PointField, side: Side): void;
  keepMine(): void;
  takeTheirs(): void;
}

export function renderConflict(n: number, conflict: Conflict | undefined, m: RoutekaartMessages, locale: Locale, on: ConflictActions): TemplateResult | typeof nothing {
  if (!conflict) return nothing;
  const theirs = toUpdate(conflict.current.points[n - 1]);
  const row = (field: PointField) => html`<fieldset class="conflict-field" data-field=${field}>
    <legend>${fieldLabel(field, locale)}</legend>
    <div class="conflict-versions">
      ${(['theirs', 'mine'] as const).map((side) => {
        const value = formatFieldValue(field, (side === 'mine' ? conflict.mine : theirs)[field], locale);
        return html`<label class="conflict-choice" data-version=${side}>
          <input
            type="radio"
            name="conflict-${n}-${field}"
            value=${side}
            .checked=${(conflict.choices[field] ?? 'mine') === side}
            @change=${() => on.choose(field, side)}
          />
          <span>${side === 'mine' ? m.conflictMine : m.conflictTheirs}: ${value}</span>
        </label>`;
      })}
    </div>
  </fieldset>`;
  return html`<div class="conflict" role="group" aria-labelledby="conflict-${n}-heading" data-conflict=${n}>
    <h4 id="conflict-${n}-heading" tabindex="-1">${m.conflictHeading}</h4>
    <p>${conflict.fields.length > 0 ? m.conflictIntro : m.conflictNone}</p>
    ${conflict.fields.map(row)}
    <div class="point-actions controls">
      <button type="button" class="button" data-action="keep-mine" @click=${on.keepMine}>${m.keepMine}</button>
      <button type="button" class="button secondary" data-action="take-theirs" @click=${on.takeTheirs}>${m.takeTheirs}</button>
    </div>
  </div>`;
}
