// SQL of the ledger's structure: the leading group's members over time, sources, issues and measures (with
// their task counts), and the configurable rules. Writes are PendingWrites sent with their audit rows.
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db, PendingWrite } from '../../platform/db/index.ts';
import { insertRow, queryRows, selectById, toNumber, updateRow } from '../../platform/db/index.ts';
import { ledgerIssues, ledgerMeasures, ledgerMembers, ledgerSettings, ledgerSources, ledgerTasks } from './tables.ts';

export type MemberRow = typeof ledgerMembers.$inferSelect;
export type NewMember = typeof ledgerMembers.$inferInsert;
export type SourceRow = typeof ledgerSources.$inferSelect;
export type NewSource = typeof ledgerSources.$inferInsert;
export type IssueRow = typeof ledgerIssues.$inferSelect;
export type NewIssue = typeof ledgerIssues.$inferInsert;
export type MeasureRow = typeof ledgerMeasures.$inferSelect;
export type NewMeasure = typeof ledgerMeasures.$inferInsert;

/** Refusal reason of a versioned structure write (WriteRefused.reason). */
export const STALE = 'version';

const versioned = (table: Parameters<typeof updateRow>[0], id: string, version: number, changes: Record<string, unknown>) =>
  updateRow(table, { ...changes, updatedAt: new Date() }, { id, version }, { increment: ['version'], required: STALE });

// ── members (领导小组成员单位) ──────────────────────────────────────────────────────────────────────

/** Members: on a date (joined by then, not yet left), or every row ever (history), by role and date joined. */
export async function listMembers(db: Db, on?: string): Promise<MemberRow[]> {
  const where = on ? and(lte(ledgerMembers.joinedOn, on), or(isNull(ledgerMembers.leftOn), sql`${ledgerMembers.leftOn} > ${on}`)) : undefined;
  return db.select().from(ledgerMembers).where(where).orderBy(asc(ledgerMembers.joinedOn), asc(ledgerMembers.id));
}

/** Who joined and who left between two dates (inclusive). */
export async function memberChanges(db: Db, from: string, to: string): Promise<{ joined: MemberRow[]; left: MemberRow[] }> {
  const [joined, left] = await Promise.all([
    db.select().from(ledgerMembers).where(and(gte(ledgerMembers.joinedOn, from), lte(ledgerMembers.joinedOn, to))).orderBy(asc(ledgerMembers.joinedOn)),
    db.select().from(ledgerMembers).where(and(isNotNull(ledgerMembers.leftOn), gte(ledgerMembers.leftOn, from), lte(ledgerMembers.leftOn, to))).orderBy(asc(ledgerMembers.leftOn)),
  ]);
  return { joined, left };
}

export const findMember = (db: Db, id: string) => selectById<MemberRow>(db, ledgerMembers, id);
export const insertMemberWrite = (row: NewMember): PendingWrite => insertRow(ledgerMembers, row);
export const updateMemberWrite = (id: string, version: number, changes: Partial<NewMember>) => versioned(ledgerMembers, id, version, changes);

// ── sources (台账来源) ──────────────────────────────────────────────────────────────────────────────

export interface Counted {
  tasks: number;
  closed: number;
}

const countsOf = (group: SQL) =>
  sql`select ${group} as "key", count(*) as "tasks", count(*) filter (where ${ledgerTasks.state} = 'closed') as "closed" from ${ledgerTasks}`;

/** Every source with its task counts, by kind and code. */
export async function listSources(db: Db): Promise<(SourceRow & Counted)[]> {
  const [sources, counts] = await Promise.all([
    db.select().from(ledgerSources).orderBy(asc(ledgerSources.kind), asc(ledgerSources.code)),
    queryRows(db, sql`${countsOf(sql`${ledgerTasks.sourceId}`)} group by ${ledgerTasks.sourceId}`),
  ]);
  const byId = countMap(counts);
  return sources.map((s) => ({ ...s, ...(byId.get(s.id) ?? { tasks: 0, closed: 0 }) }));
}

function countMap(rows: Record<string, unknown>[]): Map<string, Counted> {
  return new Map(rows.map((r) => [String(r.key), { tasks: toNumber(r.tasks), closed: toNumber(r.closed) }]));
}

export async function sourceCounts(db: Db, sourceId: string): Promise<Counted> {
  const rows = await queryRows(db, sql`${countsOf(sql`${ledgerTasks.sourceId}`)} where ${ledgerTasks.sourceId} = ${sourceId} group by ${ledgerTasks.sourceId}`);
  return countMap(rows).get(sourceId) ?? { tasks: 0, closed: 0 };
}

export const findSource = (db: Db, id: string) => selectById<SourceRow>(db, ledgerSources, id);

export async function findSourceByCode(db: Db, code: string): Promise<SourceRow | null> {
  const [row] = await db.select().from(ledgerSources).where(eq(ledgerSources.code, code));
  return row ?? null;
}

export const insertSourceWrite = (row: NewSource): PendingWrite => insertRow(ledgerSources, row);
export const updateSourceWrite = (id: string, version: number, changes: Partial<NewSource>) => versioned(ledgerSources, id, version, changes);

/** A standing source (one per kind and year) made on demand: nothing happens when its code exists already. */
export function ensureSourceWrite(row: NewSource): PendingWrite {
  const w = insertRow(ledgerSources, row) as { text: string; params: unknown[] };
  return { text: w.text.replace(/ returning 1$/, ' on conflict ("code") do nothing returning 1'), params: w.params };
}

/** The parent chain of a source (its plan, that plan's plan …), nearest first, at most 20 deep. */
export async function ancestorsOf(db: Db, id: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from ledger_source where id = ${id}
      union all select s.id, s.parent_id, up.depth + 1 from ledger_source s join up on s.id = up.parent_id where up.depth < 20)
    select id from up where depth > 0 order by depth`);
  return rows.map((r) => String(r.id));
}

// ── issues (问题) and measures (整改措施) ───────────────────────────────────────────────────────────

export const findIssue = (db: Db, id: string) => selectById<IssueRow>(db, ledgerIssues, id);
export const findMeasure = (db: Db, id: string) => selectById<MeasureRow>(db, ledgerMeasures, id);

export async function issueByCode(db: Db, sourceId: string, code: string): Promise<IssueRow | null> {
  const [row] = await db.select().from(ledgerIssues).where(and(eq(ledgerIssues.sourceId, sourceId), eq(ledgerIssues.code, code)));
  return row ?? null;
}

export async function measureByCode(db: Db, issueId: string, code: string): Promise<MeasureRow | null> {
  const [row] = await db.select().from(ledgerMeasures).where(and(eq(ledgerMeasures.issueId, issueId), eq(ledgerMeasures.code, code)));
  return row ?? null;
}

export const insertIssueWrite = (row: NewIssue): PendingWrite => insertRow(ledgerIssues, row);
export const updateIssueWrite = (id: string, version: number, changes: Partial<NewIssue>) => versioned(ledgerIssues, id, version, changes);
export const insertMeasureWrite = (row: NewMeasure): PendingWrite => insertRow(ledgerMeasures, row);
export const updateMeasureWrite = (id: string, version: number, changes: Partial<NewMeasure>) => versioned(ledgerMeasures, id, version, changes);

/** A source's issues and their measures, each with task counts, plus the tasks hung on no issue. */
export async function treeOf(db: Db, sourceId: string) {
  const issues = await db.select().from(ledgerIssues).where(eq(ledgerIssues.sourceId, sourceId)).orderBy(asc(ledgerIssues.code));
  const measures = issues.length
    ? await db.select().from(ledgerMeasures).where(inArray(ledgerMeasures.issueId, issues.map((i) => i.id))).orderBy(asc(ledgerMeasures.code))
    : [];
  const where = sql`where ${ledgerTasks.sourceId} = ${sourceId}`;
  const [byIssue, byMeasure] = await Promise.all([
    queryRows(db, sql`${countsOf(sql`coalesce(${ledgerTasks.issueId}::text, '')`)} ${where} group by 1`),
    queryRows(db, sql`${countsOf(sql`${ledgerTasks.measureId}::text`)} ${where} and ${ledgerTasks.measureId} is not null group by 1`),
  ]);
  return {
    issues,
    measures,
    byIssue: countMap(byIssue),
    byMeasure: countMap(byMeasure),
  };
}

// ── the configurable rules (ledger_setting) ─────────────────────────────────────────────────────────

export async function findSetting(db: Db, key: string): Promise<{ value: Record<string, unknown>; version: number } | null> {
  const [row] = await db.select({ value: ledgerSettings.value, version: ledgerSettings.version }).from(ledgerSettings).where(eq(ledgerSettings.key, key));
  return row ? { value: row.value as Record<string, unknown>, version: row.version } : null;
}

/** The setting saved at `version` (0: not saved yet); refused as STALE when someone saved meanwhile. */
export function saveSettingWrite(key: string, value: Record<string, unknown>, version: number, by: string | null): PendingWrite {
  return version === 0
    ? { text: 'insert into "ledger_setting" ("key", "value", "version", "updated_by") values ($1, $2::jsonb, 1, $3) on conflict ("key") do nothing returning 1', params: [key, JSON.stringify(value), by], returns: true, required: STALE }
    : updateRow(ledgerSettings, { value, updatedAt: new Date(), updatedBy: by }, { key, version }, { increment: ['version'], required: STALE });
}
