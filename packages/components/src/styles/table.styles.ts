// The data-table rules the case list and the reason chart's table view share; each element's
// own stylesheet (adopted after this one) sets its caption and header weights.
import { css } from 'lit';

export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    padding: var(--_space-s);
    border-bottom: 1px solid var(--_border-subtle);
    text-align: start;
    vertical-align: top;
  }
`;
