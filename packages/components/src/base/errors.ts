// One way to turn an SDK error into what the user reads: a kind, then the element's text for it.
// A CORS refusal is always named as such (see cors.ts), whatever the element's own texts.
import { ThuiszittersError } from '@thuiszitters/sdk';
import type { Locale } from '../i18n/locale.js';
import { corsRefusalText } from './cors.js';

export type ErrorKind =
  /** The API on another origin refused this page (CORS): the fix is in the API's configuration. */
  | 'cors'
  /** No answer: offline, DNS, timeout. */
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  /** 400 or 422: the server named what is wrong (`invalidParams`). */
  | 'invalid'
  /** 409 or 412: someone else changed it. */
  | 'conflict'
  /** 5xx, 408, 429: worth trying again later. */
  | 'server'
  | 'other';

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function errorKind(error: unknown): ErrorKind {
  if (error instanceof ThuiszittersError) {
    if (error.cors) return 'cors';
    if (error.kind === 'network' || error.kind === 'timeout') return 'network';
  }
  const status = statusOf(error);
  if (status === undefined) return 'other';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 400 || status === 422) return 'invalid';
  if (status === 409 || status === 412) return 'conflict';
  if (status >= 500 || status === 408 || status === 429) return 'server';
  return 'other';
}

/** The element's texts per kind; `generic` for every kind it has no text of its own for. */
export type ErrorTexts = Partial<Record<Exclude<ErrorKind, 'cors'>, string>> & { generic: string };

/** The text for an error: the CORS refusal when it is one, else the element's text for the kind. */
export function errorText(error: unknown, locale: Locale, texts: ErrorTexts): string {
  const kind = errorKind(error);
  if (kind === 'cors') return corsRefusalText(error, locale)!;
  return texts[kind] ?? texts.generic;
}
