import { defineElement } from '../base/define.js';
import {
  TzReasonChartElement,
  type ExportDetail,
  type PeriodChangeDetail,
  type ReasonScopeChangeDetail,
  type SchoolSelectedDetail,
} from './reason-chart.element.js';

export { TzReasonChartElement };
defineElement('tz-reason-chart', TzReasonChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'tz-reason-chart': TzReasonChartElement;
  }
  interface GlobalEventHandlersEventMap {
    'tz-school-selected': CustomEvent<SchoolSelectedDetail>;
    'tz-period-change': CustomEvent<PeriodChangeDetail>;
    'tz-reason-scope-change': CustomEvent<ReasonScopeChangeDetail>;
    'tz-chart-export': CustomEvent<ExportDetail>;
  }
}
