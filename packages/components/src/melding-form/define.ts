import type { Case } from '@thuiszitters/sdk';
import { defineElement } from '../base/define.js';
import { TzMeldingFormElement, type MeldingInvalidDetail, type MeldingSubmitDetail } from './melding-form.element.js';

export { TzMeldingFormElement };
defineElement('tz-melding-form', TzMeldingFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'tz-melding-form': TzMeldingFormElement;
  }
  interface GlobalEventHandlersEventMap {
    'tz-melding-created': CustomEvent<{ case: Case }>;
    'tz-melding-updated': CustomEvent<{ case: Case }>;
    'tz-melding-submit': CustomEvent<MeldingSubmitDetail>;
    'tz-melding-invalid': CustomEvent<MeldingInvalidDetail>;
  }
}
