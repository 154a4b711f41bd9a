// The seam between the HTTP layer and the operations of the contract.
// The router (compiled from openapi/thuiszitters.yaml) validates a request, authenticates it,
// builds a RequestContext and calls the handler registered under the spec's operationId.
import type { AuthContext } from '../auth/claims.js';
import type { AuditEntry } from '../store/audit.js';
import type { Database } from '../storage/database.js';

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
