// 台账任务编号: TZ + year + 5 digits, drawn from the yearly sequence (ledger_sequence). A single task and a
// workbook import both reserve their numbers here, so numbers never collide however tasks arrive.
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { queryRows } from '../../platform/db/index.ts';

export const taskNumber = (year: number, n: number) => `TZ${year}${n < 100000 ? String(n).padStart(5, '0') : String(n)}`;

/** Reserves `count` consecutive numbers of `year` (one statement; concurrent callers get disjoint ranges). */
export async function reserveNumbers(db: Db, year: number, count: number): Promise<string[]> {
  if (count <= 0) return [];
  const [row] = await queryRows<{ last: number | string }>(
    db,
    sql`insert into "ledger_sequence" ("year", "last") values (${year}, ${count})
        on conflict ("year") do update set "last" = "ledger_sequence"."last" + ${count} returning "last"`,
  );
  const last = Number(row!.last);
  return Array.from({ length: count }, (_, i) => taskNumber(year, last - count + 1 + i));
}
