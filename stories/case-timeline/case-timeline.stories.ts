// <tz-case-timeline>: every state in Dutch and English, without a server. Controlled stories
// build their data in the story; connected ones answer the API with MSW handlers fed by the
// contract's examples (openapi/examples).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse, delay } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../../packages/components/src/provider/define.js';
import '../../packages/components/src/case-timeline/define.js';
import { makeCase, makeEvent, manyEvents, storyEvents } from '../../packages/components/src/case-timeline/test-helpers.js';
import caseExample from '../../openapi/examples/case.json';
import caseClosedExample from '../../openapi/examples/case-closed.json';
import eventListExample from '../../openapi/examples/case-event-list.json';
import definitionProfile from '../../openapi/examples/definition-profile.json';
import schoolList from '../../openapi/examples/school-list.json';
import reasonList from '../../openapi/examples/reason-list.json';
import problem403 from '../../openapi/examples/problem-403.json';
import problem404 from '../../openapi/examples/problem-404.json';
import problem500 from '../../openapi/examples/problem-500.json';

type Scenario = 'filled' | 'running' | 'almostOut' | 'exceeded' | 'met' | 'empty' | 'badData' | 'long';

interface Args {
  scenario: Scenario;
  today: string;
  canAdd: boolean;
  order: 'newest' | 'oldest';
}

/** The case and events of each controlled scenario (dates chosen so each norm state shows). */
function scenarioData(scenario: Scenario): { case: unknown; events: unknown } {
  switch (scenario) {
    case 'running':
      return { case: makeCase({ firstDayOfAbsence: '2025-11-30', lead: null }), events: [makeEvent('signalReceived', '2025-12-01', 'Signaal van de mentor.')] };
    case 'almostOut':
      return {
        case: makeCase({ firstDayOfAbsence: '2025-11-30' }),
        events: [
          makeEvent('signalReceived', '2025-12-01', 'Signaal van de mentor.'),
          makeEvent('leadAssigned', '2026-01-05', 'SWV-consulent neemt de regie.', {
            role: 'swv',
            data: { lead: { organisation: 'Samenwerkingsverband Voorbeeldregio', role: 'swv', name: 'Fatima El Amrani', since: '2026-01-05' } },
          }),
          makeEvent('meetingHeld', '2026-02-02', 'Thuiszitterstafel: nog geen plek gevonden.', {
            role: 'swv',
            data: { meetingType: 'thuiszitterstafel', participants: ['school', 'swv', 'leerplicht', 'ouders'], pupilHeard: false },
          }),
        ],
      };
    case 'exceeded':
      return { case: makeCase({ firstDayOfAbsence: '2026-05-31' }), events: [makeEvent('signalReceived', '2026-06-02', 'Signaal van de mentor.')] };
    case 'met':
      return {
        case: makeCase({ firstDayOfAbsence: '2025-11-30', offer: { type: 'maatwerkDeeltijd', startDate: '2026-02-16', hoursPerWeek: 8 } }),
        events: [
          makeEvent('signalReceived', '2025-12-01', 'Signaal van de mentor.'),
          makeEvent('offerMade', '2026-02-10', 'Maatwerktraject van 8 uur per week.', {
            role: 'swv',
            data: { offer: { type: 'maatwerkDeeltijd', startDate: '2026-02-16', hoursPerWeek: 8 } },
          }),
        ],
      };
    case 'empty':
      return { case: makeCase({ firstDayOfAbsence: '2026-11-16', lead: null }), events: [] };
    case 'badData':
      return { case: makeCase(), events: [{ id: 'x', type: 'note', occurredOn: '12-10-2026' }] };
    case 'long':
      return { case: makeCase({ firstDayOfAbsence: '2021-01-04' }), events: manyEvents(2000) };
    default:
      return { case: makeCase(), events: storyEvents() };
  }
}

const meta: Meta<Args> = {
  title: 'Elements/<tz-case-timeline>',
  component: 'tz-case-timeline',
  args: { scenario: 'filled', today: '2026-11-22', canAdd: false, order: 'newest' },
  argTypes: {
    scenario: { control: 'select', options: ['filled', 'running', 'almostOut', 'exceeded', 'met', 'empty', 'badData', 'long'] },
    order: { control: 'inline-radio', options: ['newest', 'oldest'] },
  },
  render: (args) => {
    const data = scenarioData(args.scenario);
    return html`<tz-case-timeline
      today=${args.today}
      order=${args.order}
      ?can-add=${args.canAdd}
      .case=${data.case}
      .events=${data.events}
    ></tz-case-timeline>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const en = { parameters: { lang: 'en' } };

export const Filled: Story = {};
export const FilledEnglish: Story = { ...en };
export const NormRunning: Story = { args: { scenario: 'running', today: '2026-01-10' } };
export const NormRunningEnglish: Story = { ...en, args: { scenario: 'running', today: '2026-01-10' } };
export const NormAlmostOut: Story = { args: { scenario: 'almostOut', today: '2026-02-20' } };
export const NormAlmostOutEnglish: Story = { ...en, args: { scenario: 'almostOut', today: '2026-02-20' } };
export const NormExceededWithDerivedEvents: Story = { args: { scenario: 'exceeded', today: '2026-09-10' } };
export const NormExceededWithDerivedEventsEnglish: Story = { ...en, args: { scenario: 'exceeded', today: '2026-09-10' } };
export const NormMet: Story = { args: { scenario: 'met', today: '2026-03-10' } };
export const NormMetEnglish: Story = { ...en, args: { scenario: 'met', today: '2026-03-10' } };
export const OldestFirst: Story = { args: { order: 'oldest' } };
export const OldestFirstEnglish: Story = { ...en, args: { order: 'oldest' } };
export const Empty: Story = { args: { scenario: 'empty' } };
export const EmptyEnglish: Story = { ...en, args: { scenario: 'empty' } };
export const BadHostData: Story = { args: { scenario: 'badData' } };
export const BadHostDataEnglish: Story = { ...en, args: { scenario: 'badData' } };
export const Adding: Story = { args: { canAdd: true } };
export const AddingEnglish: Story = { ...en, args: { canAdd: true } };
export const TwoThousandEvents: Story = { args: { scenario: 'long' } };
export const TwoThousandEventsEnglish: Story = { ...en, args: { scenario: 'long' } };

// ── connected: a provider and a mocked API ──────────────────────────────────

const caseId = caseExample.id;
const referenceHandlers = [
  http.get('*/v1/reasons', () => HttpResponse.json(reasonList)),
  http.get('*/v1/schools', () => HttpResponse.json(schoolList)),
  http.get('*/v1/definition-profile', () => HttpResponse.json(definitionProfile)),
];
const problem = (body: { status: number }) =>
  HttpResponse.json(body, { status: body.status, headers: { 'Content-Type': 'application/problem+json' } });

/** A connected story; `shows` is a text the element must reach (checked by the story sweep). */
const connected = (handlers: unknown[], shows: string, lang?: 'en'): Story => ({
  ...(lang ? en : {}),
  parameters: { ...(lang ? en.parameters : {}), msw: { handlers: [...referenceHandlers, ...handlers] } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('tz-case-timeline')!;
    await waitFor(() => expect(el.shadowRoot!.textContent).toContain(shows), { timeout: 5000 });
  },
  render: () =>
    html`<tz-provider base-url="/api/v1" .getToken=${() => 'story-token'}>
      <tz-case-timeline case-id=${caseId} today="2026-11-22" can-add></tz-case-timeline>
    </tz-provider>`,
});

const loadedHandlers = [
  http.get('*/v1/cases/:caseId', () => HttpResponse.json(caseExample)),
  http.get('*/v1/cases/:caseId/events', () => HttpResponse.json(eventListExample)),
  http.post('*/v1/cases/:caseId/events', async ({ request }) => {
    const body = (await request.json()) as { type: string; occurredOn: string; summary?: string; data?: object };
    return HttpResponse.json(
      {
        id: crypto.randomUUID(),
        caseId,
        type: body.type,
        occurredOn: body.occurredOn,
        recordedAt: new Date().toISOString(),
        actor: { organisation: '12AB00', role: 'school', name: 'Joris de Vries' },
        summary: body.summary ?? '',
        data: body.data ?? {},
        derived: false,
      },
      { status: 201 },
    );
  }),
];

export const ConnectedLoaded = connected(loadedHandlers, 'Casus LVS-7F3K-2291');

// A closed case offers "Casus heropenen" (issue 15); reopening answers the open case.
const closedHandlers = [
  http.get('*/v1/cases/:caseId', () => HttpResponse.json(caseClosedExample)),
  http.get('*/v1/cases/:caseId/events', () => HttpResponse.json(eventListExample)),
  http.delete('*/v1/cases/:caseId/closure', () => HttpResponse.json(caseExample)),
];
export const ConnectedClosedCanReopen = connected(closedHandlers, 'Casus heropenen');
export const ConnectedClosedCanReopenEnglish = connected(closedHandlers, 'Reopen case', 'en');
export const ConnectedLoadedEnglish = connected(loadedHandlers, 'Case LVS-7F3K-2291', 'en');
const loadingHandlers = [
  http.get('*/v1/cases/:caseId', async () => (await delay('infinite'), HttpResponse.json(caseExample))),
  http.get('*/v1/cases/:caseId/events', async () => (await delay('infinite'), HttpResponse.json(eventListExample))),
];
export const ConnectedLoading = connected(loadingHandlers, 'Tijdlijn wordt geladen');
export const ConnectedLoadingEnglish = connected(loadingHandlers, 'Loading the timeline', 'en');
// A long case: the newest page is shown while the older pages are still coming (held here), or
// after they failed (with a retry).
const firstPageOnly = (older: () => Promise<Response>) => [
  http.get('*/v1/cases/:caseId', () => HttpResponse.json(caseExample)),
  http.get('*/v1/cases/:caseId/events', ({ request }) =>
    new URL(request.url).searchParams.has('cursor') ? older() : HttpResponse.json({ ...eventListExample, nextCursor: 'b2xkZXI' }),
  ),
];
const olderLoadingHandlers = firstPageOnly(async () => (await delay('infinite'), HttpResponse.json(eventListExample)));
export const ConnectedLongCaseOlderLoading = connected(olderLoadingHandlers, 'oudere worden geladen');
export const ConnectedLongCaseOlderLoadingEnglish = connected(olderLoadingHandlers, 'loading older ones', 'en');
const olderFailedHandlers = firstPageOnly(async () => problem(problem500));
export const ConnectedLongCaseOlderFailed = connected(olderFailedHandlers, 'Oudere gebeurtenissen konden niet worden geladen');
export const ConnectedLongCaseOlderFailedEnglish = connected(olderFailedHandlers, 'Older events could not be loaded', 'en');
const eventsHandler = http.get('*/v1/cases/:caseId/events', () => HttpResponse.json(eventListExample));
const errorHandlers = [http.get('*/v1/cases/:caseId', () => problem(problem500)), eventsHandler];
export const ConnectedError = connected(errorHandlers, 'De tijdlijn kon niet worden geladen');
export const ConnectedErrorEnglish = connected(errorHandlers, 'The timeline could not be loaded', 'en');
const forbiddenHandlers = [http.get('*/v1/cases/:caseId', () => problem(problem403)), eventsHandler];
export const ConnectedForbidden = connected(forbiddenHandlers, 'Geen toegang');
export const ConnectedForbiddenEnglish = connected(forbiddenHandlers, 'No access', 'en');
const notFoundHandlers = [http.get('*/v1/cases/:caseId', () => problem(problem404)), eventsHandler];
export const ConnectedNotFound = connected(notFoundHandlers, 'Casus niet gevonden');
export const ConnectedNotFoundEnglish = connected(notFoundHandlers, 'Case not found', 'en');
