// Layout of the checklist: a list of point cards that reflows by the element's own width
// (container queries, so it works at 320px and at 400% zoom), and a print layout for the
// yearly conversation: no controls, every point with its status, owner, note and evidence.
import { css } from 'lit';

export const checklistStyles = css`
  :host {
    container-type: inline-size;
    --_status-not-started: var(--tz-routekaart-checklist-not-started-color, var(--_muted));
    --_status-in-progress: var(--tz-routekaart-checklist-in-progress-color, var(--_warning));
    --_status-in-place: var(--tz-routekaart-checklist-in-place-color, var(--_success));
    --_card-border: var(--tz-routekaart-checklist-card-border, 1px solid var(--_border-subtle));
  }
  h2,
  h3,
  h4,
  h5 {
    margin: 0 0 var(--_space-s);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1.05em;
  }
  h5 {
    font-size: 1em;
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .subtitle,
  .hint,
  .meta {
    color: var(--_muted);
  }
  .meta {
    font-size: 0.875em;
  }

  /* Summary and toolbar */
  .summary {
    display: grid;
    gap: var(--_space-s);
    margin-block: var(--_space-m);
    padding: var(--_space-m);
    border: var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .progress-text {
    font-size: 1.15em;
    margin: 0;
  }
  meter {
    inline-size: 100%;
    max-inline-size: 30em;
    block-size: 1.25em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .announcement:empty {
    display: none;
  }
  .announcement {
    margin: 0;
    font-weight: 600;
    color: var(--_success);
  }
  .notice {
    margin-block: var(--_space-m);
  }

  /* Points */
  .points {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-m);
  }
  .point {
    padding: var(--_space-m);
    border: var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .point-body {
    display: grid;
    gap: var(--_space-m);
  }
  @container (min-width: 46em) {
    .point-body.with-figures {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
  .explanation {
    max-inline-size: 60em;
  }
  .status-badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    font-weight: 600;
  }
  .status-icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  [data-status='notStarted'] .status-icon {
    color: var(--_status-not-started);
  }
  [data-status='inProgress'] .status-icon {
    color: var(--_status-in-progress);
  }
  [data-status='inPlace'] .status-icon {
    color: var(--_status-in-place);
  }

  /* Forms */
  fieldset {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    padding: 0 var(--_space-xs);
    font-weight: 600;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
  }
  .radio {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 44px;
    cursor: pointer;
  }
  .radio input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .sub-items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .sub-items fieldset {
    margin-block-end: var(--_space-s);
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-m);
  }
  .field label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='url'],
  textarea,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
    min-block-size: 44px;
    inline-size: 100%;
    max-inline-size: 40em;
  }
  textarea {
    min-block-size: 5em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .evidence-list {
    margin: 0 0 var(--_space-s);
    padding-inline-start: 1.25em;
  }
  .evidence-list li {
    margin-block-end: var(--_space-xs);
  }
  .evidence-list .button.link {
    margin-inline-start: var(--_space-s);
    min-block-size: 24px;
  }
  .point-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .point-error {
    color: var(--_danger);
    font-weight: 600;
  }
  /* While the disclosure is open, its fields show the values: no need to repeat them. */
  .point:has(details[open]) .values {
    display: none;
  }
  details.point-form {
    margin-block: var(--_space-s);
  }
  details.point-form > summary {
    display: flex;
    align-items: center;
    min-block-size: 44px;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
  details.point-form[open] > summary {
    margin-block-end: var(--_space-s);
  }
  .save-state:empty {
    display: none;
  }
  .values {
    margin: 0 0 var(--_space-s);
  }
  .values dt {
    font-weight: 600;
  }
  .values dd {
    margin: 0 0 var(--_space-s);
  }
  .values dd.note {
    white-space: pre-line;
  }
  @container (min-width: 36em) {
    .values {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0 var(--_space-m);
    }
  }

  /* Conflict */
  .conflict {
    margin-block: var(--_space-m);
    padding: var(--_space-m);
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_warning-surface);
  }
  .conflict-versions {
    display: grid;
    gap: var(--_space-m);
    margin-block-end: var(--_space-m);
  }
  .conflict-field {
    margin: 0 0 var(--_space-m);
    padding: 0;
    border: 0;
  }
  .conflict-field legend {
    font-weight: 600;
    padding: 0;
  }
  .conflict-choice {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
    white-space: pre-line;
  }
  @container (min-width: 40em) {
    .conflict-versions {
      grid-template-columns: 1fr 1fr;
    }
  }

  /* Figures */
  .figures {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .figures-heading {
    font-weight: 700;
  }
  .figure-value {
    font-size: 1.3em;
  }
  .figure-skeleton {
    display: inline-block;
    inline-size: 4em;
    block-size: 1em;
    margin-inline-end: var(--_space-s);
    vertical-align: middle;
  }
  .figure-trend {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .figure-trend caption {
    text-align: start;
    font-weight: 600;
  }
  .figure-trend th,
  .figure-trend td {
    padding: 2px var(--_space-s) 2px 0;
    text-align: start;
    font-weight: normal;
  }
  .trend-bar {
    display: inline-block;
    inline-size: calc(var(--_share, 0) * 5em);
    block-size: 0.6em;
    margin-inline-end: var(--_space-xs);
    background: var(--_accent);
    vertical-align: middle;
  }
  .figure-reasons {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  @media (forced-colors: active) {
    [data-status] .status-icon {
      color: CanvasText;
    }
    .status-icon .check {
      stroke: Canvas;
    }
    .trend-bar {
      background: CanvasText;
    }
    .figures {
      border-inline-start-color: CanvasText;
    }
  }

  /* History */
  .history {
    margin-block-start: var(--_space-l);
  }
  .comparison ul {
    margin: 0 0 var(--_space-m);
    padding-inline-start: 1.25em;
  }
  .changes-table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .changes-table th,
  .changes-table td {
    text-align: start;
    vertical-align: top;
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: 1px solid var(--_border-subtle);
  }
  /* A data table may scroll sideways on a narrow screen (a reflow exception); relative, so the
     visually hidden words inside it are clipped by the wrapper and never widen the page. */
  .table-wrap {
    position: relative;
    overflow-x: auto;
  }
  .credit {
    margin-block-start: var(--_space-l);
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* States */
  .skeleton-line {
    block-size: 1.25em;
    margin-block: var(--_space-s);
  }
  .skeleton-card {
    block-size: 6em;
    margin-block: var(--_space-m);
  }

  .print-only {
    display: none;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .controls,
    button {
      display: none !important;
    }
    .print-only,
    .values {
      display: block !important;
    }
    .status-badge.print-only {
      display: flex !important;
    }
    .point {
      break-inside: avoid;
      border: 1px solid #000;
    }
    .figures {
      break-inside: avoid;
    }
    .values a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
