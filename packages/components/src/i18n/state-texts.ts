// Texts of the states every element shows, in one wording: the retry button, no connection set up,
// host data of the wrong shape. The elements' message tables take them from here.
import type { Translations } from './locale.js';

const nl = {
  retry: 'Opnieuw proberen',
  noClient: 'Er is geen verbinding ingesteld (geen client en geen tz-provider).',
  errorBadData: 'De aangeleverde gegevens hebben niet de verwachte vorm.',
};

const en: typeof nl = {
  retry: 'Try again',
  noClient: 'No connection is configured (no client and no tz-provider).',
  errorBadData: 'The data supplied does not have the expected shape.',
};

export const stateTexts: Translations<typeof nl> = { nl, en };
export type StateTexts = typeof nl;
