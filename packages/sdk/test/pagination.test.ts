// listAll follows nextCursor page by page, lazily, until it is null.
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';
import { startServer, type TestServer } from './support/server.js';

const pages: Record<string, { items: { id: string }[]; nextCursor: string | null }> = {
  '': { items: [{ id: '1' }, { id: '2' }], nextCursor: 'page-2' },
  'page-2': { items: [{ id: '3' }, { id: '4' }], nextCursor: 'page-3' },
  'page-3': { items: [{ id: '5' }], nextCursor: null },
};

let server: TestServer;
afterEach(() => server.close());

async function pagedServer() {
  server = await startServer((request) => ({ body: pages[request.query.get('cursor') ?? ''] }));
  return createClient({ baseUrl: server.baseUrl, getToken: () => 'token' });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of iterable) all.push(item);
  return all;
}

describe('listAll', () => {
  it('cases.listAll yields the items of all 3 pages, passing the filters on every page', async () => {
    const client = await pagedServer();
    const items = await collect(client.cases.listAll({ status: 'open', limit: 2 }));
    expect(items.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(server.requests.map((r) => r.query.get('cursor'))).toEqual([null, 'page-2', 'page-3']);
    expect(server.requests.every((r) => r.query.get('status') === 'open' && r.query.get('limit') === '2')).toBe(true);
  });

  it('events.listAll pages through the events of one case', async () => {
    const client = await pagedServer();
    const items = await collect(client.events.listAll('c1'));
    expect(items).toHaveLength(5);
    expect(new Set(server.requests.map((r) => r.path))).toEqual(new Set(['/cases/c1/events']));
  });

  it('audit.listAll pages through the audit log', async () => {
    const client = await pagedServer();
    expect(await collect(client.audit.listAll({ caseId: 'c1' }))).toHaveLength(5);
    expect(server.requests).toHaveLength(3);
  });

  it('fetches the next page only when the caller gets there', async () => {
    const client = await pagedServer();
    for await (const item of client.cases.listAll()) {
      expect(item.id).toBe('1');
      break;
    }
    expect(server.requests).toHaveLength(1);
  });
});
