// The kit's options for a form that keeps older markup (the timeline's add-event form): its own
// id prefix, errors read without a prefix, and a summary under an h3 with its own class. And the
// controller's options for a small inline form (the Routekaart's evidence form): focus on the
// first field in error instead of a summary, and no error on blur for a field left blank.
import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { textField, type FieldContext } from './fields.js';
import { errorSummary } from './error-summary.js';
import { FormController, type FormControllerOptions } from './form-controller.js';

const ctx = (over: Partial<FieldContext<{ name: string }>> = {}): FieldContext<{ name: string }> => ({
  values: { name: '' },
  texts: { optional: '(optional)', errorPrefix: 'Error:' },
  locale: 'en',
  errorOf: () => 'Fill in a name.',
  ...over,
});

describe('form kit options', () => {
  it('defaults: f- ids and a hidden error prefix', async () => {
    const el = await fixture(html`<div>${textField(ctx(), 'name', 'Name', { hint: 'Your name' })}</div>`);
    expect(el.querySelector('input')!.id).to.equal('f-name');
    expect(el.querySelector('#f-name-error')!.textContent).to.equal('Error: Fill in a name.');
  });

  it('an id prefix names the control, hint and error, and an empty error prefix leaves the message alone', async () => {
    const el = await fixture(html`<div>${textField(ctx({ idPrefix: 'tz-add-', texts: { optional: '', errorPrefix: '' } }), 'name', 'Name', { hint: 'Your name', inputmode: 'text' })}</div>`);
    const input = el.querySelector('input')!;
    expect(input.id).to.equal('tz-add-name');
    expect(input.getAttribute('inputmode')).to.equal('text');
    expect(input.getAttribute('aria-describedby')).to.equal('tz-add-name-hint tz-add-name-error');
    expect(el.querySelector('#tz-add-name-error')!.textContent).to.equal('Fill in a name.');
    expect(el.querySelector('label')!.getAttribute('for')).to.equal('tz-add-name');
  });

  it('the summary: h2 with class summary by default; h3, own class and no intro on request', async () => {
    const items = [{ message: 'Fill in a name.', targetId: 'f-name' }];
    const plain = await fixture(html`<div>${errorSummary({ title: 'Check', intro: 'Please', items, onPick: () => {} })}</div>`);
    expect(plain.querySelector('.summary h2#summary-title')).to.not.equal(null);
    expect(plain.querySelector('.summary p')!.textContent).to.equal('Please');
    const picked: string[] = [];
    const own = await fixture(
      html`<div>${errorSummary({ title: 'Check', items, onPick: (id) => picked.push(id), titleId: 'x-summary', headingLevel: 3, className: 'error-summary' })}</div>`,
    );
    expect(own.querySelector('.error-summary h3#x-summary')!.textContent).to.equal('Check');
    expect(own.querySelector('h2, p')).to.equal(null);
    own.querySelector('a')!.click();
    expect(picked).to.deep.equal(['f-name']);
  });
});

interface Pair {
  name: string;
  code: string;
}

let formOptions: Partial<FormControllerOptions<Pair, 'required' | 'code'>> = {};

/** Two kit fields on a FormController built with `formOptions` (set before the fixture). */
class KitInlineForm extends LitElement {
  readonly form = new FormController<Pair, 'required' | 'code'>(this, {
    base: () => ({ name: '', code: '' }),
    order: ['name', 'code'],
    validateField: (key, v) => (v[key].trim() === '' ? { code: 'required' } : key === 'code' && !/^\d{4}$/.test(v.code) ? { code: 'code' } : undefined),
    ...formOptions,
  });

  override render() {
    const ctx: FieldContext<Pair> = {
      values: this.form.values,
      texts: { optional: '', errorPrefix: '' },
      locale: 'en',
      errorOf: (k) => this.form.errorOf(k, (_key, e) => ('code' in e ? e.code : e.server)),
    };
    return html`<div
      @input=${(e: Event) => {
        const key = this.form.fieldOf(e.target);
        if (key) this.form.set({ ...this.form.edits, [key]: (e.target as HTMLInputElement).value });
      }}
      @focusout=${(e: FocusEvent) => this.form.blur(e)}
    >
      ${textField(ctx, 'name', 'Name')} ${textField(ctx, 'code', 'Code')}
      ${this.form.showSummary ? html`<h2 id="summary-title" tabindex="-1">Summary</h2>` : ''}
    </div>`;
  }
}
customElements.define('tz-kit-inline-form', KitInlineForm);

async function inlineForm(options: Partial<FormControllerOptions<Pair, 'required' | 'code'>>): Promise<KitInlineForm> {
  formOptions = options;
  return fixture<KitInlineForm>(html`<tz-kit-inline-form></tz-kit-inline-form>`);
}

async function typeAndLeave(el: KitInlineForm, id: string, value: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  input.blur();
  await el.updateComplete;
}

describe('form kit options: FormController', () => {
  it("invalidFocus 'field': a refused submit shows no summary and focuses the first field in error", async () => {
    const el = await inlineForm({ invalidFocus: 'field' });
    expect(await el.form.validate()).to.equal(false);
    expect(el.form.showSummary).to.equal(false);
    expect(el.shadowRoot!.querySelector('#summary-title')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-name');
    await typeAndLeave(el, 'f-name', 'Ada');
    expect(await el.form.validate()).to.equal(false);
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-code');
    expect(el.form.errors).to.deep.equal({ code: { code: 'required' } });
  });

  it("the default still shows the summary and focuses it", async () => {
    const el = await inlineForm({});
    expect(await el.form.validate()).to.equal(false);
    expect(el.form.showSummary).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id).to.equal('summary-title');
  });

  it('checkBlankOnBlur false: a field typed in and emptied again is no error on blur; a wrong value or a shown error is checked', async () => {
    const el = await inlineForm({ checkBlankOnBlur: false });
    await typeAndLeave(el, 'f-code', '1234');
    await typeAndLeave(el, 'f-code', '  ');
    expect(el.form.errors, 'blank, not in error: not checked').to.deep.equal({});
    await typeAndLeave(el, 'f-code', '12');
    expect(el.form.errors).to.deep.equal({ code: { code: 'code' } });
    await typeAndLeave(el, 'f-code', '');
    expect(el.form.errors, 'blank while in error: checked again').to.deep.equal({ code: { code: 'required' } });
    expect(el.shadowRoot!.querySelector('#f-code')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('the default checks a field emptied again on blur', async () => {
    const el = await inlineForm({});
    await typeAndLeave(el, 'f-code', '1234');
    await typeAndLeave(el, 'f-code', '');
    expect(el.form.errors).to.deep.equal({ code: { code: 'required' } });
  });
});
