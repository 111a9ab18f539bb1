// The ledger room's services (督办台账): the leading group and the ledger's structure, tasks on the workflow
// engine with their progress, closure (销号) and 挂牌督办, tasks made from other rooms (差评, inspections, meetings,
// enterprises), the live rules — and the board, meetings, statistics and workbook parts built on them.
import type { Database } from '../../../platform/db/index.ts';
import { taskWorkflow } from '../workflow.ts';
import { createLedgerBoard } from './board.ts';
import { createClosure } from './closure.ts';
import { createLedgerMeetings } from './meetings.ts';
import { createOrigin } from './origin.ts';
import { createLedgerSettings } from './settings.ts';
import type { LedgerDeps, RulesOf } from './shared.ts';
import { createLedgerStats } from './stats.ts';
import { createStructure } from './structure.ts';
import { createTasks } from './tasks.ts';
import { createTaskReads } from './views.ts';
import { createLedgerWorkbook } from './workbook.ts';

export type { DepartmentInfo, LedgerDeps, RulesOf } from './shared.ts';
export type { TaskStateOf } from './views.ts';
export type { CreateFromOrigin, OriginInput, RatingLedgerPayload } from './origin.ts';
export { RATING_READER, standingCode } from './origin.ts';

export function createLedgerService(database: Database, deps: LedgerDeps) {
  const def = deps.workflow.register(taskWorkflow);
  const settings = createLedgerSettings(database);
  const rulesOf: RulesOf = () => settings.rules();
  const reads = createTaskReads(database, deps, rulesOf);
  const tasks = createTasks(database, deps, def, reads);
  const closure = createClosure(database, deps, reads, tasks);
  const origin = createOrigin(database, deps, tasks);
  const structure = createStructure(database, deps);
  return {
    /** The live rules (DEFAULT_LEDGER_RULES until the office saves its own). */
    rules: rulesOf,
    settings: { get: settings.get, save: settings.save },
    ...structure,
    tasks: {
      create: tasks.create,
      update: tasks.update,
      list: reads.list,
      get: reads.get,
      /** Number and state of many tasks in one query (other rooms' views; no data scope). */
      states: reads.states,
      report: tasks.report,
      act: closure.act,
      escalate: closure.escalate,
      lift: closure.lift,
      createFromOrigin: origin.createFromOrigin,
      /** Whether the principal may read the task (the files reader of its attachments). */
      mayRead: reads.mayReadId,
    },
    /** Event readers the housekeeping timer runs (the 差评 → task consumer); returns how many events were handled. */
    readers: {
      async sync(): Promise<number> {
        return origin.syncRatings();
      },
    },
    board: createLedgerBoard(database, deps, rulesOf),
    meetings: createLedgerMeetings(database, deps, rulesOf, origin.createFromOrigin),
    stats: createLedgerStats(database),
    workbook: createLedgerWorkbook(database, deps, rulesOf),
  };
}

export type LedgerService = ReturnType<typeof createLedgerService>;
