// A real HTTP server on 127.0.0.1:0 for the SDK tests: records every request and answers with
// whatever the test's handler says, including dropping the connection or never answering.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the `/v1` prefix. */
  path: string;
  query: URLSearchParams;
  /** The request target as sent, e.g. `/v1/cases?status=open`. */
  rawUrl: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** performance.now() when the request arrived. */
  at: number;
}

export type Reply =
  | { status?: number; headers?: Record<string, string>; body?: unknown; problem?: Record<string, unknown> }
  /** Destroy the socket without answering: the client sees a network error. */
  | 'drop'
  /** Never answer: for timeouts and aborts. */
  | 'hang';

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface TestServer {
  /** Base URL including `/v1`, as a client would be configured. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Resolves when the n-th request (1-based) has arrived. */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname.replace(/^\/v1/, ''),
      query: url.searchParams,
      rawUrl: req.url ?? '',
      headers: req.headers,
      body: text ? jsonOrText(text) : undefined,
      at: performance.now(),
    };
    requests.push(recorded);
    for (const waiter of waiters.filter((w) => requests.length >= w.count)) waiter.resolve();
    const reply = await handler(recorded, requests.length - 1);
    if (reply === 'hang') return;
    if (reply === 'drop') {
      req.socket.destroy();
      return;
    }
    const status = reply.status ?? 200;
    if (reply.problem) {
      res.writeHead(status, { 'Content-Type': 'application/problem+json', ...reply.headers });
      res.end(JSON.stringify({ status, ...reply.problem }));
    } else if (reply.body === undefined) {
      res.writeHead(status, reply.headers);
      res.end();
    } else {
      res.writeHead(status, { 'Content-Type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    received: (count) =>
      requests.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** JSON bodies parsed; anything else (a CSV upload) as its text. */
function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
