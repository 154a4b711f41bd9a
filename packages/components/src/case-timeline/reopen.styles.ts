import { css } from 'lit';

/** The reopen control under the case header (reopen-control.ts). */
export const reopenStyles = css`
  .reopen {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
    margin-block: var(--_space-m);
  }
  .reopen p {
    margin: 0;
  }
  .reopen [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus, currentColor);
    outline-offset: 2px;
  }
  @media print {
    .reopen button {
      display: none !important;
    }
  }
`;
