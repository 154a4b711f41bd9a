// One small icon per status, always next to the status text (never colour alone): an empty
// circle, a half-filled circle, a circle with a check mark. Drawn in currentColor, so they
// follow forced-colours mode.
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { AssessmentStatus } from '@thuiszitters/domain';

const ICONS: Record<AssessmentStatus, SVGTemplateResult> = {
  notStarted: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/>`,
  inProgress: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>`,
  inPlace: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path class="check" d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="var(--_surface, #fff)" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
};

export function statusIcon(status: AssessmentStatus): TemplateResult {
  return html`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${ICONS[status]}</svg>`;
}
