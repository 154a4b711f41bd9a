// The one form stylesheet of the kit: fields in the NL Design System order label → hint → error →
// control, one column that fits 320px and 400% zoom, errors marked by text and a bar (never colour
// alone), 44px targets, and the error summary. An element sets the tokens below on its :host to
// theme its inputs (e.g. --_input-border from its own --tz-<element>-input-border-color).
// Modelled on Shoelace's form-control.styles.ts (one sheet every control adopts).
import { css } from 'lit';
import { panelLook } from '../styles/shared.styles.js';

export const formStyles = css`
  :host {
    --_input-border: var(--_border);
    --_input-bg: var(--_surface);
    --_section-gap: var(--_space-l);
  }
  p {
    margin: 0;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset.section {
    ${panelLook}
  }
  legend {
    padding: 0;
    font-weight: 700;
  }
  .section > legend {
    float: left; /* keeps the legend inside the grid flow of the fieldset */
    width: 100%;
    font-size: 1.15em;
  }
  .section > legend + * {
    clear: both;
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    min-width: 0;
  }
  .field.invalid {
    padding-inline-start: var(--_space-s);
    border-inline-start: 4px solid var(--_danger);
  }
  label,
  .field > legend {
    font-weight: 600;
  }
  .optional-tag,
  .required-tag {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  input[type='text'],
  input[type='url'],
  input[type='date'],
  input[type='month'],
  select,
  textarea {
    width: 100%;
    max-width: 100%;
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_input-border);
    border-radius: var(--_radius);
    background: var(--_input-bg);
    color: var(--_text);
    font: inherit;
  }
  input.short {
    max-width: 12em;
  }
  input[type='date'],
  input[type='month'] {
    max-width: 14em;
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-l);
  }
  .choices.stacked {
    flex-direction: column;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    min-height: 44px;
    padding-block: var(--_space-xs);
    font-weight: 400;
  }
  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  [part='error-summary'] {
    margin-bottom: var(--_section-gap);
    padding: var(--_space-m);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='error-summary'] :is(h2, h3) {
    margin: 0 0 var(--_space-s);
    font-size: 1.2em;
  }
  [part='error-summary'] :is(h2, h3):focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='error-summary'] ul {
    margin: var(--_space-s) 0 0;
    padding-inline-start: 1.25em;
  }
  [part='error-summary'] a {
    color: var(--_danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .field.invalid,
    [part='error-summary'],
    fieldset.section {
      border-color: CanvasText;
    }
    [aria-invalid='true'] {
      border-color: Mark;
    }
    .error {
      color: CanvasText;
    }
  }
`;
