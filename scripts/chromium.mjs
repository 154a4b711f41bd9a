// Debian's Chromium for every launcher of the project (web-test-runner, the Storybook sweep,
// end-to-end and host tests, the bench): nothing here may download a browser of its own.
// Without the background-networking flags Chromium keeps calling hosts this machine cannot reach.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
