// Import from spreadsheets (issue 20, item 4), end to end against the server started here: a dry
// run lists every row's problems by row and column and imports nothing; an import with a problem
// imports nothing (one transaction); a clean import creates one case per row and a re-run creates
// none (row key → same case); XLSX as well as CSV; no BSN gets in; the CLI against a listening server.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const template = readFileSync(fileURLToPath(new URL('../../../openapi/imports/cases-template.csv', import.meta.url)), 'utf8');
const HEADER = 'pupilRef;birthYearMonth;school;schoolType;municipalityCode;enrolled;firstDayOfAbsence;authorised;primaryReason;secondaryReasons;notes';

describe.each(engines)('spreadsheet import on $name', (engine) => {
  let server: App;
  let swv: ReturnType<typeof client>;
  let token: string;
  let run = 0;
  /** Fresh pupil references per test, so tests never see each other's rows. */
  const ref = (n: number) => `IMP-${run}-${n}`;

  beforeAll(async () => {
    server = await engine.start({ now: () => new Date('2026-11-02T10:00:00Z') });
    await seedSchools(server.db);
    token = await tokenFor(server, 'swv', 'VO2801');
    swv = client(server, token);
  });
  afterAll(() => server?.close());

  const post = (body: string | Buffer, options: { dryRun?: boolean; type?: string } = {}) =>
    server.app.inject({ method: 'POST', url: `/v1/imports${options.dryRun ? '?dryRun=true' : ''}`, payload: body, headers: { authorization: `Bearer ${token}`, 'content-type': options.type ?? 'text/csv' } });
  const caseCount = async () => {
    let count = 0;
    let cursor: string | undefined;
    do {
      const page = await swv.get(`/v1/cases?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      count += page.json().items.length;
      cursor = page.json().nextCursor ?? undefined;
    } while (cursor);
    return count;
  };

  it('the template imports cleanly in a dry run (its columns are the documented ones)', async () => {
    const response = await post(template, { dryRun: true });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ dryRun: true, rows: 1, created: 1, existing: 0, problems: [], cases: [] });
  });

  it("a dry run lists every row's problems by row and column, and imports nothing", async () => {
    run++;
    const before = await caseCount();
    const csv = [
      HEADER,
      `${ref(1)};2012-05;12AB00;vo;GM0599;ja;14-09-2026;nee;psychisch;pesten;`,
      `${ref(2)};2012-13;12AB00;vo;GM0599;ja;2026-09-14;misschien;psychisch;;bel ouders, BSN 111222333`,
      `${ref(3)};2011-02;45DE00;vo;GM0363;ja;2026-09-01;nee;psychisch;;`,
      `${ref(1)};2012-05;12AB00;vo;GM0599;ja;2026-09-14;nee;psychisch;;`,
      `${ref(4)};2011-02;12AB01;vo;GM0606;nee;2026-10-01;nee;;;`,
      `${ref(5)};2011-02;12AB01;vo;GM0606;nee;2027-01-01;nee;onbekend;;`,
    ].join('\r\n');
    const response = await post(csv, { dryRun: true });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ dryRun: true, rows: 6, cases: [] });
    const at = (row: number) => report.problems.filter((p: { row: number }) => p.row === row).map((p: { column: string | null; reason: string }) => `${p.column}: ${p.reason}`);
    expect(at(2)).toEqual([]);
    expect(at(3).join('\n')).toMatch(/^birthYearMonth: /m);
    expect(at(3).join('\n')).toMatch(/^authorised: Must be ja or nee/m);
    expect(at(3).join('\n')).toMatch(/^notes: .*BSN elfproef/m);
    expect(at(4)).toEqual(['null: An SWV may only register cases of schools in its own region.']);
    expect(at(5)).toEqual(['null: Same school, pupilRef and firstDayOfAbsence as row 2: one case per row.']);
    expect(at(6)).toEqual(['primaryReason: This field is required.']);
    expect(at(7).join('\n')).toMatch(/^firstDayOfAbsence: must not be in the future/m);
    expect(await caseCount()).toBe(before);
  });

  it('refuses a BSN column and unknown columns in the header', async () => {
    const csv = `${HEADER};BSN;klas\r\nIMP-X-1;2012-05;12AB00;vo;GM0599;ja;2026-09-14;nee;psychisch;;;123456782;2b`;
    const report = (await post(csv, { dryRun: true })).json();
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { row: 1, column: 'BSN', reason: expect.stringMatching(/BSN\/PGN column/) },
        { row: 1, column: 'klas', reason: expect.stringMatching(/not a known column/) },
      ]),
    );
  });

  it('imports nothing when one row has a problem (all or nothing), with a 400 problem naming row and column', async () => {
    run++;
    const before = await caseCount();
    const csv = [HEADER, `${ref(1)};2012-05;12AB00;vo;GM0599;ja;2026-09-14;nee;psychisch;;`, `${ref(2)};2012-05;99ZZ00;vo;GM0599;ja;2026-09-14;nee;psychisch;;`].join('\n');
    const response = await post(csv);
    const problem = expectProblem(response, 400);
    expect(problem.invalidParams).toEqual([{ name: 'row 3, column school', reason: 'School 99ZZ00 is not registered.' }]);
    expect(await caseCount()).toBe(before);
  });

  it('creates one case per row, and a re-run finds the same cases instead of creating new ones', async () => {
    run++;
    const before = await caseCount();
    const csv = [
      HEADER,
      `${ref(1)};2012-05;12AB00;vo;GM0599;ja;14-09-2026;nee;psychisch;pesten, thuissituatie;Gesprek gepland`,
      `${ref(2)};2011-02;12AB01;VO;gm0606;Nee;2026-09-01;nee;onbekend;;`,
    ].join('\n');
    const first = await post(csv);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ dryRun: false, rows: 2, created: 2, existing: 0, problems: [] });
    expect(await caseCount()).toBe(before + 2);
    const ids = first.json().cases.map((c: { caseId: string }) => c.caseId);
    const imported = (await swv.get(`/v1/cases/${ids[0]}`)).json();
    expect(imported).toMatchObject({ pupilRef: ref(1), absence: { firstDayOfAbsence: '2026-09-14', enrolled: true }, reasons: { primary: 'psychisch', secondary: ['pesten', 'thuissituatie'] }, notes: 'Gesprek gepland' });

    const again = await post(csv);
    expect(again.json()).toMatchObject({ created: 0, existing: 2, problems: [] });
    expect(again.json().cases.map((c: { caseId: string }) => c.caseId)).toEqual(ids);
    expect(await caseCount()).toBe(before + 2);
  });

  it('reads XLSX (first worksheet, date cells) the same way', async () => {
    run++;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Thuiszitters');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow([ref(1), '2012-05', '12AB00', 'vo', 'GM0599', 'ja', new Date(Date.UTC(2026, 8, 14)), false, 'psychisch', '', '']);
    sheet.addRow([ref(2), '2012-05', '12AB00', 'vo', 'GM0599', 'ja', new Date(Date.UTC(2026, 8, 15)), 'nee', 'psychisch', '', 'BSN: 123456782']);
    const problems = (await post(Buffer.from(await workbook.xlsx.writeBuffer()), { dryRun: true, type: XLSX })).json().problems;
    expect(problems).toEqual([{ row: 3, column: 'notes', reason: expect.stringMatching(/BSN elfproef/) }]);
    sheet.getRow(3).getCell(11).value = 'Moeder belt terug';
    const done = await post(Buffer.from(await workbook.xlsx.writeBuffer()), { type: XLSX });
    expect(done.json()).toMatchObject({ created: 2, problems: [] });
    const created = (await swv.get(`/v1/cases/${done.json().cases[0].caseId}`)).json();
    expect(created.absence).toMatchObject({ firstDayOfAbsence: '2026-09-14', authorised: false });
  });

  it('answers a file that is not a spreadsheet with a problem, never a 500', async () => {
    expectProblem(await post(Buffer.from('not a zip'), { type: XLSX }), 400);
    expectProblem(await post('pupilRef,"unclosed\n'), 400);
    expectProblem(await post('', { dryRun: true }), 400);
    expectProblem(await post('{}', { type: 'application/json' }), 415);
  });

  it('the CLI sends a file to a listening server and prints every problem', async () => {
    run++;
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    const file = join(mkdtempSync(join(tmpdir(), 'tz-import-')), 'cases.csv');
    writeFileSync(file, [HEADER, `${ref(1)};2012-05;12AB00;vo;GM0599;ja;2026-09-14;nee;psychisch;;`, `${ref(2)};2012-5;12AB00;vo;GM0599;ja;2026-09-14;nee;psychisch;;`].join('\n'));
    const cli = (...args: string[]) =>
      new Promise<{ code: number; stdout: string }>((done) => {
        execFile(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/imports/cli.ts', file, '--url', url, '--token', token, ...args], { cwd: packageDir }, (error, stdout) =>
          done({ code: error ? Number((error as { code?: number }).code) : 0, stdout }),
        );
      });
    const dry = await cli('--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.stdout).toMatch(/2 rows: would create 1, already imported 0, problems 1/);
    expect(dry.stdout).toMatch(/row 3, column birthYearMonth: /);
    writeFileSync(file, readFileSync(file, 'utf8').replace('2012-5;', '2012-06;'));
    const real = await cli();
    expect(real).toMatchObject({ code: 0 });
    expect(real.stdout).toMatch(/2 rows: created 2, already imported 0, problems 0/);
  });
});
