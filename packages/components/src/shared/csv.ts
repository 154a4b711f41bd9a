// The one CSV writer of the kit (RFC 4180: quoted cells, CRLF line ends), built in the browser.
// Formula injection (OWASP "CSV injection"), one rule for every export: a TEXT cell that starts
// with = + - @ TAB or CR gets a leading apostrophe, so a spreadsheet shows it instead of running
// it. A number is a number: -3 is written as -3.
import type { Locale } from '../i18n/locale.js';

export type CsvValue = string | number | boolean | null | undefined;
export type CsvRow = readonly CsvValue[];

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: defused when it is text that a spreadsheet would run, quoted when needed. */
export function csvCell(value: CsvValue, separator = ','): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Dutch spreadsheets expect `;` (the decimal separator is a comma there), English ones `,`. */
export function csvSeparator(locale: Locale): ',' | ';' {
  return locale === 'nl' ? ';' : ',';
}

/** Rows to CSV text, every line ending in CRLF; no byte order mark (downloadCsv adds it). */
export function toCsv(rows: readonly CsvRow[], separator: string = ','): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}
