// The API reference at /docs and the SDK reference at /docs/sdk/: served from this origin under
// a CSP without 'unsafe-inline' or 'unsafe-eval' (rendering in Chromium: tests/e2e/api-docs.test.ts).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { DOCS_PAGE, docsCsp, registerDocs } from '../src/docs/index.js';
import { testConfig } from './helpers.js';

describe('API reference at /docs', () => {
  let server: App;
  beforeAll(async () => {
    server = await createApp({ ...testConfig });
  });
  afterAll(async () => server?.close());

  it('serves the page with scripts and styles from this origin only', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(response.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(response.body).not.toMatch(/\sstyle=|<style/);
    for (const src of response.body.matchAll(/(?:src|href)="(\/docs\/assets\/[^"]+)"/g)) {
      const asset = await server.app.inject({ method: 'GET', url: src[1] });
      expect(asset.statusCode, src[1]).toBe(200);
      expect(asset.body.length, src[1]).toBeGreaterThan(100);
    }
  });

  it('is linked from the demo page', async () => {
    const demo = await server.app.inject({ method: 'GET', url: '/' });
    expect(demo.body).toContain('href="/docs"');
    expect(demo.body).toContain('href="/docs/sdk/"');
  });
});

describe('SDK reference at /docs/sdk/', () => {
  const parent = mkdtempSync(join(tmpdir(), 'tz-sdk-docs-'));
  const dir = join(parent, 'docs');
  const inline = 'document.documentElement.dataset.theme = "os"';
  const app = Fastify();
  beforeAll(async () => {
    mkdirSync(join(dir, 'functions'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html><body><script>${inline}</script><h1>@thuiszitters/sdk</h1></body></html>`);
    writeFileSync(join(dir, 'functions/createClient.html'), '<!doctype html><h1>createClient</h1>');
    writeFileSync(join(parent, 'tz-secret.txt'), 'TOP-SECRET-CONTENT');
    await registerDocs(app, { sdkDocsDir: dir });
  });
  afterAll(async () => {
    await app.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('redirects /docs/sdk to /docs/sdk/, where TypeDoc’s relative links resolve', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/sdk' });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/docs/sdk/');
  });

  it('allows the page’s own inline script by its hash, nothing else inline', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/sdk/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('@thuiszitters/sdk');
    expect(response.headers['content-security-policy']).toBe(docsCsp({ scripts: [inline] }));
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect((await app.inject({ method: 'GET', url: '/docs/sdk/functions/createClient.html' })).body).toContain('createClient');
  });

  it('serves nothing outside its folder', async () => {
    for (const url of ['/docs/sdk/../tz-secret.txt', '/docs/sdk/%2e%2e/tz-secret.txt', '/docs/sdk/missing.html']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain('TOP-SECRET-CONTENT');
    }
  });

  it('says how to build it when it is not built', async () => {
    const empty = Fastify();
    await registerDocs(empty, { sdkDocsDir: join(dir, 'nothing-here') });
    const response = await empty.inject({ method: 'GET', url: '/docs/sdk/' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('npm run build');
    await empty.close();
  });

  it('the page itself has no inline code', () => {
    expect(DOCS_PAGE).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });
});
