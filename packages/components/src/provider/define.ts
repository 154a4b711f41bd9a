import { defineElement } from '../base/define.js';
import { TzProviderElement } from './provider.element.js';

export { TzProviderElement };
defineElement('tz-provider', TzProviderElement);

declare global {
  interface HTMLElementTagNameMap {
    'tz-provider': TzProviderElement;
  }
  interface GlobalEventHandlersEventMap {
    'tz-reference-data-error': CustomEvent<{ error: unknown }>;
  }
}
