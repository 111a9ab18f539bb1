// The workflow engine (DESIGN.md §7): definitions as data, a pure action step, and the case clock.
export * from './types.ts';
export { defineWorkflow, definitionProblems, WorkflowDefinitionError } from './definition.ts';
export { applyAction, availableActions, earlierStates, mayTake, openCase } from './engine.ts';
export { clockDueAt, deadlineState, elapsed, newClock, timeTaken } from './clock.ts';
export { createWorkflowService, holderKey, type CaseView, type OpenOptions, type WorkflowService } from './service.ts';
// Bulk inserts of engine-computed rows (seed, benchmarks).
export * as workflowBulk from './bulk.ts';
