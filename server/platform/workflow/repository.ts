// SQL for cases, their holders (the case's queue key and the further queue rows), history and sent reminders.
import { and, asc, eq, gt, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { decodeRow, insertRecordset, insertRow, insertRows, queryRows, selectById, toInstant, toJson, toNumber, updateRow, type PendingWrite } from '../db/index.ts';
import { workflowAssignments, workflowCases, workflowHistory, workflowReminders } from './tables.ts';

export type CaseRow = typeof workflowCases.$inferSelect;
export type NewCase = typeof workflowCases.$inferInsert;
export type HistoryRow = typeof workflowHistory.$inferSelect;
export type NewHistory = typeof workflowHistory.$inferInsert;
export type NewAssignment = typeof workflowAssignments.$inferInsert;

const maybe = (v: unknown) => (v === null || v === undefined ? null : toInstant(v));

const normaliseCase = (r: CaseRow): CaseRow => ({
  ...r,
  holders: toJson(r.holders),
  clock: toJson(r.clock),
  trail: toJson(r.trail),
  stateEnteredAt: toInstant(r.stateEnteredAt),
  stateDueAt: maybe(r.stateDueAt),
  dueAt: maybe(r.dueAt),
  createdAt: toInstant(r.createdAt),
  updatedAt: toInstant(r.updatedAt),
});

export async function insertCase(db: Db, row: NewCase) {
  await db.insert(workflowCases).values(row);
}

/** A case row read elsewhere as jsonb (to_jsonb of workflow_case, e.g. joined to its subject), decoded. */
export const caseFromJson = (json: Record<string, unknown> | string): CaseRow => normaliseCase(decodeRow<CaseRow>(workflowCases, json));

export async function findCase(db: Db, id: string): Promise<CaseRow | null> {
  // Read before every action: a statement of fixed text, prepared once per connection.
  const row = await selectById<CaseRow>(db, workflowCases, id);
  return row ? normaliseCase(row) : null;
}

export async function casesOfSubject(db: Db, subjectType: string, subjectId: string): Promise<CaseRow[]> {
  const rows = await db
    .select()
    .from(workflowCases)
    .where(and(eq(workflowCases.subjectType, subjectType), eq(workflowCases.subjectId, subjectId)))
    .orderBy(asc(workflowCases.createdAt));
  return rows.map(normaliseCase);
}

/** Writes the case's new state if its version is still `version`; false when someone else acted first. */
export async function updateCaseVersioned(db: Db, id: string, version: number, changes: Partial<NewCase>): Promise<boolean> {
  const rows = await db
    .update(workflowCases)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(workflowCases.id, id), eq(workflowCases.version, version)))
    .returning({ id: workflowCases.id });
  return rows.length === 1;
}

// The same writes built and not run, for one batched statement per step (runWrites): opening a case or
// applying an action is then a single round trip with its history, queue rows and audit row.

export const caseInsert = (row: NewCase): PendingWrite => insertRow(workflowCases, row);

/** The case's new state, required to find the case still at `version` (else the batch is refused: 'version'). */
export const caseUpdate = (id: string, version: number, changes: Partial<NewCase>): PendingWrite => updateRow(workflowCases, { ...changes, updatedAt: new Date() }, { id, version }, { required: 'version' });

/**
 * The queue rows of a case set to `rows`: the keys no longer held are deleted and the others upserted (one
 * statement cannot delete and re-insert the same key). A new case (`fresh`) has nothing to delete.
 */
export function assignmentWrites(caseId: string, rows: NewAssignment[], fresh = false): PendingWrite[] {
  const out: PendingWrite[] = [];
  if (!fresh) {
    out.push({
      text: 'delete from "workflow_assignment" where "case_id" = $1 and "holder_key" not in (select jsonb_array_elements_text($2::jsonb)) returning 1',
      params: [caseId, JSON.stringify(rows.map((r) => r.holderKey))],
      returns: true,
    });
  }
  if (rows.length) out.push(insertRows(workflowAssignments, rows, fresh ? undefined : { key: ['caseId', 'holderKey'], replace: ['workflow', 'state', 'dueAt', 'since'] }));
  return out;
}

export const historyInsert = (row: NewHistory): PendingWrite => insertRow(workflowHistory, row);

// Bulk writes (the demo seed and benchmarks, through bulk.ts): a few thousand rows a statement, as one JSON
// parameter (insertRecordset).
const SLICE = 2000;
async function inSlices<T extends Record<string, unknown>>(db: Db, table: Parameters<typeof insertRecordset>[1], rows: T[]) {
  for (let i = 0; i < rows.length; i += SLICE) await insertRecordset(db, table, rows.slice(i, i + SLICE));
}

export const insertCases = (db: Db, rows: NewCase[]) => inSlices(db, workflowCases, rows);
export const insertHistories = (db: Db, rows: NewHistory[]) => inSlices(db, workflowHistory, rows);
/** Queue rows of cases that have none yet (new cases). */
export const insertAssignments = (db: Db, rows: NewAssignment[]) => inSlices(db, workflowAssignments, rows);

export async function historyOf(db: Db, caseId: string): Promise<HistoryRow[]> {
  const rows = await db.select().from(workflowHistory).where(eq(workflowHistory.caseId, caseId)).orderBy(asc(workflowHistory.seq));
  return rows.map((r) => ({
    ...r,
    at: toInstant(r.at),
    attachments: toJson(r.attachments),
    data: toJson(r.data),
  }));
}

export interface QueueFilter {
  holderKeys: string[];
  workflow?: string;
  states?: string[];
  /** Only cases due at or before this instant (overdue or due soon). */
  dueBy?: Date;
  limit: number;
}

/**
 * A work queue: the open cases these holder keys hold, soonest deadline first (no deadline last) — by the case's own
 * queue key, or by a further queue row (a case held by several keys of the same person appears once).
 */
export async function queue(db: Db, f: QueueFilter) {
  const held = (key: SQL, due: SQL, workflow: SQL, state: SQL) => {
    const where: SQL[] = [inArray(key, f.holderKeys)];
    if (f.workflow) where.push(sql`${workflow} = ${f.workflow}`);
    if (f.states?.length) where.push(inArray(state, f.states));
    if (f.dueBy) where.push(sql`${due} <= ${f.dueBy.toISOString()}::timestamptz`);
    return and(...where)!;
  };
  const c = { key: sql`c.queue_key`, due: sql`c.due_at`, workflow: sql`c.workflow`, state: sql`c.state` };
  const w = { key: sql`w.holder_key`, due: sql`w.due_at`, workflow: sql`w.workflow`, state: sql`w.state` };
  const rows = await queryRows<{ case_id: string; due_at: unknown }>(
    db,
    sql`select case_id, due_at from (
          select c.id as case_id, c.due_at from workflow_case c where ${held(c.key, c.due, c.workflow, c.state)}
          union
          select w.case_id, w.due_at from workflow_assignment w where ${held(w.key, w.due, w.workflow, w.state)}
        ) q
        order by due_at asc nulls last, case_id asc
        limit ${f.limit}`,
  );
  return rows.map((r) => ({ caseId: r.case_id, dueAt: maybe(r.due_at) }));
}

export async function countQueue(db: Db, holderKeys: string[]): Promise<number> {
  const [row] = await queryRows<{ n: unknown }>(
    db,
    sql`select count(*) as n from (
          select c.id from workflow_case c where ${inArray(sql`c.queue_key`, holderKeys)}
          union
          select w.case_id from workflow_assignment w where ${inArray(sql`w.holder_key`, holderKeys)}
        ) q`,
  );
  return toNumber(row?.n);
}

/** Open cases whose deadline falls in (after, until]: the reminder sweep's candidates. */
export async function casesDueBetween(db: Db, after: Date, until: Date, limit: number): Promise<CaseRow[]> {
  const rows = await db
    .select()
    .from(workflowCases)
    .where(and(eq(workflowCases.ended, false), isNotNull(workflowCases.dueAt), gt(workflowCases.dueAt, after), lte(workflowCases.dueAt, until)))
    .orderBy(asc(workflowCases.dueAt))
    .limit(limit);
  return rows.map(normaliseCase);
}

/** Records a reminder; false when it was already sent (so each is sent once). */
export async function claimReminder(db: Db, caseId: string, kind: 'due_soon' | 'overdue', dueAtMs: number): Promise<boolean> {
  const rows = await db.insert(workflowReminders).values({ caseId, kind, dueAtMs }).onConflictDoNothing().returning({ caseId: workflowReminders.caseId });
  return rows.length === 1;
}

/** Open cases of a workflow sitting in a state past that state's own deadline (e.g. intake not answered in time). */
export async function casesPastStateDue(db: Db, workflow: string, state: string, before: Date, limit: number): Promise<CaseRow[]> {
  const rows = await db
    .select()
    .from(workflowCases)
    .where(and(eq(workflowCases.workflow, workflow), eq(workflowCases.state, state), lte(workflowCases.stateDueAt, before), eq(workflowCases.ended, false)))
    .orderBy(asc(workflowCases.stateDueAt))
    .limit(limit);
  return rows.map(normaliseCase);
}
