// The seam between the HTTP layer and the operations of the contract.
// The router (compiled from openapi/thuiszitters.yaml) validates a request, authenticates it,
// builds a RequestContext and calls the handler registered under the spec's operationId.
import type { Database } from '../storage/database.js';

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

export interface AuditEntry {
  action: 'read' | 'list' | 'create' | 'update' | 'close' | 'reopen' | 'addEvent' | 'readEvents';
  caseId: string | null;
  /** A list read: every case id it returned (the rows are split per region). */
  caseIds?: string[];
  detail?: string | null;
  /** `refused`: the attempt was answered 403/404 (logged outside the failed transaction). */
  outcome?: 'allowed' | 'refused';
}

export interface RequestContext {
  auth: AuthContext;
  db: Database;
  /** Path parameters, query and headers after validation and coercion against the spec. */
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  body: unknown;
  /** Records a read or write of case data in the audit log (same transaction when inside one). */
  audit(entry: AuditEntry, db?: Database): Promise<void>;
  now(): Date;
  /** The webhook deliverer: subscriptions tell it when they change. */
  webhooks?: { development: boolean; subscriptionsChanged(): void };
}

export interface OperationResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type OperationHandler = (ctx: RequestContext) => Promise<OperationResult>;

/** Handlers keyed by operationId; a module exports one such record per resource. */
export type OperationHandlers = Record<string, OperationHandler>;
