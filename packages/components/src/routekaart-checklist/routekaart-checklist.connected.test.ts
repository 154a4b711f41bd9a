import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { RoutekaartAssessment, ThuiszittersClient } from '@thuiszitters/sdk';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { flakyFetch, testApi, type FlakyFetch, type TestRole } from '../test-support/api.js';
import './define.js';
import '../provider/define.js';
import type { TzRoutekaartChecklistElement } from './routekaart-checklist.element.js';
import { toUpdate } from './assessment-model.js';
import { reasonLabel, topReasons, figuresPeriod, reasonFiguresPeriod } from './figures.js';

// Connected mode against the REAL reference server (demo seed): VO2801 has two assessments.
// All tests that write to VO2801 live in this one file, so they run one after the other and
// each reads the server's current state before it acts.

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function current(client: ThuiszittersClient, organisation = 'VO2801'): Promise<RoutekaartAssessment> {
  return (await client.routekaart.list({ organisation })).items[0];
}

async function connected(role: TestRole, options: { organisation?: string; assessmentId?: string; lang?: 'nl' | 'en' } = {}) {
  const api = await testApi();
  const flaky = flakyFetch();
  const client = api.client(role, { fetch: flaky.fetch });
  const el = await fixture<TzRoutekaartChecklistElement>(html`<tz-routekaart-checklist
    lang=${options.lang ?? 'nl'}
    .client=${client}
    organisation=${options.organisation ?? (options.assessmentId ? '' : 'VO2801')}
    assessment-id=${options.assessmentId ?? ''}
  ></tz-routekaart-checklist>`);
  await waitUntil(() => root(el).querySelector('ol.points, .state'), 'checklist rendered');
  await waitUntil(() => !root(el).querySelector('[aria-busy="true"]'), 'loaded');
  return { el, client, flaky, api };
}

const puts = (flaky: FlakyFetch) => flaky.calls.filter((c) => c.method === 'PUT');

async function waitForSave(el: TzRoutekaartChecklistElement, action: () => void) {
  setTimeout(action);
  return (await oneEvent(el, 'tz-routekaart-saved')).detail;
}

describe('<tz-routekaart-checklist> connected to the reference server', function (this: { timeout(ms: number): void }) {
  // axe over ten full point cards takes a while on a busy 2-core machine.
  this.timeout(90_000);
  before(async function (this: { timeout(ms: number): void }) {
    // The first request starts the server (PGlite and the demo seed): give that time once.
    this.timeout(120000);
    await (await testApi()).client('swv').reference.reasons();
  });

  it('loads the newest assessment of an organisation with its ten points', async () => {
    const { el, client } = await connected('swv');
    const expected = await current(client);
    expect(root(el).querySelectorAll('ol.points > li.point').length).to.equal(10);
    const inPlace = expected.points.filter((p) => p.status === 'inPlace').length;
    expect(text(root(el).querySelector('.progress-text strong'))).to.equal(`${inPlace} van 10 op orde`);
    expect(text(root(el).querySelector('.subtitle'))).to.contain(expected.organisation.name);
    await expectNoAxeViolations(el);
  });

  it('saves a status click through the client with If-Match and announces it', async () => {
    const { el, client, flaky } = await connected('swv');
    const before = await current(client);
    const point = before.points[8];
    const target = point.status === 'inPlace' ? 'inProgress' : 'inPlace';
    const detail = await waitForSave(el, () => root(el).querySelector<HTMLInputElement>(`input[name="status-9"][value="${target}"]`)!.click());
    expect(detail.pointNumber).to.equal(9);
    const put = puts(flaky).at(-1)!;
    expect(put.url).to.match(new RegExp(`/routekaart-assessments/${before.id}/points/9$`));
    expect(put.headers.get('if-match')).to.equal(`"${before.version}"`);
    const after = await client.routekaart.get(before.id);
    expect(after.points[8].status).to.equal(target);
    expect(after.version).to.equal(before.version + 1);
    await el.updateComplete;
    expect(text(root(el).querySelector('.announcement'))).to.equal('Opgeslagen: punt 9 (Samenwerken met regionale werkgevers).');
    await expectNoAxeViolations(el);
  });

  it('saves a status chosen with the arrow keys, each save on the version of the one before', async () => {
    const { el, client, flaky } = await connected('swv', { lang: 'en' });
    const before = await current(client);
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[name="status-10"]')];
    const checked = radios.findIndex((r) => r.checked);
    radios[checked].focus();
    const saved = oneEvent(el, 'tz-routekaart-saved');
    await sendKeys({ press: checked === 2 ? 'ArrowLeft' : 'ArrowRight' });
    await saved;
    const expectedStatus = radios[checked === 2 ? 1 : checked + 1].value;
    const after = await client.routekaart.get(before.id);
    expect(after.points[9].status).to.equal(expectedStatus);
    expect(puts(flaky).at(-1)!.headers.get('if-match')).to.equal(`"${before.version}"`);
    expect(text(root(el).querySelector('.announcement'))).to.equal('Saved: point 10 (Pursuing quality).');
  });

  it('saves owner and note with the save button and shows the change in the change log', async () => {
    const { el, client } = await connected('swv');
    root(el).querySelector<HTMLElement>('li[data-point="9"] details > summary')!.click();
    await el.updateComplete;
    const owner = root(el).querySelector<HTMLInputElement>('#owner-9')!;
    owner.focus();
    owner.select();
    const newOwner = `Werkgroep werkgevers ${Date.now() % 1000}`;
    await sendKeys({ type: newOwner });
    await el.updateComplete;
    expect(text(root(el).querySelector('li[data-point="9"] [data-save-state]'))).to.equal('Niet opgeslagen wijzigingen');
    await waitForSave(el, () => root(el).querySelector<HTMLButtonElement>('li[data-point="9"] [data-action="save"]')!.click());
    const after = await current(client);
    expect(after.points[8].owner).to.equal(newOwner);
    await waitUntil(() => [...root(el).querySelectorAll('[data-changes] tbody tr')].some((tr) => text(tr).includes(newOwner)), 'change log shows the new owner');
  });

  it('adds evidence (http(s) only) and removes it again, saving each through the client', async () => {
    const { el, client, flaky } = await connected('swv');
    root(el).querySelector<HTMLElement>('li[data-point="10"] details > summary')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('#evidence-10-title')!.focus();
    await sendKeys({ type: 'Scholingsplan' });
    root(el).querySelector<HTMLInputElement>('#evidence-10-url')!.focus();
    await sendKeys({ type: 'ftp://example.nl/plan' });
    const putsBefore = puts(flaky).length;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('#evidence-10-url')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement?.id).to.equal('evidence-10-url');
    expect(puts(flaky).length, 'nothing sent for an invalid URL').to.equal(putsBefore);
    root(el).querySelector<HTMLInputElement>('#evidence-10-url')!.select();
    await sendKeys({ type: 'https://voorbeeldregio.example/scholingsplan' });
    const added = oneEvent(el, 'tz-routekaart-saved');
    await sendKeys({ press: 'Enter' });
    await added;
    let server = (await current(client)).points[9].evidence;
    expect(server).to.deep.include({ title: 'Scholingsplan', url: 'https://voorbeeldregio.example/scholingsplan' });
    await expectNoAxeViolations(el);
    const item = [...root(el).querySelectorAll('li[data-point="10"] details .evidence-list li')].find((li) => text(li).includes('Scholingsplan'))!;
    await waitForSave(el, () => item.querySelector('button')!.click());
    server = (await current(client)).points[9].evidence;
    expect(server.map((e) => e.title)).to.not.include('Scholingsplan');
  });

  it('undoes the last change by saving the previous values', async () => {
    const { el, client } = await connected('swv');
    const before = (await current(client)).points[5];
    const target = before.status === 'notStarted' ? 'inProgress' : 'notStarted';
    await waitForSave(el, () => root(el).querySelector<HTMLInputElement>(`input[name="status-6"][value="${target}"]`)!.click());
    expect((await current(client)).points[5].status).to.equal(target);
    await el.updateComplete;
    const undo = root(el).querySelector<HTMLButtonElement>('[data-action="undo"]')!;
    expect(text(undo)).to.contain('punt 6');
    await waitForSave(el, () => undo.click());
    expect((await current(client)).points[5].status).to.equal(before.status);
    expect(root(el).querySelector<HTMLInputElement>(`input[name="status-6"][value="${before.status}"]`)!.checked).to.be.true;
    expect(root(el).querySelector('[data-action="undo"]')).to.be.null;
    expect(text(root(el).querySelector('.announcement'))).to.contain('ongedaan');
  });

  it("merges per field: my owner change does not revert the other person's newer note", async () => {
    const { el, client, flaky } = await connected('swv');
    const base = await current(client);
    // A writes a note on point 8 while B has the checklist open.
    const note = `Nieuwere notitie van A ${Date.now() % 100000}`;
    const other = await client.routekaart.updatePoint(base.id, 8, { ...toUpdate(base.points[7]), note }, { ifMatch: base.version });
    // B changes only the owner of point 8 and saves.
    root(el).querySelector<HTMLElement>('li[data-point="8"] details > summary')!.click();
    await el.updateComplete;
    const owner = root(el).querySelector<HTMLInputElement>('#owner-8')!;
    owner.focus();
    owner.select();
    const newOwner = `Eigenaar van B ${Date.now() % 100000}`;
    await sendKeys({ type: newOwner });
    await waitForSave(el, () => root(el).querySelector<HTMLButtonElement>('li[data-point="8"] [data-action="save"]')!.click());
    expect(root(el).querySelector('[data-conflict="8"]')).to.be.null;
    expect(puts(flaky).at(-1)!.headers.get('if-match')).to.equal(`"${other.version}"`);
    const saved = (await current(client)).points[7];
    expect(saved.owner).to.equal(newOwner);
    expect(saved.note).to.equal(note);
    expect(saved.status).to.equal(base.points[7].status);
    expect(root(el).querySelector<HTMLTextAreaElement>('#note-8')!.value).to.equal(note);
  });

  it('asks only about the field both changed, side by side, and keeps the rest of both versions', async () => {
    const { el, client, flaky } = await connected('swv');
    const base = await current(client);
    // Someone else changes status, owner and note of point 8 in the meantime.
    const theirStatus = base.points[7].status === 'inPlace' ? 'inProgress' : 'inPlace';
    const other = await client.routekaart.updatePoint(base.id, 8, { ...toUpdate(base.points[7]), status: theirStatus, owner: 'Iemand anders', note: 'Andere toelichting' }, { ifMatch: base.version });
    // My status differs from both the one I read and theirs: a real conflict on that field only.
    const mine = (['notStarted', 'inProgress', 'inPlace'] as const).find((s) => s !== theirStatus && s !== base.points[7].status)!;
    root(el).querySelector<HTMLInputElement>(`input[name="status-8"][value="${mine}"]`)!.click();
    await waitUntil(() => root(el).querySelector('[data-conflict="8"]'), 'conflict shown');
    const conflict = root(el).querySelector('[data-conflict="8"]')!;
    expect([...conflict.querySelectorAll('[data-field]')].map((f) => f.getAttribute('data-field'))).to.deep.equal(['status']);
    expect(text(conflict.querySelector('[data-version="theirs"]'))).to.contain(theirStatus === 'inPlace' ? 'Op orde' : 'In ontwikkeling');
    expect(root(el).activeElement?.id).to.equal('conflict-8-heading');
    await expectNoAxeViolations(el);
    await waitForSave(el, () => conflict.querySelector<HTMLButtonElement>('[data-action="keep-mine"]')!.click());
    expect(puts(flaky).at(-1)!.headers.get('if-match')).to.equal(`"${other.version}"`);
    const saved = (await current(client)).points[7];
    expect(saved.status).to.equal(mine);
    expect(saved.owner).to.equal('Iemand anders');
    expect(saved.note).to.equal('Andere toelichting');
    expect(root(el).querySelector('[data-conflict="8"]')).to.be.null;
  });

  it("takes the server's version after a conflict", async () => {
    const { el, client } = await connected('swv');
    const base = await current(client);
    // Both change the status (to different values): a conflict the user resolves by taking theirs.
    const theirStatus = base.points[7].status === 'inPlace' ? 'inProgress' : 'inPlace';
    const mine = (['notStarted', 'inProgress', 'inPlace'] as const).find((s) => s !== theirStatus && s !== base.points[7].status)!;
    await client.routekaart.updatePoint(base.id, 8, { ...toUpdate(base.points[7]), status: theirStatus, owner: 'Versie van de server' }, { ifMatch: base.version });
    root(el).querySelector<HTMLInputElement>(`input[name="status-8"][value="${mine}"]`)!.click();
    await waitUntil(() => root(el).querySelector('[data-conflict="8"]'), 'conflict shown');
    root(el).querySelector<HTMLButtonElement>('[data-conflict="8"] [data-action="take-theirs"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[data-conflict="8"]')).to.be.null;
    expect(root(el).querySelector<HTMLInputElement>('#owner-8')!.value).to.equal('Versie van de server');
    expect(root(el).querySelector<HTMLInputElement>(`input[name="status-8"][value="${theirStatus}"]`)!.checked).to.be.true;
  });

  it('saves silently on the new version when only another point changed meanwhile', async () => {
    const { el, client, flaky } = await connected('swv');
    const base = await current(client);
    const other = await client.routekaart.updatePoint(base.id, 5, { ...toUpdate(base.points[4]), note: `Tussendoor ${Date.now()}` }, { ifMatch: base.version });
    const target = base.points[3].status === 'inPlace' ? 'inProgress' : 'inPlace';
    await waitForSave(el, () => root(el).querySelector<HTMLInputElement>(`input[name="status-4"][value="${target}"]`)!.click());
    const sent = puts(flaky).map((c) => c.headers.get('if-match'));
    expect(sent.slice(-2)).to.deep.equal([`"${base.version}"`, `"${other.version}"`]);
    expect(root(el).querySelector('[data-conflict]')).to.be.null;
  });

  it('turns read-only with an explanation when the server refuses the role (school)', async () => {
    const { el, client } = await connected('school');
    const before = await current(client);
    expect(root(el).querySelectorAll('ol.points > li.point').length).to.equal(10);
    root(el).querySelector<HTMLInputElement>(`input[name="status-2"][value="${before.points[1].status === 'inPlace' ? 'notStarted' : 'inPlace'}"]`)!.click();
    await waitUntil(() => root(el).querySelector('[data-readonly]'), 'read-only notice');
    expect(text(root(el).querySelector('[data-readonly]'))).to.contain('Uw rol mag deze Routekaart niet wijzigen');
    expect(root(el).querySelectorAll('input[type=radio], textarea').length).to.equal(0);
    expect((await current(client)).points[1].status).to.equal(before.points[1].status);
    await expectNoAxeViolations(el);
  });

  it('compares with the earlier assessment from the history', async () => {
    const { el, client } = await connected('swv');
    const [newest, earlier] = (await client.routekaart.list({ organisation: 'VO2801' })).items;
    await waitUntil(() => root(el).querySelector('#compare'), 'history select');
    const select = root(el).querySelector<HTMLSelectElement>('#compare')!;
    const earlierCount = (await client.routekaart.list({ organisation: 'VO2801' })).items.filter((a) => a.id !== newest.id && a.assessedOn <= newest.assessedOn).length;
    expect(select.options.length, 'a placeholder plus every earlier assessment').to.equal(1 + earlierCount);
    select.value = earlier.id;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const comparison = root(el).querySelector('[data-comparison]')!;
    const changedPoints = [...comparison.querySelectorAll('[data-compare-point]')].map((ul) => Number(ul.getAttribute('data-compare-point')));
    const expected = newest.points
      .filter((p, i) => JSON.stringify([p.status, p.owner, p.note, p.evidence, p.subItems]) !== JSON.stringify([earlier.points[i].status, earlier.points[i].owner, earlier.points[i].note, earlier.points[i].evidence, earlier.points[i].subItems]))
      .map((p) => p.number);
    expect(changedPoints).to.deep.equal(expected);
    expect(changedPoints).to.include(1);
    await expectNoAxeViolations(el);
  });

  it('shows live figures for points 1–3 from the statistics operations', async () => {
    const { el, client } = await connected('swv');
    const headline = await client.statistics.headline(figuresPeriod());
    const reasons = await client.statistics.reasons({ ...reasonFiguresPeriod(), reasonScope: 'primary' });
    await waitUntil(() => root(el).querySelector('[data-figure="active"]') && root(el).querySelector('li[data-point="3"] .figures p:not(.figure-loading)'), 'figures');
    expect(text(root(el).querySelector('[data-figure="active"]'))).to.equal(`${headline.figures.active} thuiszitters`);
    const trendRows = root(el).querySelectorAll('[data-figure="trend"] tbody tr');
    expect(trendRows.length).to.equal(Math.min(6, headline.trend.length));
    const top = topReasons(reasons).map((r) => reasonLabel(r.reason, 'nl'));
    expect(top.length, 'the demo region has reasons to show').to.equal(3);
    expect(trendRows.length).to.be.greaterThan(0);
    const shown = [...root(el).querySelectorAll('[data-figure="reasons"] li')].map(text);
    expect(shown.map((s) => s.split(':')[0])).to.deep.equal(top);
  });

  it('shows an error with retry per figure block, and the figures after a retry', async () => {
    const api = await testApi();
    const flaky = flakyFetch();
    flaky.failNext(1, 'before', (_method, url) => url.includes('/statistics/headline'));
    const client = api.client('swv', { fetch: flaky.fetch });
    const el = await fixture<TzRoutekaartChecklistElement>(html`<tz-routekaart-checklist lang="en" .client=${client} organisation="VO2801"></tz-routekaart-checklist>`);
    await waitUntil(() => root(el).querySelector('li[data-point="1"] .figure-error') && root(el).querySelector('[data-figure="reasons"], li[data-point="3"] .figures p:not(.figure-loading):not(.figures-heading)'), 'headline error, reasons loaded');
    expect(text(root(el).querySelector('li[data-point="1"] .figure-error'))).to.contain('The figures could not be loaded');
    expect(root(el).querySelector('li[data-point="3"] .figure-error'), 'reasons block unaffected').to.be.null;
    await expectNoAxeViolations(el);
    root(el).querySelector<HTMLButtonElement>('li[data-point="1"] .figure-error button')!.click();
    await waitUntil(() => root(el).querySelector('[data-figure="active"]'), 'headline after retry');
    const headline = await client.statistics.headline(figuresPeriod());
    expect(text(root(el).querySelector('[data-figure="active"]'))).to.equal(`${headline.figures.active} ${headline.figures.active === 1 ? 'child' : 'children'}`);
  });

  it('shows an error with retry (nothing left loading) when the server refuses the figures with a 400', async () => {
    // A real 400 of the reference server: reason figures over a rolling twelve months, which an
    // SWV may not ask for (the request the element made before reasonFiguresPeriod). The demo
    // page reportedly hung on this answer.
    const api = await testApi();
    let refuse = true;
    const rolling = figuresPeriod();
    const fetch400 = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      if (refuse && url.pathname.endsWith('/statistics/reasons')) {
        url.searchParams.set('from', rolling.from);
        url.searchParams.set('to', rolling.to);
        return globalThis.fetch(new Request(url, request));
      }
      return globalThis.fetch(request);
    }) as typeof fetch;
    const client = api.client('swv', { fetch: fetch400 });
    await client.statistics.reasons({ ...reasonFiguresPeriod(), reasonScope: 'primary' }).then(
      () => expect.fail('the rewritten request must be refused'),
      (error: { status?: number }) => expect(error.status).to.equal(400),
    );
    const el = await fixture<TzRoutekaartChecklistElement>(html`<tz-routekaart-checklist lang="en" .client=${client} organisation="VO2801"></tz-routekaart-checklist>`);
    await waitUntil(() => root(el).querySelector('li[data-point="3"] .figure-error') && root(el).querySelector('[data-figure="active"]'), 'reasons error, headline loaded');
    expect(root(el).querySelector('.figure-loading'), 'no figure block left loading').to.be.null;
    expect(text(root(el).querySelector('li[data-point="3"] .figure-error'))).to.contain('The figures could not be loaded');
    expect(root(el).querySelectorAll('ol.points > li.point').length, 'the checklist itself is usable').to.equal(10);
    await expectNoAxeViolations(el);
    refuse = false;
    root(el).querySelector<HTMLButtonElement>('li[data-point="3"] .figure-error button')!.click();
    await waitUntil(() => root(el).querySelector('[data-figure="reasons"]') || root(el).querySelector('li[data-point="3"] .figures p:not(.figure-loading):not(.figures-heading):not(.figure-label)'), 'reasons after retry');
    expect(root(el).querySelector('li[data-point="3"] .figure-error')).to.be.null;
  });

  it('shows an error with retry when loading fails, and loads on retry', async () => {
    const api = await testApi();
    const flaky = flakyFetch();
    flaky.failNext(1, 'before', (method, url) => method === 'GET' && url.includes('/routekaart-assessments'));
    const client = api.client('swv', { fetch: flaky.fetch });
    const el = await fixture<TzRoutekaartChecklistElement>(html`<tz-routekaart-checklist lang="nl" .client=${client} organisation="VO2801"></tz-routekaart-checklist>`);
    await waitUntil(() => root(el).querySelector('.state.error'), 'error state');
    expect(text(root(el).querySelector('.state.error'))).to.contain('geen verbinding');
    await expectNoAxeViolations(el);
    root(el).querySelector<HTMLButtonElement>('.state.error button')!.click();
    await waitUntil(() => root(el).querySelector('ol.points'), 'loaded after retry');
  });

  it('offers to start a first assessment when there is none, and starts it', async () => {
    const { el, api } = await connected('otherLeerplicht', { organisation: (await testApi()).organisations.otherLeerplicht });
    expect(text(root(el).querySelector('.state h2'))).to.equal('Nog geen beoordeling');
    await expectNoAxeViolations(el);
    root(el).querySelector<HTMLButtonElement>('.state button')!.click();
    await waitUntil(() => root(el).querySelector('ol.points'), 'assessment started');
    expect(text(root(el).querySelector('.progress-text strong'))).to.equal('0 van 10 op orde');
    const list = await api.client('otherLeerplicht').routekaart.list({ organisation: api.organisations.otherLeerplicht });
    expect(list.items.length).to.equal(1);
  });

  it('says so when an assessment id does not exist (404), also after showing another one', async () => {
    const { el } = await connected('swv', { assessmentId: (await current((await testApi()).client('swv'))).id });
    expect(root(el).querySelector('ol.points')).to.exist;
    el.assessmentId = '00000000-0000-4000-8000-000000000000';
    await waitUntil(() => root(el).querySelector('.state.error'), 'not-found state');
    expect(text(root(el).querySelector('.state.error'))).to.contain('bestaat niet');
    expect(root(el).querySelector('ol.points')).to.be.null;
    await expectNoAxeViolations(el);
  });

  it('works under a provider with assessment-id', async () => {
    const api = await testApi();
    const newest = await current(api.client('swv'));
    const token = await api.token('swv');
    const provider = await fixture(html`<tz-provider lang="en" base-url=${api.baseUrl} .getToken=${() => token}>
      <tz-routekaart-checklist assessment-id=${newest.id}></tz-routekaart-checklist>
    </tz-provider>`);
    const el = provider.querySelector('tz-routekaart-checklist')!;
    await waitUntil(() => root(el).querySelector('ol.points'), 'loaded by id');
    expect(text(root(el).querySelector('h2'))).to.equal('Routekaart: inclusive education without children out of school');
    expect(text(root(el).querySelector('li[data-point="1"] h3'))).to.equal('1. Counting');
  });
  // Last on purpose: it makes a new newest assessment of VO2801.
  it('starts a new assessment as a copy, keeping the old one for the comparison', async () => {
    const { el, client } = await connected('swv');
    const before = await current(client);
    const countBefore = (await client.routekaart.list({ organisation: 'VO2801' })).items.length;
    root(el).querySelector<HTMLButtonElement>('[data-action="new-assessment"]')!.click();
    await waitUntil(() => text(root(el).querySelector('.announcement')).startsWith('Nieuwe beoordeling'), 'started');
    const list = (await client.routekaart.list({ organisation: 'VO2801' })).items;
    expect(list.length).to.equal(countBefore + 1);
    const created = list[0];
    expect(created.copiedFrom).to.equal(before.id);
    expect(created.points.map((p) => p.status)).to.deep.equal(before.points.map((p) => p.status));
    expect(root(el).activeElement?.id).to.equal('heading');
    await waitUntil(() => [...(root(el).querySelector<HTMLSelectElement>('#compare')?.options ?? [])].some((o) => o.value === before.id), 'old one in history');
    const select = root(el).querySelector<HTMLSelectElement>('#compare')!;
    select.value = before.id;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(root(el).querySelector('[data-comparison] p'))).to.equal('Niets veranderd sinds die beoordeling.');
    // A change in the new assessment shows up in the comparison with the old one.
    const target = created.points[3].status === 'inPlace' ? 'inProgress' : 'inPlace';
    await waitForSave(el, () => root(el).querySelector<HTMLInputElement>(`input[name="status-4"][value="${target}"]`)!.click());
    await el.updateComplete;
    expect(text(root(el).querySelector('[data-compare-point="4"] [data-field="status"]'))).to.contain('Status:');
    await expectNoAxeViolations(el);
  });
});
