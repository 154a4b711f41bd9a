// Gives browser tests a REAL reference server on the test page's own origin: starts
// scripts/test-api-server.ts once (PGlite in memory, demo seed) and proxies /v1/* and
// /dev/token to it, so no CORS is involved. `/__tz/test-api` tells the page what it needs.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let upstream; // Promise<{ port }>
let child;

function startServer() {
  upstream ??= new Promise((resolvePort, reject) => {
    child = spawn(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=source', resolve(root, 'scripts/test-api-server.ts')], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'development' },
    });
    child.on('exit', (code) => reject(new Error(`test API server exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolvePort(JSON.parse(line)));
  });
  return upstream;
}

export const startTestApi = () => startServer();

export function stopTestApi() {
  child?.stdin.end();
  child?.kill('SIGTERM');
}

/** Demo organisations the browser tests log in as (from the demo seed). */
const ORGANISATIONS = { school: '12AB00', otherSchool: '14CD00', swv: 'VO2801', leerplicht: 'GM9901', otherLeerplicht: 'GM9903' };

export function testApiMiddleware() {
  return async function testApi(ctx, next) {
    const path = ctx.path;
    if (path === '/__tz/test-api') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ basePath: '/v1', organisations: ORGANISATIONS });
      return;
    }
    if (!path.startsWith('/v1/') && path !== '/dev/token') return next();
    const { port } = await startServer();
    ctx.respond = false;
    await new Promise((done) => {
      const headers = { ...ctx.req.headers, host: `127.0.0.1:${port}` };
      delete headers.origin; // same-origin for the page; the server's CORS is tested elsewhere
      const upstreamRequest = request({ host: '127.0.0.1', port, method: ctx.method, path: ctx.url, headers }, (res) => {
        ctx.res.writeHead(res.statusCode ?? 502, res.headers);
        res.pipe(ctx.res);
        res.on('end', done);
      });
      upstreamRequest.on('error', (error) => {
        ctx.res.writeHead(502, { 'content-type': 'text/plain' });
        ctx.res.end(String(error));
        done();
      });
      ctx.req.pipe(upstreamRequest);
    });
  };
}
