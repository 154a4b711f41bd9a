// The kit's options for a form that keeps older markup (the timeline's add-event form): its own
// id prefix, errors read without a prefix, and a summary under an h3 with its own class.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { textField, type FieldContext } from './fields.js';
import { errorSummary } from './error-summary.js';

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
