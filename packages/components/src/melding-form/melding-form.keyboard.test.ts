import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MeldingSubmitDetail, TzMeldingFormElement } from './melding-form.element.js';
import { $, PUPIL, mountForm } from './test-helpers.js';

/** Presses Tab until the control with `id` has focus: proves it is reachable by keyboard. */
async function tabTo(el: TzMeldingFormElement, id: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (el.shadowRoot!.activeElement?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach #${id} with Tab (focus is on #${el.shadowRoot!.activeElement?.id})`);
}

describe('<tz-melding-form> by keyboard alone', () => {
  it('can be completed and sent with Tab, typing, Space, arrows and Enter', async () => {
    const el = await mountForm();
    $<HTMLInputElement>(el, '#f-birthYearMonth').focus();

    await tabTo(el, 'f-enrolled');
    await sendKeys({ press: 'Space' }); // first radio: "Ja"

    await tabTo(el, 'f-firstDayOfAbsence');
    const dateInput = $<HTMLInputElement>(el, '#f-firstDayOfAbsence');
    // type the date in the order of the browser's date format (segments as the user sees them)
    const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 8, 7)).filter((p) => p.type !== 'literal').map((p) => p.type);
    const parts: Record<string, string> = { day: '07', month: '09', year: '2026' };
    for (const part of order) await sendKeys({ type: parts[part] });
    expect(dateInput.value).to.equal('2026-09-07');

    await tabTo(el, 'f-authorised');
    await sendKeys({ press: 'ArrowRight' }); // moves to and checks "Nee"

    await tabTo(el, 'f-primaryReason');
    await sendKeys({ type: 'Schoolw' }); // type-ahead on a closed select

    await tabTo(el, 'f-secondaryReasons-pesten');
    await sendKeys({ press: 'Space' });

    await tabTo(el, 'f-notes');
    await sendKeys({ type: 'Alles via toetsenbord.' });

    await tabTo(el, 'f-duoReportNumber', 200);
    await sendKeys({ type: 'DUO-42' });
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const { detail } = (await oneEvent(el, 'tz-melding-submit')) as CustomEvent<MeldingSubmitDetail>;
    expect(detail.payload.pupilRef).to.equal(PUPIL);
    expect(detail.payload.absence).to.deep.equal({ enrolled: true, firstDayOfAbsence: '2026-09-07', authorised: false, exemption: null, duoReportNumber: 'DUO-42' });
    expect(detail.payload.reasons).to.deep.equal({ primary: 'schoolweigering', secondary: ['pesten'] });
    expect(detail.payload.notes).to.equal('Alles via toetsenbord.');
  });

  it('fits a 320px wide viewport without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mountForm();
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
