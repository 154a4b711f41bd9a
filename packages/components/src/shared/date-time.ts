// A moment (an ISO date-time) as a date and time in Dutch time, for "when" columns and lines
// (the Routekaart's change log, the timeline's "recorded at"); one cached Intl formatter per style.
import type { Locale } from '../i18n/locale.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** `3 dec 2026, 08:15` (medium) / `3 december 2026 om 08:15` (long); an unreadable value as given, '' for none. */
export function formatDateTime(iso: string | null | undefined, locale: Locale, dateStyle: 'medium' | 'long' = 'medium'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale}|${dateStyle}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle, timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
    formats.set(key, format);
  }
  return format.format(date);
}
