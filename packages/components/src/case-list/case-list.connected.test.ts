// <tz-case-list> connected to the REAL reference server (PGlite, demo seed) through the test
// runner's proxy: the SWV's "needs attention" worklist with the server's total and signals,
// paging with "load more", tenancy per role, loading, errors with retry, no client.
// Failures are injected at the network edge (the client's fetch); the SDK and server stay real.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../provider/define.js';
import type { TzCaseListElement } from './case-list.element.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { flakyFetch, testApi } from '../test-support/api.js';
import { deepActiveElement } from '../test-support/focus.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: Element) => qa(el, 'tbody tr');
const loaded = (el: TzCaseListElement) =>
  waitUntil(() => q(el, 'table') || q(el, '.state.empty') || q(el, '.state.error'), 'list loaded');
const countOf = (el: Element) => Number(text(q(el, '.count')).match(/^([\d.]+) (casus|case)/)![1].replace(/\./g, ''));

describe('<tz-case-list> connected to the reference server', () => {
  before(async function (this: { timeout(ms: number): void }) {
    // The first request starts the reference server (PGlite + demo seed): allow for that once.
    this.timeout(120000);
    const api = await testApi();
    await api.client('swv').cases.list({ limit: 1 });
  });

  it('SWV, needs attention: the server total is announced, every row carries a signal in words', async () => {
    const api = await testApi();
    const el = await fixture<TzCaseListElement>(html`<tz-case-list lang="nl" preset="needs-attention" .client=${api.client('swv')}></tz-case-list>`);
    await loaded(el);
    const expected = await api.client('swv').cases.list({ status: 'open', signal: ['noLeadHolder', 'normAlmostOut', 'normExceeded', 'noActivity', 'actionOverdue', 'duplicateOpenCase'], limit: 1 });
    expect(expected.total).to.be.greaterThan(0);
    expect(countOf(el)).to.equal(expected.total);
    expect(rows(el).length).to.equal(Math.min(50, expected.total));
    for (const tr of rows(el)) expect(tr.querySelectorAll('.signal').length, text(tr)).to.be.greaterThan(0);
    // Sorted by norm deadline: exceeded norms (earliest deadlines) come first.
    expect(rows(el)[0].querySelector('.norm')!.getAttribute('data-status')).to.equal('exceeded');
    await expectNoAxeViolations(el);
  });

  it('no lead holder: every row says so, and "load more" fetches the next page and focuses its first row', async () => {
    const api = await testApi();
    const el = await fixture<TzCaseListElement>(
      html`<tz-case-list lang="en" preset="no-lead-holder" page-size="5" .client=${api.client('swv')}></tz-case-list>`,
    );
    await loaded(el);
    const total = countOf(el);
    expect(total).to.be.greaterThan(5);
    expect(rows(el)).to.have.length(5);
    for (const tr of rows(el)) expect(text(tr.querySelectorAll('td')[2])).to.equal('No lead holder');
    expect(text(q(el, '.count'))).to.equal(`${total} cases, 5 shown`);
    const more = q<HTMLButtonElement>(el, '.load-more')!;
    expect(text(more)).to.equal('Load more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length === 10, 'second page');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(qa(el, 'tbody .open-case')[5]);
    const ids = rows(el).map((tr) => tr.dataset.caseId);
    expect(new Set(ids).size).to.equal(10);
  });

  it('tenancy: a school sees only its own cases, leerplicht only its municipality (need-to-know fields may be absent)', async () => {
    const api = await testApi();
    const school = await fixture<TzCaseListElement>(html`<tz-case-list preset="all" .client=${api.client('school')}></tz-case-list>`);
    await loaded(school);
    const schools = new Set(rows(school).map((tr) => text(tr.querySelectorAll('td')[1])));
    expect([...schools]).to.deep.equal(['12AB00']);
    const leerplicht = await fixture<TzCaseListElement>(html`<tz-case-list preset="open" .client=${api.client('leerplicht')}></tz-case-list>`);
    await loaded(leerplicht);
    const mine = await api.client('leerplicht').cases.list({ status: 'open', limit: 1 });
    const region = await api.client('swv').cases.list({ status: 'open', limit: 1 });
    expect(countOf(leerplicht)).to.equal(mine.total);
    expect(mine.total).to.be.lessThan(region.total);
    expect(q(leerplicht, '.state.error')).to.equal(null);
    await expectNoAxeViolations(leerplicht);
  });

  it('choosing a case emits tz-case-selected with its id, under a <tz-provider> that names the schools', async () => {
    const api = await testApi();
    const wrap = await fixture<HTMLElement>(html`<tz-provider lang="nl" base-url=${api.baseUrl} .getToken=${() => api.token('swv')}>
      <tz-case-list preset="needs-attention"></tz-case-list>
    </tz-provider>`);
    const el = wrap.querySelector('tz-case-list')!;
    await loaded(el);
    await waitUntil(() => text(rows(el)[0]?.querySelectorAll('td')[1]).includes('('), 'school names from reference data');
    const first = rows(el)[0];
    const chosen = oneEvent(el, 'tz-case-selected');
    first.querySelector<HTMLButtonElement>('.open-case')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail.caseId).to.equal(first.dataset.caseId);
    const c = await api.client('swv').cases.get(detail.caseId);
    expect(c.id).to.equal(detail.caseId);
  });

  it('changing the view refetches with the new filter; search narrows to one pupil', async () => {
    const api = await testApi();
    const net = flakyFetch();
    const el = await fixture<TzCaseListElement>(html`<tz-case-list preset="open" .client=${api.client('swv', { fetch: net.fetch })}></tz-case-list>`);
    await loaded(el);
    const ref = text(rows(el)[0].querySelector('.open-case'));
    const select = q<HTMLSelectElement>(el, 'select[id$="-preset"]')!;
    select.value = 'norm-exceeded';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => net.calls.some((c) => c.url.includes('normStatus=exceeded')), 'request with normStatus=exceeded');
    await waitUntil(() => rows(el).length > 0 && rows(el).every((tr) => tr.querySelector('.norm')?.getAttribute('data-status') === 'exceeded'), 'exceeded only');
    select.value = 'open';
    select.dispatchEvent(new Event('change'));
    const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = ref;
    input.closest('form')!.requestSubmit();
    await waitUntil(() => rows(el).length === 1 && text(rows(el)[0].querySelector('.open-case')) === ref, 'one pupil');
    expect(text(q(el, '.count'))).to.equal('1 casus');
  });

  it('loading, then a network error with retry that recovers', async () => {
    const api = await testApi();
    const net = flakyFetch();
    net.failNext(1);
    const el = await fixture<TzCaseListElement>(html`<tz-case-list lang="nl" .client=${api.client('swv', { fetch: net.fetch })}></tz-case-list>`);
    expect(text(q(el, '.loading [role="status"]'))).to.equal('Casussen worden geladen…');
    await waitUntil(() => q(el, '.state.error'), 'error state');
    expect(text(q(el, '.state.error'))).to.contain('De casussen konden niet worden geladen');
    await expectNoAxeViolations(el);
    q<HTMLButtonElement>(el, '.state.error .retry')!.click();
    await waitUntil(() => q(el, 'table'), 'table after retry');
  });

  it('without a client or provider: says there is no connection', async () => {
    const el = await fixture<TzCaseListElement>(html`<tz-case-list lang="en"></tz-case-list>`);
    // A calm status, not an alert: a provider may still hand over its client.
    expect(q(el, '.state.no-client')!.getAttribute('role')).to.equal('status');
    expect(text(q(el, '.state.no-client'))).to.contain('No connection to the API');
    await expectNoAxeViolations(el);
  });
});
