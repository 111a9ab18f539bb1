// SQL for the applications statistics the metrics room and the office read (counts, shares, times).
import { and, gte, lt, sql, type SQL, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toNumber } from '../../platform/db/index.ts';
import { applications, postChecks } from './tables.ts';

export interface StatsFilter {
  from?: Date;
  to?: Date;
  departmentId?: string;
}

/** Submitted applications (items and bundle members: the units a department decides) in the period. */
function unitWhere(f: StatsFilter): SQL {
  const parts: SQL[] = [sql`${applications.kind} in ('item', 'member')`, sql`${applications.submittedAt} is not null`];
  if (f.from) parts.push(gte(applications.submittedAt, f.from));
  if (f.to) parts.push(lt(applications.submittedAt, f.to));
  if (f.departmentId) parts.push(eq(applications.departmentId, f.departmentId));
  return and(...parts)!;
}

export async function countsBy(db: Db, f: StatsFilter, column: 'channel' | 'state' | 'department_id' | 'item_code', limit = 50) {
  const col = { channel: applications.channel, state: applications.state, department_id: applications.departmentId, item_code: applications.itemCode }[column];
  const rows = await db
    .select({ key: col, count: sql<number>`count(*)` })
    .from(applications)
    .where(unitWhere(f))
    .groupBy(col)
    .orderBy(sql`count(*) desc`)
    .limit(limit);
  return rows.map((r) => ({ key: String(r.key ?? ''), count: toNumber(r.count) }));
}

export async function totals(db: Db, f: StatsFilter, fullyOnlineCodes: string[]) {
  const codes = fullyOnlineCodes.length ? sql.join(fullyOnlineCodes.map((c) => sql`${c}`), sql`, `) : sql`''`;
  const [row] = await db
    .select({
      total: sql<number>`count(*)`,
      fullyOnline: sql<number>`count(*) filter (where ${applications.channel} in ('online', 'mobile') and ${applications.itemCode} in (${codes}))`,
      finished: sql<number>`count(*) filter (where ${applications.finishedAt} is not null and ${applications.workingDays} is not null)`,
      avgDays: sql<number | null>`avg(${applications.workingDays}) filter (where ${applications.finishedAt} is not null)`,
      maxDays: sql<number | null>`max(${applications.workingDays}) filter (where ${applications.finishedAt} is not null)`,
      onTime: sql<number>`count(*) filter (where ${applications.onTime})`,
      judged: sql<number>`count(*) filter (where ${applications.onTime} is not null)`,
      exempted: sql<number>`coalesce(sum(${applications.exemptedCount}), 0)`,
      crossRegion: sql<number>`count(*) filter (where ${applications.channel} = 'crossRegion')`,
      commitment: sql<number>`count(*) filter (where ${applications.commitment})`,
    })
    .from(applications)
    .where(unitWhere(f));
  return {
    total: toNumber(row?.total),
    fullyOnline: toNumber(row?.fullyOnline),
    finished: toNumber(row?.finished),
    avgDays: row?.avgDays === null || row?.avgDays === undefined ? null : Number(row.avgDays),
    maxDays: row?.maxDays === null || row?.maxDays === undefined ? null : Number(row.maxDays),
    onTime: toNumber(row?.onTime),
    judged: toNumber(row?.judged),
    exempted: toNumber(row?.exempted),
    crossRegion: toNumber(row?.crossRegion),
    commitment: toNumber(row?.commitment),
  };
}

export async function bundleCount(db: Db, f: StatsFilter) {
  const parts: SQL[] = [sql`${applications.kind} = 'bundle'`, sql`${applications.submittedAt} is not null`];
  if (f.from) parts.push(gte(applications.submittedAt, f.from));
  if (f.to) parts.push(lt(applications.submittedAt, f.to));
  if (f.departmentId) parts.push(eq(applications.departmentId, f.departmentId));
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(applications).where(and(...parts));
  return toNumber(row?.n);
}

export async function failedPostChecks(db: Db, f: StatsFilter) {
  const parts: SQL[] = [sql`${postChecks.result} = 'failed'`];
  if (f.from) parts.push(gte(postChecks.checkedAt, f.from));
  if (f.to) parts.push(lt(postChecks.checkedAt, f.to));
  if (f.departmentId) parts.push(eq(postChecks.departmentId, f.departmentId));
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(postChecks).where(and(...parts));
  return toNumber(row?.n);
}
