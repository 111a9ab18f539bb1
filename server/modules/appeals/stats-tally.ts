// SQL of the settled days' tallies (结转, tables.ts): a day (Asia/Shanghai) every ticket of which has ended keeps
// its 三率 counts per lead unit (appeal_day_rate) and its hot-spot counts per category, area and lead unit
// (appeal_day_place), made by the same expressions the statistics use over the tickets (stats-repository.ts).
// An ended ticket's counted columns never change again (every step needs the ticket's open case), and tickets
// are created at the moment they are filed, so a settled day's figures are final. Days are settled at least two
// days after they end (no filing still in flight), oldest first, a bounded number per run, by the housekeeping timer.
import { sql } from 'drizzle-orm';
import { addCalendarDays, startOfShanghaiDay } from '../../../common/calendar/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { aggregate, dayList, rateColumns, RATE_COUNTS, settledIn } from './stats-repository.ts';

const localDay = sql`((created_at at time zone 'UTC') + interval '8 hours')::date`;
const ENDED = sql`('closed', 'merged', 'invalid')`;

/**
 * Settles up to `max` days on or before `untilDay`, oldest first: days with tickets none of which is still open,
 * not settled yet. Each run of days is one transaction; a day another process settled meanwhile is skipped (its
 * marker row is taken first). Returns the days settled.
 */
export async function settleDays(db: Db, options: { untilDay: string; max: number; now: Date }): Promise<string[]> {
  const [bounds] = await queryRows<{ first: string | null }>(db, sql`select (min(${localDay}))::text as first from appeal_ticket`);
  if (!bounds?.first || bounds.first > options.untilDay) return [];
  const [openDays, settled] = await Promise.all([
    queryRows<{ day: string }>(db, sql`select distinct (${localDay})::text as day from appeal_ticket where state not in ${ENDED}`),
    settledIn(db, bounds.first, options.untilDay),
  ]);
  const skip = new Set([...openDays.map((r) => r.day), ...settled]);
  const wanted: string[] = [];
  for (let day = bounds.first; day <= options.untilDay && wanted.length < options.max; day = addCalendarDays(day, 1)) if (!skip.has(day)) wanted.push(day);
  const done: string[] = [];
  // Runs of consecutive days, each read as one range of created_at.
  const runs: string[][] = [];
  for (const day of wanted) {
    const run = runs.at(-1);
    if (run && addCalendarDays(run.at(-1)!, 1) === day) run.push(day);
    else runs.push([day]);
  }
  for (const run of runs) {
    await db.transaction(async (tx) => {
      const taken = (await queryRows<{ day: string }>(tx, sql`insert into appeal_settled_day (day) select unnest(${dayList(run)}) on conflict do nothing returning day::text as day`)).map((r) => r.day);
      if (taken.length === 0) return;
      const range = sql`created_at >= ${startOfShanghaiDay(taken[0]!).toISOString()}::timestamptz and created_at < ${startOfShanghaiDay(addCalendarDays(taken.at(-1)!, 1)).toISOString()}::timestamptz and ${localDay} = any(${dayList(taken)})`;
      const counts = sql.join(RATE_COUNTS.map((k) => sql`${k}::text, c.${sql.identifier(k)}`), sql`, `);
      await aggregate(tx, sql`insert into appeal_day_rate (day, department_id, counts)
        select c.day, c.department_id, jsonb_build_object(${counts})
        from (select ${localDay} as day, lead_department_id as department_id, ${rateColumns(options.now)} from appeal_ticket where ${range} group by 1, 2) c`);
      await aggregate(tx, sql`insert into appeal_day_place (day, category_code, area_code, department_id, count)
        select ${localDay}, category_code, area_code, lead_department_id, count(*) from appeal_ticket where ${range} group by 1, 2, 3, 4`);
      done.push(...taken);
    });
  }
  return done;
}
