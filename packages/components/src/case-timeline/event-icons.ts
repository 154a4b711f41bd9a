// Inline SVG icons per event type (no icon font, no request). Always shown next to the text
// label and hidden from assistive technology: the icon helps scanning, the label carries the meaning.
// Drawn with currentColor strokes, so they follow the text colour and forced-colors mode.
import { svg, type SVGTemplateResult } from 'lit';

const shapes = {
  bell: svg`<path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z"/><path d="M10 20a2 2 0 0 0 4 0"/>`,
  send: svg`<path d="M3 11l18-8-8 18-2-8z"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`,
  alarm: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v6M12 16.5v.5"/>`,
  badge: svg`<circle cx="12" cy="8" r="4"/><path d="M5 21c1-4 4-6 7-6s6 2 7 6"/>`,
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`,
  people: svg`<circle cx="8" cy="9" r="3"/><circle cx="16" cy="9" r="3"/><path d="M2 20c1-3 3-5 6-5s5 2 6 5M12 20c1-3 2-5 4-5s5 2 6 5"/>`,
  flag: svg`<path d="M5 21V4M5 4h12l-2 4 2 4H5"/>`,
  list: svg`<path d="M9 6h12M9 12h12M9 18h12M4 6h.5M4 12h.5M4 18h.5"/>`,
  check: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12l3 3 5-6"/>`,
  arrowUp: svg`<path d="M12 20V5M6 11l6-6 6 6"/>`,
  document: svg`<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4M9 13h6M9 17h6"/>`,
  gift: svg`<rect x="3" y="9" width="18" height="12" rx="1"/><path d="M12 9v12M3 13h18M12 9c-2-4-6-4-6-1s6 1 6 1c2-4 6-4 6-1s-6 1-6 1"/>`,
  play: svg`<circle cx="12" cy="12" r="9"/><path d="M10 8l6 4-6 4z"/>`,
  stairs: svg`<path d="M3 20h5v-5h5v-5h5V5h3"/>`,
  shield: svg`<path d="M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6z"/>`,
  plus: svg`<circle cx="12" cy="12" r="9"/><path d="M12 8v8M8 12h8"/>`,
  minus: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12h8"/>`,
  pencil: svg`<path d="M4 20l4-1 11-11-3-3L5 16z"/><path d="M14 7l3 3"/>`,
  lock: svg`<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>`,
  unlock: svg`<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V8a4 4 0 0 1 7.5-2"/>`,
  dot: svg`<circle cx="12" cy="12" r="4"/>`,
};

const byType: Record<string, keyof typeof shapes> = {
  signalReceived: 'bell',
  reportedToDuo: 'send',
  reportedToSwv: 'send',
  lrvThresholdPassed: 'clock',
  leerplichtInvolved: 'badge',
  meetingPlanned: 'calendar',
  meetingHeld: 'people',
  leadAssigned: 'flag',
  leadChanged: 'flag',
  actionAgreed: 'list',
  actionCompleted: 'check',
  escalation: 'arrowUp',
  tlvRequested: 'document',
  tlvDecided: 'document',
  offerMade: 'gift',
  arrangementStarted: 'play',
  returnPhase: 'stairs',
  normExceeded: 'alarm',
  exemptionRegistered: 'shield',
  enrolled: 'plus',
  unenrolled: 'minus',
  note: 'pencil',
  caseReported: 'flag',
  caseClosed: 'lock',
  caseReopened: 'unlock',
};

/** The icon of an event type (a dot for types this version does not know). */
export function eventIcon(type: string): SVGTemplateResult {
  const shape = shapes[byType[type] ?? 'dot'];
  return svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`;
}
