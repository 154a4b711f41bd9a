// CSV export of the events the user sees (after filters), built in the browser: no library,
// no request. Dutch spreadsheets expect `;` as separator, English ones `,`.
import type { Locale } from '../i18n/locale.js';

export type CsvRow = readonly (string | number | boolean | null | undefined)[];

/** One cell, quoted when needed; a leading = + - @ is neutralised (CSV formula injection). */
export function csvCell(value: string | number | boolean | null | undefined, separator: string): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvSeparator(locale: Locale): string {
  return locale === 'nl' ? ';' : ',';
}

/** Rows to CSV text (CRLF line ends, RFC 4180). */
export function toCsv(rows: readonly CsvRow[], locale: Locale): string {
  const sep = csvSeparator(locale);
  return rows.map((row) => row.map((cell) => csvCell(cell, sep)).join(sep)).join('\r\n') + '\r\n';
}

/**
 * Offers `text` as a file download through a Blob URL and a temporary `<a download>`;
 * the BOM makes spreadsheet programs read it as UTF-8.
 */
export function downloadCsv(text: string, fileName: string, container: Node): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled (the download holds its own reference).
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
