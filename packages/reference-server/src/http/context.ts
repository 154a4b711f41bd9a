// The seam between the HTTP layer and the operations of the contract.
// The router (compiled from openapi/thuiszitters.yaml) validates a request, authenticates it,
// builds a RequestContext and calls the handler registered under the spec's operationId.
// Handlers are typed by operation from the generated schema (@thuiszitters/sdk): what the
// validator let through is exactly the operation's parameters and body.
import type { BodyOf, OperationId, PathParamsOf, QueryOf, operations } from '@thuiszitters/sdk';
import type { AuthContext } from '../auth/claims.js';
import type { AuditEntry } from '../store/audit.js';
import type { Database } from '../storage/database.js';

export type { OperationId };

/** An operation without parameters of a kind (`never` in the schema) gets an empty record. */
type Or<T, Empty> = [T] extends [never] ? Empty : T;
type HeaderParamsOf<K extends OperationId> = Or<Exclude<operations[K]['parameters']['header'], undefined>, unknown>;

export interface RequestContext<K extends OperationId = OperationId> {
  auth: AuthContext;
  db: Database;
  /** Path parameters, query and headers after validation and coercion against the spec. */
  params: Or<PathParamsOf<K>, Record<string, never>>;
  query: Or<QueryOf<K>, Record<string, never>>;
  /** The spec's header parameters, under their spec name and in lower case. */
  headers: HeaderParamsOf<K> & Record<string, string | undefined>;
  body: Or<BodyOf<K>, undefined>;
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

export type OperationHandler<K extends OperationId> = (ctx: RequestContext<K>) => Promise<OperationResult>;

/** Handlers keyed by operationId; a module exports one such record per resource. */
export type OperationHandlers = { [K in OperationId]?: OperationHandler<K> };

/** What the router holds before it knows the operation: the validated request, untyped. */
export interface ValidatedContext extends Omit<RequestContext, 'params' | 'query' | 'headers' | 'body'> {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  body: unknown;
}
