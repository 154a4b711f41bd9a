import { defineElement } from '../base/define.js';
import {
  TzCaseTimelineElement,
  type CaseTimelineAddDetail,
  type CaseTimelineAddedDetail,
  type CaseTimelineAddErrorDetail,
  type CaseTimelineReopenDetail,
  type CaseTimelineReopenedDetail,
} from './case-timeline.element.js';

export { TzCaseTimelineElement };
defineElement('tz-case-timeline', TzCaseTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'tz-case-timeline': TzCaseTimelineElement;
  }
  interface GlobalEventHandlersEventMap {
    'tz-event-add': CustomEvent<CaseTimelineAddDetail>;
    'tz-event-added': CustomEvent<CaseTimelineAddedDetail>;
    'tz-event-add-error': CustomEvent<CaseTimelineAddErrorDetail>;
    'tz-case-reopen': CustomEvent<CaseTimelineReopenDetail>;
    'tz-case-reopened': CustomEvent<CaseTimelineReopenedDetail>;
  }
}
