// Peer: a hand-written page script that builds a plain <table> of every case with the DOM API
// (what the demo page did before <tz-case-list>, here for all rows). Sorted like the element.
import { benchCases, rowTexts } from './caselist-data.js';
import { expose, lateMutations, timeFrame } from './frame.js';

let table: HTMLTableElement | undefined;

function cell(tr: HTMLTableRowElement, content: string | Node) {
  const td = document.createElement('td');
  td.append(content);
  tr.append(td);
  return td;
}

expose({
  async firstScreen(count: number) {
    const host = document.getElementById('host')!;
    host.replaceChildren();
    const cases = benchCases(count);
    const ms = await timeFrame(() => {
      const sorted = [...cases].sort((a, b) => a.derived.normDeadline.localeCompare(b.derived.normDeadline) || a.id.localeCompare(b.id));
      table = document.createElement('table');
      const body = document.createElement('tbody');
      for (const c of sorted) {
        const t = rowTexts(c);
        const tr = document.createElement('tr');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = t.pupil;
        cell(tr, button);
        cell(tr, t.school);
        cell(tr, t.lead);
        const bar = document.createElement('span');
        bar.className = 'bar';
        const fill = document.createElement('span');
        fill.style.width = `${t.used}%`;
        bar.append(fill);
        const norm = cell(tr, bar);
        norm.append(` ${t.norm} ${t.deadline}`);
        cell(tr, t.activity);
        const ul = document.createElement('ul');
        for (const s of t.signals) {
          const li = document.createElement('li');
          li.textContent = s;
          ul.append(li);
        }
        cell(tr, ul);
        body.append(tr);
      }
      table.append(body);
      host.append(table);
    });
    const rendered = table!.querySelectorAll('tbody tr').length;
    return { ms, late: await lateMutations(table!), rendered };
  },
});
