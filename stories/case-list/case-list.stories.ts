// <tz-case-list> in each of its states, in Dutch and English: controlled with cases in a
// property, connected with MSW answers built on openapi/examples/case-list.json. `today` is fixed.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse, delay } from 'msw';
import '../../packages/components/src/provider/define.js';
import '../../packages/components/src/case-list/define.js';
import { LIST_TODAY, listCase, listCases } from '../../packages/components/src/case-list/fixtures.js';
import type { ListCase } from '../../packages/components/src/case-list/list-model.js';
import caseList from '../../openapi/examples/case-list.json';
import reasonList from '../../openapi/examples/reason-list.json';
import schoolList from '../../openapi/examples/school-list.json';
import definitionProfile from '../../openapi/examples/definition-profile.json';
import problem503 from '../../openapi/examples/problem-503.json';

type Scenario = 'region' | 'empty' | 'needToKnow' | 'badData' | 'many';
const SCENARIOS: Record<Scenario, unknown> = {
  region: listCases(26),
  empty: [listCase(1, { signals: [] }), listCase(2, { signals: [] })],
  // What a role without need-to-know might get: no lead details, no derived norm, no activity.
  needToKnow: [
    { id: 'b1f7a2c4-0000-4000-8000-000000000001', status: 'open', pupilRef: 'LVS-2001', school: { brin: '12AB', vestiging: '00' } },
    { id: 'b1f7a2c4-0000-4000-8000-000000000002', status: 'open', school: { brin: '14CD', vestiging: '00' }, signals: [{ type: 'normExceeded' }] },
  ] satisfies ListCase[],
  badData: { items: 'not a list' },
  many: listCases(5000),
};

interface Args {
  lang: 'nl' | 'en';
  scenario: Scenario;
  preset: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/tz-case-list',
  component: 'tz-case-list',
  tags: ['autodocs'],
  args: { lang: 'nl', scenario: 'region', preset: 'needs-attention', width: 1100 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    scenario: { control: 'select', options: Object.keys(SCENARIOS) },
    preset: {
      control: 'select',
      options: ['needs-attention', 'no-lead-holder', 'norm-almost-out', 'norm-exceeded', 'no-activity', 'action-overdue', 'open', 'all'],
    },
    width: { control: { type: 'range', min: 320, max: 1400, step: 10 } },
  },
  render: (args) => html`<div style="max-width:${args.width}px">
    <tz-case-list lang=${args.lang} today=${LIST_TODAY} preset=${args.preset} .cases=${SCENARIOS[args.scenario]}></tz-case-list>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const en = { lang: 'en' as const };
const english = { parameters: { lang: 'en' } };

/** The SWV's worklist: the open cases that need attention now, most urgent norm first. */
export const NeedsAttention: Story = {};
export const NeedsAttentionEnglish: Story = { args: en, ...english };

/** Every open case. */
export const AllOpen: Story = { args: { preset: 'open' } };
export const AllOpenEnglish: Story = { args: { ...en, preset: 'open' }, ...english };

/** Cases without a lead holder. */
export const NoLeadHolder: Story = { args: { preset: 'no-lead-holder' } };
export const NoLeadHolderEnglish: Story = { args: { ...en, preset: 'no-lead-holder' }, ...english };

/** Nothing needs attention. */
export const Empty: Story = { args: { scenario: 'empty' } };
export const EmptyEnglish: Story = { args: { ...en, scenario: 'empty' }, ...english };

/** A role without need-to-know: fields the server leaves out show a dash. */
export const NeedToKnow: Story = { args: { scenario: 'needToKnow', preset: 'all' } };
export const NeedToKnowEnglish: Story = { args: { ...en, scenario: 'needToKnow', preset: 'all' }, ...english };

/** Host data of the wrong shape: a readable error (and a console warning naming the field). */
export const BadData: Story = { args: { scenario: 'badData' } };
export const BadDataEnglish: Story = { args: { ...en, scenario: 'badData' }, ...english };

/** 5,000 cases: one page rendered, "show more" for the next. */
export const FiveThousand: Story = { args: { scenario: 'many', preset: 'open' } };

/** 320 px wide: one card per case. */
export const Narrow: Story = { args: { width: 320 } };
export const NarrowEnglish: Story = { args: { ...en, width: 320 }, ...english };

export const Dark: Story = { parameters: { scheme: 'dark' } };

// ---- connected (MSW) ----------------------------------------------------------------------

const reference = [
  http.get('*/v1/reasons', () => HttpResponse.json(reasonList)),
  http.get('*/v1/schools', () => HttpResponse.json(schoolList)),
  http.get('*/v1/definition-profile', () => HttpResponse.json(definitionProfile)),
];
const cases = [http.get('*/v1/cases', () => HttpResponse.json({ ...caseList, nextCursor: null }))];

const connected = (args: Args) => html`<tz-provider base-url="/v1" .getToken=${() => 'story-token'} lang=${args.lang}>
  <div style="max-width:${args.width}px"><tz-case-list today=${LIST_TODAY} preset="all"></tz-case-list></div>
</tz-provider>`;

export const Connected: Story = { render: connected, parameters: { msw: { handlers: [...reference, ...cases] } } };
export const ConnectedEnglish: Story = { render: connected, args: en, parameters: { lang: 'en', msw: { handlers: [...reference, ...cases] } } };

const loadingHandlers = [
  ...reference,
  http.get('*/v1/cases', async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
];
export const Loading: Story = { render: connected, parameters: { msw: { handlers: loadingHandlers } } };
export const LoadingEnglish: Story = { render: connected, args: en, parameters: { lang: 'en', msw: { handlers: loadingHandlers } } };

const errorHandlers = [
  ...reference,
  http.get('*/v1/cases', () => HttpResponse.json(problem503, { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '0' } })),
];
export const LoadError: Story = { render: connected, parameters: { msw: { handlers: errorHandlers } } };
export const LoadErrorEnglish: Story = { render: connected, args: en, parameters: { lang: 'en', msw: { handlers: errorHandlers } } };

const forbidden = { type: 'https://thuiszitters.nl/problems/forbidden', title: 'Geen toegang', status: 403, detail: 'Deze rol mag geen casussen zien.' };
const forbiddenHandlers = [...reference, http.get('*/v1/cases', () => HttpResponse.json(forbidden, { status: 403, headers: { 'Content-Type': 'application/problem+json' } }))];
export const Forbidden: Story = { render: connected, parameters: { msw: { handlers: forbiddenHandlers } } };
export const ForbiddenEnglish: Story = { render: connected, args: en, parameters: { lang: 'en', msw: { handlers: forbiddenHandlers } } };

/** No `<tz-provider>` and no client: says there is no connection. */
export const NoClient: Story = { render: (args) => html`<tz-case-list lang=${args.lang} today=${LIST_TODAY}></tz-case-list>` };
export const NoClientEnglish: Story = { render: (args) => html`<tz-case-list lang=${args.lang} today=${LIST_TODAY}></tz-case-list>`, args: en, ...english };
