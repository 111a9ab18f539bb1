export { createEvaluationsService, type EvaluationsDeps, type EvaluationsService } from './service/index.ts';
export { registerEvaluationRoutes } from './routes.ts';
export { LOOP_WORKFLOW, loopWorkflow } from './workflow.ts';
// Bulk ratings for the demo seed and benchmarks: the loop simulator and the many-rows insert.
export * as evaluationsBulk from './bulk.ts';
export { invitationOf } from './service/invitations.ts';
export { APPEAL_INVITATION_READER, appealInvitationOf } from './service/appeal-invitations.ts';
