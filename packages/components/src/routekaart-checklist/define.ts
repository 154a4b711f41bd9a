import { defineElement } from '../base/define.js';
import {
  TzRoutekaartChecklistElement,
  type RoutekaartPointChangeDetail,
  type RoutekaartSavedDetail,
} from './routekaart-checklist.element.js';

export { TzRoutekaartChecklistElement };
defineElement('tz-routekaart-checklist', TzRoutekaartChecklistElement);

declare global {
  interface HTMLElementTagNameMap {
    'tz-routekaart-checklist': TzRoutekaartChecklistElement;
  }
  interface GlobalEventHandlersEventMap {
    'tz-routekaart-point-change': CustomEvent<RoutekaartPointChangeDetail>;
    'tz-routekaart-saved': CustomEvent<RoutekaartSavedDetail>;
  }
}
