// Texts of reopening a closed case from <tz-case-timeline>, Dutch first.
import type { Translations } from '../i18n/locale.js';

const nl = {
  reopen: 'Casus heropenen',
  reopenQuestion: (ref: string) =>
    `Casus ${ref} heropenen? Er begint een nieuwe periode met een eigen termijn van drie maanden; de afgesloten periode blijft in de geschiedenis.`,
  reopenConfirm: 'Ja, heropenen',
  reopenCancel: 'Annuleren',
  reopening: 'Bezig met heropenen…',
  reopened: (ref: string) => `Casus ${ref} is heropend.`,
  reopenRequested: 'Heropenen gevraagd.',
  reopenStale: 'De casus is intussen gewijzigd. De nieuwste versie staat nu op het scherm; probeer het zo nodig opnieuw.',
  reopenForbidden: 'U mag deze casus niet heropenen.',
  reopenFailed: 'Het heropenen is niet gelukt. Probeer het opnieuw.',
};
export type ReopenMessages = typeof nl;

const en: ReopenMessages = {
  reopen: 'Reopen case',
  reopenQuestion: (ref: string) =>
    `Reopen case ${ref}? A new episode starts with its own 3-month norm; the closed episode stays in the history.`,
  reopenConfirm: 'Yes, reopen',
  reopenCancel: 'Cancel',
  reopening: 'Reopening…',
  reopened: (ref: string) => `Case ${ref} has been reopened.`,
  reopenRequested: 'Reopening requested.',
  reopenStale: 'The case was changed in the meantime. The latest version is now shown; try again if needed.',
  reopenForbidden: 'You may not reopen this case.',
  reopenFailed: 'Reopening did not work. Please try again.',
};

export const reopenMessages: Translations<ReopenMessages> = { nl, en };
