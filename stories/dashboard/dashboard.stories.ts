// <tz-dashboard> in each of its states, in Dutch and English: controlled with data in properties,
// connected with MSW answers built on openapi/examples. `today` is fixed.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { failing, neverAnswering, referenceHandlers, statisticsHandlers } from '../mocks/handlers.js';
import '../../packages/components/src/provider/define.js';
import '../../packages/components/src/dashboard/define.js';
import { emptyHeadline, regionHeadline } from '../../packages/components/src/dashboard/fixtures.js';
import { emptyReasons, publishedRegionReasons, regionReasons, regionSchools, schoolReasons } from '../../packages/components/src/reason-chart/fixtures.js';
import problem503 from '../../openapi/examples/problem-503.json';
import inspectieReport from '../../openapi/examples/inspectie-thuiszitter-report.json';

const TODAY = '2026-03-15';

type Scenario = 'region' | 'published' | 'school' | 'empty' | 'badData';
const SCENARIOS: Record<Scenario, { headline: unknown; reasons: unknown; school: string }> = {
  region: { headline: regionHeadline, reasons: regionReasons, school: '' },
  published: { headline: regionHeadline, reasons: publishedRegionReasons, school: '' },
  school: { headline: { ...regionHeadline, school: '12AB00' }, reasons: schoolReasons, school: '12AB00' },
  empty: { headline: emptyHeadline, reasons: emptyReasons, school: '12AB00' },
  badData: { headline: { ...regionHeadline, figures: null }, reasons: regionReasons, school: '' },
};

interface Args {
  lang: 'nl' | 'en';
  scenario: Scenario;
  width: number;
  hostContext: boolean;
}

const hostContext = [{ label: 'Leerlingen in het speciaal onderwijs (regio)', value: 1234, source: 'DUO, 1 oktober 2025' }];

const meta: Meta<Args> = {
  title: 'Elements/tz-dashboard',
  component: 'tz-dashboard',
  tags: ['autodocs'],
  args: { lang: 'nl', scenario: 'region', width: 1100, hostContext: true },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    scenario: { control: 'select', options: Object.keys(SCENARIOS) },
    width: { control: { type: 'range', min: 320, max: 1400, step: 10 } },
  },
  render: (args) => {
    const s = SCENARIOS[args.scenario];
    return html`<div style="max-width:${args.width}px">
      <tz-dashboard
        lang=${args.lang}
        today=${TODAY}
        school=${s.school}
        .headline=${s.headline}
        .reasons=${s.reasons}
        .schools=${s.school ? undefined : regionSchools}
        .context=${args.hostContext ? hostContext : undefined}
      ></tz-dashboard>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const en = { args: { lang: 'en' as const }, parameters: { lang: 'en' } };

/** The SWV's view of its region. */
export const Region: Story = {};
export const RegionEnglish: Story = { ...en };

/** As an SWV or leerplicht sees it: the chart offers whole school years only and says why. */
export const SchoolYearsOnly: Story = { args: { scenario: 'published' } };
export const SchoolYearsOnlyEnglish: Story = { args: { scenario: 'published', lang: 'en' }, parameters: { lang: 'en' } };

/** One school. */
export const School: Story = { args: { scenario: 'school' } };
export const SchoolEnglish: Story = { args: { scenario: 'school', lang: 'en' }, parameters: { lang: 'en' } };

/** A period without cases: zeros, dashes, no comparison possible. */
export const Empty: Story = { args: { scenario: 'empty' } };
export const EmptyEnglish: Story = { args: { scenario: 'empty', lang: 'en' }, parameters: { lang: 'en' } };

/** Host data of the wrong shape. */
export const BadData: Story = { args: { scenario: 'badData' } };
export const BadDataEnglish: Story = { args: { scenario: 'badData', lang: 'en' }, parameters: { lang: 'en' } };

/** 320 px wide. */
export const Narrow: Story = { args: { width: 320 } };
export const NarrowEnglish: Story = { args: { width: 320, lang: 'en' }, parameters: { lang: 'en' } };

export const Dark: Story = { parameters: { scheme: 'dark' } };

/** `list-links`: beside a `<tz-case-list>`, the active and norm tiles link to the matching list (`tz-filter-requested`). */
const withListLinks = (args: Args) => html`<div style="max-width:${args.width}px">
  <tz-dashboard lang=${args.lang} today=${TODAY} list-links .headline=${regionHeadline} .reasons=${regionReasons} .schools=${regionSchools}></tz-dashboard>
</div>`;
export const ListLinks: Story = { render: withListLinks };
export const ListLinksEnglish: Story = { render: withListLinks, args: { lang: 'en' }, parameters: { lang: 'en' } };

// ---- connected (MSW) ----------------------------------------------------------------------

const reference = referenceHandlers;
const statistics = statisticsHandlers;

const connected = (args: Args) => html`<tz-provider base-url="/v1" .getToken=${() => 'story-token'} lang=${args.lang}>
  <div style="max-width:${args.width}px"><tz-dashboard today=${TODAY}></tz-dashboard></div>
</tz-provider>`;

export const Connected: Story = { render: connected, parameters: { msw: { handlers: [...reference, ...statistics] } } };
export const ConnectedEnglish: Story = { render: connected, args: { lang: 'en' }, parameters: { lang: 'en', msw: { handlers: [...reference, ...statistics] } } };

const loadingHandlers = [...reference, neverAnswering('*/v1/statistics/*')];
export const Loading: Story = { render: connected, parameters: { msw: { handlers: loadingHandlers } } };
export const LoadingEnglish: Story = { render: connected, args: { lang: 'en' }, parameters: { lang: 'en', msw: { handlers: loadingHandlers } } };

const errorHandlers = [...reference, failing('*/v1/statistics/*', problem503, { 'Retry-After': '0' })];
export const LoadError: Story = { render: connected, parameters: { msw: { handlers: errorHandlers } } };
export const LoadErrorEnglish: Story = { render: connected, args: { lang: 'en' }, parameters: { lang: 'en', msw: { handlers: errorHandlers } } };

/** An SWV that delivers the Inspectie's thuiszitter overview: a CSV download on a reference date. */
const reports = [
  http.get('*/v1/reports/inspectie-thuiszitters', ({ request }) =>
    HttpResponse.json({ ...inspectieReport, referenceDate: new URL(request.url).searchParams.get('referenceDate') ?? TODAY }),
  ),
];
const withReport = (args: Args) => html`<tz-provider base-url="/v1" .getToken=${() => 'story-token'} lang=${args.lang}>
  <div style="max-width:${args.width}px"><tz-dashboard today=${TODAY} report="inspectie"></tz-dashboard></div>
</tz-provider>`;
export const InspectieReport: Story = { render: withReport, parameters: { msw: { handlers: [...reference, ...statistics, ...reports] } } };
export const InspectieReportEnglish: Story = { render: withReport, args: { lang: 'en' }, parameters: { lang: 'en', msw: { handlers: [...reference, ...statistics, ...reports] } } };
