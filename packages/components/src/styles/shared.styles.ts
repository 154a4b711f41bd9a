// Styles every element shares. Every visual value reads a token with a fallback, so a host can
// theme the kit with CSS custom properties alone (full list in src/theme/theme.css).
// Text is sized in px/em from tokens, never rem: a host's `html { font-size: 62.5% }` must not shrink us.
// Dark mode: the host sets `--tz-color-scheme: dark` (or `light dark` to follow the user).
import { css, unsafeCSS } from 'lit';

export const hostStyles = css`
  :host {
    /* Resolve the common tokens once; components read the private --_ names. A colour token sets
       both schemes; its -light and -dark variants set one each. light-dark() is only ever written
       here, inside the shadow root, where no host build tool rewrites it (see src/theme/theme.css). */
    color-scheme: var(--tz-color-scheme, light);
    --_font: var(--tz-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--tz-color-text, light-dark(var(--tz-color-text-light, #1a1a1a), var(--tz-color-text-dark, #ececec)));
    --_muted: var(--tz-color-text-muted, light-dark(var(--tz-color-text-muted-light, #4a4f57), var(--tz-color-text-muted-dark, #b7bcc4)));
    --_surface: var(--tz-color-surface, light-dark(var(--tz-color-surface-light, #ffffff), var(--tz-color-surface-dark, #1d1f23)));
    --_surface-alt: var(--tz-color-surface-alt, light-dark(var(--tz-color-surface-alt-light, #f3f5f8), var(--tz-color-surface-alt-dark, #272a30)));
    --_border: var(--tz-color-border, light-dark(var(--tz-color-border-light, #6b7280), var(--tz-color-border-dark, #8b929c)));
    --_border-subtle: var(--tz-color-border-subtle, light-dark(var(--tz-color-border-subtle-light, #d5d9e0), var(--tz-color-border-subtle-dark, #3a3e46)));
    --_accent: var(--tz-color-accent, light-dark(var(--tz-color-accent-light, #0b4f9c), var(--tz-color-accent-dark, #8cb8f0)));
    --_accent-contrast: var(--tz-color-accent-contrast, light-dark(var(--tz-color-accent-contrast-light, #ffffff), var(--tz-color-accent-contrast-dark, #0d1420)));
    --_danger: var(--tz-color-danger, light-dark(var(--tz-color-danger-light, #b3261e), var(--tz-color-danger-dark, #ffb4ab)));
    --_danger-surface: var(--tz-color-danger-surface, light-dark(var(--tz-color-danger-surface-light, #fdecea), var(--tz-color-danger-surface-dark, #3b1512)));
    --_success: var(--tz-color-success, light-dark(var(--tz-color-success-light, #1e6b34), var(--tz-color-success-dark, #8fd8a0)));
    --_success-surface: var(--tz-color-success-surface, light-dark(var(--tz-color-success-surface-light, #e8f5ec), var(--tz-color-success-surface-dark, #13301c)));
    --_warning: var(--tz-color-warning, light-dark(var(--tz-color-warning-light, #8a5300), var(--tz-color-warning-dark, #f3c26b)));
    --_warning-surface: var(--tz-color-warning-surface, light-dark(var(--tz-color-warning-surface-light, #fff4e0), var(--tz-color-warning-surface-dark, #3a2a0c)));
    --_focus: var(--tz-color-focus, light-dark(var(--tz-color-focus-light, #1a5ccc), var(--tz-color-focus-dark, #9cc3ff)));
    --_radius: var(--tz-radius, 4px);
    --_space-xs: var(--tz-space-xs, 4px);
    --_space-s: var(--tz-space-s, 8px);
    --_space-m: var(--tz-space-m, 16px);
    --_space-l: var(--tz-space-l, 24px);
    --_space-xl: var(--tz-space-xl, 32px);

    display: block;
    /* A host page's universal rules ("* { line-height: 1; box-sizing: content-box }", common in
       old LVS screens) match this element itself and would beat a normal :host declaration; an
       !important one inside the shadow tree wins. Hosts change these through the tokens. */
    box-sizing: border-box !important;
    font-family: var(--_font) !important;
    font-size: var(--tz-font-size, 16px);
    line-height: var(--tz-line-height, 1.5) !important;
    color: var(--_text);
    text-align: start;
    /* Inherited text settings of the host's containers stop here. */
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/**
 * The look of a panel (a bordered card on the surface colour): declarations, not a class, so a
 * form's sections and the timeline's header and add form keep their own markup: `.x { ${panelLook} }`.
 */
// unsafeCSS of a constant, not `css`: the build's template minifier parses every css`` as a
// stylesheet, and declarations without a selector are not one.
export const panelLook = unsafeCSS(
  'display: grid; gap: var(--_space-m); padding: var(--_space-m); border: 1px solid var(--_border-subtle); border-radius: var(--_radius); background: var(--_surface);',
);

/** Buttons: min 44px target (WCAG 2.5.8 asks 24px; we aim higher for touch), visible in forced colours. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-height: 44px;
    padding: 0 var(--_space-m);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button.link {
    min-height: auto;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .button:hover:not([aria-disabled='true'], :disabled) {
    filter: brightness(1.1);
  }
  .button[aria-disabled='true'],
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[aria-disabled='true'],
    .button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;

/** Status messages (loading, empty, error): one look for every element. */
export const stateStyles = css`
  .state {
    padding: var(--_space-m);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .state.error {
    border-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .state.error .state-title {
    color: var(--_danger);
  }
  .state-title {
    margin: 0 0 var(--_space-xs);
    font-size: 1.05em;
    font-weight: 700;
  }
  .state p {
    margin: 0 0 var(--_space-s);
  }
  .skeleton {
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface-alt), var(--_border-subtle), var(--_surface-alt));
    background-size: 200% 100%;
    animation: tz-shimmer 1.4s ease-in-out infinite;
  }
  @keyframes tz-shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
