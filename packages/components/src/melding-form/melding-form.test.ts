import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../test-support/axe.js';
import type { MeldingSubmitDetail } from './melding-form.element.js';
import { $, $$, PUPIL, TODAY, completeRequired, fill, mountForm, pick, text, tick } from './test-helpers.js';

describe('<tz-melding-form> rendering', () => {
  it('reads a prefilled first day of absence written the Dutch way (7-9-2026) with the shared date parser', async () => {
    const el = await mountForm(html`<tz-melding-form pupil-ref=${PUPIL} today=${TODAY} first-day-of-absence="7-9-2026"></tz-melding-form>`);
    expect($<HTMLInputElement>(el, '#f-firstDayOfAbsence').value).to.equal('2026-09-07');
  });

  it('renders every section in Dutch, with the pupil reference read-only', async () => {
    const el = await mountForm();
    const legends = $$(el, 'fieldset.section > legend').map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Leerling', 'Verzuim', 'Redenen', 'Regie', 'Stem van leerling en ouders', 'Notities']);
    expect($(el, '.readonly dd').textContent).to.equal(PUPIL);
    expect(el.shadowRoot!.querySelector('input[name="pupilRef"]')).to.equal(null);
    expect($<HTMLInputElement>(el, '#f-birthYearMonth').type).to.equal('month');
    expect($<HTMLInputElement>(el, '#f-birthYearMonth').value).to.equal('2012-03');
    expect($<HTMLInputElement>(el, '#f-school').value).to.equal('12AB00');
    expect($<HTMLSelectElement>(el, '#f-schoolType').value).to.equal('vo');
    expect($<HTMLInputElement>(el, '#f-firstDayOfAbsence').type).to.equal('date');
    expect($$(el, '#f-primaryReason option').length).to.equal(16); // placeholder + 15 reasons
    expect(text(el)).to.contain('Schoolweigering of schoolangst');
    expect($<HTMLFormElement>(el, 'form').noValidate).to.equal(true);
    // every control has a label
    for (const control of $$<HTMLInputElement>(el, 'input, select, textarea')) {
      expect(control.labels?.length ?? 0, control.id).to.be.greaterThan(0);
    }
    await expectNoAxeViolations(el);
  });

  it('renders every section in English', async () => {
    const el = await mountForm(html`<tz-melding-form lang="en" pupil-ref=${PUPIL} today=${TODAY}></tz-melding-form>`);
    const legends = $$(el, 'fieldset.section > legend').map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Pupil', 'Absence', 'Reasons', 'Lead', 'Voice of pupil and parents', 'Notes']);
    expect(text(el)).to.contain('School refusal or school anxiety');
    expect(text(el)).to.contain('Send report');
    expect(text(el)).not.to.contain('Verzuim');
    await expectNoAxeViolations(el);
  });

  it('shows the conditional fields (exemption, heard on, why not) only when they apply', async () => {
    const el = await mountForm();
    expect(el.shadowRoot!.querySelector('#f-exemptionGround')).to.equal(null);
    await tick(el, 'hasExemption');
    expect($(el, '#f-exemptionGround')).to.exist;
    expect($$(el, '#f-exemptionGround option').length).to.equal(7);
    await pick(el, 'pupilHeard', 'yes');
    expect($(el, '#f-pupilHeardOn')).to.exist;
    await pick(el, 'parentsHeard', 'no');
    expect($(el, '#f-parentsNotHeardReason')).to.exist;
    await expectNoAxeViolations(el);
  });

  it('leaves the primary reason out of the secondary list', async () => {
    const el = await mountForm();
    await fill(el, 'primaryReason', 'pesten');
    const secondary = $$<HTMLInputElement>(el, 'input[name="secondaryReasons"]').map((i) => i.value);
    expect(secondary).to.have.length(14);
    expect(secondary).not.to.include('pesten');
  });

  it('shows an error state and warns when the host gives no valid pupil-ref', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      const el = await mountForm(html`<tz-melding-form pupil-ref="123456782" today=${TODAY}></tz-melding-form>`);
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect($(el, '[role="alert"]').textContent).to.contain('leerlingreferentie');
    } finally {
      console.warn = original;
    }
    expect(warnings.join()).to.contain('pupil-ref').and.to.contain('BSN');
  });
});

describe('<tz-melding-form> themes', () => {
  it('in forced-colors mode keeps errors marked by border and text, not by colour alone', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await mountForm();
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await el.updateComplete;
      const summary = getComputedStyle($(el, '[part="error-summary"]'));
      expect(summary.borderTopStyle).to.equal('solid');
      expect(parseFloat(summary.borderTopWidth)).to.be.greaterThan(0);
      const field = getComputedStyle($(el, '#f-firstDayOfAbsence').closest('.field')!);
      expect(parseFloat(field.borderInlineStartWidth)).to.be.greaterThan(0);
      expect($(el, '#f-firstDayOfAbsence-error').textContent).to.contain('Fout:');
      await expectNoAxeViolations(el);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('turns dark through the colour-scheme token', async () => {
    const el = await mountForm();
    const light = getComputedStyle($(el, 'fieldset.section')).backgroundColor;
    el.style.setProperty('--tz-color-scheme', 'dark');
    const dark = getComputedStyle($(el, 'fieldset.section')).backgroundColor;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).to.equal('rgb(29, 31, 35)');
    await expectNoAxeViolations(el);
  });
});

describe('<tz-melding-form> live feedback', () => {
  it('says relatief verzuim with the duty to report at 28 school days and "langdurig relatief verzuim" at 29', async () => {
    const el = await mountForm();
    const live = $(el, '[aria-live="polite"]');
    expect(live.textContent).to.contain('Vul geboortemaand');
    await pick(el, 'enrolled', 'yes');
    await pick(el, 'authorised', 'no');
    // 2026-10-15 … 2026-11-20 without the autumn holiday (midden, 17–25 October) = 28 days.
    await fill(el, 'firstDayOfAbsence', '2026-10-15');
    expect(live.textContent).to.contain('Relatief verzuim: 28 dagen');
    expect(live.textContent).to.contain('Melden bij DUO verplicht: nog niet gemeld');
    expect(live.textContent).not.to.contain('Dreigend');
    expect(live.textContent).to.contain('Langdurig relatief verzuim vanaf 21 november 2026');
    expect(live.textContent).to.contain('De 3-maandennorm loopt af op 15 januari 2027 (nog 56 dagen)');
    expect(live.textContent).not.to.contain('Telt als thuiszitter');
    await fill(el, 'firstDayOfAbsence', '2026-10-14'); // 29 school days
    expect(live.textContent).to.contain('Langdurig relatief verzuim: 29 dagen');
    expect(live.textContent).to.contain('Telt als thuiszitter');
  });

  it('hints that an exemption is not a thuiszitter, in English too', async () => {
    const el = await mountForm(
      html`<tz-melding-form lang="en" pupil-ref=${PUPIL} today=${TODAY} birth-year-month="2012-03"></tz-melding-form>`,
    );
    await pick(el, 'enrolled', 'no');
    // Without enrolment the form does not ask whether the absence is authorised (absoluut verzuim anyway).
    expect(el.shadowRoot!.querySelector('input[name="authorised"]')).to.equal(null);
    await fill(el, 'firstDayOfAbsence', '2026-09-01');
    const live = $(el, '[aria-live="polite"]');
    expect(live.textContent).to.contain('Not enrolled at any school: 72 days'); // 81 days minus the autumn holiday
    await tick(el, 'hasExemption');
    await fill(el, 'exemptionGround', 'vrijstelling5a');
    await fill(el, 'exemptionFrom', '2026-10-01');
    await fill(el, 'exemptionTo', '2027-07-31');
    expect(live.textContent).to.contain('Exempted');
    expect(live.textContent).to.contain('These facts describe an exemption, not a pupil out of school');
  });

  it('does not update the feedback while typing, only on change or blur', async () => {
    const el = await mountForm();
    await pick(el, 'enrolled', 'yes');
    await pick(el, 'authorised', 'no');
    await fill(el, 'firstDayOfAbsence', '2026-10-24');
    const live = $(el, '[aria-live="polite"]');
    const before = live.textContent;
    const input = $<HTMLInputElement>(el, '#f-firstDayOfAbsence');
    input.value = '2026-10-01';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(live.textContent).to.equal(before);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(live.textContent).to.contain('42 dagen'); // 51 days minus the autumn holiday
  });
});

describe('<tz-melding-form> validation', () => {
  it('warns (without blocking) when a note, wish or name holds a number that passes the BSN elfproef', async () => {
    const el = await mountForm();
    await completeRequired(el);
    const notes = $<HTMLTextAreaElement>(el, '#f-notes');
    const region = $(el, '#f-notes-bsn');
    // The polite live region is there before anything is typed, so its first text is announced.
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent!.trim()).to.equal('');
    await fill(el, 'notes', 'Moeder belde; nummer 123.456.789 is het dossier.');
    expect(region.textContent!.trim()).to.equal(''); // fails the elfproef: no warning
    await fill(el, 'notes', 'Moeder noemde 123.456.782 aan de telefoon.');
    expect(region.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Let op: 123.456.782 kan een BSN zijn. Een BSN hoort hier niet: haal het nummer weg.');
    expect(notes.getAttribute('aria-describedby')!.split(' ')).to.include('f-notes-bsn');
    await fill(el, 'pupilWishes', 'Wil terug, 111 222 333');
    expect(text(el, '#f-pupilWishes-bsn')).to.contain('111 222 333 kan een BSN zijn');
    await fill(el, 'leadName', '111222333');
    expect(text(el, '#f-leadName-bsn')).to.contain('111222333 kan een BSN zijn');
    await fill(el, 'leadName', ''); // a lead name alone asks for the other lead fields
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, '#f-notes-bsn')).to.equal('Warning: 123.456.782 could be a citizen service number (BSN). A BSN does not belong here: remove the number.');
    await expectNoAxeViolations(el);
    // A warning, not an error: the report can still be sent.
    const submitted = oneEvent(el, 'tz-melding-submit');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    expect(((await submitted).detail as MeldingSubmitDetail).payload.notes).to.equal('Moeder noemde 123.456.782 aan de telefoon.');
  });

  it('validates a field on blur, not while typing, and clears the error when fixed', async () => {
    const el = await mountForm();
    const input = $<HTMLInputElement>(el, '#f-municipalityCode');
    input.focus();
    input.value = 'Rotterdam';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    input.blur();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = $(el, '#f-municipalityCode-error');
    expect(error.textContent).to.contain('GM en 4 cijfers');
    expect(input.getAttribute('aria-describedby')).to.contain('f-municipalityCode-error');
    await fill(el, 'municipalityCode', 'gm0599');
    expect(input.value).to.equal('GM0599');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.querySelector('#f-municipalityCode-error')).to.equal(null);
  });

  it('after a refused submit shows a summary that takes focus and links to each field', async () => {
    const el = await mountForm();
    let invalid: CustomEvent | undefined;
    el.addEventListener('tz-melding-invalid', (e) => (invalid = e));
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const heading = $(el, '#summary-title');
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(heading.textContent).to.contain('Er zijn 4 fouten gevonden');
    const links = $$<HTMLAnchorElement>(el, '[part="error-summary"] a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#f-enrolled', '#f-firstDayOfAbsence', '#f-authorised', '#f-primaryReason']);
    expect(Object.keys(invalid!.detail.errors)).to.deep.equal(['enrolled', 'firstDayOfAbsence', 'authorised', 'primaryReason']);
    expect($(el, '#f-firstDayOfAbsence-error').textContent).to.contain('Eerste verzuimdag');
    links[1].click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-firstDayOfAbsence'));
    // Enter on a link (real key press) focuses the field too
    links[3].focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-primaryReason'));
    await expectNoAxeViolations(el);
  });

  it('checks dependent fields: exemption end before start, heard-on date in the future', async () => {
    const el = await mountForm();
    await completeRequired(el);
    await tick(el, 'hasExemption');
    await fill(el, 'exemptionGround', 'vrijstelling5a');
    await fill(el, 'exemptionFrom', '2026-10-01');
    await fill(el, 'exemptionTo', '2026-09-01');
    expect($(el, '#f-exemptionTo-error').textContent).to.contain('voor de begindatum');
    await pick(el, 'pupilHeard', 'yes');
    await fill(el, 'pupilHeardOn', '2026-12-01');
    expect($(el, '#f-pupilHeardOn-error').textContent).to.contain('toekomst');
    // unticking the exemption hides its fields and their errors
    await tick(el, 'hasExemption');
    expect(el.shadowRoot!.querySelector('#f-exemptionTo-error')).to.equal(null);
  });

  it('asks for organisation, role and name as soon as any lead field is filled', async () => {
    const el = await mountForm();
    await completeRequired(el);
    await fill(el, 'leadName', 'Fatima El Amrani');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    const links = $$<HTMLAnchorElement>(el, '[part="error-summary"] a').map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#f-leadOrganisation', '#f-leadRole']);
  });
});

describe('<tz-melding-form> controlled mode', () => {
  it('emits tz-melding-submit with the validated CaseCreate payload and a stable idempotency key', async () => {
    const el = await mountForm();
    await completeRequired(el);
    await fill(el, 'duoReportNumber', 'DUO-1');
    await pick(el, 'secondaryReasons', 'pesten');
    await fill(el, 'leadOrganisation', 'SWV Voorbeeld');
    await fill(el, 'leadRole', 'swv');
    await fill(el, 'leadName', 'Fatima El Amrani');
    await pick(el, 'pupilHeard', 'yes');
    await fill(el, 'pupilHeardOn', '2026-10-12');
    await fill(el, 'pupilWishes', 'Eerst een paar uur per week.');
    await pick(el, 'parentsHeard', 'no');
    await fill(el, 'parentsNotHeardReason', 'Nog geen afspraak gelukt.');
    await fill(el, 'notes', '  Begeleiding gestart. ');
    setTimeout(() => $<HTMLButtonElement>(el, 'button[type="submit"]').click());
    const event = await oneEvent(el, 'tz-melding-submit');
    const detail = event.detail as MeldingSubmitDetail;
    expect(detail.payload).to.deep.equal({
      pupilRef: PUPIL,
      birthYearMonth: '2012-03',
      school: { brin: '12AB', vestiging: '00' },
      schoolType: 'vo',
      municipalityCode: 'GM0599',
      absence: { enrolled: true, firstDayOfAbsence: '2026-09-07', authorised: false, exemption: null, duoReportNumber: 'DUO-1' },
      reasons: { primary: 'schoolweigering', secondary: ['pesten'] },
      lead: { organisation: 'SWV Voorbeeld', role: 'swv', name: 'Fatima El Amrani', since: TODAY },
      voice: {
        pupil: { wishes: 'Eerst een paar uur per week.', heardOn: '2026-10-12', notHeardReason: null },
        parents: { wishes: null, heardOn: null, notHeardReason: 'Nog geen afspraak gelukt.' },
      },
      notes: 'Begeleiding gestart.',
    });
    expect(detail.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(detail.caseId).to.equal(null);
    setTimeout(() => $<HTMLButtonElement>(el, 'button[type="submit"]').click());
    const again = await oneEvent(el, 'tz-melding-submit');
    expect((again.detail as MeldingSubmitDetail).idempotencyKey).to.equal(detail.idempotencyKey);
  });

  it('maps server invalidParams (JSON pointers and dotted paths) onto the fields', async () => {
    const el = await mountForm();
    await completeRequired(el);
    await el.showInvalidParams([
      { name: '/absence/firstDayOfAbsence', reason: 'must be on a school day' },
      { name: 'reasons.secondary[0]', reason: 'unknown reason code' },
      { name: '/offer', reason: 'not allowed here' },
    ]);
    await new Promise((r) => requestAnimationFrame(r));
    // The field shows the form's own Dutch text, not the server's English reason.
    expect($(el, '#f-firstDayOfAbsence-error').textContent).to.contain('De server heeft deze waarde niet geaccepteerd: Eerste verzuimdag');
    expect($(el, '#f-firstDayOfAbsence-error').textContent).not.to.contain('must be on a school day');
    expect($(el, '#f-firstDayOfAbsence').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-secondaryReasons-error').textContent).to.contain('De server heeft deze waarde niet geaccepteerd');
    // In English the server's reason sentence follows the form's own words.
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, '#f-firstDayOfAbsence-error').textContent).to.contain('The server did not accept this value:');
    expect($(el, '#f-firstDayOfAbsence-error').textContent).to.contain('must be on a school day');
    el.lang = 'nl';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#summary-title'));
    expect(text(el, '[part="error-summary"]')).to.contain('offer: not allowed here');
    // the server's verdict goes away once the user changes that field
    await fill(el, 'firstDayOfAbsence', '2026-09-08');
    expect(el.shadowRoot!.querySelector('#f-firstDayOfAbsence-error')).to.equal(null);
  });

  it('never submits a host <form> around it; Enter in a text field submits the report', async () => {
    const host = await fixture<HTMLFormElement>(
      html`<form><tz-melding-form pupil-ref=${PUPIL} today=${TODAY} birth-year-month="2012-03" school="12AB00" school-type="vo" municipality="GM0599"></tz-melding-form><button>Host submit</button></form>`,
    );
    let hostSubmits = 0;
    host.addEventListener('submit', (e) => {
      e.preventDefault();
      hostSubmits++;
    });
    // an old-style host script that submits its form on Enter
    host.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') host.requestSubmit();
    });
    const el = host.querySelector('tz-melding-form')!;
    await completeRequired(el);
    $<HTMLInputElement>(el, '#f-duoReportNumber').focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'tz-melding-submit');
    expect((event.detail as MeldingSubmitDetail).payload.pupilRef).to.equal(PUPIL);
    expect(hostSubmits).to.equal(0);
  });
});
