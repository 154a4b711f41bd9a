// The demo host page at `/` and its static assets:
//   /assets/demo.js, /assets/demo.css   — the host page's own script and styles
//   /assets/thuiszitters.js (+ .map)    — the kit's one-script-tag entry (the autoloader) from
//                                         packages/components/dist
//   /assets/thuiszitters/<chunk>.js     — the chunks it imports for the elements on the page
// Every demo response carries a strict Content-Security-Policy: scripts and styles from this
// origin only, no inline code, Trusted Types required for DOM sinks, no framing by others.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isDemoRole, renderDemoPage, type DemoRole } from './page.js';

export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Exported charts (PNG/SVG) are built as data:/blob: URLs in the page.
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

export interface DemoOptions {
  /** The one-script-tag entry; default packages/components/dist/thuiszitters.js of this repository. Its chunks are in `thuiszitters/` beside it. */
  bundlePath?: string;
  /** The role shown without `?rol=`; default swv (the richest view). */
  defaultRole?: DemoRole;
}

const assetsDir = fileURLToPath(new URL('./assets/', import.meta.url));
const defaultBundlePath = fileURLToPath(new URL('../../../components/dist/thuiszitters.js', import.meta.url));

const ASSETS: Record<string, { file: string; type: string }> = {
  'demo.js': { file: 'demo.js', type: 'text/javascript; charset=utf-8' },
  'demo.css': { file: 'demo.css', type: 'text/css; charset=utf-8' },
};

function demoHeaders(reply: FastifyReply, type: string): FastifyReply {
  return reply
    .header('Content-Security-Policy', DEMO_CSP)
    .header('Cache-Control', 'no-cache')
    .type(type);
}

export async function registerDemo(app: FastifyInstance, options: DemoOptions = {}): Promise<void> {
  const bundlePath = options.bundlePath ?? defaultBundlePath;
  const defaultRole = options.defaultRole ?? 'swv';

  app.get('/', async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const role = isDemoRole(query.rol) ? query.rol : defaultRole;
    // Checked per request, so a bundle built while the server runs shows up on reload.
    const html = renderDemoPage({ role, bundleAvailable: existsSync(bundlePath) });
    return demoHeaders(reply, 'text/html; charset=utf-8').send(html);
  });

  app.get('/assets/:name', async (request, reply) => {
    const { name } = request.params as { name: string };
    const asset = ASSETS[name];
    if (asset) return demoHeaders(reply, asset.type).send(await readFile(assetsDir + asset.file));
    if (name === 'thuiszitters.js' || name === 'thuiszitters.js.map') {
      const path = name.endsWith('.map') ? `${bundlePath}.map` : bundlePath;
      if (existsSync(path)) {
        return demoHeaders(reply, name.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8').send(await readFile(path));
      }
      return demoHeaders(reply, 'text/plain; charset=utf-8')
        .code(404)
        .send('The drop-in bundle packages/components/dist/thuiszitters.js is not built yet: run `npm run build`.\n');
    }
    return demoHeaders(reply, 'text/plain; charset=utf-8').code(404).send('Not found\n');
  });

  // The autoloader's chunks. Their names carry a content hash, so they may be cached for good.
  app.get('/assets/thuiszitters/:chunk', async (request, reply) => {
    const { chunk } = request.params as { chunk: string };
    const path = join(dirname(bundlePath), 'thuiszitters', chunk);
    if (!CHUNK_NAME.test(chunk) || !existsSync(path)) return demoHeaders(reply, 'text/plain; charset=utf-8').code(404).send('Not found\n');
    const type = chunk.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8';
    return demoHeaders(reply, type).header('Cache-Control', 'public, max-age=31536000, immutable').send(await readFile(path));
  });
}

/** A chunk file name as rollup writes them (name-hash.js or .js.map): nothing that climbs out of the folder. */
const CHUNK_NAME = /^[\w-]+\.js(\.map)?$/;
