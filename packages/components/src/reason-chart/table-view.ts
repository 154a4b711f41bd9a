// The table view of the chart: the same rows, counts and changes as the bars, with the totals.
import { html } from 'lit';
import type { ReasonStatistics } from '@thuiszitters/sdk';
import type { ChartRow } from './chart-model.js';
import type { ChartTexts } from './texts.js';

export function renderReasonTable(data: ReasonStatistics, rows: ChartRow[], t: ChartTexts) {
  const m = t.m;
  const threshold = data.suppressionThreshold;
  const than = t.comparisonName(data);
  const change = (c: number | null) =>
    c === null
      ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${m.changeUnknown}</span>`
      : html`<span aria-hidden="true">${t.change(c)}</span><span class="visually-hidden">${t.describeChange(c, than)}</span>`;
  return html`<div class="table-wrap">
    <table part="table">
      <caption>
        ${m.tableCaption(m.title, t.period(data.period), t.period(data.comparisonPeriod))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.colReason}</th>
          <th scope="col" class="number">${m.colCount}</th>
          <th scope="col" class="number">${m.colComparison}</th>
          <th scope="col" class="number">${m.colChange}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr data-key=${r.key}>
            <th scope="row">${r.label}</th>
            <td class="number count">${t.count(r.count, threshold)}</td>
            <td class="number comparison">${t.count(r.comparisonCount, threshold)}</td>
            <td class="number change">${change(r.change)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${m.total}</th>
          <td class="number total">${t.count(data.total ?? null, threshold)}</td>
          <td class="number comparison-total">${t.count(data.comparisonTotal ?? null, threshold)}</td>
          <td></td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}
