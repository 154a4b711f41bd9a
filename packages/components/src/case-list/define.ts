import { defineElement } from '../base/define.js';
import { TzCaseListElement, type CaseListFilterChangeDetail, type CaseSelectedDetail } from './case-list.element.js';

export { TzCaseListElement };
defineElement('tz-case-list', TzCaseListElement);

declare global {
  interface HTMLElementTagNameMap {
    'tz-case-list': TzCaseListElement;
  }
  interface GlobalEventHandlersEventMap {
    'tz-case-selected': CustomEvent<CaseSelectedDetail>;
    'tz-filter-change': CustomEvent<CaseListFilterChangeDetail>;
  }
}
