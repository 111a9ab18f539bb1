export { createApplicationsService, type ApplicationsDeps, type ApplicationsService } from './service/index.ts';
export { registerApplicationRoutes } from './routes.ts';
export { applicationWorkflow, postCheckWorkflow, CORRECTION_NOTICE_DAYS } from './workflow.ts';
// Bulk applications for the demo seed and the benchmark: the simulator and the many-rows insert.
export * as applicationsBulk from './bulk.ts';
export { RATABLE_END_STATES, type ApplicationEndedPayload } from './service/ended.ts';
