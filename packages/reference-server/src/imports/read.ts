// Reads an uploaded spreadsheet into rows of text cells: CSV with csv-parse (comma or semicolon,
// as Dutch Excel writes it; BOM allowed), XLSX with exceljs (first worksheet). Row numbers are
// the spreadsheet's own (header = 1), so a problem points at the row a user sees.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { HttpProblem } from '../http/problem.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** More rows than this is not a spreadsheet of cases of one region. */
export const MAX_ROWS = 10_000;

export interface Sheet {
  header: string[];
  rows: Array<{ number: number; cells: string[] }>;
}

function unreadable(detail: string): HttpProblem {
  return new HttpProblem(400, detail, { invalidParams: [{ name: 'body', reason: detail }] });
}

function fromRecords(records: string[][], numbers: number[]): Sheet {
  const [header, ...rest] = records;
  if (!header || header.every((cell) => cell.trim() === '')) throw unreadable('The spreadsheet has no header row (row 1 names the columns).');
  const rows = rest
    .map((cells, index) => ({ number: numbers[index + 1], cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (rows.length > MAX_ROWS) throw unreadable(`The spreadsheet has ${rows.length} rows; at most ${MAX_ROWS} are imported at once.`);
  return { header, rows };
}

export function readCsv(text: string): Sheet {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw unreadable(`The CSV could not be read${line ? ` (near line ${line})` : ''}: check the quotes.`);
  }
  return fromRecords(records, records.map((_, index) => index + 1));
}

/** A cell as the text a user typed: dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return '';
}

export async function readXlsx(buffer: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw unreadable('The file could not be read as an XLSX workbook.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('The workbook has no worksheet.');
  const records: string[][] = [];
  const numbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cellText(cell.value)));
    records.push(Array.from(cells, (cell) => cell ?? ''));
    numbers.push(number);
  });
  if (numbers[0] !== 1) throw unreadable('Row 1 of the first worksheet must name the columns.');
  return fromRecords(records, numbers);
}
