// SQL of the 接诉即办 statistics: one GROUP BY per request over appeal_ticket, counting with FILTER clauses.
// The period is a range on created_at, which appeal_ticket_created_idx serves for short periods (a year is a
// sequential scan either way); hot spots read only (area, category, created_at), the columns of
// appeal_ticket_place_idx, so without a unit filter PostgreSQL can answer them from that index alone.
import { asc, sql, type SQL } from 'drizzle-orm';
import { addCalendarDays } from '../../../common/calendar/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { queryRows, toNumber } from '../../platform/db/index.ts';
import { appealCategories } from './tables.ts';

/** What 三率 and the other rates are made of (service/stats.ts says which rate divides what). */
export const RATE_COUNTS = [
  'tickets',
  'dispatched',
  'signDue',
  'signedOnTime',
  'calledBack',
  'solved',
  'satisfied',
  'basic',
  'unsatisfied',
  'completed',
  'onTime',
  'returned',
  'reopened',
  'extended',
  'merged',
  'answered',
  'invalid',
  'open',
] as const;
export type RateCounts = Record<(typeof RATE_COUNTS)[number], number>;

/**
 * Runs an aggregate with two planner settings of its own (SET LOCAL, undone at commit). appeal_ticket is written in
 * creation order (created_at's correlation is ≈ 1), but PostgreSQL costs a bitmap scan as if the rows were
 * scattered, and with the default random_page_cost of 4 (spinning disks) it reads the whole heap (≈ 700 MB at a
 * million tickets) for a 30-day period instead of that period's pages through appeal_ticket_created_idx: 300 ms
 * against 70 ms at 1M. JIT compiles the many FILTER expressions for ≈ 100 ms that a sub-second query does not win
 * back. A server configured with random_page_cost ≈ 1.1 and jit off needs neither.
 */
async function aggregate<T>(db: Db, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local random_page_cost = 1.1`);
    await tx.execute(sql`set local jit = off`);
    return queryRows<T>(tx, query);
  });
}

/** An instant as a typed parameter (both drivers take the text alike). */
const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;

export const zeroCounts = (): RateCounts => Object.fromEntries(RATE_COUNTS.map((k) => [k, 0])) as RateCounts;

/**
 * The counts per lead unit (null: tickets no unit led — answered on the call, invalid or merged before dispatch,
 * still waiting for dispatch) of tickets created in [from, to). `now` decides which unsigned tickets are past
 * their sign-for time.
 */
export async function rateCounts(db: Db, f: { from: Date; to: Date; now: Date }): Promise<{ departmentId: string | null; counts: RateCounts }[]> {
  const rows = await aggregate<Record<string, unknown>>(
    db,
    sql`select lead_department_id as "departmentId",
      count(*) as "tickets",
      count(dispatched_at) as "dispatched",
      count(*) filter (where signed_on_time is not null or (state = 'signing' and sign_due_at < ${iso(f.now)})) as "signDue",
      count(*) filter (where signed_on_time) as "signedOnTime",
      count(*) filter (where callback_contacted) as "calledBack",
      count(*) filter (where callback_contacted and callback_solved) as "solved",
      count(*) filter (where callback_contacted and callback_satisfaction = 'satisfied') as "satisfied",
      count(*) filter (where callback_contacted and callback_satisfaction = 'basic') as "basic",
      count(*) filter (where callback_contacted and callback_satisfaction = 'unsatisfied') as "unsatisfied",
      count(on_time) as "completed",
      count(*) filter (where on_time) as "onTime",
      count(*) filter (where dispatched_at is not null and return_count > 0) as "returned",
      count(*) filter (where reopen_count > 0) as "reopened",
      count(*) filter (where extension_count > 0) as "extended",
      count(merged_into) as "merged",
      count(*) filter (where outcome = 'answered') as "answered",
      count(*) filter (where outcome = 'invalid') as "invalid",
      count(*) filter (where state not in ('closed', 'merged', 'invalid')) as "open"
    from appeal_ticket
    where created_at >= ${iso(f.from)} and created_at < ${iso(f.to)}
    group by lead_department_id`,
  );
  return rows.map((r) => ({
    departmentId: (r.departmentId as string | null) ?? null,
    counts: Object.fromEntries(RATE_COUNTS.map((k) => [k, toNumber(r[k])])) as RateCounts,
  }));
}

export interface HotspotFilter {
  /** The period before (counted as one, no buckets) starts here; the period itself at `from`; both end before `to`. */
  previousFrom: Date;
  from: Date;
  to: Date;
  bucket: 'week' | 'month';
  /** Lead units (a handler's own); undefined for all. */
  departmentIds?: string[];
  categoryCode?: string;
  areaCode?: string;
}

/**
 * Tickets per category, area and bucket (the Shanghai week's Monday or month's 1st, 'YYYY-MM-DD') in [from, to),
 * and per category and area (bucket null) in [previousFrom, from).
 */
export async function hotspotCounts(db: Db, f: HotspotFilter): Promise<{ categoryCode: string; areaCode: string; bucket: string | null; count: number }[]> {
  const where: SQL[] = [sql`created_at >= ${iso(f.previousFrom)}`, sql`created_at < ${iso(f.to)}`];
  if (f.departmentIds) where.push(f.departmentIds.length ? sql`lead_department_id in (${sql.join(f.departmentIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`);
  if (f.categoryCode) where.push(sql`(category_code = ${f.categoryCode} or category_code like ${`${f.categoryCode.replace(/[\\%_]/g, (m) => `\\${m}`)}-%`})`);
  if (f.areaCode) where.push(sql`area_code = ${f.areaCode}`);
  // The bucket as a number (cheaper to compute and group than text): Shanghai has kept UTC+8 all year since 1991,
  // so the local day is the UTC instant plus eight hours; weeks count from Monday 1970-01-05, months from year 0.
  const local = sql`((created_at at time zone 'UTC') + interval '8 hours')`;
  const bucket = f.bucket === 'month' ? sql`(extract(year from ${local})::int * 12 + extract(month from ${local})::int - 1)` : sql`((${local}::date - date '1970-01-05') / 7)`;
  const rows = await aggregate<Record<string, unknown>>(
    db,
    sql`select category_code as "categoryCode", area_code as "areaCode",
      case when created_at >= ${iso(f.from)} then ${bucket} end as "bucket",
      count(*) as "count"
    from appeal_ticket
    where ${sql.join(where, sql` and `)}
    group by 1, 2, 3`,
  );
  const dayOf = (n: number) => (f.bucket === 'month' ? `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-01` : addCalendarDays('1970-01-05', 7 * n));
  return rows.map((r) => ({ categoryCode: r.categoryCode as string, areaCode: r.areaCode as string, bucket: r.bucket === null || r.bucket === undefined ? null : dayOf(toNumber(r.bucket)), count: toNumber(r.count) }));
}

/** Category names by code, in both languages (the category table is small). */
export async function categoryNames(db: Db): Promise<Map<string, { zh: string; en: string }>> {
  const rows = await db.select({ code: appealCategories.code, name: appealCategories.name, nameEn: appealCategories.nameEn }).from(appealCategories).orderBy(asc(appealCategories.code));
  return new Map(rows.map((r) => [r.code, { zh: r.name, en: r.nameEn || r.name }]));
}
