// Classes and types only: importing this registers no tag (use the per-element entries,
// `@thuiszitters/components/all.js`, or the drop-in bundle for that).
export { TzElement } from './base/tz-element.js';
export { defineElement, KIT_VERSION } from './base/define.js';
export { TzProviderElement } from './provider/provider.element.js';
export { clientContext, localeContext, referenceDataContext, type ReferenceData } from './context/contexts.js';
export { type Locale } from './i18n/locale.js';
export {
  TzRoutekaartChecklistElement,
  type RoutekaartPointChangeDetail,
  type RoutekaartSavedDetail,
} from './routekaart-checklist/routekaart-checklist.element.js';
export { type RoutekaartFigures } from './routekaart-checklist/figures.js';
export {
  TzCaseTimelineElement,
  type CaseTimelineAddDetail,
  type CaseTimelineAddedDetail,
  type CaseTimelineAddErrorDetail,
} from './case-timeline/case-timeline.element.js';
export {
  TzMeldingFormElement,
  type MeldingSubmitDetail,
  type MeldingInvalidDetail,
} from './melding-form/melding-form.element.js';
export { type MeldingValues, type MeldingPrefill, type FieldKey as MeldingFieldKey } from './melding-form/form-model.js';
export {
  TzReasonChartElement,
  type ReasonScope,
  type ExportFormat,
  type SchoolSelectedDetail,
  type PeriodChangeDetail,
  type ReasonScopeChangeDetail,
  type ExportDetail as ReasonChartExportDetail,
} from './reason-chart/reason-chart.element.js';
export { type PeriodPreset, type ComparisonMode } from './shared/period.js';
export { TzDashboardElement, type ContextFigure, type FilterRequestedDetail } from './dashboard/dashboard.element.js';
export {
  TzCaseListElement,
  type CaseSelectedDetail,
  type CaseListFilterChangeDetail,
} from './case-list/case-list.element.js';
export {
  PRESETS as CASE_LIST_PRESETS,
  type CaseListFilter,
  type CaseListPreset,
  type CaseListSort,
  type ListCase,
  type ListSignal,
} from './case-list/list-model.js';
