// What a token may say: roles, organisation code formats per role, and the scopes each role gets.
/** The three roles a token may carry. */
export type Role = 'school' | 'swv' | 'leerplicht';

/** Who is calling, from a verified bearer token. */
export interface AuthContext {
  subject: string;
  name: string | null;
  role: Role;
  /** School `12AB00` (BRIN + vestiging), SWV code `VO2801`, or CBS municipality `GM0599`. */
  organisation: string;
  scopes: string[];
}

export const ROLES: readonly Role[] = ['school', 'swv', 'leerplicht'];

/** Organisation code format per role: school BRIN+vestiging, SWV code, CBS municipality code. */
export const ORGANISATION_PATTERNS: Record<Role, RegExp> = {
  school: /^[0-9]{2}[A-Z]{2}[0-9]{2}$/,
  swv: /^[A-Z]{2}[0-9]{4}$/,
  leerplicht: /^GM[0-9]{4}$/,
};

export const ORGANISATION_EXAMPLES: Record<Role, string> = {
  school: '12AB00',
  swv: 'VO2801',
  leerplicht: 'GM0599',
};

/**
 * Scopes the development issuer grants per role. Only the SWV reads the audit log (it is the
 * controller for its region); every role works on cases within its own tenancy.
 */
export const SCOPES_BY_ROLE: Record<Role, string[]> = {
  school: ['cases:read', 'cases:write', 'statistics:read', 'routekaart:read', 'subscriptions:manage'],
  swv: ['cases:read', 'cases:write', 'statistics:read', 'routekaart:read', 'routekaart:write', 'audit:read', 'subscriptions:manage'],
  leerplicht: ['cases:read', 'cases:write', 'statistics:read', 'routekaart:read', 'routekaart:write', 'subscriptions:manage'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Reason why an organisation code does not fit the role, or null when it fits. */
export function organisationProblem(role: Role, organisation: unknown): string | null {
  if (typeof organisation !== 'string' || !ORGANISATION_PATTERNS[role].test(organisation)) {
    return `Must be a ${role} organisation code like ${ORGANISATION_EXAMPLES[role]}.`;
  }
  return null;
}
