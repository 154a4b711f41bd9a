// What only the melding form looks like (fields and the error summary come from form/form.styles.ts):
// its width and tokens, the live feedback, the notices, the confirmation and the conflict view.
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
  .notice {
    margin-bottom: var(--_section-gap);
  }
  .panel h2 {
    margin: 0 0 var(--_space-s);
    font-size: 1.2em;
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
    .feedback,
    .confirmation,
    .conflict {
      border-color: CanvasText;
    }
  }
`;
