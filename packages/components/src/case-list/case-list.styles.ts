// <tz-case-list>: a plain table on wide screens, one card per case below 40em (320 px phones,
// 400% zoom). Norm and signals carry words and icons; colour only repeats what the text says.
import { css } from 'lit';

export const caseListStyles = css`
  :host {
    --_norm-running: var(--tz-case-list-norm-running-color, var(--_accent));
    --_norm-almost-out: var(--tz-case-list-norm-almost-out-color, var(--_warning));
    --_norm-exceeded: var(--tz-case-list-norm-exceeded-color, var(--_danger));
    --_norm-met: var(--tz-case-list-norm-met-color, var(--_success));
    --_row-selected: var(--tz-case-list-selected-background, var(--_surface-alt));
    container-type: inline-size;
    background: var(--tz-case-list-background, var(--_surface));
  }
  .base {
    display: grid;
    gap: var(--_space-m);
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    min-width: 0;
  }
  .field label {
    font-weight: 600;
  }
  select,
  input[type='search'] {
    min-height: 44px;
    max-width: 100%;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .search {
    display: flex;
    gap: var(--_space-xs);
    align-items: end;
    flex-wrap: wrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .count .shown {
    font-weight: 400;
    color: var(--_muted);
  }
  /* table, th and td: styles/table.styles.ts (adopted before this sheet). */
  caption {
    font-weight: 600;
    padding-bottom: var(--_space-xs);
  }
  th {
    font-weight: 700;
    border-bottom: 2px solid var(--_border);
  }
  tr[aria-current='true'] > * {
    background: var(--_row-selected);
  }
  tr[aria-current='true'] .open-case {
    font-weight: 700;
  }
  .open-case {
    min-height: 44px;
    font-weight: 600;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .current-tag {
    display: inline-block;
    margin-inline-start: var(--_space-xs);
    font-size: 0.85em;
    color: var(--_muted);
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.875em;
  }
  .norm {
    display: grid;
    gap: 2px;
    min-width: 9em;
  }
  .norm-bar {
    position: relative;
    height: var(--tz-case-list-bar-height, 0.6em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .norm-fill {
    display: block;
    height: 100%;
    width: 0;
    background: var(--_norm-running);
  }
  .norm[data-status='almostOut'] .norm-fill {
    background: var(--_norm-almost-out);
  }
  .norm[data-status='exceeded'] .norm-fill {
    /* Stripes as well as colour: "exceeded" never hangs on colour alone. */
    background: repeating-linear-gradient(135deg, var(--_norm-exceeded) 0 6px, transparent 6px 9px), var(--_norm-exceeded);
  }
  .norm[data-status='met'] .norm-fill {
    background: var(--_norm-met);
  }
  .norm-text {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
  }
  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
  }
  .signals {
    display: grid;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .signal {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
  }
  .signal[data-type='normExceeded'] .icon,
  .signal[data-type='duplicateOpenCase'] .icon {
    color: var(--_danger);
  }
  .signal[data-type='normAlmostOut'] .icon,
  .signal[data-type='actionOverdue'] .icon {
    color: var(--_warning);
  }
  .legend {
    margin: 0;
    font-size: 0.9em;
  }
  .legend summary {
    cursor: pointer;
    min-height: 24px;
    font-weight: 600;
  }
  .legend dl {
    display: grid;
    gap: var(--_space-xs);
    margin: var(--_space-s) 0 0;
  }
  .legend dt {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
    font-weight: 600;
  }
  .legend dd {
    margin: 0 0 var(--_space-xs) 1.6em;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .skeleton-row {
    height: 2.5em;
    margin-bottom: var(--_space-xs);
  }
  /* Narrow (a phone, 400% zoom): every case a card, each value with its column name. */
  @container (max-width: 40em) {
    .controls {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }
    .controls select,
    .controls input[type='search'] {
      width: 100%;
    }
    .search .field {
      flex: 1 1 12em;
    }
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tr {
      padding: var(--_space-s) 0;
      border-bottom: 1px solid var(--_border-subtle);
    }
    td {
      display: grid;
      grid-template-columns: minmax(6.5em, 35%) 1fr;
      gap: var(--_space-s);
      padding: var(--_space-xs) 0;
      border: 0;
    }
    td::before {
      content: attr(data-label) / '';
      font-weight: 600;
      color: var(--_muted);
    }
    td.pupil {
      grid-template-columns: 1fr;
    }
    td.pupil::before {
      content: none;
    }
    .norm {
      min-width: 0;
    }
  }
  @media (forced-colors: active) {
    .norm-fill {
      background: CanvasText !important;
    }
    tr[aria-current='true'] > * {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .controls,
    .actions,
    .more,
    .legend summary {
      display: none;
    }
    .legend dl {
      display: grid;
    }
  }
`;
