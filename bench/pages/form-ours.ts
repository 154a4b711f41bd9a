// Our <tz-melding-form> without a client (controlled: it would emit tz-melding-submit), prefilled
// so the live classification feedback shows from the first render.
import '@thuiszitters/components/melding-form.js';
import type { TzMeldingFormElement } from '@thuiszitters/components';
import { expose } from './frame.js';
import { TODAY, absenceDates, loadTimes, typeAndWait, type Typed } from './form-timing.js';

const form = document.createElement('tz-melding-form') as TzMeldingFormElement;
form.lang = 'nl';
form.pupilRef = 'LVS-BENCH-0001';
form.today = TODAY;
form.prefill = { birthYearMonth: '2012-03', absence: { enrolled: true, authorised: false, firstDayOfAbsence: '2026-09-07' } } as TzMeldingFormElement['prefill'];
document.getElementById('host')!.append(form);
await form.updateComplete;

const input = () => form.renderRoot.querySelector<HTMLInputElement>('input[data-field="firstDayOfAbsence"]')!;
const feedback = () => form.renderRoot.querySelector('[part~="feedback"]')!;
const loaded = await loadTimes(input, feedback);

expose({
  loaded: () => loaded,
  async type(count: number) {
    const times: Typed[] = [];
    for (const date of absenceDates(count)) times.push(await typeAndWait(input(), date, feedback()));
    return times;
  },
});
