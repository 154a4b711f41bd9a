// What a vendor's developer opens first: the API reference at /docs (Swagger UI from npm) and the
// SDK reference at /docs/sdk/ (TypeDoc), rendered by the real reference server in Chromium under
// the server's CSP: every operation of the contract shows, zero CSP violations, and not a single
// request leaves the server's origin (no CDN, no validator, no fonts from elsewhere).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium, startStack, type Stack } from './harness.ts';
import { watchedPage } from '../hosts/support/page-helpers.ts';
import { listOperations, loadSpec } from '../../packages/reference-server/src/http/spec.ts';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function open(path: string) {
  const watched = await watchedPage(browser);
  const origins = new Set<string>();
  watched.page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
  });
  const response = await watched.page.goto(`${stack.origin}${path}`);
  expect(response!.status()).toBe(200);
  return { ...watched, origins, csp: response!.headers()['content-security-policy'] };
}

describe('API reference at /docs', () => {
  it('renders every operation of the contract, under the CSP, from this origin only', async () => {
    const document = loadSpec(stack.server.config.specPath);
    const operations = listOperations(document);
    expect(operations.length).toBeGreaterThan(10);
    // Swagger UI also shows the webhooks the API sends (OpenAPI 3.1 `webhooks`).
    const webhooks = Object.values((document as { webhooks?: Record<string, object> }).webhooks ?? {}).flatMap((item) =>
      Object.keys(item).filter((key) => ['get', 'put', 'post', 'delete', 'patch'].includes(key)),
    );
    const blocks = operations.length + webhooks.length;
    const docs = await open('/docs');
    const { page } = docs;
    expect(docs.csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await page.locator('.opblock').nth(blocks - 1).waitFor();
    expect(await page.locator('.opblock').count()).toBe(blocks);
    // Each operationId is reachable (deep links carry tag and operationId).
    const ids = await page.locator('.opblock').evaluateAll((blocks) => blocks.map((b) => b.id));
    for (const op of operations) expect(ids.some((id) => id.endsWith(`-${op.operationId}`)), op.operationId).toBe(true);
    // A reader opens one: parameters and responses show.
    const first = page.locator('.opblock').first();
    await first.locator('.opblock-summary').click();
    await first.locator('.responses-wrapper').waitFor();
    expect(await first.locator('tr.response .response-col_status').first().textContent()).toMatch(/^\s*\d{3}/);
    await page.getByRole('heading', { name: /Thuiszitters API reference/ }).waitFor();

    const { violations, rejections } = await docs.recorded();
    expect(violations).toEqual([]);
    expect(rejections).toEqual([]);
    expect(docs.pageErrors).toEqual([]);
    expect(docs.consoleErrors).toEqual([]);
    expect([...docs.origins]).toEqual([stack.origin]);
    await docs.close();
  });
});

describe('SDK reference at /docs/sdk/', () => {
  it('renders TypeDoc’s pages and their links, under the CSP, from this origin only', async () => {
    const docs = await open('/docs/sdk/');
    const { page } = docs;
    await page.getByRole('heading', { level: 1, name: '@thuiszitters/sdk' }).first().waitFor();
    // TypeDoc hides the body until its script runs; the script (allowed by hash) shows it.
    await page.locator('body').waitFor({ state: 'visible' });
    await page.locator('a[href$="functions/createClient.html"]').first().click();
    await page.getByRole('heading', { level: 1, name: /createClient/ }).waitFor();
    expect(await page.locator('.tsd-signature').first().textContent()).toContain('createClient');

    const { violations, rejections } = await docs.recorded();
    expect(violations).toEqual([]);
    expect(rejections).toEqual([]);
    expect(docs.pageErrors).toEqual([]);
    expect(docs.consoleErrors).toEqual([]);
    expect([...docs.origins]).toEqual([stack.origin]);
    await docs.close();
  });
});
