// What <tz-provider> hands to the elements below it (via @lit/context, which crosses shadow roots).
import { createContext } from '@lit/context';
import type { ThuiszittersClient, Reason, School, DefinitionProfile } from '@thuiszitters/sdk';
import type { Locale } from '../i18n/locale.js';

export const clientContext = createContext<ThuiszittersClient | undefined>(Symbol('tz-client'));

export const localeContext = createContext<Locale | undefined>(Symbol('tz-locale'));

/** Reference data loaded once by the provider and shared by every element. */
export interface ReferenceData {
  status: 'idle' | 'loading' | 'ready' | 'error';
  reasons: Reason[];
  schools: School[];
  profile: DefinitionProfile | null;
  error?: unknown;
}

export const referenceDataContext = createContext<ReferenceData | undefined>(Symbol('tz-reference-data'));
