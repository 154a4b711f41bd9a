// The README's embedding pattern, copied as a vendor would: <tz-provider base-url="…"> with its
// elements in the HTML, the one script tag (the autoloader, chunks beside it), and the page's own
// module script that sets `provider.getToken` afterwards. The provider waits for the token getter, so not one request
// reaches the API without a token (no 401s in the console), and the elements load their data.
// The page and the API are on different origins (the API allows the page's origin).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium, startStack, type Stack } from '../e2e/harness.ts';
import { readBundle, startHostServer, type HostServer } from './support/host-server.ts';
import { watchedPage } from './support/page-helpers.ts';

let stack: Stack;
let browser: Browser;
let site: HostServer;
const pageDir = mkdtempSync(join(tmpdir(), 'tz-readme-page-'));
/** Page file → script its one script tag loads. */
const ENTRIES = [
  ['autoloader.html', '/thuiszitters.js'],
  ['bundle.html', '/thuiszitters.bundle.js'],
] as const;

beforeAll(async () => {
  // The host serves the autoloader at /thuiszitters.js, its chunks at /thuiszitters/, and this page.
  site = await startHostServer({ mounts: { '/readme/': pageDir }, scripts: { '/thuiszitters.bundle.js': await readBundle() } });
  stack = await startStack({ extraOrigins: [site.origin] });
  const token = await stack.token('school', '12AB00');
  // As in README.md § Embedding, "One script tag": the autoloader, or the single-file bundle.
  for (const [file, entry] of ENTRIES) {
    writeFileSync(
      join(pageDir, file),
      `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>README pattern</title><link rel="icon" href="data:,">
<script type="module" src="${entry}"></script>
<script type="module" src="/readme/lvs.js"></script>
</head><body>
<tz-provider base-url="${stack.apiBaseUrl}" lang="nl">
  <tz-melding-form pupil-ref="LVS-000123" school="12AB00"></tz-melding-form>
  <tz-reason-chart school="12AB00" no-school-picker></tz-reason-chart>
</tz-provider>
</body></html>`,
    );
  }
  writeFileSync(
    join(pageDir, 'lvs.js'),
    `// Your page's own script: hand the provider a function that returns the user's access token.
const myLvs = { session: { accessToken: ${JSON.stringify(token)} } };
document.querySelector('tz-provider').getToken = () => myLvs.session.accessToken;`,
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await site?.close();
  rmSync(pageDir, { recursive: true, force: true });
});

describe.each(ENTRIES)('README embedding pattern (%s, %s)', (file) => {
  it('sends every request with a token: zero 401s, the elements load their data', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    const toApi: { url: string; status: number; authorised: boolean }[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (!request.url().startsWith(stack.apiBaseUrl) || request.method() === 'OPTIONS') return;
      toApi.push({ url: request.url(), status: response.status(), authorised: request.headers().authorization?.startsWith('Bearer ') ?? false });
    });
    await page.goto(`${site.origin}/readme/${file}`);
    await page.locator('tz-melding-form select#f-primaryReason option[value="schoolweigering"]').waitFor({ state: 'attached' });
    await page.locator('tz-reason-chart [part~="chart"]').waitFor();

    // Reference data (reasons, schools, definition profile) and the chart's statistics.
    expect(toApi.length).toBeGreaterThanOrEqual(4);
    expect(toApi.filter((r) => r.status === 401)).toEqual([]);
    expect(toApi.filter((r) => !r.authorised)).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.close();
  });
});
