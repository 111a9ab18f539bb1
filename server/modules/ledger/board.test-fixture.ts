// What the board, meeting and statistics tests share: the ledger test app, tasks on known dates written with the
// workbook's bulk insert (their cases run along the closure path by the engine), and a reset between tests.
import { systemActor } from '../../platform/audit/index.ts';
import type { Principal } from '../../platform/auth/index.ts';
import { createLedgerTestApp, ledgerPrincipal, makeSource, type LedgerTestApp, type SourceInput } from '../../test/ledger-factories.ts';
import { insertTasks, type BulkTaskRow } from './bulk.ts';

export interface BoardTestApp extends LedgerTestApp {
  office: Principal;
}

export async function createBoardTestApp(): Promise<BoardTestApp> {
  const t = await createLedgerTestApp();
  return { ...t, office: await ledgerPrincipal(t, 'office') };
}

/** 10:00 in Hohhot on a day. */
export const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`);

/** Tasks with the given fields (defaults: 住建局 leads, made 2026-01-02, from 2026-01-05 to 2026-12-31). */
export async function insert(t: BoardTestApp, sourceId: string, rows: Partial<BulkTaskRow>[]): Promise<string[]> {
  const calendar = await t.services.calendar.current();
  const full: BulkTaskRow[] = rows.map((r, i) => ({
    sourceId,
    title: `测试任务 ${i + 1}`,
    leadDepartmentId: t.dept['HHHT-ZJ']!,
    startsOn: '2026-01-05',
    dueOn: '2026-12-31',
    createdAt: at('2026-01-02'),
    ...r,
  }));
  const { ids } = await t.services.database.db.transaction((tx) => insertTasks(tx, full, systemActor, calendar, { officeDepartmentId: t.dept['HHHT-YSB']! }));
  return ids;
}

export const source = (t: BoardTestApp, overrides: Partial<SourceInput> = {}) => makeSource(t, overrides);

/** Every task, report, escalation, meeting and source of the ledger gone (with the tasks' cases). */
export async function reset(t: BoardTestApp) {
  await t.services.database.exec(`
    delete from workflow_history where case_id in (select id from workflow_case where workflow = 'ledger.task');
    delete from workflow_assignment where case_id in (select id from workflow_case where workflow = 'ledger.task');
    delete from workflow_case where workflow = 'ledger.task';
    delete from ledger_report; delete from ledger_escalation; delete from ledger_task; delete from ledger_meeting;
    delete from ledger_measure; delete from ledger_issue; delete from ledger_source;`);
}
