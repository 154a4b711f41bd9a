// A cross-origin API that does not allow the page's origin: the browser's fetch fails exactly as
// for a server that is down. The SDK tells the two apart with one no-cors request and says CORS.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, ThuiszittersError } from '../src/index.js';

const failedToFetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** fetch as a browser does it when the API answers without allowing the page (no-cors probes get an opaque answer). */
function corsRefusingFetch(reachable: boolean) {
  const calls: { url: string; mode?: RequestMode }[] = [];
  const fake = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, mode: init?.mode });
    if (init?.mode === 'no-cors' && reachable) return new Response(null, { status: 200 });
    return failedToFetch();
  }) as typeof fetch;
  return { fake, calls };
}

async function failure(baseUrl: string, fetchImpl: typeof fetch): Promise<ThuiszittersError> {
  const client = createClient({ baseUrl, getToken: () => 't', fetch: fetchImpl, retry: 0 });
  const error = await client.reference.reasons().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ThuiszittersError);
  return error as ThuiszittersError;
}

describe('CORS refusal', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('in a browser page on another origin: kind network, with cors naming both origins', async () => {
    vi.stubGlobal('location', { origin: 'https://lvs.example.nl' });
    const { fake, calls } = corsRefusingFetch(true);
    const error = await failure('https://api.example.nl/v1', fake);
    expect(error.kind).toBe('network');
    expect(error.cors).toEqual({ apiOrigin: 'https://api.example.nl', pageOrigin: 'https://lvs.example.nl' });
    expect(error.message).toContain('(CORS)');
    expect(error.message).toContain('Add https://lvs.example.nl to the API');
    expect(calls.map((c) => `${c.mode ?? 'cors'} ${c.url}`)).toEqual(['cors https://api.example.nl/v1/reasons', 'no-cors https://api.example.nl/']);
  });

  it('a server that is really unreachable stays a plain network error', async () => {
    vi.stubGlobal('location', { origin: 'https://lvs.example.nl' });
    const error = await failure('https://api.example.nl/v1', corsRefusingFetch(false).fake);
    expect(error.kind).toBe('network');
    expect(error.cors).toBeUndefined();
    expect(error.message).toBe('Failed to fetch');
  });

  it('same origin, or no page at all (Node): no probe', async () => {
    vi.stubGlobal('location', { origin: 'https://api.example.nl' });
    const sameOrigin = corsRefusingFetch(true);
    expect((await failure('https://api.example.nl/v1', sameOrigin.fake)).cors).toBeUndefined();
    expect(sameOrigin.calls.length).toBe(1);
    vi.unstubAllGlobals();
    const node = corsRefusingFetch(true);
    expect((await failure('https://api.example.nl/v1', node.fake)).cors).toBeUndefined();
    expect(node.calls.length).toBe(1);
  });
});
