// Types derived from the generated contract: nothing here restates a schema, it only picks
// request and response shapes out of `operations` so the client methods stay in step with the spec.
import type { components, operations, paths } from './generated/schema.js';

export type { components, operations, paths };

/** Every operationId of the contract. */
export type OperationId = keyof operations;

type Parameters_<K extends OperationId> = operations[K]['parameters'];
type Defined<T> = Exclude<T, undefined>;

/** Query parameters of an operation (`never` when it has none). */
export type QueryOf<K extends OperationId> = Defined<Parameters_<K>['query']>;

/** Path parameters of an operation. */
export type PathParamsOf<K extends OperationId> = Defined<Parameters_<K>['path']>;

/** Request body of an operation, whatever its media type (JSON or merge-patch JSON). */
export type BodyOf<K extends OperationId> =
  Defined<operations[K]['requestBody']> extends { content: infer C } ? C[keyof C] : never;

type SuccessStatus = 200 | 201 | 204;
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : void;

/** Parsed body of the success response of an operation (`void` for 204). */
export type ResponseOf<K extends OperationId> = ContentOf<
  operations[K]['responses'][Extract<keyof operations[K]['responses'], SuccessStatus>]
>;

/** Element type of the `items` of a paged list response. */
export type ItemOf<K extends OperationId> = ResponseOf<K> extends { items: (infer T)[] } ? T : never;

/** Options every method accepts. */
export interface CallOptions {
  /** Cancels the request (and any retry waiting); the promise rejects with kind `aborted`. */
  signal?: AbortSignal;
}

/** Options of a create-type POST. */
export interface CreateOptions extends CallOptions {
  /**
   * Sent as `Idempotency-Key`; generated when omitted. Retries of this call reuse it, so a lost
   * response never creates a second resource. Pass your own to make a retry across page loads safe.
   */
  idempotencyKey?: string;
}

/** Options of `cases.create`. */
export interface CreateCaseOptions extends CreateOptions {
  /**
   * Create the case even though the SWV has another open case for the same `pupilRef` (sent as
   * `allowDuplicate=true`). Set it only after the user confirmed, on a `duplicate-open-case` 409.
   */
  allowDuplicate?: boolean;
}

/** Options of a conditional write (update, close, reopen, updatePoint). */
export interface WriteOptions extends CallOptions {
  /** The `version` you last read (or its ETag, quoted or not); sent as `If-Match`. */
  ifMatch: number | string;
}
