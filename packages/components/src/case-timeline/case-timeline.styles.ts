// Styles of <tz-case-timeline>. Every value reads a --tz-case-timeline-* token with a fallback on
// the common tokens. Layout is relative to the element's own width (container queries), so it
// works at 320px and at 400% zoom. Print renders the whole case, details open, controls hidden.
import { css } from 'lit';
import { panelLook } from '../styles/shared.styles.js';

export const timelineStyles = css`
  :host {
    --_norm-running: var(--tz-case-timeline-norm-running-color, var(--_accent));
    --_norm-almost: var(--tz-case-timeline-norm-almost-out-color, var(--_warning));
    --_norm-exceeded: var(--tz-case-timeline-norm-exceeded-color, var(--_danger));
    --_norm-met: var(--tz-case-timeline-norm-met-color, var(--_success));
    --_line: var(--tz-case-timeline-line-color, var(--_border-subtle));
    --_derived-surface: var(--tz-case-timeline-derived-surface, var(--_surface-alt));
    --_bar-height: var(--tz-case-timeline-bar-height, 0.75em);
    container-type: inline-size;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
  }
  p {
    margin: 0;
  }
  .icon {
    flex: none;
    vertical-align: -0.2em;
  }
  .wrap {
    display: grid;
    /* minmax(0, 1fr), not auto: a grid column would otherwise grow to its longest word. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-l);
    /* A long unbroken word (a 64-character pupil reference, a URL, a report number) wraps
       instead of widening the element past a 360px screen. */
    overflow-wrap: anywhere;
  }

  /* ── header ── */
  /* The header and the add form are panels of the same look. */
  .case-header,
  .add {
    ${panelLook}
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
  }
  .fact dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .fact dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .fact.wide {
    grid-column: 1 / -1;
  }
  .fact dd.missing {
    font-weight: 400;
    font-style: italic;
  }
  .norm {
    display: grid;
    gap: var(--_space-xs);
    --_norm: var(--_norm-running);
  }
  .norm[data-status='almostOut'] {
    --_norm: var(--_norm-almost);
  }
  .norm[data-status='exceeded'] {
    --_norm: var(--_norm-exceeded);
  }
  .norm[data-status='met'] {
    --_norm: var(--_norm-met);
  }
  .norm-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: baseline;
    justify-content: space-between;
  }
  .norm-status {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
    font-weight: 700;
    color: var(--_norm);
  }
  .bar {
    position: relative;
    height: var(--_bar-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .fill {
    display: block;
    height: 100%;
    background: var(--_norm);
  }
  /* A second cue besides colour: exceeded is striped, almost out is dotted at its end. */
  .norm[data-status='exceeded'] .fill {
    background: repeating-linear-gradient(135deg, var(--_norm) 0 6px, transparent 6px 10px), var(--_danger-surface);
  }
  .norm[data-status='almostOut'] .fill {
    border-inline-end: 4px dotted var(--_text);
  }
  .norm-days {
    color: var(--_muted);
  }

  /* ── toolbar ── */
  .timeline {
    display: grid;
    gap: var(--_space-m);
  }
  .toolbar {
    display: grid;
    gap: var(--_space-m);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
    margin-bottom: var(--_space-xs);
  }
  .filters .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_space-s) var(--_space-m);
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    align-content: start;
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='search'],
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: var(--_space-xs) var(--_space-m);
  }
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
  }
  .choice {
    display: inline-flex;
    gap: var(--_space-s);
    align-items: center;
    min-height: 44px;
    font-weight: 400;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .toolbar-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    align-items: end;
    justify-content: space-between;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .count {
    font-weight: 600;
  }

  /* ── list ── */
  .month {
    padding-block: var(--_space-s) var(--_space-xs);
    border-bottom: 2px solid var(--_line);
    text-transform: capitalize;
  }
  ol.events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .event {
    position: relative;
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border-subtle);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Far-away items skip layout and paint until scrolled near. */
    content-visibility: auto;
    contain-intrinsic-size: auto 7em;
  }
  .event.derived {
    border-style: dashed;
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_border);
    background: var(--_derived-surface);
  }
  .event.pending {
    opacity: 0.8;
    border-inline-start-style: dotted;
  }
  .event:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .event-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    align-items: center;
  }
  .event-head time {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .type {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
    font-weight: 700;
  }
  .tag {
    display: inline-block;
    padding: 0 var(--_space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: 600;
  }
  .who {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .summary {
    overflow-wrap: anywhere;
  }
  .disclosure {
    justify-self: start;
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .disclosure .chevron {
    transition: transform 0.15s;
  }
  .disclosure[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .details dl {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
  }
  .details .row {
    display: grid;
    grid-template-columns: minmax(8em, 14em) 1fr;
    gap: var(--_space-s);
  }
  @container (max-width: 30em) {
    .details .row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .more {
    justify-self: start;
  }
  .older-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
    color: var(--_muted);
  }
  .older-status p {
    margin: 0;
  }

  /* ── add form (its panel: see the header) ── */
  .add form {
    display: grid;
    gap: var(--_space-m);
    max-width: 40em;
  }
  .add-ok {
    color: var(--_success);
    font-weight: 600;
  }
  .add-failure:not(:empty) {
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    color: var(--_text);
    font-weight: 600;
  }
  .skeleton-block {
    height: 6em;
    margin-bottom: var(--_space-s);
  }
  .skeleton-line {
    height: 1.25em;
    margin-bottom: var(--_space-s);
  }

  @media (prefers-reduced-motion: reduce) {
    .disclosure .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .fill {
      background: Highlight;
      forced-color-adjust: none;
    }
    .bar {
      border-color: CanvasText;
    }
    .event {
      border-color: CanvasText;
    }
  }
  @media print {
    .toolbar .filters,
    .toolbar .order,
    .actions,
    .disclosure,
    .more,
    .add {
      display: none !important;
    }
    .details[hidden] {
      display: block !important;
    }
    .event {
      break-inside: avoid;
      content-visibility: visible;
    }
    .month {
      break-after: avoid;
    }
  }
`;
