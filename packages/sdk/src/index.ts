// @thuiszitters/sdk: a typed client for the Thuiszitters API, generated from openapi/thuiszitters.yaml.
export { createClient, type Client } from './client.js';
/** The client type under the name the elements use. */
export type { Client as ThuiszittersClient } from './client.js';
export type { ClientOptions } from './transport.js';
export { ThuiszittersError, ConflictError, mapInvalidParams, fieldPath, type ErrorKind, type FieldNameMap } from './errors.js';
export type { Page } from './pagination.js';
export type { CorsRefusal } from './cors.js';
export type { components, operations, paths, OperationId, QueryOf, PathParamsOf, BodyOf, ResponseOf, ItemOf, CallOptions, CreateOptions, CreateCaseOptions, WriteOptions } from './types.js';
export * from './aliases.js';
export { SIGNAL_TYPES, CASE_SORTS, WORKLIST_NORM_STATUSES, WORKLIST_PRESETS, DUPLICATE_OPEN_CASE, worklistQuery, isDuplicateOpenCase, type CaseListQuery, type WorklistPreset } from './worklist.js';
