// Who may fetch which report. The Inspectie overview lists pupils (pseudonymously) of a whole
// region: only the SWV, the body that delivers it, for its own region. The leerplicht count is
// the municipality's own duty: only Leerplicht, for its own municipality. A school has neither.
import type { AuthContext } from '../auth/claims.js';

/** Why this caller may not fetch the Inspectie overview, or null when it may. */
export function inspectieReportRefusal(auth: AuthContext): string | null {
  return auth.role === 'swv' ? null : 'Only a samenwerkingsverband (role swv) delivers the thuiszitter overview to the Inspectie.';
}

/** Why this caller may not fetch the leerplicht count, or null when it may. */
export function leerplichtCountRefusal(auth: AuthContext): string | null {
  return auth.role === 'leerplicht' ? null : 'Only Leerplicht (role leerplicht) delivers the leerplicht count of its municipality.';
}
