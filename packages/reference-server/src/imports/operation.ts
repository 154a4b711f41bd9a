// importCases: a spreadsheet of cases, all or nothing. Every row is read (columns.ts), checked
// against the contract's CaseCreate schema and then created through createCase itself inside one
// transaction, so the rules (impossible facts, tenancy, audit, notifications) are exactly the
// API's. Any problem, or a dry run, rolls the whole transaction back.
import { createHash } from 'node:crypto';
import { defaultSpecPath } from '../config.js';
import { HttpProblem } from '../http/problem.js';
import { listOperations, loadSpec } from '../http/spec.js';
import { compileValidators, type OperationValidator } from '../http/validation.js';
import { caseHandlers } from '../operations/cases.js';
import type { OperationHandlers, RequestContext } from '../http/context.js';
import { importedCases, recordImport } from '../store/imports.js';
import { columnOfField, readHeader, readRow } from './columns.js';
import { readCsv, readXlsx, type Sheet } from './read.js';

interface Problem {
  row: number;
  column: string | null;
  reason: string;
}

interface Report {
  dryRun: boolean;
  rows: number;
  created: number;
  existing: number;
  cases: Array<{ row: number; caseId: string; outcome: 'created' | 'existing' }>;
  problems: Problem[];
}

/** Thrown to roll the transaction back while keeping what was found. */
class RollBack extends Error {
  constructor(readonly report: Report) {
    super('roll back');
  }
}

let createCaseValidator: OperationValidator | undefined;
function validateCreate(body: unknown) {
  if (!createCaseValidator) {
    const document = loadSpec(defaultSpecPath);
    const operation = listOperations(document).find((item) => item.operationId === 'createCase')!;
    createCaseValidator = compileValidators(document, [operation]).get('createCase')!;
  }
  return createCaseValidator({ params: {}, query: {}, headers: { 'idempotency-key': 'import-row-check' }, body, contentType: 'application/json', hasBody: true });
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

async function readSheet(ctx: RequestContext<'importCases'>): Promise<Sheet> {
  const body = ctx.body;
  if (Buffer.isBuffer(body)) return readXlsx(body);
  if (typeof body === 'string') return readCsv(body);
  throw new HttpProblem(415, 'The request body must be CSV (text/csv) or XLSX.');
}

/** At most 200 invalidParams in a problem (the contract's limit); the dry run lists them all. */
const MAX_INVALID_PARAMS = 200;

const importCases = async (ctx: RequestContext<'importCases'>) => {
  const dryRun = ctx.query.dryRun === true;
  const sheet = await readSheet(ctx);
  const header = readHeader(sheet.header);
  const problems: Problem[] = header.problems.map((problem) => ({ row: 1, ...problem }));
  const rows = sheet.rows.map((row) => ({ number: row.number, ...readRow(header, row.cells) }));

  // Contract check per row, with the API's own messages, named by the column.
  const firstRowOfKey = new Map<string, number>();
  const ready: typeof rows = [];
  for (const row of rows) {
    const rowProblems: Problem[] = row.problems.map((problem) => ({ row: row.number, ...problem }));
    const outcome = validateCreate(row.body);
    if (!outcome.ok) {
      for (const param of outcome.invalidParams) rowProblems.push({ row: row.number, column: columnOfField(param.name), reason: param.reason });
    }
    const earlier = firstRowOfKey.get(row.key);
    if (earlier !== undefined) rowProblems.push({ row: row.number, column: null, reason: `Same school, pupilRef and firstDayOfAbsence as row ${earlier}: one case per row.` });
    else firstRowOfKey.set(row.key, row.number);
    problems.push(...rowProblems);
    if (rowProblems.length === 0) ready.push(row);
  }

  const report: Report = { dryRun, rows: rows.length, created: 0, existing: 0, cases: [], problems };
  let outcome: Report;
  try {
    outcome = await ctx.db.transaction(async (tx) => {
      const earlier = await importedCases(tx, ready.map((row) => hashKey(row.key)));
      for (const row of ready) {
        const key = hashKey(row.key);
        const existing = earlier.get(key);
        if (existing) {
          report.existing++;
          report.cases.push({ row: row.number, caseId: existing, outcome: 'existing' });
          continue;
        }
        try {
          const answer = await caseHandlers.createCase({ ...ctx, db: tx, body: row.body as RequestContext<'createCase'>['body'], query: {}, headers: { 'Idempotency-Key': `import-${key}` } });
          const caseId = (answer.body as { id: string }).id;
          await recordImport(tx, key, caseId, ctx.auth.subject, ctx.now());
          report.created++;
          report.cases.push({ row: row.number, caseId, outcome: 'created' });
        } catch (error) {
          if (!(error instanceof HttpProblem) || error.status >= 500) throw error;
          const params = error.problem.invalidParams ?? [];
          if (params.length === 0) problems.push({ row: row.number, column: null, reason: error.message });
          for (const param of params) problems.push({ row: row.number, column: columnOfField(param.name), reason: param.reason });
        }
      }
      if (problems.length > 0 || dryRun) throw new RollBack(report);
      return report;
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    outcome = error.report;
  }
  problems.sort((a, b) => a.row - b.row);
  if (problems.length > 0 || dryRun) outcome.cases = [];
  if (problems.length > 0 && !dryRun) {
    const listed = problems.slice(0, MAX_INVALID_PARAMS - 1).map((problem) => ({ name: problem.column ? `row ${problem.row}, column ${problem.column}` : `row ${problem.row}`, reason: problem.reason }));
    if (problems.length > listed.length) listed.push({ name: 'body', reason: `…and ${problems.length - listed.length} more problems; a dry run (dryRun=true) lists them all.` });
    throw new HttpProblem(400, `Nothing was imported: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the spreadsheet.`, { invalidParams: listed });
  }
  // A dry run without problems tells how many cases the import would create.
  return { status: 200, body: outcome };
};

export const importHandlers: OperationHandlers = { importCases };
