// <tz-melding-form> in each of its states. Connected stories get their API answers from MSW
// handlers (examples from openapi/examples); `today` is fixed so the feedback never drifts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse, delay } from 'msw';
import { problem, referenceHandlers } from '../mocks/handlers.js';
import { until } from '../mocks/until.js';
import '../../packages/components/src/provider/define.js';
import '../../packages/components/src/melding-form/define.js';
import type { TzMeldingFormElement } from '../../packages/components/src/melding-form/melding-form.element.js';
import caseExample from '../../openapi/examples/case.json';
import conflictExample from '../../openapi/examples/problem-412.json';
import problem503 from '../../openapi/examples/problem-503.json';

const TODAY = '2026-11-20';

interface Args {
  lang: 'nl' | 'en';
  pupilRef: string;
  birthYearMonth: string;
  school: string;
  schoolType: string;
  municipality: string;
  caseId: string;
  draftStorage: 'session' | 'memory';
}

const reference = referenceHandlers;

const createdCase = { ...caseExample, id: '7d0c3a51-2b9e-4f61-8c3d-5a1e9f0b2c44', version: 1, pupilRef: 'LVS-8K2P-0042' };


const formIn = (canvas: HTMLElement) => canvas.querySelector('tz-melding-form') as TzMeldingFormElement;
const inRoot = <T extends Element>(el: Element, selector: string) => el.shadowRoot?.querySelector<T>(selector) ?? null;

/** Answers what the prefill leaves open, as a user would (value + input + change). */
async function fillIn(el: TzMeldingFormElement): Promise<void> {
  const set = (id: string, value: string) => {
    const control = inRoot<HTMLInputElement>(el, `#${id}`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  };
  await until(() => inRoot(el, '#f-enrolled'));
  inRoot<HTMLInputElement>(el, 'input[name="enrolled"][value="yes"]')!.click();
  set('f-firstDayOfAbsence', '2026-09-07');
  inRoot<HTMLInputElement>(el, 'input[name="authorised"][value="no"]')!.click();
  set('f-primaryReason', 'schoolweigering');
  await el.updateComplete;
}

const submit = (el: TzMeldingFormElement) => inRoot<HTMLButtonElement>(el, 'button[type="submit"]')!.click();

const meta: Meta<Args> = {
  title: 'Elements/tz-melding-form',
  component: 'tz-melding-form',
  tags: ['autodocs'],
  args: {
    lang: 'nl',
    pupilRef: 'LVS-8K2P-0042',
    birthYearMonth: '',
    school: '',
    schoolType: '',
    municipality: '',
    caseId: '',
    draftStorage: 'session',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    draftStorage: { control: 'inline-radio', options: ['session', 'memory'] },
  },
  parameters: { msw: { handlers: reference } },
  render: (args) => html`<tz-provider base-url="/v1" .getToken=${() => 'story-token'} lang=${args.lang}>
    <tz-melding-form
      pupil-ref=${args.pupilRef}
      birth-year-month=${args.birthYearMonth}
      school=${args.school}
      school-type=${args.schoolType}
      municipality=${args.municipality}
      case-id=${args.caseId || ''}
      draft-storage=${args.draftStorage}
      today=${TODAY}
    ></tz-melding-form>
  </tz-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

const prefilled: Partial<Args> = { birthYearMonth: '2012-03', school: '12AB00', schoolType: 'vo', municipality: 'GM0599' };

/** A new report with only the pupil reference from the host. */
export const Empty: Story = {};

/**
 * The page was reloaded while a report was half done: the draft comes back from sessionStorage
 * (this tab only), with "Concept verwijderen" to throw it away. `draft-storage="memory"` opts out.
 */
export const DraftRestored: Story = {
  args: prefilled,
  beforeEach: () => {
    const draft = { edits: { enrolled: 'yes', firstDayOfAbsence: '2026-09-07', notes: 'Mentor belt vrijdag terug.' } };
    sessionStorage.setItem('tz-melding-form:draft:new:LVS-8K2P-0042', JSON.stringify(draft));
  },
  play: async ({ canvasElement }) => {
    const el = formIn(canvasElement);
    await until(() => inRoot(el, '.notice'));
    await until(() => inRoot(el, '[part="discard"]'));
    if (inRoot<HTMLTextAreaElement>(el, '#f-notes')!.value !== 'Mentor belt vrijdag terug.') throw new Error('draft not restored');
  },
};

/** What the LVS already knows is filled in from the host's attributes. */
export const Prefilled: Story = { args: prefilled };

/** Sent without the required answers: the error summary takes focus and links to each field. */
export const InvalidWithSummary: Story = {
  args: prefilled,
  play: async ({ canvasElement }) => {
    const el = formIn(canvasElement);
    await until(() => inRoot(el, 'form'));
    submit(el);
    await until(() => inRoot(el, '[part="error-summary"]'));
  },
};

/** While sending: the button is busy, the form stays readable. */
export const Sending: Story = {
  args: prefilled,
  parameters: { msw: { handlers: [...reference, http.post('*/v1/cases', async () => { await delay('infinite'); return HttpResponse.json(createdCase, { status: 201 }); })] } },
  play: async ({ canvasElement }) => {
    const el = formIn(canvasElement);
    await fillIn(el);
    submit(el);
    await until(() => inRoot(el, 'button[aria-disabled="true"]'));
  },
};

/** The server is unavailable: a clear message, a retry button, every answer kept. */
export const Failed: Story = {
  args: prefilled,
  parameters: { msw: { handlers: [...reference, http.post('*/v1/cases', () => problem(problem503))] } },
  play: async ({ canvasElement }) => {
    const el = formIn(canvasElement);
    await fillIn(el);
    submit(el);
    await until(() => inRoot(el, '[part="failure"]'), 15000);
  },
};

/** Saved: the confirmation takes focus and offers a new report. */
export const Success: Story = {
  args: prefilled,
  parameters: { msw: { handlers: [...reference, http.post('*/v1/cases', () => HttpResponse.json(createdCase, { status: 201 }))] } },
  play: async ({ canvasElement }) => {
    const el = formIn(canvasElement);
    await fillIn(el);
    submit(el);
    await until(() => inRoot(el, '[part="confirmation"]'));
  },
};

/** Edit mode: the case is loaded and saved with If-Match. */
export const Edit: Story = {
  args: { caseId: caseExample.id },
  parameters: {
    msw: {
      handlers: [
        ...reference,
        http.get(`*/v1/cases/${caseExample.id}`, () => HttpResponse.json(caseExample, { headers: { ETag: `"${caseExample.version}"` } })),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await until(() => inRoot(formIn(canvasElement), 'form'));
  },
};

/** Edit mode after a 412: per field, the user's value against the server's. */
export const Conflict: Story = {
  args: { caseId: caseExample.id },
  parameters: {
    msw: {
      handlers: [
        ...reference,
        http.get(`*/v1/cases/${caseExample.id}`, () => HttpResponse.json({ ...caseExample, version: 3 })),
        http.patch(`*/v1/cases/${caseExample.id}`, () =>
          HttpResponse.json(
            { ...conflictExample, current: { ...conflictExample.current, notes: 'Gesprek met ouders gepland op 25 november.', absence: { ...conflictExample.current.absence, duoReportNumber: 'DUO-2026-450001' } } },
            { status: 412, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const el = formIn(canvasElement);
    const notes = await until(() => inRoot<HTMLTextAreaElement>(el, '#f-notes'));
    notes.value = 'Leerling wil na de kerstvakantie starten.';
    notes.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    notes.dispatchEvent(new Event('change', { bubbles: true }));
    submit(el);
    await until(() => inRoot(el, '[part="conflict"]'));
  },
};

/** English, prefilled. */
export const English: Story = { args: { ...prefilled, lang: 'en' }, parameters: { lang: 'en' } };

/** English, after a refused submit. */
export const EnglishInvalid: Story = { ...InvalidWithSummary, args: { ...prefilled, lang: 'en' }, parameters: { lang: 'en' } };

/** Dark theme through the tokens. */
export const Dark: Story = { args: prefilled, parameters: { scheme: 'dark' } };

const english = { lang: 'en' as const };
/** English variants of the other states. */
export const EnglishEmpty: Story = { args: english, parameters: { lang: 'en' } };
export const EnglishSending: Story = { ...Sending, args: { ...prefilled, ...english }, parameters: { ...Sending.parameters, lang: 'en' } };
export const EnglishFailed: Story = { ...Failed, args: { ...prefilled, ...english }, parameters: { ...Failed.parameters, lang: 'en' } };
export const EnglishSuccess: Story = { ...Success, args: { ...prefilled, ...english }, parameters: { ...Success.parameters, lang: 'en' } };
export const EnglishEdit: Story = { ...Edit, args: { ...Edit.args, ...english }, parameters: { ...Edit.parameters, lang: 'en' } };
export const EnglishConflict: Story = { ...Conflict, args: { ...Conflict.args, ...english }, parameters: { ...Conflict.parameters, lang: 'en' } };
