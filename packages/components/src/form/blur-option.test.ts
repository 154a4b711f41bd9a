// The controller's `validateOnBlur` option: by default a blur checks only a field the user changed
// (or one in error); `every` checks a field each time focus leaves it, even untouched.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { FormController, type FormControllerOptions } from './form-controller.js';
import { textField, type FieldContext } from './fields.js';

interface Values {
  name: string;
  code: string;
}

function defineForm(tag: string, validateOnBlur?: FormControllerOptions<Values, 'required'>['validateOnBlur']) {
  class BlurTestForm extends LitElement {
    readonly form = new FormController<Values, 'required'>(this, {
      base: () => ({ name: '', code: '' }),
      order: ['name', 'code'],
      validateField: (key, v) => (v[key] === '' ? { code: 'required' } : undefined),
      ...(validateOnBlur ? { validateOnBlur } : {}),
    });

    override render() {
      const ctx: FieldContext<Values> = {
        values: this.form.values,
        texts: { optional: '', errorPrefix: '' },
        locale: 'en',
        errorOf: (k) => this.form.errorOf(k, (key) => `Fill in ${key}.`),
      };
      return html`<form @focusout=${(e: FocusEvent) => this.form.blur(e)}>${textField(ctx, 'name', 'Name')} ${textField(ctx, 'code', 'Code')}</form>`;
    }
  }
  customElements.define(tag, BlurTestForm);
}
defineForm('tz-blur-default-form');
defineForm('tz-blur-every-form', 'every');

type BlurForm = LitElement & { form: FormController<Values, 'required'> };

/** Focus enters the name field and leaves it for the code field, without typing. */
async function passThroughName(el: BlurForm): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>('#f-name')!.focus();
  el.shadowRoot!.querySelector<HTMLInputElement>('#f-code')!.focus();
  await el.updateComplete;
}

describe('form kit: validateOnBlur', () => {
  it('default (changed): leaving an untouched field says nothing', async () => {
    const el = await fixture<BlurForm>(testHtml`<tz-blur-default-form></tz-blur-default-form>`);
    await passThroughName(el);
    expect(el.form.errors).to.deep.equal({});
    expect(el.shadowRoot!.querySelector('#f-name')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('every: leaving an untouched field checks it, and only that field', async () => {
    const el = await fixture<BlurForm>(testHtml`<tz-blur-every-form></tz-blur-every-form>`);
    await passThroughName(el);
    expect(el.form.errors).to.deep.equal({ name: { code: 'required' } });
    expect(el.form.touched.has('name')).to.equal(true);
    expect(el.shadowRoot!.querySelector('#f-name')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#f-name-error')!.textContent).to.equal('Fill in name.');
  });
});
