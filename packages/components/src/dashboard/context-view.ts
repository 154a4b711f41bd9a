// The context figures under the tiles: the registry's own (pupils with a special-education offer),
// the host's, and the national figures of a school year (DUO / OCW).
import { html, nothing } from 'lit';
import type { HeadlineStatistics } from '@thuiszitters/sdk';
import { heading } from '../shared/heading.js';
import type { DashboardMessages } from './messages.js';

/** A context figure the host adds beside the registry's own (e.g. pupils in special education from its own source). */
export interface ContextFigure {
  label: string;
  value: number | string;
  /** Where the figure comes from, shown small under it. */
  source?: string;
}

export interface ContextViewOptions {
  m: DashboardMessages;
  id: string;
  headingLevel: number;
  /** The host's figures (anything not shaped like one is left out). */
  hostFigures: unknown;
  num: (n: number) => string;
}

export function renderContext(data: HeadlineStatistics, { m, id, headingLevel, hostFigures, num }: ContextViewOptions) {
  const context = data.context;
  const national = context?.national;
  const figures: ContextFigure[] = Array.isArray(hostFigures) ? hostFigures.filter((f) => f && typeof f.label === 'string') : [];
  const value = (v: number | string) => (typeof v === 'number' ? num(v) : v);
  return html`<section class="context" part="context" aria-labelledby=${id}>
    ${heading({ level: headingLevel, className: 'subheading', id }, m.contextTitle)}
    <dl>
      ${typeof context?.specialEducationOffers === 'number'
        ? html`<div data-key="specialEducationOffers"><dt>${m.specialEducationOffers}</dt><dd>${num(context.specialEducationOffers)}</dd></div>`
        : nothing}
      ${figures.map(
        (f) => html`<div data-key="host">
          <dt>${f.label}</dt>
          <dd>${value(f.value)}</dd>
          ${f.source ? html`<dd class="source">${f.source}</dd>` : nothing}
        </div>`,
      )}
    </dl>
    ${national
      ? html`<p class="national-title">${m.nationalTitle(national.schoolYear)}</p>
          <dl class="national">
            <div><dt>${m.exemptions5a}</dt><dd>${num(national.exemptions5a)}</dd></div>
            <div><dt>${m.absoluteAbsence}</dt><dd>${num(national.absoluteAbsence)}</dd></div>
            <div><dt>${m.longTermRelativeAbsence}</dt><dd>${num(national.longTermRelativeAbsence)}</dd></div>
          </dl>`
      : nothing}
  </section>`;
}
