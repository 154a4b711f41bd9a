// The kit's one way to word a field's error: the server's refusal, a fixed text, or one naming the field.
import { expect } from '@open-wc/testing';
import { fieldErrorText, type FieldErrorWords } from './field-error-text.js';

const words: FieldErrorWords<'required' | 'hours'> = {
  server: (label, reason) => `${label} refused: ${reason}`,
  required: (label) => `Fill in ${label.toLowerCase()}.`,
  hours: 'Between 0 and 60.',
};

describe('form kit: fieldErrorText', () => {
  it("words a rule's code with or without the label, and a server reason beside the label", () => {
    expect(fieldErrorText({ code: 'required' }, 'Name', words)).to.equal('Fill in name.');
    expect(fieldErrorText({ code: 'hours' }, 'Hours', words)).to.equal('Between 0 and 60.');
    expect(fieldErrorText({ server: 'too long' }, 'Name', words)).to.equal('Name refused: too long');
  });
});
