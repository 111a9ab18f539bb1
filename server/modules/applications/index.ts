export { createApplicationsService, type ApplicationsDeps, type ApplicationsService } from './service/index.ts';
export { registerApplicationRoutes } from './routes.ts';
export { applicationWorkflow, postCheckWorkflow, CORRECTION_NOTICE_DAYS } from './workflow.ts';
