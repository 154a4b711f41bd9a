// Theming with live token editing: change a `--tz-*` token on the left, the live elements on the
// right follow, and the CSS to paste into the LVS stylesheet is shown. The play function checks
// that a changed token reaches the elements (custom properties inherit into their shadow roots).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../packages/components/src/melding-form/define.js';
import '../../packages/components/src/reason-chart/define.js';
import reasonStatistics from '../../openapi/examples/reason-statistics.json';
import './token-editor.js';

const TODAY = '2026-11-20';

interface Args {
  lang: 'nl' | 'en';
}

const meta: Meta<Args> = {
  title: 'Theming/Tokens live aanpassen',
  tags: ['!autodocs'],
  args: { lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`<div style="padding:1em">
    <story-token-editor>
      <tz-reason-chart lang=${args.lang} today=${TODAY} no-school-picker no-ranking .data=${reasonStatistics}></tz-reason-chart>
      <tz-melding-form lang=${args.lang} today=${TODAY} pupil-ref="LVS-000123"></tz-melding-form>
    </story-token-editor>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The editor with the default tokens (light); the toolbar's theme switch shows dark. */
export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('story-token-editor')!;
    await editor.updateComplete;
    const accent = editor.shadowRoot!.querySelector<HTMLInputElement>('input[data-token="--tz-color-accent"]')!;
    accent.value = '#8a1538';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    const form = canvasElement.querySelector('tz-melding-form')!;
    // The token set on the preview box is inherited by the element inside the slot.
    await waitFor(() => expect(getComputedStyle(form).getPropertyValue('--tz-color-accent').trim()).toBe('#8a1538'));
    await expect(editor.shadowRoot!.querySelector('pre')!.textContent).toContain('--tz-color-accent: #8a1538;');
  },
};

/** The same in English (the elements' language; the editor itself is a Dutch design tool). */
export const TokensEnglish: Story = { args: { lang: 'en' }, parameters: { lang: 'en' } };

/** A house style applied: another accent, rounder corners, a serif font and larger text. */
export const HouseStyle: Story = {
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('story-token-editor')!;
    await editor.updateComplete;
    const set = (token: string, value: string, type: 'input' | 'change' = 'input') => {
      const control = editor.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-token="${token}"]`)!;
      control.value = value;
      control.dispatchEvent(new Event(type, { bubbles: true }));
    };
    set('--tz-color-accent', '#1e5b3a');
    set('--tz-radius', '12');
    set('--tz-font-size', '18');
    set('--tz-font-family', 'Georgia, serif', 'change');
    const chart = canvasElement.querySelector('tz-reason-chart')!;
    await waitFor(() => expect(getComputedStyle(chart).getPropertyValue('--tz-radius').trim()).toBe('12px'));
    await expect(getComputedStyle(chart).getPropertyValue('--tz-font-family').trim()).toBe('Georgia, serif');
  },
};
