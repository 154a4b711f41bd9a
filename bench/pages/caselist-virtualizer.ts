// Peer: @lit-labs/virtualizer (the Lit team's answer to thousands of rows) with the same cells
// per case, rendering only the rows in view. Sorted like the element (norm deadline) first.
import { html, render } from 'lit';
import '@lit-labs/virtualizer';
import { benchCases, rowTexts, type BenchListCase } from './caselist-data.js';
import { expose, lateMutations, timeFrame } from './frame.js';

let root: HTMLElement | undefined;

const row = (c: BenchListCase) => {
  const t = rowTexts(c);
  return html`<div class="row" role="row">
    <span role="cell"><button type="button">${t.pupil}</button></span>
    <span role="cell">${t.school}</span>
    <span role="cell">${t.lead}</span>
    <span role="cell"><span class="bar"><span class="fill" style="width:${t.used}%"></span></span>${t.norm} <small>${t.deadline}</small></span>
    <span role="cell">${t.activity}</span>
    <span role="cell"><ul>${t.signals.map((s) => html`<li><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><circle cx="12" cy="12" r="9" /></svg>${s}</li>`)}</ul></span>
  </div>`;
};

expose({
  async firstScreen(count: number) {
    const host = document.getElementById('host')!;
    host.replaceChildren();
    const cases = benchCases(count);
    const ms = await timeFrame(async () => {
      const sorted = [...cases].sort((a, b) => a.derived.normDeadline.localeCompare(b.derived.normDeadline) || a.id.localeCompare(b.id));
      root = document.createElement('div');
      root.setAttribute('role', 'table');
      host.append(root);
      render(html`<lit-virtualizer .items=${sorted} .renderItem=${row}></lit-virtualizer>`, root);
      await (root.querySelector('lit-virtualizer') as HTMLElement & { layoutComplete: Promise<void> }).layoutComplete;
    });
    const rendered = root!.querySelectorAll('.row').length;
    return { ms, late: await lateMutations(root!), rendered };
  },
});
