// Every element in the appearances a designer must judge beside the states of its own stories:
// dark, and a narrow 320 px column, each in Dutch and English. The variants reuse the elements'
// own stories (same data, same mocked API), so they stay in step with them.
// Forced colours (Windows high contrast) cannot be switched on from inside a page: use the
// browser's rendering emulation (DevTools → Rendering → forced-colors: active); each element's
// browser tests check that mode with emulateMedia.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
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
  title: 'Weergaven (donker, smal, Engels)',
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
