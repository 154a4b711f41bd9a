// The bar above the list: saved view (preset), school picker, search box and sort order.
import { html, nothing, type TemplateResult } from 'lit';
import type { ReferenceData } from '../context/contexts.js';
import { PRESETS, SORTS, type CaseListPreset, type CaseListSort } from './list-model.js';
import type { CaseListMessages } from './messages.js';

export interface ControlsContext {
  m: CaseListMessages;
  /** Prefix of the ids that tie labels to fields (one per element instance). */
  idPrefix: string;
  schools: ReferenceData['schools'];
  showSchoolPicker: boolean;
  preset: CaseListPreset;
  school: string;
  q: string;
  sort: CaseListSort;
  onPreset(e: Event): void;
  onSchool(e: Event): void;
  onSearch(e: Event): void;
  onSort(e: Event): void;
}

export function renderControls(ctx: ControlsContext): TemplateResult {
  const { m, idPrefix: id, schools, preset } = ctx;
  return html`<div class="controls" part="controls" role="group" aria-label=${m.filtersLabel}>
      <div class="field">
        <label for="${id}-preset">${m.presetLabel}</label>
        <select id="${id}-preset" @change=${ctx.onPreset}>
          ${PRESETS.map((p) => html`<option value=${p} ?selected=${p === preset}>${m.preset(p)}</option>`)}
        </select>
      </div>
      ${!ctx.showSchoolPicker || schools.length === 0
        ? nothing
        : html`<div class="field">
            <label for="${id}-school">${m.schoolLabel}</label>
            <select id="${id}-school" @change=${ctx.onSchool}>
              <option value="" ?selected=${!ctx.school}>${m.allSchools}</option>
              ${schools.map((s) => {
                const key = `${s.brin}${s.vestiging}`;
                return html`<option value=${key} ?selected=${key === ctx.school}>${s.name} (${key})</option>`;
              })}
            </select>
          </div>`}
      <form class="search" role="search" @submit=${ctx.onSearch}>
        <div class="field">
          <label for="${id}-q">${m.searchLabel}</label>
          <input id="${id}-q" type="search" maxlength="64" autocomplete="off" .value=${ctx.q} />
        </div>
        <button type="submit" class="button secondary">${m.search}</button>
      </form>
      <div class="field">
        <label for="${id}-sort">${m.sortLabel}</label>
        <select id="${id}-sort" @change=${ctx.onSort}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${s === ctx.sort}>${m.sort(s)}</option>`)}
        </select>
      </div>
    </div>`;
}
