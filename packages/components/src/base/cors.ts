// One message for every element when the API is on another origin and refuses this page (CORS):
// "no connection" sends a developer looking at the network, while the fix is one line in the
// API's configuration. The SDK detects the refusal (ThuiszittersError.cors); this names it, in
// the element's language, and once per page in the console for the developer.
import { ThuiszittersError, type CorsRefusal } from '@thuiszitters/sdk';
import type { Locale, Translations } from '../i18n/locale.js';

const messages: Translations<{ refused: (api: string, page: string) => string }> = {
  nl: {
    refused: (api, page) =>
      `De API op ${api} staat verzoeken van deze pagina (${page}) niet toe (CORS). Vraag de beheerder van de API om ${page} toe te voegen aan de toegestane origins.`,
  },
  en: {
    refused: (api, page) =>
      `The API at ${api} does not allow requests from this page (${page}) (CORS). Ask the API's administrator to add ${page} to its allowed origins.`,
  },
};

const warned = new Set<string>();

function refusalOf(error: unknown): CorsRefusal | undefined {
  return error instanceof ThuiszittersError ? error.cors : undefined;
}

/** Says in the console, once per page and pair of origins, what was refused and how to fix it. */
export function warnCorsRefusal(error: unknown): void {
  const cors = refusalOf(error);
  if (!cors) return;
  const key = `${cors.apiOrigin} ${cors.pageOrigin}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `[thuiszitters] CORS: the API at ${cors.apiOrigin} does not allow requests from this page's origin ${cors.pageOrigin}, ` +
      `so the browser refused its answers. Add ${cors.pageOrigin} to the API's allowed origins ` +
      `(reference server: CORS_ORIGINS=${cors.pageOrigin}).`,
  );
}

/** The element's text for a CORS refusal (and the console warning), or undefined for any other error. */
export function corsRefusalText(error: unknown, locale: Locale): string | undefined {
  const cors = refusalOf(error);
  if (!cors) return undefined;
  warnCorsRefusal(error);
  return messages[locale].refused(cors.apiOrigin, cors.pageOrigin);
}
