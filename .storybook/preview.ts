import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../packages/components/src/theme/theme.css';

// Autodocs read attributes, properties, events, slots, parts and CSS custom properties from the
// Custom Elements Manifest (`npm run build`, or `npm run analyze -w @thuiszitters/components`;
// `npm run build-storybook` makes it first). A glob, not an import, so Storybook still starts
// without it: the docs pages then only show the stories.
const manifests = import.meta.glob<{ default: unknown }>('../packages/components/custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

// Mocked API for connected stories: each story lists its handlers in `parameters.msw.handlers`
// (msw@2 `http.get(...)`), so stories run without a server and always look the same.
const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader()],
  // The melding form keeps drafts in sessionStorage: every story starts as a fresh tab.
  beforeEach: () => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('tz-melding-form:draft:')) sessionStorage.removeItem(key);
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // axe violations fail the story in the test run (inside shadow roots too).
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme (sets --tz-color-scheme)',
      toolbar: { title: 'Thema', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'nl', scheme: 'light' },
  decorators: [
    (story, context) => {
      // A story that sets parameters.lang (the English variants) keeps it; otherwise the toolbar decides.
      const lang = (context.parameters.lang as string | undefined) ?? (context.globals.locale as string) ?? 'nl';
      document.documentElement.lang = lang;
      const scheme = (context.parameters.scheme as string | undefined) ?? (context.globals.scheme as string) ?? 'light';
      document.documentElement.style.setProperty('--tz-color-scheme', scheme);
      document.body.style.background = scheme === 'dark' ? '#121316' : '';
      // parameters.frameWidth: the element sits in a column that narrow (e.g. 320 px, WCAG 1.4.10).
      const width = context.parameters.frameWidth as number | undefined;
      return width ? html`<div class="tz-story-frame" style="width: ${width}px; max-width: 100%">${story()}</div>` : story();
    },
  ],
};
export default preview;
