// Every element in the appearances a designer must judge beside the states of its own stories:
// dark, a narrow 320 px column and long texts, each in Dutch and English. The variants reuse the elements'
// own stories (same data, same mocked API), so they stay in step with them.
// Forced colours (Windows high contrast) cannot be switched on from inside a page: use the
// browser's rendering emulation (DevTools → Rendering → forced-colors: active); each element's
// browser tests check that mode with emulateMedia.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { makeCase, makeEvent } from '../../packages/components/src/case-timeline/test-helpers.js';
import meldingMeta, * as melding from '../melding-form/melding-form.stories';
import timelineMeta, * as timeline from '../case-timeline/case-timeline.stories';
import chartMeta, * as chart from '../reason-chart/reason-chart.stories';
import dashboardMeta, * as dashboard from '../dashboard/dashboard.stories';
import routekaartMeta, * as routekaart from '../routekaart-checklist/routekaart-checklist.stories';

interface Appearance {
  lang: 'nl' | 'en';
  scheme: 'light' | 'dark';
  /** Width of the column the element sits in, in CSS pixels. */
  width?: number;
}

/** A story of another file, in the given appearance: its meta's render, args and handlers included. */
function variant<A>(meta: Meta<A>, story: StoryObj<A>, { lang, scheme, width }: Appearance): StoryObj {
  const args: Record<string, unknown> = { ...(meta.args ?? {}), ...(story.args ?? {}) };
  if ('lang' in args) args.lang = lang;
  if (width && 'width' in args) args.width = width;
  const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  const composed: StoryObj<A> = {
    ...story,
    render: story.render ?? meta.render,
    args: args as StoryObj<A>['args'],
    argTypes: { ...(meta.argTypes ?? {}), ...(story.argTypes ?? {}) } as StoryObj<A>['argTypes'],
    decorators: [...list(story.decorators), ...list(meta.decorators)],
    loaders: [...list(meta.loaders), ...list(story.loaders)],
    parameters: { ...(meta.parameters ?? {}), ...(story.parameters ?? {}), lang, scheme, frameWidth: width },
  };
  // Exported without the other file's Args type, which is private to it.
  return composed as unknown as StoryObj;
}

export default {
  title: 'Weergaven (donker, smal, lange teksten, Engels)',
  parameters: { layout: 'padded' },
} satisfies Meta;

const dark: Appearance = { lang: 'nl', scheme: 'dark' };
const darkEn: Appearance = { lang: 'en', scheme: 'dark' };
const narrow: Appearance = { lang: 'nl', scheme: 'light', width: 320 };
const narrowEn: Appearance = { lang: 'en', scheme: 'light', width: 320 };

export const MeldingFormDark = variant(meldingMeta, melding.Prefilled, dark);
export const MeldingFormDarkEnglish = variant(meldingMeta, melding.Prefilled, darkEn);
export const MeldingFormNarrow = variant(meldingMeta, melding.InvalidWithSummary, narrow);
export const MeldingFormNarrowEnglish = variant(meldingMeta, melding.InvalidWithSummary, narrowEn);

export const CaseTimelineDark = variant(timelineMeta, timeline.Filled, dark);
export const CaseTimelineDarkEnglish = variant(timelineMeta, timeline.Filled, darkEn);
export const CaseTimelineNarrow = variant(timelineMeta, timeline.NormExceededWithDerivedEvents, narrow);
export const CaseTimelineNarrowEnglish = variant(timelineMeta, timeline.NormExceededWithDerivedEvents, narrowEn);

export const ReasonChartDark = variant(chartMeta, chart.SmallCells, dark);
export const ReasonChartDarkEnglish = variant(chartMeta, chart.SmallCells, darkEn);
export const ReasonChartNarrow = variant(chartMeta, chart.Region, narrow);
export const ReasonChartNarrowEnglish = variant(chartMeta, chart.Region, narrowEn);

export const DashboardDark = variant(dashboardMeta, dashboard.Region, dark);
export const DashboardDarkEnglish = variant(dashboardMeta, dashboard.Region, darkEn);
export const DashboardNarrow = variant(dashboardMeta, dashboard.Region, narrow);
export const DashboardNarrowEnglish = variant(dashboardMeta, dashboard.Region, narrowEn);

export const RoutekaartDark = variant(routekaartMeta, routekaart.SixOfTen, dark);
export const RoutekaartDarkEnglish = variant(routekaartMeta, routekaart.SixOfTen, darkEn);
export const RoutekaartNarrow = variant(routekaartMeta, routekaart.SixOfTen, narrow);
export const RoutekaartNarrowEnglish = variant(routekaartMeta, routekaart.SixOfTen, narrowEn);

// ── Long texts: names, wishes and summaries as long as real ones get ─────────────────────────
const LONG_WISHES =
  'Wil graag terug naar school, maar niet naar de grote klas: liever een kleine groep met een vaste mentor, ' +
  'eerst twee ochtenden per week, en een rustige plek om te werken als het te druk wordt in de aula of de kantine.';
const LONG_ORGANISATION = 'Stichting Regionaal Expertisecentrum voor Passend Onderwijs en Jeugdhulp Voorbeeldregio-Noord';

const longPrefill = {
  birthYearMonth: '2012-03',
  school: { brin: '12AB', vestiging: '00' },
  schoolType: 'vo',
  municipalityCode: 'GM9901',
  absence: { enrolled: true, firstDayOfAbsence: '2026-09-07', authorised: false, exemption: null, duoReportNumber: 'DUO-2026-000000123456789' },
  reasons: { primary: 'onvoldoende-ondersteuning', secondary: ['wachten-onderwijsplek', 'ontwikkeling-gedrag', 'pesten'] },
  lead: { organisation: LONG_ORGANISATION, role: 'zorgaanbieder', name: 'Maria-Magdalena van den Heuvel-Ouwerkerk', since: '2026-10-01' },
  voice: {
    pupil: { wishes: LONG_WISHES, heardOn: '2026-10-12', notHeardReason: null },
    parents: { wishes: null, heardOn: null, notHeardReason: 'Ouders waren verhinderd door werk in ploegendienst; een nieuw gesprek is gepland na de herfstvakantie.' },
  },
  notes: LONG_WISHES.repeat(3),
};

/** The long texts really show (not an error state), inside the element. */
const showsLongTexts = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector('tz-melding-form, tz-case-timeline') as HTMLElement;
  // Shown as text (timeline) or as the value of a field (form).
  const shown = () =>
    `${el.shadowRoot?.textContent ?? ''} ${[...(el.shadowRoot?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? [])].map((f) => f.value).join(' ')}`;
  await waitFor(() => expect(shown()).toContain('Maria-Magdalena van den Heuvel-Ouwerkerk'));
  expect(shown()).toContain('een rustige plek om te werken');
};

const longTimeline = () => {
  const kase = makeCase({
    firstDayOfAbsence: '2026-09-07',
    lead: { organisation: LONG_ORGANISATION, role: 'zorgaanbieder', name: 'Maria-Magdalena van den Heuvel-Ouwerkerk', since: '2026-10-01' },
  });
  const events = [
    makeEvent('signalReceived', '2026-09-08', `Signaal van de mentor: ${LONG_WISHES}`, { organisation: LONG_ORGANISATION }),
    makeEvent('meetingHeld', '2026-10-12', `Multidisciplinair overleg met ouders, school, leerplicht en jeugdhulp. ${LONG_WISHES}`, {
      role: 'swv',
      organisation: LONG_ORGANISATION,
      data: { meetingType: 'mdo', participants: ['school', 'swv', 'leerplicht', 'jeugdhulp', 'ouders', 'leerling'], pupilHeard: true },
    }),
  ];
  return { kase, events };
};

export const MeldingFormLongTexts: StoryObj = {
  parameters: { lang: 'nl' },
  play: showsLongTexts,
  render: () => html`<tz-melding-form pupil-ref="LVS-2026-VOORBEELDCOLLEGE-HAVENKWARTIER-000123" today="2026-11-22" .prefill=${longPrefill}></tz-melding-form>`,
};
export const MeldingFormLongTextsEnglish: StoryObj = {
  parameters: { lang: 'en' },
  play: showsLongTexts,
  render: () => html`<tz-melding-form lang="en" pupil-ref="LVS-2026-VOORBEELDCOLLEGE-HAVENKWARTIER-000123" today="2026-11-22" .prefill=${longPrefill}></tz-melding-form>`,
};
export const CaseTimelineLongTexts: StoryObj = {
  parameters: { lang: 'nl', frameWidth: 320 },
  play: showsLongTexts,
  render: () => {
    const { kase, events } = longTimeline();
    return html`<tz-case-timeline today="2026-11-22" .case=${kase} .events=${events}></tz-case-timeline>`;
  },
};
export const CaseTimelineLongTextsEnglish: StoryObj = {
  parameters: { lang: 'en', frameWidth: 320 },
  play: showsLongTexts,
  render: () => {
    const { kase, events } = longTimeline();
    return html`<tz-case-timeline lang="en" today="2026-11-22" .case=${kase} .events=${events}></tz-case-timeline>`;
  },
};
