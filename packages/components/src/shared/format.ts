// The chart's names for the shared, cached formatters of the base (i18n/locale.ts).
import { formatDate, formatNumber, type Locale } from '../i18n/locale.js';

/** `1 augustus 2025` / `1 August 2025`, in the Dutch time zone. */
export const formatLongDate = (isoDate: string, locale: Locale): string => formatDate(isoDate, locale, 'long');

export const formatCount = (value: number, locale: Locale, options?: Intl.NumberFormatOptions): string =>
  formatNumber(value, locale, options);
