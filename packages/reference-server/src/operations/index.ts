// Every operation handler, keyed by the contract's operationId. An operationId of the spec
// without a handler answers 501 (problem+json).
import { auditHandlers } from './audit.js';
import { caseHandlers } from './cases.js';
import { eventHandlers } from './events.js';
import type { OperationHandlers } from './types.js';
// TODO(server-data): statistics.ts not there yet — import { statisticsHandlers } from './statistics.js';
import { routekaartHandlers } from './routekaart.js';
import { referenceHandlers } from './reference.js';

export const operationHandlers: OperationHandlers = {
  ...caseHandlers,
  ...eventHandlers,
  ...auditHandlers,
  ...referenceHandlers,
  ...routekaartHandlers,
};
