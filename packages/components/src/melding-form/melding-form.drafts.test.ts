import { expect, fixture, html } from '@open-wc/testing';
import type { Case } from '@thuiszitters/sdk';
import type { TzMeldingFormElement } from './melding-form.element.js';
import { deepActiveElement } from '../test-support/focus.js';
import { $, $$, PUPIL, TODAY, completeRequired, fill, pick, text } from './test-helpers.js';

const DRAFT_PREFIX = 'tz-melding-form:draft:';
const storedDraftKeys = () => Object.keys(sessionStorage).filter((k) => k.startsWith(DRAFT_PREFIX));

/** Mounts a form; without `draftStorage` the attribute is absent (the element's default). */
async function mount(pupilRef: string, draftStorage?: 'session' | 'memory' | 'none'): Promise<TzMeldingFormElement> {
  const el = await fixture<TzMeldingFormElement>(
    draftStorage
      ? html`<tz-melding-form pupil-ref=${pupilRef} today=${TODAY} draft-storage=${draftStorage}></tz-melding-form>`
      : html`<tz-melding-form pupil-ref=${pupilRef} today=${TODAY}></tz-melding-form>`,
  );
  await el.updateComplete;
  return el;
}

describe('<tz-melding-form> drafts', () => {
  beforeEach(() => storedDraftKeys().forEach((k) => sessionStorage.removeItem(k)));

  it('keeps its answers across disconnect and reconnect', async () => {
    const el = await mount(PUPIL);
    await fill(el, 'birthYearMonth', '2011-05');
    await pick(el, 'enrolled', 'no');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-birthYearMonth').value).to.equal('2011-05');
    expect($<HTMLInputElement>(el, 'input[name="enrolled"][value="no"]').checked).to.equal(true);
  });

  it('with draft-storage="session" restores the draft after a reload, for the same pupil only', async () => {
    const first = await mount('LVS-DRAFT-1', 'session');
    await fill(first, 'birthYearMonth', '2011-05');
    await fill(first, 'notes', 'Nog navragen bij mentor');
    await pick(first, 'authorised', 'no');
    expect(storedDraftKeys()).to.deep.equal([`${DRAFT_PREFIX}new:LVS-DRAFT-1`]);
    first.remove(); // "reload": the element is gone, a new one is made

    const again = await mount('LVS-DRAFT-1', 'session');
    expect($<HTMLInputElement>(again, '#f-birthYearMonth').value).to.equal('2011-05');
    expect($<HTMLTextAreaElement>(again, '#f-notes').value).to.equal('Nog navragen bij mentor');
    expect($<HTMLInputElement>(again, 'input[name="authorised"][value="no"]').checked).to.equal(true);
    expect(text(again, '.notice')).to.contain('teruggezet');

    const other = await mount('LVS-DRAFT-2', 'session');
    expect($<HTMLInputElement>(other, '#f-birthYearMonth').value).to.equal('');
    expect($<HTMLTextAreaElement>(other, '#f-notes').value).to.equal('');
  });

  it('switching the host to another pupil never carries answers over, and keeps each stored draft', async () => {
    const el = await mount('LVS-DRAFT-A', 'session');
    await fill(el, 'notes', 'Over leerling A');
    el.setAttribute('pupil-ref', 'LVS-DRAFT-B');
    await el.updateComplete;
    expect($(el, '.readonly dd').textContent).to.equal('LVS-DRAFT-B');
    expect($<HTMLTextAreaElement>(el, '#f-notes').value).to.equal('');
    await fill(el, 'notes', 'Over leerling B');
    el.setAttribute('pupil-ref', 'LVS-DRAFT-A');
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#f-notes').value).to.equal('Over leerling A');
    expect(storedDraftKeys().sort()).to.deep.equal([`${DRAFT_PREFIX}new:LVS-DRAFT-A`, `${DRAFT_PREFIX}new:LVS-DRAFT-B`]);
  });

  it('by default keeps the draft in sessionStorage, so it survives a reload of the page', async () => {
    const first = await mount('LVS-DRAFT-DEF');
    await fill(first, 'notes', 'Concept na herladen');
    expect(storedDraftKeys()).to.deep.equal([`${DRAFT_PREFIX}new:LVS-DRAFT-DEF`]);
    first.remove();
    const again = await mount('LVS-DRAFT-DEF');
    expect($<HTMLTextAreaElement>(again, '#f-notes').value).to.equal('Concept na herladen');
    expect(text(again, '.notice')).to.contain('teruggezet');
  });

  it('"Concept verwijderen" empties the form, removes the stored draft and keeps focus in the form', async () => {
    const el = await mount('LVS-DRAFT-DEL');
    const discard = () => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Concept verwijderen');
    expect(discard(), 'no draft, no button').to.equal(undefined);
    await fill(el, 'birthYearMonth', '2011-05');
    await fill(el, 'notes', 'Weg ermee');
    expect(storedDraftKeys()).to.have.length(1);
    const button = discard()!;
    expect(button.getAttribute('type')).to.equal('button');
    button.focus();
    button.click();
    await el.updateComplete;
    expect(storedDraftKeys()).to.deep.equal([]);
    expect($<HTMLTextAreaElement>(el, '#f-notes').value).to.equal('');
    expect($<HTMLInputElement>(el, '#f-birthYearMonth').value).to.equal('');
    // The button is gone with the draft: focus went to the first question, not to <body>.
    expect(deepActiveElement()).to.equal($(el, '#f-birthYearMonth'));
    el.lang = 'en';
    await fill(el, 'notes', 'Again');
    expect($$<HTMLButtonElement>(el, 'button').some((b) => b.textContent!.trim() === 'Discard draft')).to.equal(true);
    // Reloaded: nothing of the discarded draft comes back.
    storedDraftKeys().forEach((k) => sessionStorage.removeItem(k));
    el.remove();
    const again = await mount('LVS-DRAFT-DEL');
    expect($<HTMLTextAreaElement>(again, '#f-notes').value).to.equal('');
  });

  it('with draft-storage="memory" (opt-out) stores nothing in browser storage', async () => {
    const first = await mount('LVS-DRAFT-3', 'memory');
    await fill(first, 'notes', 'Gevoelige notitie');
    await pick(first, 'enrolled', 'yes');
    expect(storedDraftKeys()).to.deep.equal([]);
    expect(JSON.stringify(sessionStorage)).not.to.contain('Gevoelige notitie');
    first.remove();
    const again = await mount('LVS-DRAFT-3', 'memory');
    expect($<HTMLTextAreaElement>(again, '#f-notes').value).to.equal('');
  });

  it('keeps the idempotency key with the stored draft and clears both after success', async () => {
    const el = await fixture<TzMeldingFormElement>(
      html`<tz-melding-form pupil-ref="LVS-DRAFT-4" today=${TODAY} draft-storage="session" birth-year-month="2012-03" school="12AB00" school-type="vo" municipality="GM0599"></tz-melding-form>`,
    );
    await completeRequired(el);
    let key = '';
    el.addEventListener('tz-melding-submit', (e) => (key = e.detail.idempotencyKey));
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    const stored = JSON.parse(sessionStorage.getItem(`${DRAFT_PREFIX}new:LVS-DRAFT-4`)!);
    expect(stored.idempotencyKey).to.equal(key);
    // a reload before the host confirmed: the same report keeps the same key
    el.remove();
    const again = await fixture<TzMeldingFormElement>(
      html`<tz-melding-form pupil-ref="LVS-DRAFT-4" today=${TODAY} draft-storage="session" birth-year-month="2012-03" school="12AB00" school-type="vo" municipality="GM0599"></tz-melding-form>`,
    );
    let keyAfterReload = '';
    again.addEventListener('tz-melding-submit', (e) => (keyAfterReload = e.detail.idempotencyKey));
    $<HTMLButtonElement>(again, 'button[type="submit"]').click();
    await again.updateComplete;
    expect(keyAfterReload).to.equal(key);
    await again.showSaved({ id: 'c1', version: 1, pupilRef: 'LVS-DRAFT-4' } as Case);
    expect(storedDraftKeys()).to.deep.equal([]);
    expect(again.shadowRoot!.activeElement).to.equal($(again, '#done-title'));
  });
});
