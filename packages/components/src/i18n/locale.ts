// Translations live inside the library (Shoelace's localize style): every element owns a typed
// message table per language; the active language comes from the nearest `lang` attribute.
// A library must not own the app-wide @lit/localize configuration of its host.

export type Locale = 'nl' | 'en';
export const DEFAULT_LOCALE: Locale = 'nl';

/** A message is a string or a function of typed parameters. */
export type Message = string | ((...args: never[]) => string);
export type MessageTable = Record<string, Message>;

/** Dutch is the source; every other language must have every key (a compile error otherwise). */
export type Translations<T extends MessageTable> = { nl: T; en: { [K in keyof T]: T[K] } };

export function toLocale(lang: string | null | undefined): Locale | null {
  if (!lang) return null;
  const primary = lang.toLowerCase().split('-')[0];
  return primary === 'en' ? 'en' : primary === 'nl' ? 'nl' : null;
}

/**
 * The `lang` of the element or its nearest ancestor, crossing shadow roots, like the
 * HTML language inheritance rule. Unknown languages fall back to Dutch.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return toLocale(node.getAttribute('lang')) ?? DEFAULT_LOCALE;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LOCALE;
}

// Intl formatters are cached: building one costs far more than using one, and a chart or a
// timeline formats dozens of values per render (profiled at ~40% of a chart re-render).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const intlLocale = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** Formats a date (YYYY-MM-DD) for display in the given locale, in the Dutch time zone. */
export function formatDate(isoDate: string | null | undefined, locale: Locale, style: 'short' | 'long' = 'long'): string {
  if (!isoDate) return '';
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    });
    dateFormats.set(key, format);
  }
  return format.format(d);
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  const key = `${locale}|${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale(locale), options)));
  return format.format(value);
}

/**
 * The number formatter of one language, for message tables: a message that takes a number
 * formats it itself ("6,5 uur", "2.448 dagen" / "6.5 hours", "2,448 days"), with the one
 * cached Intl formatter above, so no text shows a bare `${n}`.
 */
export const numberIn =
  (locale: Locale) =>
  (value: number, options?: Intl.NumberFormatOptions): string =>
    formatNumber(value, locale, options);
