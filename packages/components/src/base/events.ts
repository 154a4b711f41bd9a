// Every event a <tz-*> element fires, with its detail: `emit` is typed against this one map (as
// Shoelace's event map), and hosts get typed `addEventListener('tz-…', e => e.detail)`.
import type { Case } from '@thuiszitters/sdk';
import type {
  CaseTimelineAddDetail,
  CaseTimelineAddedDetail,
  CaseTimelineAddErrorDetail,
  CaseTimelineReopenDetail,
  CaseTimelineReopenedDetail,
} from '../case-timeline/case-timeline.element.js';
import type { CaseListFilterChangeDetail, CaseSelectedDetail } from '../case-list/case-list.element.js';
import type { FilterRequestedDetail } from '../dashboard/dashboard.element.js';
import type { MeldingInvalidDetail, MeldingSubmitDetail } from '../melding-form/melding-form.element.js';
import type { ExportDetail } from '../reason-chart/reason-chart.element.js';
import type { RoutekaartPointChangeDetail, RoutekaartSavedDetail } from '../routekaart-checklist/routekaart-checklist.element.js';
import type { PeriodChangeDetail, ReasonScopeChangeDetail, SchoolSelectedDetail } from '../shared/selection.js';

export interface TzEventMap {
  'tz-school-selected': SchoolSelectedDetail;
  'tz-period-change': PeriodChangeDetail;
  'tz-reason-scope-change': ReasonScopeChangeDetail;
  'tz-chart-export': ExportDetail;
  'tz-reference-data-error': { error: unknown };
  'tz-melding-submit': MeldingSubmitDetail;
  'tz-melding-invalid': MeldingInvalidDetail;
  'tz-melding-created': { case: Case };
  'tz-melding-updated': { case: Case };
  'tz-routekaart-point-change': RoutekaartPointChangeDetail;
  'tz-routekaart-saved': RoutekaartSavedDetail;
  'tz-event-add': CaseTimelineAddDetail;
  'tz-event-added': CaseTimelineAddedDetail;
  'tz-event-add-error': CaseTimelineAddErrorDetail;
  'tz-case-reopen': CaseTimelineReopenDetail;
  'tz-case-reopened': CaseTimelineReopenedDetail;
  'tz-case-selected': CaseSelectedDetail;
  'tz-filter-change': CaseListFilterChangeDetail;
  'tz-filter-requested': FilterRequestedDetail;
}

export type TzEventName = keyof TzEventMap;

/** Each event as the DOM delivers it. */
type TzCustomEvents = { [K in TzEventName]: CustomEvent<TzEventMap[K]> };

declare global {
  // Mutable like lib.dom's maps: a readonly property is not identical to the same event declared
  // in GlobalEventHandlersEventMap (each define.ts), and TypeScript refuses the merge (TS2320).
  interface HTMLElementEventMap extends TzCustomEvents {}
}
