// `npm run import -w @thuiszitters/reference-server -- cases.csv [--dry-run] [--url URL] [--token T | --as swv:VO2801]`
// Sends a spreadsheet (CSV or XLSX) to a running server's POST /v1/imports and prints what was
// imported or every problem (row, column, reason). The token: --token or TZ_TOKEN (production), or
// --as role:organisation to fetch one from a development server's /dev/token.
// Exit code: 0 imported (or a clean dry run), 1 problems (nothing imported), 2 usage or other errors.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { XLSX_MEDIA_TYPE } from './read.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean' }, url: { type: 'string' }, token: { type: 'string' }, as: { type: 'string' } },
});

function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(2);
}

const file = positionals[0];
if (!file || positionals.length > 1) fail('usage: import <file.csv|file.xlsx> [--dry-run] [--url URL] [--token TOKEN | --as role:organisation]');
const base = (values.url ?? process.env.TZ_API_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');

async function token(): Promise<string> {
  if (values.token ?? process.env.TZ_TOKEN) return (values.token ?? process.env.TZ_TOKEN)!;
  const [role, organisation] = (values.as ?? '').split(':');
  if (!role || !organisation) fail('give --token (or TZ_TOKEN), or --as role:organisation for a development server');
  const response = await fetch(`${base}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role, organisation, name: 'import' }) });
  if (!response.ok) fail(`could not get a development token (${response.status}): is ${base} a development server?`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

// npm runs the script in the package folder; a path is meant from where the command was typed.
const body = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file)).catch(() => fail(`cannot read ${file}`));
const type = file.toLowerCase().endsWith('.xlsx') ? XLSX_MEDIA_TYPE : 'text/csv; charset=utf-8';
const response = await fetch(`${base}/v1/imports${values['dry-run'] ? '?dryRun=true' : ''}`, {
  method: 'POST',
  headers: { authorization: `Bearer ${await token()}`, 'content-type': type },
  body,
}).catch((error: Error) => fail(`cannot reach ${base}: ${error.message}`));
const answer = (await response.json().catch(() => ({}))) as {
  dryRun?: boolean; rows?: number; created?: number; existing?: number;
  problems?: Array<{ row: number; column: string | null; reason: string }>;
  detail?: string; invalidParams?: Array<{ name: string; reason: string }>;
};

if (response.status === 200) {
  const problems = answer.problems ?? [];
  const verb = answer.dryRun ? 'would create' : 'created';
  process.stdout.write(`${answer.rows} rows: ${verb} ${answer.created}, already imported ${answer.existing}, problems ${problems.length}${answer.dryRun ? ' (dry run: nothing imported)' : ''}\n`);
  for (const problem of problems) process.stdout.write(`row ${problem.row}${problem.column ? `, column ${problem.column}` : ''}: ${problem.reason}\n`);
  process.exit(problems.length > 0 ? 1 : 0);
}
process.stdout.write(`${response.status}: ${answer.detail ?? 'the server refused the import'}\n`);
for (const param of answer.invalidParams ?? []) process.stdout.write(`${param.name}: ${param.reason}\n`);
process.exit(response.status === 400 ? 1 : 2);
