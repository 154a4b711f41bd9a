// Short names for the contract's schemas, taken from the generated types (never restated).
import type { components } from './generated/schema.js';

type Schemas = components['schemas'];
export type Case = Schemas['Case'];
export type CaseCreate = Schemas['CaseCreate'];
export type CaseUpdate = Schemas['CaseUpdate'];
export type CaseEvent = Schemas['CaseEvent'];
export type RoutekaartAssessment = Schemas['RoutekaartAssessment'];
