// Layout of the form: one column that fits 320px and 400% zoom (no fixed widths beyond `max-width`),
// label → hint → error → control (NL Design System order), errors marked by text and a bar, never colour alone.
import { css } from 'lit';

export const meldingFormStyles = css`
  :host {
    --_form-max: var(--tz-melding-form-max-width, 44em);
    --_input-border: var(--tz-melding-form-input-border-color, var(--_border));
    --_input-bg: var(--tz-melding-form-input-background, var(--_surface));
    --_section-gap: var(--tz-melding-form-section-gap, var(--_space-l));
    max-width: var(--_form-max);
    /* Paint our own surface: light-dark() text on a host page of the other scheme stays readable. */
    background: var(--tz-melding-form-background, var(--_surface));
  }
  form,
  .panel {
    display: grid;
    gap: var(--_section-gap);
    min-width: 0;
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
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
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
  .readonly {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
  }
  .readonly dt {
    font-weight: 600;
  }
  .readonly dd {
    margin: 0;
    font-family: var(--tz-font-family-mono, ui-monospace, monospace);
    overflow-wrap: anywhere;
  }
  .subgroup {
    display: grid;
    gap: var(--_space-m);
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px solid var(--_border-subtle);
  }
  .feedback {
    padding: var(--_space-m);
    border: 1px solid var(--_border-subtle);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .feedback-title {
    margin: 0 0 var(--_space-xs);
    font-size: 1em;
    font-weight: 700;
  }
  .feedback ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary,
  .notice {
    margin-bottom: var(--_section-gap);
  }
  .summary {
    padding: var(--_space-m);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .summary h2,
  .panel h2 {
    margin: 0 0 var(--_space-s);
    font-size: 1.2em;
  }
  .summary ul {
    margin: var(--_space-s) 0 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .confirmation {
    padding: var(--_space-m);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_success-surface);
  }
  .conflict {
    padding: var(--_space-m);
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_warning-surface);
  }
  .conflict fieldset {
    margin-top: var(--_space-m);
  }
  .skeleton-line {
    height: 2.5em;
  }
  h2:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .field.invalid,
    .summary,
    .feedback,
    .confirmation,
    .conflict,
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
