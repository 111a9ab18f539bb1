// SQL for the 好差评 tally (evaluation_tally): adding a change in the writer's transaction, and the
// metrics read as sums over it.
import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { insertRecordset, queryRows } from '../../platform/db/index.ts';
import { evaluationTally } from './tables.ts';

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

/** Adds (or, with negative numbers, takes away) counts under their keys; rows are merged by key first. */
export async function addTally(db: Db, changes: { key: TallyKey; counts: Partial<Counts> }[]) {
  const merged = new Map<string, TallyKey & Counts>();
  for (const { key, counts } of changes) {
    const k = `${key.day}|${key.departmentId}|${key.itemCode}|${key.hallId}|${key.channel}`;
    const row = merged.get(k) ?? { ...key, ...zeroCounts() };
    for (const c of COUNTS) row[c] += counts[c] ?? 0;
    merged.set(k, row);
  }
  const rows = [...merged.values()].filter((r) => COUNTS.some((c) => r[c] !== 0));
  const set = sql.join(
    COUNTS.map((c) => sql`${sql.identifier(columnName(c))} = ${evaluationTally}.${sql.identifier(columnName(c))} + excluded.${sql.identifier(columnName(c))}`),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += 1000) {
    await insertRecordset(db, evaluationTally, rows.slice(i, i + 1000) as unknown as Record<string, unknown>[], sql`on conflict (day, department_id, item_code, hall_id, channel) do update set ${set}`);
  }
}

export interface TallyFilter {
  from?: string;
  to?: string;
  departmentIds?: string[] | 'all';
  channel?: string;
}

/**
 * Sums of every count per group (department, item, hall, channel or month) over the days of the filter. Rows are
 * grouped by the column itself and only each group's key is made text: over a year of a million ratings (some
 * 200 000 tally rows) casting every row's uuid, or formatting every row's day, took a third of the time.
 * 'none' gives one row (zeros when nothing matched).
 */
export async function sumTally(db: Db, groupBy: 'department' | 'item' | 'hall' | 'channel' | 'month' | 'none', f: TallyFilter): Promise<({ key: string } & Counts)[]> {
  const parts: SQL[] = [];
  if (f.from) parts.push(gte(evaluationTally.day, f.from));
  if (f.to) parts.push(lt(evaluationTally.day, f.to));
  if (f.channel) parts.push(eq(evaluationTally.channel, f.channel));
  if (f.departmentIds && f.departmentIds !== 'all') parts.push(f.departmentIds.length ? inArray(evaluationTally.departmentId, f.departmentIds) : sql`false`);
  const month = sql`date_trunc('month', ${evaluationTally.day}::timestamp)`;
  // [what rows are grouped by, the group's key as text]
  const [group, key] = {
    department: [sql`${evaluationTally.departmentId}`, sql`${evaluationTally.departmentId}::text`],
    item: [sql`${evaluationTally.itemCode}`, sql`${evaluationTally.itemCode}`],
    hall: [sql`${evaluationTally.hallId}`, sql`${evaluationTally.hallId}`],
    channel: [sql`${evaluationTally.channel}`, sql`${evaluationTally.channel}`],
    month: [month, sql`to_char(${month}, 'YYYY-MM')`],
    none: [null, sql`''`],
  }[groupBy];
  const sums = sql.join(
    COUNTS.map((c) => sql`coalesce(sum(${column(c)}), 0)::int as ${sql.identifier(c)}`),
    sql`, `,
  );
  const where = parts.length ? sql`where ${and(...parts)}` : sql``;
  const grouped = group ? sql`group by ${group} order by 1` : sql``;
  const rows = await queryRows<Record<string, unknown>>(db, sql`select ${key} as key, ${sums} from ${evaluationTally} ${where} ${grouped}`);
  return rows.map((r) => ({ key: String(r.key ?? ''), ...(Object.fromEntries(COUNTS.map((c) => [c, Number(r[c] ?? 0)])) as Counts) }));
}
