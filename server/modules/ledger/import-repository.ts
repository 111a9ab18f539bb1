// SQL of the ledger's workbooks: the import's own row (progress the web and the CLI poll), the source's issues and
// measures an import reuses or adds and the tasks it must not repeat, and the reads of exports and progress reports
// (tasks with their structure, every report of many tasks, a period's closures and reports).
import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { insertRecordset, queryRows, toInstant } from '../../platform/db/index.ts';
import { ledgerImports, ledgerIssues, ledgerMeasures, ledgerReports, ledgerSources, ledgerTasks } from './tables.ts';

export type ImportRow = typeof ledgerImports.$inferSelect;
export type NewImport = typeof ledgerImports.$inferInsert;
export type SourceRow = typeof ledgerSources.$inferSelect;
export type ReportRow = typeof ledgerReports.$inferSelect;
export interface CodedRow {
  id: string;
  code: string;
  title: string;
}
export interface MeasureRef extends CodedRow {
  issueId: string;
}

const SLICE = 5000;
const slices = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / SLICE) }, (_, i) => items.slice(i * SLICE, (i + 1) * SLICE));

// ── the import's row ─────────────────────────────────────────────────────────────────────────────

export async function insertImport(db: Db, row: NewImport): Promise<void> {
  await db.insert(ledgerImports).values(row);
}

export async function findImport(db: Db, id: string): Promise<ImportRow | null> {
  const [row] = await db.select().from(ledgerImports).where(eq(ledgerImports.id, id));
  return row ? { ...row, createdAt: toInstant(row.createdAt), updatedAt: toInstant(row.updatedAt), finishedAt: row.finishedAt ? toInstant(row.finishedAt) : null } : null;
}

const UNFINISHED = ['parsing', 'importing'];

/**
 * A progress update of an unfinished import (its `updated_at` moves: the sweep's sign of life). False when the
 * import had already ended — e.g. the sweep marked it failed as interrupted — and nothing was changed.
 */
export async function updateImport(db: Db, id: string, changes: Partial<NewImport>): Promise<boolean> {
  const rows = await db
    .update(ledgerImports)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(ledgerImports.id, id), inArray(ledgerImports.status, UNFINISHED)))
    .returning({ id: ledgerImports.id });
  return rows.length > 0;
}

export type ImportProblem = ImportRow['problems'][number];

/**
 * Unfinished imports not moved since `before` marked failed, `problem` appended to their report (which keeps at
 * most `maxProblems`). Returns them with their counts.
 */
export async function failStalledImports(db: Db, before: Date, problem: ImportProblem, maxProblems: number, now: Date): Promise<{ id: string; processed: number; imported: number; rejected: number }[]> {
  const kept = sql`coalesce((select jsonb_agg(p.e order by p.n) from jsonb_array_elements(${ledgerImports.problems}) with ordinality as p(e, n) where p.n < ${maxProblems}), '[]'::jsonb)`;
  return db
    .update(ledgerImports)
    .set({ status: 'failed', finishedAt: now, updatedAt: now, problems: sql`${kept} || jsonb_build_array(${JSON.stringify(problem)}::jsonb)` })
    .where(and(inArray(ledgerImports.status, UNFINISHED), lt(ledgerImports.updatedAt, before)))
    .returning({ id: ledgerImports.id, processed: ledgerImports.processed, imported: ledgerImports.imported, rejected: ledgerImports.rejected });
}

// ── sources, issues, measures ────────────────────────────────────────────────────────────────────

export async function findSource(db: Db, by: { id: string } | { code: string }): Promise<SourceRow | null> {
  const [row] = await db
    .select()
    .from(ledgerSources)
    .where('id' in by ? eq(ledgerSources.id, by.id) : eq(ledgerSources.code, by.code));
  return row ?? null;
}

export async function issuesOfSource(db: Db, sourceId: string): Promise<CodedRow[]> {
  return db.select({ id: ledgerIssues.id, code: ledgerIssues.code, title: ledgerIssues.title }).from(ledgerIssues).where(eq(ledgerIssues.sourceId, sourceId)).orderBy(asc(ledgerIssues.code));
}

export async function measuresOfSource(db: Db, sourceId: string): Promise<MeasureRef[]> {
  return db
    .select({ id: ledgerMeasures.id, issueId: ledgerMeasures.issueId, code: ledgerMeasures.code, title: ledgerMeasures.title })
    .from(ledgerMeasures)
    .innerJoin(ledgerIssues, eq(ledgerIssues.id, ledgerMeasures.issueId))
    .where(eq(ledgerIssues.sourceId, sourceId));
}

/** Every task of a source (any state), with what tells one task from another: an import's check for repeats. */
/**
 * Holds the source for the rest of the transaction, so two imports into one source insert one at a time (each
 * sees the other's tasks). NO KEY UPDATE: other writers' tasks referencing the source are not held up.
 */
export async function holdSource(tx: Db, sourceId: string): Promise<void> {
  await tx.execute(sql`select id from ledger_source where id = ${sourceId} for no key update`);
}

export async function tasksOfSource(db: Db, sourceId: string): Promise<{ number: string; title: string; issueId: string | null; measureId: string | null }[]> {
  return db.select({ number: ledgerTasks.number, title: ledgerTasks.title, issueId: ledgerTasks.issueId, measureId: ledgerTasks.measureId }).from(ledgerTasks).where(eq(ledgerTasks.sourceId, sourceId));
}

/**
 * New issues; one added meanwhile under the same code is kept. Returns how many went in (fewer: the caller reads
 * the source's issues again).
 */
export async function insertIssues(db: Db, rows: (typeof ledgerIssues.$inferInsert)[]): Promise<number> {
  return (await insertRecordset(db, ledgerIssues, rows as Record<string, unknown>[], sql`on conflict do nothing returning 1 as ok`)).length;
}

export async function insertMeasures(db: Db, rows: (typeof ledgerMeasures.$inferInsert)[]): Promise<number> {
  return (await insertRecordset(db, ledgerMeasures, rows as Record<string, unknown>[], sql`on conflict do nothing returning 1 as ok`)).length;
}

// ── exports ──────────────────────────────────────────────────────────────────────────────────────

export interface TaskStructure {
  id: string;
  sourceCode: string;
  sourceTitle: string;
  issueCode: string | null;
  issueTitle: string | null;
  indicator: string | null;
  measureCode: string | null;
  measureTitle: string | null;
  expectedResult: string;
  detail: string;
}

/** What an export adds to listed tasks: their source's code, their issue and measure. */
export async function structureOf(db: Db, taskIds: string[]): Promise<Map<string, TaskStructure>> {
  const out = new Map<string, TaskStructure>();
  for (const ids of slices(taskIds)) {
    const rows = await db
      .select({
        id: ledgerTasks.id,
        sourceCode: ledgerSources.code,
        sourceTitle: ledgerSources.title,
        issueCode: ledgerIssues.code,
        issueTitle: ledgerIssues.title,
        indicator: ledgerIssues.indicator,
        measureCode: ledgerMeasures.code,
        measureTitle: ledgerMeasures.title,
        expectedResult: ledgerTasks.expectedResult,
        detail: ledgerTasks.detail,
      })
      .from(ledgerTasks)
      .innerJoin(ledgerSources, eq(ledgerSources.id, ledgerTasks.sourceId))
      .leftJoin(ledgerIssues, eq(ledgerIssues.id, ledgerTasks.issueId))
      .leftJoin(ledgerMeasures, eq(ledgerMeasures.id, ledgerTasks.measureId))
      .where(inArray(ledgerTasks.id, ids));
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** Every report of these tasks, oldest first per task. */
export async function reportsOfTasks(db: Db, taskIds: string[]): Promise<ReportRow[]> {
  const out: ReportRow[] = [];
  for (const ids of slices(taskIds)) {
    const rows = await db.select().from(ledgerReports).where(inArray(ledgerReports.taskId, ids)).orderBy(asc(ledgerReports.taskId), asc(ledgerReports.at), asc(ledgerReports.id));
    out.push(...rows.map((r) => ({ ...r, at: toInstant(r.at) })));
  }
  return out;
}

// ── progress reports (月度/季度) ────────────────────────────────────────────────────────────────────

export interface PeriodTask {
  id: string;
  number: string;
  title: string;
  leadDepartmentId: string;
  startsOn: string;
  dueOn: string;
  state: string;
  progress: number;
  escalated: boolean;
  closedAt: Date | null;
  sourceTitle: string;
}

/** Tasks made before `until` and not cancelled: what a progress report counts. */
export async function tasksBefore(db: Db, until: Date): Promise<PeriodTask[]> {
  const rows = await db
    .select({
      id: ledgerTasks.id,
      number: ledgerTasks.number,
      title: ledgerTasks.title,
      leadDepartmentId: ledgerTasks.leadDepartmentId,
      startsOn: ledgerTasks.startsOn,
      dueOn: ledgerTasks.dueOn,
      state: ledgerTasks.state,
      progress: ledgerTasks.progress,
      escalated: ledgerTasks.escalated,
      closedAt: ledgerTasks.closedAt,
      sourceTitle: ledgerSources.title,
    })
    .from(ledgerTasks)
    .innerJoin(ledgerSources, eq(ledgerSources.id, ledgerTasks.sourceId))
    .where(and(lt(ledgerTasks.createdAt, until), ne(ledgerTasks.state, 'cancelled')))
    .orderBy(asc(ledgerTasks.dueOn), asc(ledgerTasks.number));
  return rows.map((r) => ({ ...r, closedAt: r.closedAt ? toInstant(r.closedAt) : null }));
}

/** Reports filed in [from, until), with their task's number and title, in time order. */
export async function reportsBetween(db: Db, from: Date, until: Date): Promise<(ReportRow & { number: string; title: string })[]> {
  const rows = await db
    .select({ report: ledgerReports, number: ledgerTasks.number, title: ledgerTasks.title })
    .from(ledgerReports)
    .innerJoin(ledgerTasks, eq(ledgerTasks.id, ledgerReports.taskId))
    .where(and(gte(ledgerReports.at, from), lt(ledgerReports.at, until)))
    .orderBy(asc(ledgerReports.at), asc(ledgerReports.id));
  return rows.map((r) => ({ ...r.report, at: toInstant(r.report.at), number: r.number, title: r.title }));
}

/** Each task's latest report before `until` (text and time). */
export async function latestReports(db: Db, until: Date): Promise<Map<string, { at: Date; text: string }>> {
  const rows = await queryRows<{ task_id: string; at: unknown; text: string }>(
    db,
    sql`select distinct on (${ledgerReports.taskId}) ${ledgerReports.taskId} as task_id, ${ledgerReports.at} as at, ${ledgerReports.text} as text
        from ${ledgerReports} where ${ledgerReports.at} < ${until.toISOString()}
        order by ${ledgerReports.taskId}, ${ledgerReports.at} desc, ${ledgerReports.id} desc`,
  );
  return new Map(rows.map((r) => [r.task_id, { at: toInstant(r.at), text: r.text }]));
}
