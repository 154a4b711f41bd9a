// <tz-reason-chart> in each of its states, in Dutch and English. Controlled stories pass data in
// `.data`; connected stories get their answers from MSW handlers built on openapi/examples.
// `today` is fixed so the period presets never drift.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { failing, neverAnswering, periodsOf, referenceHandlers, statisticsHandlers } from '../mocks/handlers.js';
import { until } from '../mocks/until.js';
import '../../packages/components/src/provider/define.js';
import '../../packages/components/src/reason-chart/define.js';
import type { TzReasonChartElement } from '../../packages/components/src/reason-chart/reason-chart.element.js';
import {
  allSuppressed,
  emptyReasons,
  publishedRegionReasons,
  regionReasons,
  regionSchools,
  schoolReasons,
} from '../../packages/components/src/reason-chart/fixtures.js';
import problem503 from '../../openapi/examples/problem-503.json';

const TODAY = '2026-03-15';

type Scenario = 'region' | 'published' | 'school' | 'allSuppressed' | 'empty' | 'badData';
const DATA: Record<Scenario, unknown> = {
  region: regionReasons,
  published: publishedRegionReasons,
  school: schoolReasons,
  allSuppressed,
  empty: emptyReasons,
  badData: { ...regionReasons, items: [{ reason: 'psychisch', count: 'veel' }] },
};

interface Args {
  lang: 'nl' | 'en';
  scenario: Scenario;
  view: 'chart' | 'table';
  width: number;
  school: string;
}

const reference = referenceHandlers;

const statistics = statisticsHandlers;

const chartIn = (canvas: HTMLElement) => canvas.querySelector('tz-reason-chart') as TzReasonChartElement;
const inRoot = <T extends Element>(el: Element, selector: string) => el.shadowRoot?.querySelector<T>(selector) ?? null;

const meta: Meta<Args> = {
  title: 'Elements/tz-reason-chart',
  component: 'tz-reason-chart',
  tags: ['autodocs'],
  args: { lang: 'nl', scenario: 'region', view: 'chart', width: 900, school: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    scenario: { control: 'select', options: Object.keys(DATA) },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    width: { control: { type: 'range', min: 320, max: 1400, step: 10 } },
  },
  render: (args) => html`<div style="max-width:${args.width}px">
    <tz-reason-chart
      lang=${args.lang}
      today=${TODAY}
      view=${args.view}
      school=${args.school || ''}
      .data=${DATA[args.scenario]}
      .schools=${args.school ? undefined : regionSchools}
    ></tz-reason-chart>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const en = { args: { lang: 'en' as const }, parameters: { lang: 'en' } };

/** The whole region: main reasons this school year against the last, with the per-school ranking. */
export const Region: Story = {};
export const RegionEnglish: Story = { ...en };

/** The same numbers as a table with caption and headers. */
export const Table: Story = { args: { view: 'table' } };

/** As an SWV or leerplicht sees it: whole school years and the main reason only, with the reason why. */
export const SchoolYearsOnly: Story = { args: { scenario: 'published' } };
export const SchoolYearsOnlyEnglish: Story = { args: { scenario: 'published', lang: 'en' }, parameters: { lang: 'en' } };
export const TableEnglish: Story = { args: { view: 'table', lang: 'en' }, parameters: { lang: 'en' } };

/** One school, where small numbers are suppressed and shown as "< 5". */
export const SmallCells: Story = { args: { scenario: 'school', school: '12AB00' } };
export const SmallCellsEnglish: Story = { args: { scenario: 'school', school: '12AB00', lang: 'en' }, parameters: { lang: 'en' } };
export const SmallCellsTable: Story = { args: { scenario: 'school', school: '12AB00', view: 'table' } };

/** Every count is below the threshold. */
export const AllSuppressed: Story = { args: { scenario: 'allSuppressed', school: '12AB00' } };
export const AllSuppressedEnglish: Story = { args: { scenario: 'allSuppressed', school: '12AB00', lang: 'en' }, parameters: { lang: 'en' } };

/** No cases with a reason in the period. */
export const Empty: Story = { args: { scenario: 'empty' } };
export const EmptyEnglish: Story = { args: { scenario: 'empty', lang: 'en' }, parameters: { lang: 'en' } };

/** The host passed data of the wrong shape: a readable error, a console warning naming the field. */
export const BadData: Story = { args: { scenario: 'badData' } };
export const BadDataEnglish: Story = { args: { scenario: 'badData', lang: 'en' }, parameters: { lang: 'en' } };

/** 320 px wide: labels go above their bars. */
export const Narrow: Story = { args: { width: 320 } };
export const NarrowEnglish: Story = { args: { width: 320, lang: 'en' }, parameters: { lang: 'en' } };

/** Dark colour scheme (the toolbar's theme switch does the same for every story). */
export const Dark: Story = { parameters: { scheme: 'dark' } };

/** The school picker open after ArrowDown, the active option highlighted. */
export const SchoolPickerOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    const input = await until(() => inRoot<HTMLInputElement>(el, '.combobox-input'));
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await until(() => inRoot(el, '.option.active'));
  },
};
export const SchoolPickerOpenEnglish: Story = { ...SchoolPickerOpen, ...en };

// ---- connected (MSW) ----------------------------------------------------------------------

const connected = (args: Args) => html`<tz-provider base-url="/v1" .getToken=${() => 'story-token'} lang=${args.lang}>
  <div style="max-width:${args.width}px">
    <tz-reason-chart today=${TODAY} view=${args.view} school=${args.school || ''}></tz-reason-chart>
  </div>
</tz-provider>`;

/** Connected: loaded through the provider's client from the API (answers from openapi/examples). */
export const Connected: Story = { render: connected, parameters: { msw: { handlers: [...reference, ...statistics] } } };
export const ConnectedEnglish: Story = { render: connected, ...en, parameters: { lang: 'en', msw: { handlers: [...reference, ...statistics] } } };

/** Connected, for one school (the school role's own chart). */
export const ConnectedSchool: Story = {
  render: connected,
  args: { school: '12AB00' },
  parameters: { msw: { handlers: [...reference, ...statistics] } },
};

/** A server that publishes reasons to this caller per whole school year only (disclosure control). */
const publishedStatistics = [
  http.get('*/v1/statistics/reasons', ({ request }) => {
    const asked = periodsOf(request);
    const whole = asked.period.from.endsWith('-08-01') && asked.period.to.endsWith('-07-31');
    if (!whole) {
      return HttpResponse.json(
        {
          type: 'https://thuiszitters.nl/problems/publication-period',
          title: 'Bad Request',
          status: 400,
          detail: 'Your role may ask reason statistics only for whole school years and primary reasons, so that no pupil can be singled out.',
          invalidParams: [{ name: 'to', reason: 'must be 31 July of the school year' }],
        },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    return HttpResponse.json({ ...publishedRegionReasons, ...asked });
  }),
  statistics[1]!,
];
/** Connected as an SWV: the first (day-level) request is refused, the chart switches to whole school years and says why. */
export const ConnectedSchoolYearsOnly: Story = {
  render: connected,
  parameters: { msw: { handlers: [...reference, ...publishedStatistics] } },
  play: async ({ canvasElement }) => {
    const chart = chartIn(canvasElement);
    await until(() => inRoot(chart, '.publication-note') && inRoot(chart, '.summary'));
  },
};
export const ConnectedSchoolYearsOnlyEnglish: Story = {
  ...ConnectedSchoolYearsOnly,
  args: { lang: 'en' },
  parameters: { lang: 'en', msw: { handlers: [...reference, ...publishedStatistics] } },
};

const loadingHandlers = [...reference, neverAnswering('*/v1/statistics/*')];
/** Waiting for the API. */
export const Loading: Story = { render: connected, parameters: { msw: { handlers: loadingHandlers } } };
export const LoadingEnglish: Story = { render: connected, args: { lang: 'en' }, parameters: { lang: 'en', msw: { handlers: loadingHandlers } } };

const errorHandlers = [...reference, failing('*/v1/statistics/*', problem503, { 'Retry-After': '0' })];
/** The API is unavailable: an error with a retry button. */
export const LoadError: Story = { render: connected, parameters: { msw: { handlers: errorHandlers } } };
export const LoadErrorEnglish: Story = { render: connected, args: { lang: 'en' }, parameters: { lang: 'en', msw: { handlers: errorHandlers } } };
