// axe-core in the browser: the UMD build sets globalThis.axe (an ESM default import fails).
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
declare global {
  // eslint-disable-next-line no-var
  var axe: { run(context: Element | Document, options: unknown): Promise<AxeResult> };
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with a readable list when axe finds any WCAG A/AA violation in `el` (shadow roots included). */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  const result = await globalThis.axe.run(el, { runOnly: { type: 'tag', values: WCAG_AA_TAGS }, resultTypes: ['violations'] });
  const summary = result.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n  ')}`)
    .join('\n');
  expect(result.violations.length, summary).to.equal(0);
}
