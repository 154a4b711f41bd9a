// The report downloads of <tz-dashboard> against the REAL reference server (demo seed) through the
// real SDK client: the CSV holds exactly what the API answered, in the user's language, for the
// reference date chosen; a role that may not fetch a report is told so.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import './define.js';
import '../provider/define.js';
import type { TzDashboardElement } from './dashboard.element.js';
import type { ReportExportDetail } from './reports.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { testApi, type TestRole } from '../test-support/api.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const TODAY = '2026-03-15';

describe('tz-dashboard report downloads (connected, reference server)', function () {
  this.timeout(90_000);

  async function withReport(role: TestRole, report: 'inspectie' | 'leerplicht', lang = 'nl') {
    const api = await testApi();
    const client = api.client(role);
    const wrap = await fixture<HTMLElement>(html`<tz-provider .client=${client} lang=${lang}>
      <tz-dashboard today=${TODAY} report=${report}></tz-dashboard>
    </tz-provider>`);
    const el = wrap.querySelector('tz-dashboard') as TzDashboardElement;
    await waitUntil(() => q(el, '.report-download'), 'report form');
    const files: ReportExportDetail[] = [];
    el.addEventListener('tz-report-export', (event) => {
      event.preventDefault();
      files.push((event as CustomEvent<ReportExportDetail>).detail);
    });
    const download = async () => {
      const before = files.length;
      q<HTMLButtonElement>(el, '.report-download')!.click();
      await waitUntil(() => files.length > before || q(el, '.report-error'), 'download or error');
      return files[files.length - 1];
    };
    return { el, client, download };
  }

  it("downloads the SWV's Inspectie overview as the API answered it, one CSV row per pupil", async () => {
    const { el, client, download } = await withReport('swv', 'inspectie');
    const file = await download();
    const expected = await client.reports.inspectieThuiszitters({ referenceDate: TODAY });
    expect(file.filename).to.equal(`thuiszittersoverzicht-${TODAY}.csv`);
    const lines = (await file.blob.text()).replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '');
    expect(lines[0]).to.equal('Groep;Leerlingreferentie (pseudoniem);School (BRIN + vestiging);Onderwijssoort;Geboortejaar en -maand;Eerste verzuimdag;Verzuimdagen;Vrijstelling (artikel);Norm 3 maanden;Aanbod vastgelegd');
    expect(expected.pupils.length).to.be.greaterThan(0);
    expect(lines.slice(1).map((line) => line.split(';')[1])).to.deep.equal(expected.pupils.map((p) => p.pupilRef));
    await waitUntil(() => text(q(el, '.report-status')).includes('gedownload'), 'done status');
    await expectNoAxeViolations(el);
  });

  it("downloads the municipality's leerplicht count in English for the reference date chosen", async () => {
    const { el, client, download } = await withReport('leerplicht', 'leerplicht', 'en');
    const input = q<HTMLInputElement>(el, '.report-date')!;
    input.value = '2026-01-10';
    input.dispatchEvent(new Event('change'));
    const file = await download();
    const expected = await client.reports.leerplichtCount({ referenceDate: '2026-01-10' });
    expect(file.filename).to.equal('leerplicht-count-2026-01-10.csv');
    const csv = (await file.blob.text()).replace(/^\uFEFF/, '');
    expect(csv).to.contain(`Reference date,2026-01-10\r\n`);
    expect(csv).to.contain(`Absolute absence,${expected.absoluutVerzuim}\r\n`);
    expect(csv).to.contain(`Exemption art. 5a,${expected.vrijstellingen.vrijstelling5a}\r\n`);
  });

  it('tells a school that it may not fetch the Inspectie overview', async () => {
    const { el, download } = await withReport('school', 'inspectie');
    await download();
    expect(text(q(el, '.report-error'))).to.equal('Uw organisatie mag deze rapportage niet ophalen.');
    expect(q(el, '.report-error')!.getAttribute('role')).to.equal('alert');
  });
});
