// "Print" of an element prints that element only: while printing, the host page around it is
// hidden and nothing around it clips it; afterwards the host page is untouched.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../case-timeline/define.js';
import '../routekaart-checklist/define.js';
import { makeCase, storyEvents } from '../case-timeline/test-helpers.js';
import { sixInPlace } from '../routekaart-checklist/test-helpers.js';
import { scopePrintTo } from './print-scope.js';

/** A host page: a menu, a long list, and an app shell that scrolls its content in a fixed-height box. */
async function hostPage(content: unknown) {
  return fixture<HTMLElement>(html`<div class="lvs">
    <nav id="menu">Menu</nav>
    <section id="long">${Array.from({ length: 200 }, (_, i) => html`<p>Regel ${i}</p>`)}</section>
    <main id="shell" style="height: 100px; overflow: auto; display: grid; grid-template-columns: 200px 100px">
      <aside id="side">Zijbalk</aside>
      <div id="column">${content}</div>
    </main>
  </div>`);
}

const display = (el: Element) => getComputedStyle(el).display;

describe('printing an element only', () => {
  let realPrint: typeof window.print;
  let printed = 0;
  beforeEach(() => {
    realPrint = window.print;
    printed = 0;
    window.print = () => void printed++;
  });
  afterEach(async () => {
    window.print = realPrint;
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  it('the timeline’s "Afdrukken" hides the host page in print and nothing around it clips it; afterprint undoes it', async () => {
    const page = await hostPage(html`<tz-case-timeline lang="nl" today="2026-11-20" .case=${makeCase()} .events=${storyEvents()}></tz-case-timeline>`);
    const timeline = page.querySelector('tz-case-timeline')!;
    await timeline.updateComplete;
    const button = [...timeline.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Afdrukken')!;
    button.click();
    expect(printed).to.equal(1);
    await emulateMedia({ media: 'print' });
    for (const id of ['menu', 'long', 'side']) expect(display(page.querySelector(`#${id}`)!), id).to.equal('none');
    expect(display(timeline)).to.equal('block');
    const shell = page.querySelector('#shell')!;
    expect(getComputedStyle(shell).overflow).to.equal('visible');
    expect(getComputedStyle(shell).height).to.not.equal('100px');
    expect(display(shell)).to.equal('block');
    window.dispatchEvent(new Event('afterprint'));
    expect(display(page.querySelector('#long')!)).to.equal('block');
    expect(getComputedStyle(shell).height).to.equal('100px');
    expect(timeline.hasAttribute('data-tz-print-scope')).to.equal(false);
  });

  it('the Routekaart checklist prints itself only, too', async () => {
    const page = await hostPage(html`<tz-routekaart-checklist lang="nl"></tz-routekaart-checklist>`);
    const checklist = page.querySelector('tz-routekaart-checklist')!;
    Object.assign(checklist, { assessment: sixInPlace() });
    await checklist.updateComplete;
    const button = [...checklist.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Afdrukken')!;
    button.click();
    expect(printed).to.equal(1);
    await emulateMedia({ media: 'print' });
    expect(display(page.querySelector('#long')!)).to.equal('none');
    expect(display(checklist)).to.equal('block');
  });

  it('an element inside another shadow root keeps its outermost host in the document', async () => {
    const page = await hostPage(html`<div id="app"></div>`);
    const app = page.querySelector('#app')!;
    const inner = document.createElement('p');
    inner.textContent = 'binnen';
    app.attachShadow({ mode: 'open' }).append(inner);
    const undo = scopePrintTo(inner);
    await emulateMedia({ media: 'print' });
    expect(display(app)).to.equal('block');
    expect(display(page.querySelector('#long')!)).to.equal('none');
    undo();
    expect(app.hasAttribute('data-tz-print-scope')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(0);
  });
});
