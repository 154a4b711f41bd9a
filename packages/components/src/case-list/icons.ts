// The icons beside the words of norms and signals (never instead of them): one SVG shape per
// signal code and per norm status, drawn in currentColor and hidden from assistive technology.
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { SignalCode } from './list-model.js';

const signalShapes: Record<SignalCode | 'other', SVGTemplateResult> = {
  normExceeded: svg`<circle cx="12" cy="12" r="9"/><path d="M8 8l8 8M16 8l-8 8"/>`,
  normAlmostOut: svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.5"/>`,
  noLeadHolder: svg`<circle cx="12" cy="8" r="4"/><path d="M5 21c1-4 4-6 7-6s6 2 7 6"/><path d="M3 3l18 18"/>`,
  actionOverdue: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4M10 13l4 4M14 13l-4 4"/>`,
  noActivity: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`,
  duplicateOpenCase: svg`<rect x="3" y="3" width="13" height="13" rx="1"/><rect x="8" y="8" width="13" height="13" rx="1"/>`,
  other: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v6M12 16.5v.5"/>`,
};
const normShapes: Record<string, SVGTemplateResult> = {
  running: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`,
  almostOut: signalShapes.normAlmostOut,
  exceeded: signalShapes.normExceeded,
  met: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12l3 3 5-6"/>`,
  notApplicable: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12h8"/>`,
};
const icon = (shape: SVGTemplateResult): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2"
    stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`;

/** The icon of a signal type; an unknown type gets the general one. */
export const signalIcon = (type: string): TemplateResult => icon(signalShapes[type as SignalCode] ?? signalShapes.other);

/** The icon of a norm status; an unknown status gets the running one. */
export const normIcon = (status: string): TemplateResult => icon(normShapes[status] ?? normShapes.running);
