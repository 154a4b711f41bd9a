// 5. SDK: time per request of our client (ky inside) against raw fetch and openapi-fetch, on a
// local node:http server answering the same endpoint (GET /v1/cases/{id} with a contract example).
// Sequential requests in interleaved batches: each batch of each client runs between batches of
// the others, in a rotating order, so drift of the machine hits all three alike.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import createFetchClient from 'openapi-fetch';
import type { paths } from '@thuiszitters/sdk';
import { at } from '../lib/paths.js';
import { fmt, ms, ratio, type Row, type SectionResult } from '../lib/report.js';
import { summarize } from '../lib/stats.js';

const CASE_ID = '3f1c2a9e-6b0d-4c57-9a1e-2d8f5b7c4e01';
const TOKEN = 'bench-token';
const HEADERS = { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json, application/problem+json' };

type Client = { key: 'raw' | 'sdk' | 'sdkBare' | 'openapiFetch'; label: string; request(): Promise<unknown> };

async function startServer() {
  const body = readFileSync(at('openapi/examples/case.json'));
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === `/v1/cases/${CASE_ID}` && request.headers.authorization === `Bearer ${TOKEN}`) {
      response.writeHead(200, { 'content-type': 'application/json', etag: '"4"', 'api-version': '1.0.0', 'content-length': body.length });
      response.end(body);
    } else {
      response.writeHead(404, { 'content-type': 'application/problem+json' }).end('{"status":404,"title":"Not Found"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('sdk bench: no TCP address');
  return { baseUrl: `http://127.0.0.1:${address.port}/v1`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export async function runSdk(options: { runs: number; requests: number; batch: number }): Promise<SectionResult> {
  const server = await startServer();
  // The SDK as it ships (dist), not the TypeScript sources.
  const { createClient } = (await import(at('packages/sdk/dist/index.js'))) as typeof import('@thuiszitters/sdk');
  const sdk = createClient({ baseUrl: server.baseUrl, getToken: () => TOKEN });
  // The same client without its per-request timeout and retries: shows what those features cost.
  const sdkBare = createClient({ baseUrl: server.baseUrl, getToken: () => TOKEN, timeout: false, retry: 0 });
  const typedFetch = createFetchClient<paths>({ baseUrl: server.baseUrl, headers: HEADERS });
  const clients: Client[] = [
    {
      key: 'raw',
      label: 'raw fetch',
      async request() {
        const response = await fetch(`${server.baseUrl}/cases/${CASE_ID}`, { headers: HEADERS });
        if (!response.ok) throw new Error(`raw fetch: ${response.status}`);
        return response.json();
      },
    },
    { key: 'sdk', label: 'ours (@thuiszitters/sdk)', request: () => sdk.cases.get(CASE_ID) },
    { key: 'sdkBare', label: 'ours, timeout and retry off', request: () => sdkBare.cases.get(CASE_ID) },
    {
      key: 'openapiFetch',
      label: 'openapi-fetch',
      async request() {
        const { data, error } = await typedFetch.GET('/cases/{caseId}', { params: { path: { caseId: CASE_ID } } });
        if (error || !data) throw new Error('openapi-fetch: error');
        return data;
      },
    },
  ];
  const perRequest: Record<Client['key'], number[]> = { raw: [], sdk: [], sdkBare: [], openapiFetch: [] };
  try {
    // Warm up connections and JIT for each client.
    for (const client of clients) for (let i = 0; i < options.batch; i++) await client.request();
    const batches = Math.ceil(options.requests / options.batch);
    for (let run = 0; run < options.runs; run++) {
      const total: Record<Client['key'], number> = { raw: 0, sdk: 0, sdkBare: 0, openapiFetch: 0 };
      for (let b = 0; b < batches; b++) {
        for (let c = 0; c < clients.length; c++) {
          const client = clients[(b + run + c) % clients.length];
          const start = performance.now();
          for (let i = 0; i < options.batch; i++) await client.request();
          total[client.key] += performance.now() - start;
        }
      }
      for (const client of clients) perRequest[client.key].push((total[client.key] / (batches * options.batch)) * 1000);
    }
  } finally {
    await server.close();
  }

  const summaries = {
    raw: summarize(perRequest.raw, 'µs'),
    sdk: summarize(perRequest.sdk, 'µs'),
    sdkBare: summarize(perRequest.sdkBare, 'µs'),
    openapiFetch: summarize(perRequest.openapiFetch, 'µs'),
  };
  // Overhead per run (same run, same conditions), then its median.
  const overheads = perRequest.sdk.map((value, i) => value / perRequest.raw[i] - 1);
  const overhead = summarize(overheads.map((o) => o * 100), '%');
  const bareOverhead = summarize(perRequest.sdkBare.map((value, i) => (value / perRequest.raw[i] - 1) * 100), '%');
  const openapiOverhead = summarize(perRequest.openapiFetch.map((value, i) => (value / perRequest.raw[i] - 1) * 100), '%');
  const rows: Row[] = clients.map((client) => ({ section: 'SDK (Node)', figure: `per request, ${client.label}`, value: ms(summaries[client.key]) }));
  rows.push({ section: 'SDK (Node)', figure: 'overhead of ours over raw fetch', value: ms(overhead) });
  rows.push({ section: 'SDK (Node)', figure: 'overhead of ours, timeout and retry off, over raw fetch', value: ms(bareOverhead) });
  rows.push({
    section: 'SDK (Node)',
    figure: 'overhead of openapi-fetch over raw fetch',
    value: ms(openapiOverhead),
  });
  // The goal (issue 18): ours costs no more over raw fetch than openapi-fetch does, in the same run.
  rows.push({
    section: 'SDK (Node)',
    figure: 'overhead: ours minus openapi-fetch (percentage points)',
    value: fmt(overhead.median - openapiOverhead.median),
    goal: { text: '≤ 0 (no more than openapi-fetch)', met: overhead.median <= openapiOverhead.median },
  });
  rows.push({ section: 'SDK (Node)', figure: 'ours / openapi-fetch', value: fmt(ratio(summaries.sdk.median, summaries.openapiFetch.median)) });
  return {
    data: {
      method: `${options.requests} sequential requests per client per run, in batches of ${options.batch} interleaved between the clients (rotating order), after a warm-up batch each; figure = mean time per request in a run, over ${options.runs} runs. Same node:http server and keep-alive (Node's fetch) for all; the SDK from packages/sdk/dist with its defaults (timeout, retry, token hook).`,
      endpoint: 'GET /v1/cases/{caseId} (openapi/examples/case.json)',
      perRequest: summaries,
      overheadOursOverRawPercent: overhead,
      overheadOursWithoutTimeoutAndRetryOverRawPercent: bareOverhead,
      overheadOpenapiFetchOverRawPercent: openapiOverhead,
    },
    rows,
  };
}
