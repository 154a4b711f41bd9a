// The columns of a case spreadsheet (template: openapi/imports/cases-template.csv) and how a row
// becomes the body of createCase. Cells are text; booleans, dates and numbers are read leniently
// the way Dutch spreadsheets write them (ja/nee, 31-01-2026, 12,5), everything else is left to the
// contract's own validation so that the messages are the same as the API's.
import { findBsnLike, looksLikeBsn } from '@thuiszitters/domain';

export interface ColumnProblem {
  column: string | null;
  reason: string;
}

/** Every column, in template order. Required ones must be in the header. */
export const COLUMNS = [
  'pupilRef', 'birthYearMonth', 'school', 'schoolType', 'municipalityCode',
  'enrolled', 'firstDayOfAbsence', 'authorised',
  'exemptionGround', 'exemptionFrom', 'exemptionTo', 'duoReportNumber',
  'primaryReason', 'secondaryReasons',
  'leadOrganisation', 'leadRole', 'leadName', 'leadSince',
  'offerType', 'offerStartDate', 'offerHoursPerWeek',
  'notes',
] as const;
export type Column = (typeof COLUMNS)[number];

export const REQUIRED_COLUMNS: Column[] = ['pupilRef', 'birthYearMonth', 'school', 'schoolType', 'municipalityCode', 'enrolled', 'firstDayOfAbsence', 'authorised', 'primaryReason'];

/** Headers that announce a BSN/PGN column: refused whatever the cells hold. */
const BSN_HEADERS = /^(bsn|burgerservicenummer|burger-service-nummer|pgn|persoonsgebondennummer|sofinummer|sofi)$/i;

const BY_LOWER = new Map<string, Column>(COLUMNS.map((column) => [column.toLowerCase(), column]));

export interface Header {
  /** Column of the template per position, or null for a column that is refused. */
  columns: Array<Column | null>;
  problems: ColumnProblem[];
}

export function readHeader(names: string[]): Header {
  const problems: ColumnProblem[] = [];
  const seen = new Set<Column>();
  const columns = names.map((raw) => {
    const name = raw.trim();
    if (name === '') return null;
    if (BSN_HEADERS.test(name.replace(/[\s_]/g, ''))) {
      problems.push({ column: name, reason: 'This column looks like a BSN/PGN column; a BSN is never imported. Remove the column.' });
      return null;
    }
    const column = BY_LOWER.get(name.toLowerCase());
    if (!column) {
      problems.push({ column: name, reason: `This is not a known column; the columns are: ${COLUMNS.join(', ')}.` });
      return null;
    }
    if (seen.has(column)) {
      problems.push({ column: name, reason: 'This column appears twice.' });
      return null;
    }
    seen.add(column);
    return column;
  });
  for (const column of REQUIRED_COLUMNS) if (!seen.has(column)) problems.push({ column, reason: 'This column is required and missing from the header row.' });
  return { columns, problems };
}

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1']);
const FALSE = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

function bool(value: string, column: Column, problems: ColumnProblem[]): boolean | undefined {
  const lower = value.toLowerCase();
  if (TRUE.has(lower)) return true;
  if (FALSE.has(lower)) return false;
  problems.push({ column, reason: 'Must be ja or nee (yes or no).' });
  return undefined;
}

/** ISO dates stay; a Dutch day-month-year (31-01-2026, 31/1/2026) becomes ISO; the rest is left to the contract. */
function date(value: string): string {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  return dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : value;
}

function number(value: string, column: Column, problems: ColumnProblem[]): number | undefined {
  const parsed = Number(value.replace(',', '.'));
  if (value !== '' && Number.isFinite(parsed)) return parsed;
  problems.push({ column, reason: 'Must be a number (hours per week, e.g. 12 or 12,5).' });
  return undefined;
}

/** A BSN in any cell: nine digits passing the elfproef, alone or in text. */
function bsnProblem(column: Column, value: string): ColumnProblem | null {
  if (looksLikeBsn(value.replace(/[\s.]/g, '')) || findBsnLike(value).length > 0) {
    return { column, reason: 'Holds a number that passes the BSN elfproef; a BSN is never imported.' };
  }
  return null;
}

export interface ReadRow {
  /** The createCase body, when every cell could be read. */
  body: Record<string, unknown>;
  /** school|pupilRef|firstDayOfAbsence as written (after trimming and date reading). */
  key: string;
  problems: ColumnProblem[];
}

export function readRow(header: Header, cells: string[]): ReadRow {
  const problems: ColumnProblem[] = [];
  const value: Partial<Record<Column, string>> = {};
  header.columns.forEach((column, index) => {
    const text = (cells[index] ?? '').trim();
    if (!column || text === '') return;
    const bsn = bsnProblem(column, text);
    if (bsn) problems.push(bsn);
    else value[column] = text;
  });

  const school = value.school ?? '';
  const body: Record<string, unknown> = {
    pupilRef: value.pupilRef,
    birthYearMonth: value.birthYearMonth,
    school: { brin: school.slice(0, 4).toUpperCase(), vestiging: school.slice(4) },
    schoolType: value.schoolType?.toLowerCase(),
    municipalityCode: value.municipalityCode?.toUpperCase(),
    absence: {
      enrolled: value.enrolled === undefined ? undefined : bool(value.enrolled, 'enrolled', problems),
      firstDayOfAbsence: value.firstDayOfAbsence === undefined ? undefined : date(value.firstDayOfAbsence),
      authorised: value.authorised === undefined ? undefined : bool(value.authorised, 'authorised', problems),
      ...(value.exemptionGround || value.exemptionFrom || value.exemptionTo
        ? { exemption: { ground: value.exemptionGround, from: value.exemptionFrom && date(value.exemptionFrom), to: value.exemptionTo && date(value.exemptionTo) } }
        : {}),
      ...(value.duoReportNumber ? { duoReportNumber: value.duoReportNumber } : {}),
    },
    reasons: {
      primary: value.primaryReason?.toLowerCase(),
      secondary: (value.secondaryReasons ?? '').split(/[\s,;|]+/).filter((code) => code !== '').map((code) => code.toLowerCase()),
    },
  };
  if (value.leadOrganisation || value.leadRole || value.leadName || value.leadSince) {
    body.lead = { organisation: value.leadOrganisation, role: value.leadRole, name: value.leadName, since: value.leadSince && date(value.leadSince) };
  }
  if (value.offerType || value.offerStartDate || value.offerHoursPerWeek) {
    body.offer = {
      type: value.offerType,
      startDate: value.offerStartDate && date(value.offerStartDate),
      hoursPerWeek: value.offerHoursPerWeek === undefined ? undefined : number(value.offerHoursPerWeek, 'offerHoursPerWeek', problems),
    };
  }
  if (value.notes) body.notes = value.notes;
  if (!value.school) delete body.school;
  return { body: withoutUndefined(body) as Record<string, unknown>, key: [school.toUpperCase(), value.pupilRef ?? '', date(value.firstDayOfAbsence ?? '')].join('|'), problems };
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, withoutUndefined(item)]));
}

/** The contract's field path of createCase (`absence.firstDayOfAbsence`) → the column it came from. */
const COLUMN_OF_FIELD: Record<string, Column> = {
  pupilRef: 'pupilRef',
  birthYearMonth: 'birthYearMonth',
  school: 'school',
  'school.brin': 'school',
  'school.vestiging': 'school',
  schoolType: 'schoolType',
  municipalityCode: 'municipalityCode',
  'absence.enrolled': 'enrolled',
  'absence.firstDayOfAbsence': 'firstDayOfAbsence',
  'absence.authorised': 'authorised',
  'absence.exemption': 'exemptionGround',
  'absence.exemption.ground': 'exemptionGround',
  'absence.exemption.from': 'exemptionFrom',
  'absence.exemption.to': 'exemptionTo',
  'absence.duoReportNumber': 'duoReportNumber',
  reasons: 'primaryReason',
  'reasons.primary': 'primaryReason',
  'reasons.secondary': 'secondaryReasons',
  lead: 'leadName',
  'lead.organisation': 'leadOrganisation',
  'lead.role': 'leadRole',
  'lead.name': 'leadName',
  'lead.since': 'leadSince',
  offer: 'offerType',
  'offer.type': 'offerType',
  'offer.startDate': 'offerStartDate',
  'offer.hoursPerWeek': 'offerHoursPerWeek',
  notes: 'notes',
};

export function columnOfField(field: string): Column | null {
  const path = field.replace(/\[\d+\]/g, '');
  return COLUMN_OF_FIELD[path] ?? null;
}
