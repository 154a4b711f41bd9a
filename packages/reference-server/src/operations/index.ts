// Every operation handler, keyed by the contract's operationId. An operationId of the spec
// without a handler answers 501 (problem+json). Cases, events and audit: core; reference data,
// Routekaart and statistics: the data modules. The spreadsheet import (imports/, an adapter
// over createCase) is added beside these in app.ts.
import { auditHandlers } from './audit.js';
import { caseHandlers } from './cases.js';
import { eventHandlers } from './events.js';
import type { OperationHandlers } from '../http/context.js';
import { routekaartHandlers } from './routekaart.js';
import { referenceHandlers } from './reference.js';
import { statisticsHandlers } from './statistics.js';
import { subscriptionHandlers } from '../webhooks/operations.js';
import { reportHandlers } from '../reports/operations.js';

export const operationHandlers: OperationHandlers = {
  ...caseHandlers,
  ...eventHandlers,
  ...auditHandlers,
  ...referenceHandlers,
  ...routekaartHandlers,
  ...statisticsHandlers,
  ...subscriptionHandlers,
  ...reportHandlers,
};
