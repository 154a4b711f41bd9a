// Playwright helpers shared by the host page tests: a watched tab (page errors, console, CSP
// violations and unhandled rejections recorded from before the first script), and filling in
// <tz-melding-form> the way a user does (Playwright locators pierce open shadow roots).
import type { Browser, BrowserContext, Locator, Page } from 'playwright';

/** Generous: the test machine is small and shared. Locators auto-wait up to this long. */
export const WAIT = 45_000;

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  pageErrors: string[];
  consoleErrors: string[];
  consoleWarnings: string[];
  /** CSP violations, Trusted Types refusals, unhandled rejections and created Trusted Types policies. */
  recorded(): Promise<{ violations: string[]; rejections: string[]; policies: string[] }>;
  close(): Promise<void>;
}

/** Runs in the page before any of its scripts (init scripts are not subject to its CSP). */
function recordInPage() {
  const record = { violations: [] as string[], rejections: [] as string[], policies: [] as string[] };
  (window as unknown as { __hostRecord: typeof record }).__hostRecord = record;
  document.addEventListener('securitypolicyviolation', (e) => {
    // The target is retargeted to the outermost host: it names the element that broke the policy.
    const where = e.target instanceof Element ? `<${e.target.localName}>` : 'document';
    record.violations.push(`${e.violatedDirective} ${e.blockedURI} at ${where} ${e.sample}`.trim());
  });
  window.addEventListener('unhandledrejection', (e) => record.rejections.push(String(e.reason)));
  // Which Trusted Types policies the page creates (a host with a trusted-types allowlist needs the names).
  const tt = (window as unknown as { trustedTypes?: { createPolicy: (name: string, rules: unknown) => unknown } }).trustedTypes;
  if (tt) {
    const create = tt.createPolicy.bind(tt);
    tt.createPolicy = (name, rules) => {
      record.policies.push(name);
      return create(name, rules);
    };
  }
}

export async function watchedPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; context?: BrowserContext } = {},
): Promise<WatchedPage> {
  const context = options.context ?? (await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } }));
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  await page.addInitScript(recordInPage);
  const watched: WatchedPage = {
    page,
    context,
    pageErrors: [],
    consoleErrors: [],
    consoleWarnings: [],
    recorded: () =>
      page.evaluate(() => (window as unknown as { __hostRecord: { violations: string[]; rejections: string[]; policies: string[] } }).__hostRecord),
    close: () => (options.context ? page.close() : context.close()),
  };
  page.on('pageerror', (error) => watched.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
    if (message.type() === 'warning') watched.consoleWarnings.push(message.text());
  });
  return watched;
}

export interface MeldingAnswers {
  /** Only for a form whose school is not prefilled (SWV/leerplicht). */
  school?: string;
  firstDayOfAbsence: string;
  primaryReason: string;
}

/** Answers the required questions of <tz-melding-form> like a user: clicks, typing, choosing. */
export async function fillMelding(form: Locator, answers: MeldingAnswers): Promise<void> {
  await form.locator('[part="form"]').waitFor({ timeout: WAIT });
  if (answers.school) {
    // The school list comes from the provider's reference data; the type and municipality follow.
    await form.locator('select#f-school').selectOption(answers.school, { timeout: WAIT });
  }
  await form.locator('input[name="enrolled"][value="yes"]').check();
  await form.locator('#f-firstDayOfAbsence').fill(answers.firstDayOfAbsence);
  await form.locator('input[name="authorised"][value="no"]').check();
  await form.locator('#f-primaryReason').selectOption(answers.primaryReason);
}

/** Submits and waits for the confirmation; returns the new case id from the host's log. */
export async function submitMelding(page: Page, form: Locator): Promise<string> {
  await form.locator('[part="submit"]').click();
  await form.locator('[part="confirmation"]').waitFor({ timeout: WAIT });
  const line = await page.locator('#host-log li', { hasText: 'created ' }).last().textContent({ timeout: WAIT });
  return line!.replace('created ', '').trim();
}

export const uniqueRef = (label: string) => `T-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
