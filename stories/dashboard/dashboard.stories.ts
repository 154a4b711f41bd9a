// <tz-dashboard> in each of its states, in Dutch and English: controlled with data in properties,
// connected with MSW answers built on openapi/examples. `today` is fixed.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse, delay } from 'msw';
import '../../packages/components/src/provider/define.js';
import '../../packages/components/src/dashboard/define.js';
import { emptyHeadline, regionHeadline } from '../../packages/components/src/dashboard/fixtures.js';
import { emptyReasons, publishedRegionReasons, regionReasons, regionSchools, schoolReasons } from '../../packages/components/src/reason-chart/fixtures.js';
import headlineStatistics from '../../openapi/examples/headline-statistics.json';
import reasonStatistics from '../../openapi/examples/reason-statistics.json';
import schoolStatistics from '../../openapi/examples/school-statistics.json';
import reasonList from '../../openapi/examples/reason-list.json';
import schoolList from '../../openapi/examples/school-list.json';
import definitionProfile from '../../openapi/examples/definition-profile.json';
import problem503 from '../../openapi/examples/problem-503.json';

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

const periodsOf = (request: Request) => {
  const p = new URL(request.url).searchParams;
  return {
    period: { from: p.get('from') ?? '', to: p.get('to') ?? '' },
    comparisonPeriod: { from: p.get('compareFrom') ?? '', to: p.get('compareTo') ?? '' },
  };
};
const reference = [
  http.get('*/v1/reasons', () => HttpResponse.json(reasonList)),
  http.get('*/v1/schools', () => HttpResponse.json(schoolList)),
  http.get('*/v1/definition-profile', () => HttpResponse.json(definitionProfile)),
];
const statistics = [
  http.get('*/v1/statistics/headline', ({ request }) =>
    HttpResponse.json({ ...headlineStatistics, ...periodsOf(request), school: new URL(request.url).searchParams.get('school') }),
  ),
  http.get('*/v1/statistics/reasons', ({ request }) => {
    const p = new URL(request.url).searchParams;
    return HttpResponse.json({ ...reasonStatistics, ...periodsOf(request), school: p.get('school'), reasonScope: p.get('reasonScope') ?? 'primary' });
  }),
  http.get('*/v1/statistics/schools', ({ request }) => HttpResponse.json({ ...schoolStatistics, ...periodsOf(request) })),
];

const connected = (args: Args) => html`<tz-provider base-url="/v1" .getToken=${() => 'story-token'} lang=${args.lang}>
  <div style="max-width:${args.width}px"><tz-dashboard today=${TODAY}></tz-dashboard></div>
</tz-provider>`;

export const Connected: Story = { render: connected, parameters: { msw: { handlers: [...reference, ...statistics] } } };
export const ConnectedEnglish: Story = { render: connected, args: { lang: 'en' }, parameters: { lang: 'en', msw: { handlers: [...reference, ...statistics] } } };

const loadingHandlers = [
  ...reference,
  http.get('*/v1/statistics/*', async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
];
export const Loading: Story = { render: connected, parameters: { msw: { handlers: loadingHandlers } } };
export const LoadingEnglish: Story = { render: connected, args: { lang: 'en' }, parameters: { lang: 'en', msw: { handlers: loadingHandlers } } };

const errorHandlers = [
  ...reference,
  http.get('*/v1/statistics/*', () =>
    HttpResponse.json(problem503, { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '0' } }),
  ),
];
export const LoadError: Story = { render: connected, parameters: { msw: { handlers: errorHandlers } } };
export const LoadErrorEnglish: Story = { render: connected, args: { lang: 'en' }, parameters: { lang: 'en', msw: { handlers: errorHandlers } } };
