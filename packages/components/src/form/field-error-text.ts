// A field's error in words, once for every form of the kit: the server's refusal beside the field's
// label, or the element's sentence for its rule's code (a fixed text or one that names the field).
import type { FieldError } from './form-controller.js';

export type FieldErrorWords<C extends string> = {
  /** The server refused the value; `reason` is its (English) sentence. */
  server: (label: string, reason: string) => string;
} & { [K in C]: string | ((label: string) => string) };

export function fieldErrorText<C extends string>(error: FieldError<C>, label: string, words: FieldErrorWords<C>): string {
  if ('server' in error) return words.server(label, error.server);
  const word = words[error.code] as string | ((label: string) => string);
  return typeof word === 'function' ? word(label) : word;
}
