import { defineElement } from '../base/define.js';
// The dashboard composes <tz-reason-chart>: registering the dashboard registers the chart too.
import '../reason-chart/define.js';
import { TzDashboardElement, type FilterRequestedDetail } from './dashboard.element.js';
import type { ReportExportDetail } from './reports.js';

export { TzDashboardElement };
defineElement('tz-dashboard', TzDashboardElement);

declare global {
  interface HTMLElementTagNameMap {
    'tz-dashboard': TzDashboardElement;
  }
  interface GlobalEventHandlersEventMap {
    'tz-report-export': CustomEvent<ReportExportDetail>;
    'tz-filter-requested': CustomEvent<FilterRequestedDetail>;
  }
}
