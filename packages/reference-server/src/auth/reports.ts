// Who may fetch which report. The Inspectie overview lists pupils (pseudonymously) of a whole
// region: only the SWV, the body that delivers it, for its own region. The leerplicht count is
// the municipality's own duty: only Leerplicht, for its own municipality. A school has neither.
import { HttpProblem } from '../http/problem.js';
import type { AuthContext } from '../operations/types.js';

export function assertMayFetchInspectieReport(auth: AuthContext): void {
  if (auth.role !== 'swv') throw new HttpProblem(403, 'Only a samenwerkingsverband (role swv) delivers the thuiszitter overview to the Inspectie.');
}

export function assertMayFetchLeerplichtCount(auth: AuthContext): void {
  if (auth.role !== 'leerplicht') throw new HttpProblem(403, 'Only Leerplicht (role leerplicht) delivers the leerplicht count of its municipality.');
}
