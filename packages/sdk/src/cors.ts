// A fetch that fails in a browser tells the page nothing: "Failed to fetch" for a server that is
// down and for one that answered without allowing this page's origin (CORS) alike. For a
// cross-origin API, one `no-cors` request tells them apart: it resolves (with an opaque answer)
// when the server is reachable, so the failure was the browser refusing the answer.

export interface CorsRefusal {
  /** The API's origin, e.g. `https://api.example.nl`. */
  apiOrigin: string;
  /** This page's origin, the one the API must allow. */
  pageOrigin: string;
}

/** Whether a request to `url` that failed at the network level was refused by CORS. */
export async function detectCorsRefusal(url: string, fetchImpl: typeof fetch): Promise<CorsRefusal | undefined> {
  const pageOrigin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!pageOrigin || pageOrigin === 'null') return undefined; // Node, or an opaque origin
  const target = new URL(url, pageOrigin);
  if (target.origin === pageOrigin) return undefined;
  try {
    // The origin's root, not the API path: no token to miss (a 401 would be logged), and the
    // question is only whether that server answers at all.
    await fetchImpl(`${target.origin}/`, { method: 'GET', mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return { apiOrigin: target.origin, pageOrigin };
  } catch {
    return undefined; // really unreachable (or blocked by the page's own CSP)
  }
}
