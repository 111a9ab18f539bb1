// SQL of the ledger's tasks: the rows with their source, the filters of every list, the small columns the
// light filter reads, progress reports and 挂牌督办 escalations. Hot writes are PendingWrites (one statement per step).
import { and, asc, desc, eq, gte, ilike, inArray, isNull, lt, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { SourceKind, TaskState } from '../../../common/ledger/vocabulary.ts';
import type { Db, PendingWrite } from '../../platform/db/index.ts';
import { decodeRow, insertRow, runStatement, selectById, toNumber, updateRow } from '../../platform/db/index.ts';
import { ledgerEscalations, ledgerReports, ledgerSources, ledgerTasks } from './tables.ts';

export type TaskRow = typeof ledgerTasks.$inferSelect;
export type NewTask = typeof ledgerTasks.$inferInsert;
export type ReportRow = typeof ledgerReports.$inferSelect;
export type NewReport = typeof ledgerReports.$inferInsert;
export type EscalationRow = typeof ledgerEscalations.$inferSelect;
export type NewEscalation = typeof ledgerEscalations.$inferInsert;
/** A task with what lists show of its source. */
export type ListedTask = TaskRow & { sourceKind: SourceKind; sourceTitle: string };

/** Refusal reasons (WriteRefused.reason) of versioned task and escalation writes. */
export const TASK_STALE = 'task_version';
export const ESCALATION_STALE = 'escalation_version';

const CLOSED_STATES: TaskState[] = ['closed', 'cancelled'];
const NO_ID = '00000000-0000-0000-0000-000000000000';

export const insertTaskWrite = (row: NewTask): PendingWrite => insertRow(ledgerTasks, row);

/** A versioned update of the task row (refused as TASK_STALE when someone changed it meanwhile). */
export function updateTaskWrite(id: string, version: number, changes: Partial<NewTask>, increment: string[] = []): PendingWrite {
  return updateRow(ledgerTasks, { ...changes, updatedAt: new Date() }, { id, version }, { increment: ['version', ...increment], required: TASK_STALE });
}

/** Mirror columns that need no version of their own (a progress report, an escalation lifted). */
export function mirrorTaskWrite(id: string, changes: Partial<NewTask>, increment: string[] = []): PendingWrite {
  return updateRow(ledgerTasks, { ...changes, updatedAt: new Date() }, { id }, { increment: ['version', ...increment] });
}

export const findTask = (db: Db, id: string) => selectById<TaskRow>(db, ledgerTasks, id);

/** A task and its case in one statement (each row as one jsonb value; the case for the engine's `current`). */
export async function findWithCase(db: Db, id: string): Promise<{ row: TaskRow; caseJson: Record<string, unknown> | null } | null> {
  const rows = (await runStatement(db, 'select to_jsonb(t) as "t", to_jsonb(c) as "c" from "ledger_task" t left join "workflow_case" c on c.id = t.case_id where t.id = $1', [id])) as {
    t: Record<string, unknown>;
    c: Record<string, unknown> | null;
  }[];
  const r = rows[0];
  return r ? { row: decodeRow<TaskRow>(ledgerTasks, r.t), caseJson: r.c } : null;
}

export async function findByOrigin(db: Db, originType: string, originId: string): Promise<TaskRow | null> {
  const [row] = await db.select().from(ledgerTasks).where(and(eq(ledgerTasks.originType, originType), eq(ledgerTasks.originId, originId)));
  return row ?? null;
}

export interface TaskFilter {
  /** Tasks whose lead or support units are among these ('all' for no limit). */
  departments: 'all' | string[];
  /** Lead or support among these (the caller's own unit, `mine`). */
  units?: string[];
  sourceId?: string;
  sourceKind?: SourceKind;
  issueId?: string;
  measureId?: string;
  /** Lead or support unit. */
  departmentId?: string;
  state?: TaskState;
  /** open: doing · reviewing · provincial; ended: closed · cancelled */
  openness?: 'open' | 'ended';
  batch?: string;
  escalated?: boolean;
  dueFrom?: string;
  dueTo?: string;
  /** Deadline strictly before this date (red), or on or after it (not red yet). */
  dueBefore?: string;
  dueOnOrAfter?: string;
  q?: string;
}

const idArray = (ids: string[]) => sql`array[${sql.join((ids.length ? ids : [NO_ID]).map((i) => sql`${i}`), sql`, `)}]::text[]`;
const leadsOrSupports = (ids: string[]) =>
  or(inArray(ledgerTasks.leadDepartmentId, ids.length ? ids : [NO_ID]), sql`jsonb_exists_any(${ledgerTasks.supportDepartmentIds}, ${idArray(ids)})`)!;

function conditionsOf(f: TaskFilter): SQL[] {
  const c: SQL[] = [];
  if (f.departments !== 'all') c.push(leadsOrSupports(f.departments));
  if (f.units) c.push(leadsOrSupports(f.units));
  if (f.sourceId) c.push(eq(ledgerTasks.sourceId, f.sourceId));
  if (f.sourceKind) c.push(eq(ledgerSources.kind, f.sourceKind));
  if (f.issueId) c.push(eq(ledgerTasks.issueId, f.issueId));
  if (f.measureId) c.push(eq(ledgerTasks.measureId, f.measureId));
  if (f.departmentId) c.push(leadsOrSupports([f.departmentId]));
  if (f.state) c.push(eq(ledgerTasks.state, f.state));
  if (f.openness === 'open') c.push(notInArray(ledgerTasks.state, CLOSED_STATES));
  if (f.openness === 'ended') c.push(inArray(ledgerTasks.state, CLOSED_STATES));
  if (f.batch) c.push(eq(ledgerTasks.batch, f.batch));
  if (f.escalated !== undefined) c.push(eq(ledgerTasks.escalated, f.escalated));
  if (f.dueFrom) c.push(gte(ledgerTasks.dueOn, f.dueFrom));
  if (f.dueTo) c.push(lte(ledgerTasks.dueOn, f.dueTo));
  if (f.dueBefore) c.push(lt(ledgerTasks.dueOn, f.dueBefore));
  if (f.dueOnOrAfter) c.push(gte(ledgerTasks.dueOn, f.dueOnOrAfter));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    c.push(or(eq(ledgerTasks.number, f.q), ilike(ledgerTasks.title, like))!);
  }
  return c;
}

const listed = { task: ledgerTasks, sourceKind: ledgerSources.kind, sourceTitle: ledgerSources.title };
const flatten = (r: { task: TaskRow; sourceKind: string; sourceTitle: string }): ListedTask => ({ ...r.task, sourceKind: r.sourceKind as SourceKind, sourceTitle: r.sourceTitle });
/** Soonest deadline first, then by number (the office's ledger order). */
const ORDER = [asc(ledgerTasks.dueOn), asc(ledgerTasks.number)];

export async function listTasks(db: Db, f: TaskFilter, page: number, pageSize: number): Promise<{ rows: ListedTask[]; total: number }> {
  const where = and(...conditionsOf(f));
  const [rows, counted] = await Promise.all([
    db
      .select(listed)
      .from(ledgerTasks)
      .innerJoin(ledgerSources, eq(ledgerSources.id, ledgerTasks.sourceId))
      .where(where)
      .orderBy(...ORDER)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)` }).from(ledgerTasks).innerJoin(ledgerSources, eq(ledgerSources.id, ledgerTasks.sourceId)).where(where),
  ]);
  return { rows: rows.map(flatten), total: toNumber(counted[0]!.n) };
}

/** Every matching task's small columns, in list order: what the light filter computes lights from. */
export async function lightColumns(db: Db, f: TaskFilter): Promise<{ id: string; state: TaskState; startsOn: string; dueOn: string; progress: number }[]> {
  const rows = await db
    .select({ id: ledgerTasks.id, state: ledgerTasks.state, startsOn: ledgerTasks.startsOn, dueOn: ledgerTasks.dueOn, progress: ledgerTasks.progress })
    .from(ledgerTasks)
    .innerJoin(ledgerSources, eq(ledgerSources.id, ledgerTasks.sourceId))
    .where(and(...conditionsOf(f)))
    .orderBy(...ORDER);
  return rows.map((r) => ({ ...r, state: r.state as TaskState }));
}

/** Tasks by id with their source (in no particular order). */
export async function listedByIds(db: Db, ids: string[]): Promise<ListedTask[]> {
  if (!ids.length) return [];
  const rows = await db.select(listed).from(ledgerTasks).innerJoin(ledgerSources, eq(ledgerSources.id, ledgerTasks.sourceId)).where(inArray(ledgerTasks.id, ids));
  return rows.map(flatten);
}

/** The number and state of tasks by id, in one query (those that exist). */
export async function numbersAndStates(db: Db, ids: string[]): Promise<{ id: string; number: string; state: TaskState }[]> {
  if (!ids.length) return [];
  const rows = await db.select({ id: ledgerTasks.id, number: ledgerTasks.number, state: ledgerTasks.state }).from(ledgerTasks).where(inArray(ledgerTasks.id, [...new Set(ids)]));
  return rows.map((r) => ({ ...r, state: r.state as TaskState }));
}

// ── progress reports (进展报告) and the task's history ─────────────────────────────────────────────

export const insertReportWrite = (row: NewReport): PendingWrite => insertRow(ledgerReports, row);

export async function reportsOf(db: Db, taskId: string): Promise<ReportRow[]> {
  return db.select().from(ledgerReports).where(eq(ledgerReports.taskId, taskId)).orderBy(desc(ledgerReports.at), desc(ledgerReports.id));
}

// ── 挂牌督办 ───────────────────────────────────────────────────────────────────────────────────────

export const insertEscalationWrite = (row: NewEscalation): PendingWrite => insertRow(ledgerEscalations, row);

export function updateEscalationWrite(id: string, version: number, changes: Partial<NewEscalation>): PendingWrite {
  return updateRow(ledgerEscalations, changes, { id, version }, { increment: ['version'], required: ESCALATION_STALE });
}

export const findEscalation = (db: Db, id: string) => selectById<EscalationRow>(db, ledgerEscalations, id);

export async function escalationsOf(db: Db, taskId: string): Promise<EscalationRow[]> {
  return db.select().from(ledgerEscalations).where(eq(ledgerEscalations.taskId, taskId)).orderBy(desc(ledgerEscalations.openedAt));
}

export async function openEscalations(db: Db, taskId: string): Promise<EscalationRow[]> {
  return db.select().from(ledgerEscalations).where(and(eq(ledgerEscalations.taskId, taskId), isNull(ledgerEscalations.liftedAt)));
}
