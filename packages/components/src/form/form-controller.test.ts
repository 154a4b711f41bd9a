// The form kit's controller on its own: a two-field test form built from the kit's templates.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html, nothing } from 'lit';
import { FormController, type FieldError } from './form-controller.js';
import { fieldId, textField, type FieldContext } from './fields.js';
import { errorSummary } from './error-summary.js';
import { formStyles } from './form.styles.js';

interface Values {
  name: string;
  code: string;
}
type Code = 'required' | 'code';

class KitTestForm extends LitElement {
  static override styles = [formStyles];
  base: Values = { name: '', code: '' };
  readonly form = new FormController<Values, Code>(this, {
    base: () => this.base,
    order: ['name', 'code'],
    validateField: (key, v) => (v[key] === '' ? { code: 'required' } : key === 'code' && !/^\d{4}$/.test(v.code) ? { code: 'code' } : undefined),
    serverPaths: { 'person.name': 'name', code: 'code' },
  });
  private messageOf = (key: keyof Values, e: FieldError<Code>) => ('server' in e ? `${key}: ${e.server}` : `${key} ${e.code}`);

  override render() {
    const values = this.form.values;
    const errors = this.form.visibleErrors(this.messageOf);
    const ctx: FieldContext<Values> = { values, texts: { optional: '(optional)', errorPrefix: 'Error:' }, locale: 'en', errorOf: (k) => this.form.errorOf(k, this.messageOf) };
    return html`${this.form.showSummary
        ? errorSummary({
            title: 'There is a problem',
            intro: 'Check:',
            items: [...errors.map(([key, message]) => ({ message, targetId: fieldId(key) })), ...this.form.otherErrors.map((message) => ({ message }))],
            onPick: (id) => this.form.focus(`#${id}`),
          })
        : nothing}
      <form
        @input=${(e: Event) => {
          const key = this.form.fieldOf(e.target);
          if (key) this.form.set({ ...this.form.edits, [key]: (e.target as HTMLInputElement).value });
        }}
        @focusout=${(e: FocusEvent) => this.form.blur(e)}
      >
        ${textField(ctx, 'name', 'Name', { prose: true })} ${textField(ctx, 'code', 'Code')}
      </form>`;
  }
}
customElements.define('tz-kit-test-form', KitTestForm);

const $ = <T extends HTMLElement = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);

async function type(el: KitTestForm, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function blur(el: KitTestForm): Promise<void> {
  (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  await el.updateComplete;
}

describe('form kit: FormController', () => {
  it('keeps the edits on top of the base values', async () => {
    const el = await fixture<KitTestForm>(testHtml`<tz-kit-test-form></tz-kit-test-form>`);
    el.base = { name: 'Ada', code: '' };
    await type(el, 'f-code', '12');
    expect(el.form.values).to.deep.equal({ name: 'Ada', code: '12' });
    expect(el.form.committed).to.deep.equal({});
  });

  it('validates a field on blur, not while typing, and clears the error once fixed', async () => {
    const el = await fixture<KitTestForm>(testHtml`<tz-kit-test-form></tz-kit-test-form>`);
    await type(el, 'f-code', '12');
    expect($(el, '#f-code')!.getAttribute('aria-invalid')).to.equal('false');
    await blur(el);
    expect(el.form.touched.has('code')).to.equal(true);
    expect($(el, '#f-code')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-code-error')!.textContent).to.contain('code code');
    expect($(el, '#f-code')!.getAttribute('aria-describedby')).to.contain('f-code-error');
    await type(el, 'f-code', '1234');
    await blur(el);
    expect(el.form.errors).to.deep.equal({});
    expect($(el, '#f-code-error')).to.equal(null);
  });

  it('on a refused submit shows the summary, moves focus to it, and its links focus the field', async () => {
    const el = await fixture<KitTestForm>(testHtml`<tz-kit-test-form></tz-kit-test-form>`);
    let invalidSeen = false;
    expect(await el.form.validate(() => (invalidSeen = true))).to.equal(false);
    expect(invalidSeen).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#summary-title'));
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#f-name', '#f-code']);
    links[1]!.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-code'));
  });

  it('passes when every rule holds, and hides the summary', async () => {
    const el = await fixture<KitTestForm>(testHtml`<tz-kit-test-form></tz-kit-test-form>`);
    await el.form.validate();
    await type(el, 'f-name', 'Ada');
    await type(el, 'f-code', '1234');
    expect(await el.form.validate()).to.equal(true);
    await el.updateComplete;
    expect($(el, '[part="error-summary"]')).to.equal(null);
  });

  it("maps the server's invalidParams (JSON pointers and dotted paths) onto fields, the rest into the summary", async () => {
    const el = await fixture<KitTestForm>(testHtml`<tz-kit-test-form></tz-kit-test-form>`);
    await el.form.showServerErrors([
      { name: '/person/name', reason: 'too long' },
      { name: 'offer', reason: 'not allowed here' },
    ]);
    expect(el.form.errors).to.deep.equal({ name: { server: 'too long' } });
    expect($(el, '#f-name-error')!.textContent).to.contain('name: too long');
    expect($(el, '[part="error-summary"]')!.textContent).to.contain('offer: not allowed here');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#summary-title'));
  });

  it("keeps a server verdict on another field while one field is re-checked on blur", async () => {
    const el = await fixture<KitTestForm>(testHtml`<tz-kit-test-form></tz-kit-test-form>`);
    await el.form.showServerErrors([{ name: 'code', reason: 'unknown code' }]);
    await type(el, 'f-name', 'Ada');
    await blur(el);
    expect(el.form.errors).to.deep.equal({ code: { server: 'unknown code' } });
  });

  it('shows the BSN warning under a free-text field', async () => {
    const el = await fixture<KitTestForm>(testHtml`<tz-kit-test-form></tz-kit-test-form>`);
    await type(el, 'f-name', 'nummer 111222333');
    expect($(el, '#f-name-bsn')!.textContent).to.contain('111222333');
    expect($(el, '#f-name')!.getAttribute('aria-describedby')).to.contain('f-name-bsn');
  });
});
