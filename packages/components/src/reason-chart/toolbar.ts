// The toolbar above the chart: the chart/table switch and the CSV, SVG and PNG export buttons.
import { html } from 'lit';
import type { ExportFormat } from './export-files.js';
import type { ReasonChartMessages } from './messages.js';

export interface ToolbarOptions {
  m: ReasonChartMessages;
  table: boolean;
  onToggle: () => void;
  onExport: (format: ExportFormat) => void;
}

export function renderToolbar({ m, table, onToggle, onExport }: ToolbarOptions) {
  const exportButton = (format: ExportFormat, text: string, name: string) =>
    html`<button type="button" class="button secondary export-${format}" aria-label=${name} @click=${() => onExport(format)}>${text}</button>`;
  return html`<div class="toolbar">
    <button type="button" class="button secondary view-toggle" aria-pressed=${table ? 'true' : 'false'} @click=${onToggle}>${m.showTable}</button>
    <div class="export" role="group" aria-label=${m.exportLabel}>
      <span class="export-label" aria-hidden="true">${m.exportLabel}:</span>
      ${exportButton('csv', m.exportCsv, m.exportCsvName)} ${exportButton('svg', m.exportSvg, m.exportSvgName)}
      ${exportButton('png', m.exportPng, m.exportPngName)}
    </div>
  </div>`;
}
