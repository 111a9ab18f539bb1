// SQL of the 接诉即办 statistics: one GROUP BY per request, counting with FILTER clauses — over the tickets for the
// days not settled yet, and over the settled days' tallies (stats-tally.ts) for the rest. The period is a range on
// created_at, which appeal_ticket_created_idx serves; hot spots read only (area, category, created_at), the columns
// of appeal_ticket_place_idx, so without a unit filter PostgreSQL can answer them from that index alone.
import { asc, sql, type SQL } from 'drizzle-orm';
import { addCalendarDays, shanghaiDate, startOfShanghaiDay } from '../../../common/calendar/index.ts';
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
export async function aggregate<T>(db: Db, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local random_page_cost = 1.1`);
    await tx.execute(sql`set local jit = off`);
    return queryRows<T>(tx, query);
  });
}

/** An instant as a typed parameter (both drivers take the text alike). */
export const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;

export const zeroCounts = (): RateCounts => Object.fromEntries(RATE_COUNTS.map((k) => [k, 0])) as RateCounts;

// ---- settled days (stats-tally.ts settles them) ----

/** A run of whole Shanghai days as instants [start, end). */
export interface Range {
  start: Date;
  end: Date;
}

/** A list of days as one `date[]` parameter. */
export const dayList = (days: readonly string[]) => sql`${`{${days.join(',')}}`}::date[]`;

/** The settled days in [first, last], in order. */
export async function settledIn(db: Db, first: string, last: string): Promise<string[]> {
  const rows = await queryRows<{ day: string }>(db, sql`select day::text as day from appeal_settled_day where day >= ${first}::date and day <= ${last}::date order by day`);
  return rows.map((r) => r.day);
}

/** The days of [first, last] not in `settled` (sorted), as runs of whole days. */
export function unsettledRanges(first: string, last: string, settled: readonly string[]): Range[] {
  const skip = new Set(settled);
  const ranges: Range[] = [];
  let runStart: string | null = null;
  for (let day = first; day <= addCalendarDays(last, 1); day = addCalendarDays(day, 1)) {
    const counted = day <= last && !skip.has(day);
    if (counted && runStart === null) runStart = day;
    if (!counted && runStart !== null) {
      ranges.push({ start: startOfShanghaiDay(runStart), end: startOfShanghaiDay(day) });
      runStart = null;
    }
  }
  return ranges;
}


/** The counts of RATE_COUNTS as select-list items (`now` decides which unsigned tickets are past their sign-for time). */
export function rateColumns(now: Date): SQL {
  return sql`count(*) as "tickets",
      count(dispatched_at) as "dispatched",
      count(*) filter (where signed_on_time is not null or (state = 'signing' and sign_due_at < ${iso(now)})) as "signDue",
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
      count(*) filter (where state not in ('closed', 'merged', 'invalid')) as "open"`;
}

/** created_at in any of the ranges (each a run of whole Shanghai days). */
export const inRanges = (ranges: readonly Range[]) => sql`(${sql.join(ranges.map((r) => sql`(created_at >= ${iso(r.start)} and created_at < ${iso(r.end)})`), sql` or `)})`;

/** The Shanghai day the first and last instant of [from, to) fall on. */
const daysOf = (from: Date, to: Date) => ({ first: shanghaiDate(from), last: shanghaiDate(new Date(to.getTime() - 1)) });

/**
 * The counts per lead unit (null: tickets no unit led — answered on the call, invalid or merged before dispatch,
 * still waiting for dispatch) of tickets created in [from, to) — whole Shanghai days — from the settled days'
 * tally and the other days' tickets. `now` decides which unsigned tickets are past their sign-for time.
 */
export async function rateCounts(db: Db, f: { from: Date; to: Date; now: Date }): Promise<{ departmentId: string | null; counts: RateCounts }[]> {
  const { first, last } = daysOf(f.from, f.to);
  // The settled days read once: a day settled after this is counted from its tickets, never twice.
  const settled = await settledIn(db, first, last);
  const ranges = unsettledRanges(first, last, settled);
  const sums = RATE_COUNTS.map((k) => sql`sum((counts->>${k})::bigint) as ${sql.identifier(k)}`);
  const [live, tallied] = await Promise.all([
    ranges.length ? aggregate<Record<string, unknown>>(db, sql`select lead_department_id as "departmentId", ${rateColumns(f.now)} from appeal_ticket where ${inRanges(ranges)} group by lead_department_id`) : [],
    settled.length ? queryRows<Record<string, unknown>>(db, sql`select department_id as "departmentId", ${sql.join(sums, sql`, `)} from appeal_day_rate where day = any(${dayList(settled)}) group by department_id`) : [],
  ]);
  const byUnit = new Map<string | null, RateCounts>();
  for (const r of [...live, ...tallied]) {
    const key = (r.departmentId as string | null) ?? null;
    const counts = byUnit.get(key) ?? zeroCounts();
    for (const k of RATE_COUNTS) counts[k] += toNumber(r[k]);
    byUnit.set(key, counts);
  }
  return [...byUnit].map(([departmentId, counts]) => ({ departmentId, counts }));
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
  const { first, last } = daysOf(f.previousFrom, f.to);
  const fromDay = shanghaiDate(f.from);
  const settled = await settledIn(db, first, last);
  const ranges = unsettledRanges(first, last, settled);
  const filters = (unit: string, category: string, area: string): SQL[] => {
    const where: SQL[] = [];
    if (f.departmentIds) where.push(f.departmentIds.length ? sql`${sql.raw(unit)} in (${sql.join(f.departmentIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`);
    if (f.categoryCode) where.push(sql`(${sql.raw(category)} = ${f.categoryCode} or ${sql.raw(category)} like ${`${f.categoryCode.replace(/[\\%_]/g, (m) => `\\${m}`)}-%`})`);
    if (f.areaCode) where.push(sql`${sql.raw(area)} = ${f.areaCode}`);
    return where;
  };
  // The bucket as a number (cheaper to compute and group than text): Shanghai has kept UTC+8 all year since 1991,
  // so the local day is the UTC instant plus eight hours; weeks count from Monday 1970-01-05, months from year 0.
  const bucketOfDay = (day: SQL) => (f.bucket === 'month' ? sql`(extract(year from ${day})::int * 12 + extract(month from ${day})::int - 1)` : sql`((${day} - date '1970-01-05') / 7)`);
  const localDay = sql`((created_at at time zone 'UTC') + interval '8 hours')::date`;
  const [live, tallied] = await Promise.all([
    ranges.length
      ? aggregate<Record<string, unknown>>(
          db,
          sql`select category_code as "categoryCode", area_code as "areaCode",
            case when created_at >= ${iso(f.from)} then ${bucketOfDay(localDay)} end as "bucket",
            count(*) as "count"
          from appeal_ticket
          where ${sql.join([inRanges(ranges), ...filters('lead_department_id', 'category_code', 'area_code')], sql` and `)}
          group by 1, 2, 3`,
        )
      : [],
    settled.length
      ? queryRows<Record<string, unknown>>(
          db,
          sql`select category_code as "categoryCode", area_code as "areaCode",
            case when day >= ${fromDay}::date then ${bucketOfDay(sql`day`)} end as "bucket",
            sum(count) as "count"
          from appeal_day_place
          where ${sql.join([sql`day = any(${dayList(settled)})`, ...filters('department_id', 'category_code', 'area_code')], sql` and `)}
          group by 1, 2, 3`,
        )
      : [],
  ]);
  const dayOf = (n: number) => (f.bucket === 'month' ? `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-01` : addCalendarDays('1970-01-05', 7 * n));
  const merged = new Map<string, { categoryCode: string; areaCode: string; bucket: string | null; count: number }>();
  for (const r of [...live, ...tallied]) {
    const bucket = r.bucket === null || r.bucket === undefined ? null : dayOf(toNumber(r.bucket));
    const key = `${String(r.categoryCode)}|${String(r.areaCode)}|${bucket ?? ''}`;
    const row = merged.get(key) ?? { categoryCode: r.categoryCode as string, areaCode: r.areaCode as string, bucket, count: 0 };
    row.count += toNumber(r.count);
    merged.set(key, row);
  }
  return [...merged.values()];
}

/** Category names by code, in both languages (the category table is small). */
export async function categoryNames(db: Db): Promise<Map<string, { zh: string; en: string }>> {
  const rows = await db.select({ code: appealCategories.code, name: appealCategories.name, nameEn: appealCategories.nameEn }).from(appealCategories).orderBy(asc(appealCategories.code));
  return new Map(rows.map((r) => [r.code, { zh: r.name, en: r.nameEn || r.name }]));
}
