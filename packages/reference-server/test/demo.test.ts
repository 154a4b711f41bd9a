// The demo host page: served with a strict CSP, no inline script or style, the role switch,
// the drop-in bundle (or a plain notice when it is not built), and its own assets.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { DEMO_CSP, registerDemo } from '../src/demo/index.js';
import { createApp } from '../src/app.js';
import { testConfig } from './helpers.js';

/** Every tag of the page with its attributes, from a plain scan (the page is our own, well-formed HTML). */
function tags(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ name: m[1].toLowerCase(), attributes: m[2] }));
}

describe('demo page', () => {
  let server: App;
  beforeAll(async () => {
    server = await createApp({ ...testConfig });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves / as HTML under a strict Content-Security-Policy', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toBe(DEMO_CSP);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('has no inline script, no inline style and no event-handler attributes', async () => {
    for (const role of ['school', 'swv', 'leerplicht']) {
      const html = (await server.app.inject({ method: 'GET', url: `/?rol=${role}` })).body;
      const all = tags(html);
      const scripts = all.filter((t) => t.name === 'script');
      expect(scripts.length).toBeGreaterThanOrEqual(1);
      for (const script of scripts) expect(script.attributes).toMatch(/\ssrc="\/assets\/[\w.]+\.js"/);
      // A script element with a src has no body.
      expect(html).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
      expect(all.some((t) => t.name === 'style')).toBe(false);
      for (const tag of all) {
        expect(tag.attributes).not.toMatch(/\sstyle=/i);
        expect(tag.attributes).not.toMatch(/\son[a-z]+=/i);
        expect(tag.attributes).not.toMatch(/javascript:/i);
      }
    }
  });

  it('renders the LVS page with a pupil header, the role switch and the sections of each role', async () => {
    const swv = (await server.app.inject({ method: 'GET', url: '/?rol=swv' })).body;
    expect(swv).toContain('Voorbeeld LVS');
    expect(swv).toContain('Leerling LVS-000123');
    expect(swv).toContain('<tz-provider id="provider" lang="nl">');
    expect(swv).toMatch(/<a href="\?rol=swv" aria-current="true">/);
    expect(swv).toContain('data-element="tz-routekaart-checklist"');
    // The SWV's worklist: the cases that need attention now, the chosen case's timeline beside it,
    // and dashboard tiles that link to the matching list. No hand-written table any more.
    expect(swv).toContain('data-element="tz-case-list"');
    expect(swv).toMatch(/<div class="worklist"><tz-case-list id="case-list" preset="needs-attention"[^>]*><\/tz-case-list><div class="worklist-case"[^>]*>.*<tz-case-timeline id="case-timeline" can-add hidden>/);
    expect(swv).toContain('<tz-dashboard publication="school-year" list-links>');
    expect(swv).not.toContain('data-element="tz-melding-form"');

    const school = (await server.app.inject({ method: 'GET', url: '/?rol=school' })).body;
    expect(school).toContain('data-role="school"');
    expect(school).toContain('data-element="tz-melding-form"');
    expect(school).toContain('<tz-reason-chart school="12AB00" no-school-picker>');
    expect(school).not.toContain('data-element="tz-routekaart-checklist"');

    // Issue 15: leerplicht may add events (the API allows it), so its timeline has the form too.
    const leerplicht = (await server.app.inject({ method: 'GET', url: '/?rol=leerplicht' })).body;
    expect(leerplicht).toContain('<tz-case-list id="case-list" preset="open"');
    expect(leerplicht).toContain('<tz-case-timeline id="case-timeline" can-add hidden>');
    // The dashboard's title names the municipality, not "de hele regio".
    expect(leerplicht).toContain('area="municipality" area-name="Gemeente Voorbeeldstad"');
    expect(swv).toContain('<tz-case-timeline id="case-timeline" can-add hidden>');

    const unknown = (await server.app.inject({ method: 'GET', url: '/?rol=<script>' })).body;
    expect(unknown).toContain('data-role="swv"');
    expect(unknown).not.toContain('<script>');
    // Every section starts hidden: demo.js shows it only when its element is defined.
    expect([...swv.matchAll(/<section class="demo-section"[^>]*>/g)].every((m) => m[0].includes(' hidden'))).toBe(true);
  });

  it('serves its script and styles as files from this origin, with the same CSP', async () => {
    const js = await server.app.inject({ method: 'GET', url: '/assets/demo.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['content-security-policy']).toBe(DEMO_CSP);
    expect(js.body).toContain("fetch('/dev/token'");
    expect(js.body).toContain('provider.getToken = getToken');
    expect(js.body).toContain("addEventListener('tz-case-selected'");
    expect(js.body).toContain("addEventListener('tz-filter-requested'");
    expect(js.body).not.toContain("createElement('table')");
    expect(js.body).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    const css = await server.app.inject({ method: 'GET', url: '/assets/demo.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect((await server.app.inject({ method: 'GET', url: '/assets/nothing.js' })).statusCode).toBe(404);
    expect((await server.app.inject({ method: 'GET', url: '/assets/..%2Fpage.ts' })).statusCode).toBe(404);
  });

  it('points at the drop-in bundle of the components package', async () => {
    // The bundle itself is built by the components package (and may be rebuilt while this runs),
    // so here only the wiring is checked; serving a built bundle is tested below with a fixture.
    const bundle = await server.app.inject({ method: 'GET', url: '/assets/thuiszitters.js' });
    expect([200, 404]).toContain(bundle.statusCode);
    expect(bundle.headers['content-security-policy']).toBe(DEMO_CSP);
  });
});

describe('demo page with a built bundle', () => {
  it('serves the bundle file and loads it with one module script', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tz-demo-'));
    const bundlePath = join(dir, 'thuiszitters.js');
    writeFileSync(bundlePath, "customElements.define('tz-provider', class extends HTMLElement {});\n");
    const app = Fastify();
    try {
      await registerDemo(app, { bundlePath });
      const page = (await app.inject({ method: 'GET', url: '/' })).body;
      expect(page.match(/<script type="module" src="\/assets\/thuiszitters.js"><\/script>/g)).toHaveLength(1);
      expect(page).not.toContain('nog niet gebouwd');
      const bundle = await app.inject({ method: 'GET', url: '/assets/thuiszitters.js' });
      expect(bundle.statusCode).toBe(200);
      expect(bundle.headers['content-type']).toMatch(/^text\/javascript/);
      expect(bundle.body).toBe(readFileSync(bundlePath, 'utf8'));
      expect((await app.inject({ method: 'GET', url: '/assets/thuiszitters.js.map' })).statusCode).toBe(404);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("serves the autoloader's chunks from the folder beside it, and nothing outside it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tz-demo-'));
    const bundlePath = join(dir, 'thuiszitters.js');
    writeFileSync(bundlePath, "import('./thuiszitters/provider-abc123.js');\n");
    mkdirSync(join(dir, 'thuiszitters'));
    writeFileSync(join(dir, 'thuiszitters', 'provider-abc123.js'), 'export const provider = 1;\n');
    writeFileSync(join(dir, 'secret.js'), 'SECRET\n');
    const app = Fastify();
    try {
      await registerDemo(app, { bundlePath });
      const chunk = await app.inject({ method: 'GET', url: '/assets/thuiszitters/provider-abc123.js' });
      expect(chunk.statusCode).toBe(200);
      expect(chunk.headers['content-type']).toMatch(/^text\/javascript/);
      expect(chunk.headers['content-security-policy']).toBe(DEMO_CSP);
      expect(chunk.headers['cache-control']).toContain('immutable');
      expect(chunk.body).toBe('export const provider = 1;\n');
      for (const url of ['/assets/thuiszitters/missing-1.js', '/assets/thuiszitters/..%2Fsecret.js', '/assets/thuiszitters/%2e%2e%2fsecret.js']) {
        const refused = await app.inject({ method: 'GET', url });
        expect(refused.statusCode, url).toBe(404);
        expect(refused.body).not.toContain('SECRET');
      }
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('demo page without a built bundle', () => {
  it('says so plainly and loads no bundle', async () => {
    const app = Fastify();
    await registerDemo(app, { bundlePath: '/nonexistent/thuiszitters.js', defaultRole: 'school' });
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.body).toContain('data-role="school"');
    expect(page.body).toContain('packages/components/dist/thuiszitters.js</code>) is nog niet gebouwd');
    expect(page.body).not.toContain('src="/assets/thuiszitters.js"');
    expect(page.body).toContain('src="/assets/demo.js"');
    const bundle = await app.inject({ method: 'GET', url: '/assets/thuiszitters.js' });
    expect(bundle.statusCode).toBe(404);
    expect(bundle.body).toContain('npm run build');
    await app.close();
  });
});
