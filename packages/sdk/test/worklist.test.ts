// The worklist helpers (issue 15): presets and filters become the contract's query parameters
// (arrays repeated, booleans as true/false), allowDuplicate goes into the create's query only
// when asked, and the duplicate-open-case problem is recognised.
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, isDuplicateOpenCase, WORKLIST_PRESETS, worklistQuery, SIGNAL_TYPES, CASE_SORTS, type CaseCreate } from '../src/index.js';
import { startServer, type TestServer } from './support/server.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specPath } from './support/spec.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Parsed once when the file loads, not inside a test (a busy machine must not turn it into a timeout).
const schemas = (parse(readFileSync(specPath, 'utf8')) as { components: { schemas: Record<string, { enum: string[] }> } }).components.schemas;

const emptyList = { body: { items: [], nextCursor: null, total: 0 } };

describe('worklist helpers', () => {
  it('sends every worklist filter of listCases as form-style query parameters', async () => {
    server = await startServer(() => emptyList);
    const client = createClient({ baseUrl: server.baseUrl, getToken: () => 'token' });
    await client.cases.list({ normStatus: ['almostOut', 'exceeded'], hasLead: false, daysLeftMax: 10, lastActivityBefore: '2026-10-01', actionOverdue: true, signal: ['noActivity'], sort: '-lastActivity', q: 'LVS' });
    const query = server.requests[0]!.query;
    expect(query.getAll('normStatus')).toEqual(['almostOut', 'exceeded']);
    expect(query.get('hasLead')).toBe('false');
    expect(query.get('daysLeftMax')).toBe('10');
    expect(query.get('lastActivityBefore')).toBe('2026-10-01');
    expect(query.get('actionOverdue')).toBe('true');
    expect(query.getAll('signal')).toEqual(['noActivity']);
    expect(query.get('sort')).toBe('-lastActivity');
  });

  it('lists a preset with extra filters on top, and the preset of "needs attention" asks for every signal', async () => {
    server = await startServer(() => emptyList);
    const client = createClient({ baseUrl: server.baseUrl, getToken: () => 'token' });
    const page = await client.cases.worklist('needsAttention', { school: '12AB00', limit: 50 });
    expect(page.total).toBe(0);
    const query = server.requests[0]!.query;
    expect(server.requests[0]!.path).toBe('/cases');
    expect(query.get('status')).toBe('open');
    expect(query.getAll('signal')).toEqual([...SIGNAL_TYPES]);
    expect(query.get('school')).toBe('12AB00');
    expect(query.get('limit')).toBe('50');
    // Extra filters win over the preset's.
    expect(worklistQuery('noActivity', { sort: 'normDeadline' }).sort).toBe('normDeadline');
    expect(WORKLIST_PRESETS.noActivity.sort).toBe('lastActivity');
  });

  it('knows every signal type and sort of the contract, in its order', () => {
    expect([...SIGNAL_TYPES]).toEqual(schemas.SignalType!.enum);
    expect([...CASE_SORTS]).toEqual(schemas.CaseSort!.enum);
  });

  it('sends allowDuplicate=true only when asked, and recognises the duplicate-open-case problem', async () => {
    const problem = { type: 'https://thuiszitters.nl/problems/duplicate-open-case', title: 'Duplicate open case', status: 409, detail: 'x', existingCaseId: '8d1c3a52-1f0e-4d55-9a53-0c5c0a3b9e11' };
    server = await startServer((request) => (request.query.get('allowDuplicate') === 'true' ? { status: 201, body: { id: 'new' } } : { status: 409, problem }));
    const client = createClient({ baseUrl: server.baseUrl, getToken: () => 'token' });
    const body = { pupilRef: 'LVS-1' } as unknown as CaseCreate;
    const refused = await client.cases.create(body).catch((error: unknown) => error);
    expect(isDuplicateOpenCase(refused)).toBe(true);
    if (isDuplicateOpenCase(refused)) expect(refused.problem.existingCaseId).toBe(problem.existingCaseId);
    expect(server.requests[0]!.rawUrl).toBe('/v1/cases');
    await client.cases.create(body, { allowDuplicate: true });
    expect(server.requests[1]!.query.get('allowDuplicate')).toBe('true');
    expect(isDuplicateOpenCase(new Error('x'))).toBe(false);
  });

  it('does not take another 409 for a duplicate', async () => {
    server = await startServer(() => ({ status: 409, problem: { title: 'Conflict', status: 409, detail: 'Idempotency-Key reused' } }));
    const client = createClient({ baseUrl: server.baseUrl, getToken: () => 'token' });
    const error = await client.cases.create({ pupilRef: 'LVS-1' } as unknown as CaseCreate).catch((e: unknown) => e);
    expect(isDuplicateOpenCase(error)).toBe(false);
  });
});
