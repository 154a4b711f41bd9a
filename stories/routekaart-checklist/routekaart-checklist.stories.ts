// <tz-routekaart-checklist>: every state in Dutch and English, without a server. Controlled
// stories set `.assessment` (and history, changes, figures); connected ones answer the API with
// MSW handlers around a small in-memory assessment store that honours If-Match like the server.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse, delay } from 'msw';
import { problem, referenceHandlers } from '../mocks/handlers.js';
import { waitFor } from 'storybook/test';
import type { RoutekaartAssessment, RoutekaartPointUpdate } from '@thuiszitters/sdk';
import '../../packages/components/src/provider/define.js';
import '../../packages/components/src/routekaart-checklist/define.js';
import { CHANGES, HEADLINE, REASONS, lastYear, makeAssessment, sixInPlace } from '../../packages/components/src/routekaart-checklist/test-helpers.js';
import problem403 from '../../openapi/examples/problem-403.json';
import problem404 from '../../openapi/examples/problem-404.json';
import problem500 from '../../openapi/examples/problem-500.json';

type Scenario = 'filled' | 'fresh' | 'badData';

interface Args {
  scenario: Scenario;
  readonly: boolean;
  figures: boolean;
  history: boolean;
}

function scenarioAssessment(scenario: Scenario): unknown {
  if (scenario === 'fresh') return makeAssessment({ version: 1, assessedOn: '2026-11-20' });
  if (scenario === 'badData') return { id: 'x', version: 1, points: [{ number: 1, status: 'done' }] };
  return sixInPlace();
}

const meta: Meta<Args> = {
  title: 'Elements/<tz-routekaart-checklist>',
  component: 'tz-routekaart-checklist',
  args: { scenario: 'filled', readonly: false, figures: true, history: true },
  argTypes: { scenario: { control: 'select', options: ['filled', 'fresh', 'badData'] } },
  render: (args) => html`<tz-routekaart-checklist
    ?readonly=${args.readonly}
    .assessment=${scenarioAssessment(args.scenario)}
    .history=${args.history ? [sixInPlace(), lastYear()] : []}
    .changes=${args.history ? CHANGES : []}
    .figures=${args.figures ? { headline: HEADLINE, reasons: REASONS } : {}}
  ></tz-routekaart-checklist>`,
};
export default meta;
type Story = StoryObj<Args>;

const en = { parameters: { lang: 'en' } };

/** The element inside the story's canvas (its shadow root holds the checklist). */
function checklist(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector('tz-routekaart-checklist');
  if (!el?.shadowRoot) throw new Error('tz-routekaart-checklist not rendered');
  return el.shadowRoot;
}

export const SixOfTen: Story = {};
export const SixOfTenEnglish: Story = { ...en };
export const NothingStartedYet: Story = { args: { scenario: 'fresh', history: false } };
export const NothingStartedYetEnglish: Story = { ...en, args: { scenario: 'fresh', history: false } };
export const ReadOnly: Story = { args: { readonly: true } };
export const ReadOnlyEnglish: Story = { ...en, args: { readonly: true } };
export const WithoutFigures: Story = { args: { figures: false } };
export const WithoutFiguresEnglish: Story = { ...en, args: { figures: false } };
export const BadHostData: Story = { args: { scenario: 'badData' } };
export const BadHostDataEnglish: Story = { ...en, args: { scenario: 'badData' } };

const comparePlay: Story['play'] = async ({ canvasElement }) => {
  const select = await waitFor(() => {
    const found = checklist(canvasElement).querySelector<HTMLSelectElement>('#compare');
    if (!found) throw new Error('no history select yet');
    return found;
  });
  select.value = lastYear().id;
  select.dispatchEvent(new Event('change'));
  await waitFor(() => {
    if (!checklist(canvasElement).querySelector('[data-comparison]')) throw new Error('no comparison yet');
  });
};
export const HistoryComparison: Story = { play: comparePlay };
export const HistoryComparisonEnglish: Story = { ...en, play: comparePlay };

// ── connected: a provider and a mocked API ──────────────────────────────────


const statisticsHandlers = [
  http.get('*/v1/statistics/headline', () => HttpResponse.json(HEADLINE)),
  http.get('*/v1/statistics/reasons', () => HttpResponse.json(REASONS)),
];

interface StoreOptions {
  /** The first PUT finds that someone else changed point 4, its status too (answers 412 with `current`). */
  conflictOnce?: boolean;
  /** Every PUT is refused for the role (403). */
  forbidWrites?: boolean;
  /** No assessment yet: the list is empty until one is started. */
  empty?: boolean;
}

/** An in-memory assessment store: GET, list, PUT with If-Match, changes, create. */
function store(options: StoreOptions = {}) {
  let assessments: RoutekaartAssessment[] = options.empty ? [] : [sixInPlace(), lastYear()];
  let conflictPending = options.conflictOnce ?? false;
  const byId = (id: string) => assessments.find((a) => a.id === id);
  return [
    http.get('*/v1/routekaart-assessments', () => HttpResponse.json({ items: assessments })),
    http.post('*/v1/routekaart-assessments', async () => {
      const created = makeAssessment({ id: crypto.randomUUID(), version: 1, assessedOn: '2026-11-22' });
      assessments = [created, ...assessments];
      return HttpResponse.json(created, { status: 201, headers: { ETag: '"1"' } });
    }),
    http.get('*/v1/routekaart-assessments/:id', ({ params }) => {
      const found = byId(String(params.id));
      return found ? HttpResponse.json(found, { headers: { ETag: `"${found.version}"` } }) : problem(problem404);
    }),
    http.get('*/v1/routekaart-assessments/:id/changes', () => HttpResponse.json({ items: CHANGES })),
    http.put('*/v1/routekaart-assessments/:id/points/:n', async ({ params, request }) => {
      if (options.forbidWrites) return problem(problem403);
      const found = byId(String(params.id));
      if (!found) return problem(problem404);
      const n = Number(params.n);
      if (conflictPending) {
        conflictPending = false;
        const theirs = { ...found, version: found.version + 1, points: found.points.map((p) => (p.number === 4 ? { ...p, status: 'notStarted' as const, owner: 'Team leerplicht', note: 'Termijnen zijn vastgesteld.', updatedBy: 'Anne de Boer' } : p)) };
        assessments = assessments.map((a) => (a.id === found.id ? theirs : a));
        return problem({ status: 412, title: 'Precondition Failed' } as { status: number }, { current: theirs });
      }
      if (request.headers.get('If-Match') !== `"${found.version}"`) return problem({ status: 412 } as { status: number }, { current: found });
      const update = (await request.json()) as RoutekaartPointUpdate;
      const saved = {
        ...found,
        version: found.version + 1,
        points: found.points.map((p) => (p.number === n ? { ...p, ...update, updatedAt: new Date().toISOString(), updatedBy: 'Fatima El Amrani' } : p)),
      };
      assessments = assessments.map((a) => (a.id === found.id ? saved : a));
      return HttpResponse.json(saved, { headers: { ETag: `"${saved.version}"` } });
    }),
  ];
}

const connected = (handlers: unknown[], lang?: 'en', play?: Story['play']): Story => ({
  ...(lang ? en : {}),
  parameters: { ...(lang ? en.parameters : {}), msw: { handlers: [...referenceHandlers, ...handlers] } },
  render: () =>
    html`<tz-provider base-url="/api/v1" .getToken=${() => 'story-token'}>
      <tz-routekaart-checklist organisation="VO2801"></tz-routekaart-checklist>
    </tz-provider>`,
  play,
});

const waitForPoints: Story['play'] = async ({ canvasElement }) => {
  await waitFor(() => {
    if (!checklist(canvasElement).querySelector('ol.points')) throw new Error('not loaded');
  });
};

export const ConnectedLoaded = connected([...store(), ...statisticsHandlers], undefined, waitForPoints);
export const ConnectedLoadedEnglish = connected([...store(), ...statisticsHandlers], 'en', waitForPoints);

const loadingHandlers = [http.get('*/v1/routekaart-assessments', async () => (await delay('infinite'), HttpResponse.json({ items: [] })))];
export const ConnectedLoading = connected(loadingHandlers);
export const ConnectedLoadingEnglish = connected(loadingHandlers, 'en');

const errorHandlers = [http.get('*/v1/routekaart-assessments', () => problem(problem500))];
export const ConnectedError = connected(errorHandlers);
export const ConnectedErrorEnglish = connected(errorHandlers, 'en');

const forbiddenHandlers = [http.get('*/v1/routekaart-assessments', () => problem(problem403))];
export const ConnectedForbidden = connected(forbiddenHandlers);
export const ConnectedForbiddenEnglish = connected(forbiddenHandlers, 'en');

export const ConnectedEmpty = connected([...store({ empty: true }), ...statisticsHandlers]);
export const ConnectedEmptyEnglish = connected([...store({ empty: true }), ...statisticsHandlers], 'en');

const figuresLoading = [
  http.get('*/v1/statistics/headline', async () => (await delay('infinite'), HttpResponse.json(HEADLINE))),
  http.get('*/v1/statistics/reasons', async () => (await delay('infinite'), HttpResponse.json(REASONS))),
];
export const FiguresLoading = connected([...store(), ...figuresLoading], undefined, waitForPoints);
export const FiguresLoadingEnglish = connected([...store(), ...figuresLoading], 'en', waitForPoints);

const figuresError = [http.get('*/v1/statistics/headline', () => problem(problem500)), http.get('*/v1/statistics/reasons', () => problem(problem500))];
export const FiguresError = connected([...store(), ...figuresError], undefined, waitForPoints);
export const FiguresErrorEnglish = connected([...store(), ...figuresError], 'en', waitForPoints);

/** Clicks "in place" on point 4 and waits for `selector` to appear. */
const clickPoint4 = (selector: string): Story['play'] => async (context) => {
  await waitForPoints(context as never);
  checklist(context.canvasElement).querySelector<HTMLInputElement>('input[name="status-4"][value="inPlace"]')!.click();
  await waitFor(() => {
    if (!checklist(context.canvasElement).querySelector(selector)) throw new Error(`no ${selector} yet`);
  });
};

export const Saved = connected([...store(), ...statisticsHandlers], undefined, clickPoint4('[data-action="undo"]'));
export const SavedEnglish = connected([...store(), ...statisticsHandlers], 'en', clickPoint4('[data-action="undo"]'));
export const Conflict = connected([...store({ conflictOnce: true }), ...statisticsHandlers], undefined, clickPoint4('[data-conflict="4"]'));
export const ConflictEnglish = connected([...store({ conflictOnce: true }), ...statisticsHandlers], 'en', clickPoint4('[data-conflict="4"]'));
export const ReadOnlyAfterForbiddenSave = connected([...store({ forbidWrites: true }), ...statisticsHandlers], undefined, clickPoint4('[data-readonly]'));
export const ReadOnlyAfterForbiddenSaveEnglish = connected([...store({ forbidWrites: true }), ...statisticsHandlers], 'en', clickPoint4('[data-readonly]'));
