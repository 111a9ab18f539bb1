// SQL for the 好差评 tally (evaluation_tally): adding a change in the writer's transaction, and the
// metrics read as sums over it.
import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { insertRecordset, queryRows } from '../../platform/db/index.ts';
import { evaluationTally, evaluationTallyMonth } from './tables.ts';

export const COUNTS = ['invited', 'rated', 'answered', 'l1', 'l2', 'l3', 'l4', 'l5', 'bad', 'calledBack', 'rectified', 'realNameBad', 'realNameBadClosed', 'loopsClosed', 'loopsOnTime'] as const;
export type Count = (typeof COUNTS)[number];
export type Counts = Record<Count, number>;
export const zeroCounts = (): Counts => Object.fromEntries(COUNTS.map((c) => [c, 0])) as Counts;

export interface TallyKey {
  day: string;
  departmentId: string;
  itemCode: string;
  hallId: string;
  channel: string;
}

const column = (c: Count) => evaluationTally[c];
const columnName = (c: Count) => column(c).name;

/**
 * The item code of the rows that count every item together: each change is added under its item (without its hall:
 * nothing asks for items by hall) and again under this one with its hall, so figures by department, hall, channel
 * or month read a few rows per day instead of one per item and hall, and figures by item one per item.
 */
export const ALL_ITEMS = '*';

/** Adds (or, with negative numbers, takes away) counts under their keys; rows are merged by key first. */
export async function addTally(db: Db, changes: { key: TallyKey; counts: Partial<Counts> }[]) {
  const merged = new Map<string, TallyKey & Counts>();
  const put = (key: TallyKey, counts: Partial<Counts>) => {
    const k = `${key.day}|${key.departmentId}|${key.itemCode}|${key.hallId}|${key.channel}`;
    const row = merged.get(k) ?? { ...key, ...zeroCounts() };
    for (const c of COUNTS) row[c] += counts[c] ?? 0;
    merged.set(k, row);
  };
  for (const { key, counts } of changes) {
    put({ ...key, hallId: '' }, counts);
    put({ ...key, itemCode: ALL_ITEMS }, counts);
  }
  const rows = [...merged.values()].filter((r) => COUNTS.some((c) => r[c] !== 0));
  const set = sql.join(
    COUNTS.map((c) => sql`${sql.identifier(columnName(c))} = ${evaluationTally}.${sql.identifier(columnName(c))} + excluded.${sql.identifier(columnName(c))}`),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += 1000) {
    await insertRecordset(db, evaluationTally, rows.slice(i, i + 1000) as unknown as Record<string, unknown>[], sql`on conflict (day, department_id, item_code, hall_id, channel) do update set ${set}`);
  }
  // The same change, per month.
  const months = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const month = `${r.day.slice(0, 7)}-01`;
    const k = `${month}|${r.departmentId}|${r.itemCode}|${r.hallId}|${r.channel}`;
    const m = (months.get(k) ?? { month, departmentId: r.departmentId, itemCode: r.itemCode, hallId: r.hallId, channel: r.channel, ...zeroCounts() }) as Record<string, unknown> & Counts;
    for (const c of COUNTS) m[c] += r[c];
    months.set(k, m);
  }
  const monthSet = sql.join(
    COUNTS.map((c) => sql`${sql.identifier(columnName(c))} = ${evaluationTallyMonth}.${sql.identifier(columnName(c))} + excluded.${sql.identifier(columnName(c))}`),
    sql`, `,
  );
  const monthRows = [...months.values()];
  for (let i = 0; i < monthRows.length; i += 1000) {
    await insertRecordset(db, evaluationTallyMonth, monthRows.slice(i, i + 1000), sql`on conflict (month, department_id, item_code, hall_id, channel) do update set ${monthSet}`);
  }
}

export interface TallyFilter {
  from?: string;
  to?: string;
  departmentIds?: string[] | 'all';
  channel?: string;
}

/** The first day of the month after the one `day` falls in (YYYY-MM-DD). */
function nextMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * Splits [from, to) into whole months (read from the monthly tally) and the days before and after them (read from
 * the daily one). Open ends are whole months.
 */
export function splitPeriod(from?: string, to?: string): { months: { from?: string; to?: string } | null; days: { from?: string; to?: string }[] } {
  const monthFrom = from === undefined ? undefined : from.endsWith('-01') ? from : nextMonth(from);
  const monthTo = to === undefined ? undefined : `${to.slice(0, 7)}-01`;
  if (monthFrom !== undefined && monthTo !== undefined && monthFrom >= monthTo) return { months: null, days: [{ from, to }] };
  const days: { from?: string; to?: string }[] = [];
  if (from !== undefined && monthFrom !== from) days.push({ from, to: monthFrom });
  if (to !== undefined && monthTo !== to) days.push({ from: monthTo, to });
  return { months: { from: monthFrom, to: monthTo }, days };
}

const GROUP_COLUMNS = { department: 'department_id', item: 'item_code', hall: 'hall_id', channel: 'channel' } as const;

/**
 * Sums of every count per group (department, item, hall, channel or month) over the days of the filter: whole
 * months from the monthly tally, the days at either end from the daily one. Rows are grouped by the column itself
 * and only each group's key is made text (casting every row's uuid, or formatting every row's day, cost a third of
 * the time over a year of a million ratings).
 */
export async function sumTally(db: Db, groupBy: 'department' | 'item' | 'hall' | 'channel' | 'month', f: TallyFilter): Promise<({ key: string } & Counts)[]> {
  const filters = (t: typeof evaluationTally | typeof evaluationTallyMonth): SQL[] => {
    // By item: the rows of each item; otherwise the rows that count all items together.
    // (A literal, not a parameter, so the planner can use the all-items partial index.)
    const parts: SQL[] = [groupBy === 'item' ? sql`${t.itemCode} <> '*'` : sql`${t.itemCode} = '*'`];
    if (f.channel) parts.push(eq(t.channel, f.channel));
    if (f.departmentIds && f.departmentIds !== 'all') parts.push(f.departmentIds.length ? inArray(t.departmentId, f.departmentIds) : sql`false`);
    return parts;
  };
  const names = COUNTS.map((c) => sql.identifier(columnName(c)));
  const countList = sql.join(names, sql`, `);
  const { months, days } = splitPeriod(f.from, f.to);
  const sources: SQL[] = [];
  if (months) {
    const parts = filters(evaluationTallyMonth);
    if (months.from) parts.push(gte(evaluationTallyMonth.month, months.from));
    if (months.to) parts.push(lt(evaluationTallyMonth.month, months.to));
    sources.push(sql`select month as day, department_id, item_code, hall_id, channel, ${countList} from ${evaluationTallyMonth}${parts.length ? sql` where ${and(...parts)}` : sql``}`);
  }
  for (const d of days) {
    const parts = filters(evaluationTally);
    if (d.from) parts.push(gte(evaluationTally.day, d.from));
    if (d.to) parts.push(lt(evaluationTally.day, d.to));
    sources.push(sql`select day, department_id, item_code, hall_id, channel, ${countList} from ${evaluationTally}${parts.length ? sql` where ${and(...parts)}` : sql``}`);
  }
  const month = sql`date_trunc('month', t.day::timestamp)`;
  const [group, key] = groupBy === 'month' ? [month, sql`to_char(${month}, 'YYYY-MM')`] : [sql.raw(`t.${GROUP_COLUMNS[groupBy]}`), sql.raw(groupBy === 'department' ? 't.department_id::text' : `t.${GROUP_COLUMNS[groupBy]}`)];
  const sums = sql.join(
    COUNTS.map((c) => sql`coalesce(sum(t.${sql.identifier(columnName(c))}), 0)::int as ${sql.identifier(c)}`),
    sql`, `,
  );
  const rows = await queryRows<Record<string, unknown>>(db, sql`select ${key} as key, ${sums} from (${sql.join(sources, sql` union all `)}) t group by ${group} order by 1`);
  return rows.map((r) => ({ key: String(r.key ?? ''), ...(Object.fromEntries(COUNTS.map((c) => [c, Number(r[c] ?? 0)])) as Counts) }));
}

/** The sum of group rows (every grouping splits the tally without overlap, so this is the period's total). */
export function totalOf(groups: Counts[]): Counts {
  const total = zeroCounts();
  for (const g of groups) for (const c of COUNTS) total[c] += g[c];
  return total;
}

/** The halls where anything was rated or invited since `from` (the all-items monthly rows, a few per month). */
export async function hallsSince(db: Db, from: string): Promise<string[]> {
  const rows = await queryRows<{ hall_id: string }>(
    db,
    sql`select distinct hall_id from ${evaluationTallyMonth} where item_code = '*' and hall_id <> '' and month >= ${`${from.slice(0, 7)}-01`}`,
  );
  return rows.map((r) => r.hall_id);
}

