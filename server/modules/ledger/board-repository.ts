// SQL of the ledger's board, dispatch-meeting packs and statistics. The board and the pack read the few columns
// they need of every task in one query (≈ 10 000 rows is a few megabytes at most) and work the lights out in JS:
// no per-task query. Cancelled tasks (已撤销) are left out of every figure here.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { queryRows, toNumber } from '../../platform/db/index.ts';
import { ledgerSources, ledgerTasks } from './tables.ts';

export type SourceRow = Pick<typeof ledgerSources.$inferSelect, 'id' | 'kind' | 'code' | 'title' | 'periodStart' | 'periodEnd' | 'parentId'>;

/** A task as the board and the pack read it. */
export interface SnapshotTask {
  id: string;
  number: string;
  title: string;
  sourceId: string;
  leadDepartmentId: string;
  startsOn: string;
  dueOn: string;
  progress: number;
  state: string;
  escalated: boolean;
  closedAt: Date | null;
  createdAt: Date;
  lastReportAt: Date | null;
  originType: string | null;
  originId: string | null;
}

export type TaskRecord = typeof ledgerTasks.$inferSelect;

const ms = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

/**
 * Every task (not cancelled) created by `createdBy`, optionally of one source: one query, read raw (dates as text,
 * instants as epoch milliseconds) — at 10 000 rows the query builder's decoding costs more than the query.
 */
export async function snapshotTasks(db: Db, f: { createdBy: Date; sourceId?: string }): Promise<SnapshotTask[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select id, number, title, source_id, lead_department_id, starts_on::text as starts_on, due_on::text as due_on, progress, state, escalated,
          ${ms('closed_at')} as closed_at, ${ms('created_at')} as created_at, ${ms('last_report_at')} as last_report_at, origin_type, origin_id
        from ledger_task
        where state <> 'cancelled' and created_at <= ${f.createdBy.toISOString()}::timestamptz ${f.sourceId ? sql`and source_id = ${f.sourceId}` : sql``}`,
  );
  const instant = (v: unknown) => (v === null || v === undefined ? null : new Date(Number(v)));
  return rows.map((r) => ({
    id: String(r.id),
    number: String(r.number),
    title: String(r.title),
    sourceId: String(r.source_id),
    leadDepartmentId: String(r.lead_department_id),
    startsOn: String(r.starts_on),
    dueOn: String(r.due_on),
    progress: Number(r.progress),
    state: String(r.state),
    escalated: r.escalated === true,
    closedAt: instant(r.closed_at),
    createdAt: instant(r.created_at)!,
    lastReportAt: instant(r.last_report_at),
    originType: (r.origin_type as string | null) ?? null,
    originId: (r.origin_id as string | null) ?? null,
  }));
}

export async function listSources(db: Db): Promise<SourceRow[]> {
  return db
    .select({ id: ledgerSources.id, kind: ledgerSources.kind, code: ledgerSources.code, title: ledgerSources.title, periodStart: ledgerSources.periodStart, periodEnd: ledgerSources.periodEnd, parentId: ledgerSources.parentId })
    .from(ledgerSources)
    .orderBy(asc(ledgerSources.periodStart), asc(ledgerSources.code));
}

export async function findSource(db: Db, id: string): Promise<SourceRow | null> {
  const [row] = await db
    .select({ id: ledgerSources.id, kind: ledgerSources.kind, code: ledgerSources.code, title: ledgerSources.title, periodStart: ledgerSources.periodStart, periodEnd: ledgerSources.periodEnd, parentId: ledgerSources.parentId })
    .from(ledgerSources)
    .where(eq(ledgerSources.id, id));
  return row ?? null;
}

/** Whole task rows (a meeting's decisions), with their source's kind and title. */
export async function tasksWithSource(db: Db, where: SQL): Promise<(TaskRecord & { sourceKind: string; sourceTitle: string })[]> {
  const rows = await db
    .select({ task: ledgerTasks, sourceKind: ledgerSources.kind, sourceTitle: ledgerSources.title })
    .from(ledgerTasks)
    .innerJoin(ledgerSources, eq(ledgerSources.id, ledgerTasks.sourceId))
    .where(where)
    .orderBy(asc(ledgerTasks.createdAt), asc(ledgerTasks.number));
  return rows.map((r) => ({ ...r.task, sourceKind: r.sourceKind, sourceTitle: r.sourceTitle }));
}

/** Tasks decided at a dispatch meeting: origin 'meeting_decision', origin id `<meetingId>:<decisionId>`. */
export const MEETING_DECISION = 'meeting_decision';
export const decisionOriginId = (meetingId: string, decisionId: string) => `${meetingId}:${decisionId}`;
export function meetingOfDecision(originId: string | null): string | null {
  const i = originId ? originId.indexOf(':') : -1;
  return i > 0 ? originId!.slice(0, i) : null;
}

/** The decisions of these meetings (whole rows, oldest first). */
export async function decisionTasks(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return tasksWithSource(db, and(eq(ledgerTasks.originType, MEETING_DECISION), inArray(sql`split_part(${ledgerTasks.originId}, ':', 1)`, meetingIds))!);
}

// ── statistics (ledgerStats) ──────────────────────────────────────────────────────────────────────

export interface StatsPeriod {
  /** [start, end): the Asia/Shanghai days from..to as instants. */
  start: Date;
  end: Date;
  from: string;
  to: string;
}

const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Tasks created in the period by source kind and batch, with those of them closed by its end. */
export async function taskCounts(db: Db, p: StatsPeriod): Promise<{ kind: string; batch: string | null; tasks: number; closed: number }[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select s.kind as "kind", t.batch as "batch", count(*) as "tasks",
          count(*) filter (where t.state = 'closed' and t.closed_at < ${iso(p.end)}) as "closed"
        from ledger_task t join ledger_source s on s.id = t.source_id
        where t.created_at >= ${iso(p.start)} and t.created_at < ${iso(p.end)} and t.state <> 'cancelled'
        group by s.kind, t.batch`,
  );
  return rows.map((r) => ({ kind: String(r.kind), batch: (r.batch as string | null) ?? null, tasks: toNumber(r.tasks), closed: toNumber(r.closed) }));
}

/** Issues listed in the period by source kind. */
export async function issueCounts(db: Db, p: StatsPeriod): Promise<{ kind: string; issues: number }[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select s.kind as "kind", count(*) as "issues" from ledger_issue i join ledger_source s on s.id = i.source_id
        where i.created_at >= ${iso(p.start)} and i.created_at < ${iso(p.end)} group by s.kind`,
  );
  return rows.map((r) => ({ kind: String(r.kind), issues: toNumber(r.issues) }));
}

/** Submissions to and acceptances by the province, escalations opened and meetings held in the period. */
export async function eventCounts(db: Db, p: StatsPeriod): Promise<{ provincialSubmitted: number; provincialAccepted: number; escalations: number; meetings: number }> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select
          (select count(*) from ledger_task where provincial_submitted_at >= ${iso(p.start)} and provincial_submitted_at < ${iso(p.end)}) as "provincialSubmitted",
          (select count(*) from ledger_task where provincial_accepted_at >= ${iso(p.start)} and provincial_accepted_at < ${iso(p.end)}) as "provincialAccepted",
          (select count(*) from ledger_escalation where opened_at >= ${iso(p.start)} and opened_at < ${iso(p.end)}) as "escalations",
          (select count(*) from ledger_meeting where pack is not null and held_on >= ${p.from}::date and held_on <= ${p.to}::date) as "meetings"`,
  );
  return {
    provincialSubmitted: toNumber(row?.provincialSubmitted),
    provincialAccepted: toNumber(row?.provincialAccepted),
    escalations: toNumber(row?.escalations),
    meetings: toNumber(row?.meetings),
  };
}
