export { createAppealsService, type AppealClosedPayload, type AppealsDeps, type AppealsService, type DepartmentInfo } from './service/index.ts';
export { registerAppealRoutes } from './routes.ts';
export { DISHONESTY_WORKFLOW, TICKET_WORKFLOW, dishonestyWorkflow, ticketWorkflow } from './workflow.ts';
export { KNOWLEDGE_MISSING, missingKnowledge, type KnowledgeService } from './service/knowledge.ts';
export type { CategoryAttribute } from './tables.ts';
// Tickets in bulk for the demo seed and benchmarks.
export * as appealsBulk from './bulk.ts';
