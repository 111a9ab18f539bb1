// 督办台账 (ledger): the only file other code imports.
import type { LedgerService } from './service/index.ts';

export {
  createLedgerService,
  RATING_READER,
  standingCode,
  type CreateFromOrigin,
  type DepartmentInfo,
  type LedgerDeps,
  type LedgerService,
  type OriginInput,
  type RatingLedgerPayload,
  type RulesOf,
  type TaskStateOf,
} from './service/index.ts';
export { registerLedgerRoutes } from './routes.ts';
export { registerLedgerBoardRoutes } from './board-routes.ts';
export { registerLedgerWorkbookRoutes } from './workbook-routes.ts';
export { TASK_WORKFLOW, taskWorkflow } from './workflow.ts';
export { reserveNumbers, taskNumber } from './numbers.ts';
// Tasks in bulk (workbook imports, the demo seed).
export * as ledgerBulk from './bulk.ts';

/** The ledger's event readers, run by the housekeeping timer every minute (差评 → tasks). */
export async function runLedgerReaders(services: { ledger: LedgerService }): Promise<number> {
  return services.ledger.readers.sync();
}
