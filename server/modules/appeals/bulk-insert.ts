// Writing simulated tickets (bulk.ts): a batch's tickets, their timeline rows and the days' last numbers go to the
// database as ONE statement of data-modifying CTEs, each table's rows as one jsonb parameter of value arrays; the
// open tickets' cases, history and queue rows follow through the engine's bulk writes (workflowBulk). Pass a
// transaction for a batch to be all or nothing. insertSimulatedTickets computes the next batch while the database
// writes the last one.
// The day's sequence (appeal_sequence) is raised to the highest number used, so live tickets continue after the
// seeded ones. The days written into lose any settled tally (stats-tally.ts settles them again). No audit rows (seed
// and benchmark only).
import { and, getTableColumns, getTableName, gte, lte } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/index.ts';
import { shanghaiDate } from '../../../common/calendar/index.ts';
import { runStatement } from '../../platform/db/index.ts';
import { workflowBulk } from '../../platform/workflow/index.ts';
import { simulateTickets, type SimulatedTickets, type SimulateTicketsOptions } from './bulk.ts';
import { appealSequences, appealTickets, appealUpdates } from './tables.ts';

const texts = new Map<string, string>();

/**
 * The CTE inserting `rows` from the jsonb parameter $n, and that parameter: each row as an array of its values in
 * column order (no keys: half the bytes to send and parse of an array of objects).
 */
function cteOf(table: PgTable, rows: Record<string, unknown>[], n: number, name: string): { text: string; param: string } {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => columns[k]);
  const shape = `${name}|${n}|${keys.join(',')}`;
  let text = texts.get(shape);
  if (!text) {
    const target = keys.map((k) => `"${columns[k]!.name}"`).join(', ');
    const source = keys
      .map((k, i) => {
        const type = columns[k]!.getSQLType();
        if (type === 'jsonb') return `e->${i}`;
        // Instants travel as epoch milliseconds: shorter than ISO text, and cheaper to write here.
        if (type.startsWith('timestamp')) return `to_timestamp((e->>${i})::float8 / 1000)`;
        return `(e->>${i})::${type}`;
      })
      .join(', ');
    text = `${name} as (insert into "${getTableName(table)}" (${target}) select ${source} from jsonb_array_elements($${n}::jsonb) as e)`;
    texts.set(shape, text);
  }
  const values = rows.map((r) =>
    keys.map((k) => {
      const v = r[k];
      return v instanceof Date ? v.getTime() : (v ?? null);
    }),
  );
  return { text, param: JSON.stringify(values) };
}

/** Writes one simulated batch in one statement; returns how many tickets went in. */
export async function insertTickets(db: Db, batch: SimulatedTickets): Promise<number> {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (table: PgTable, rows: object[], name: string) => {
    if (!rows.length) return;
    const cte = cteOf(table, rows as Record<string, unknown>[], params.length + 1, name);
    params.push(cte.param);
    parts.push(cte.text);
  };
  add(appealTickets, batch.tickets, 'tickets');
  add(appealUpdates, batch.updates, 'updates');
  // One row per day (an upsert may not touch a row twice in one statement), the highest number used, in day order.
  const last = new Map<string, number>();
  for (const s of [...batch.sequences].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))) last.set(s.day, Math.max(last.get(s.day) ?? 0, s.last));
  if (last.size) {
    params.push(JSON.stringify([...last].map(([day, n]) => ({ day, last: n }))));
    parts.push(
      `sequences as (insert into "appeal_sequence" ("day", "last") select r."day", r."last" from jsonb_to_recordset($${params.length}::jsonb) as r("day" date, "last" integer) ` +
        `on conflict ("day") do update set "last" = greatest("appeal_sequence"."last", excluded."last"))`,
    );
  }
  // Tickets written into past days make those days' settled tallies wrong: they are unsettled, to be settled again.
  const days = [...new Set(batch.tickets.map((t) => shanghaiDate(t.createdAt as Date)))];
  if (days.length) {
    params.push(`{${days.join(',')}}`);
    const n = params.length;
    parts.push(`unsettled as (delete from "appeal_settled_day" where "day" = any($${n}::date[]))`, `unrated as (delete from "appeal_day_rate" where "day" = any($${n}::date[]))`, `unplaced as (delete from "appeal_day_place" where "day" = any($${n}::date[]))`);
  }
  if (parts.length) await runStatement(db, `with ${parts.join(', ')} select 1`, params);
  // The open tickets' cases through the engine's own bulk writes (few: the last weeks' open tickets).
  if (batch.cases.length) {
    await workflowBulk.insertCases(db, batch.cases);
    await workflowBulk.insertHistories(db, batch.history);
    await workflowBulk.insertAssignments(db, batch.queue);
  }
  return batch.tickets.length;
}

export interface InsertedTickets {
  tickets: number;
  open: number;
  updates: number;
  cases: number;
}

/**
 * Simulates and writes tickets batch by batch: the next batch is computed while the database writes the ones
 * before (`concurrency` statements at a time, default 1; on PostgreSQL with a pool handle 2 keeps two server
 * processes busy; a transaction handle or PGlite runs them one after the other anyway). Each batch raises its
 * days' sequences (in day order, so two batches in flight never wait on each other in a cycle), so whatever was
 * written is numbered consistently even if a later batch fails. Pass a transaction to have all or nothing.
 */
export async function insertSimulatedTickets(
  db: Db,
  options: SimulateTicketsOptions,
  more: { concurrency?: number; onBatch?: (done: InsertedTickets) => void } = {},
): Promise<InsertedTickets> {
  const done: InsertedTickets = { tickets: 0, open: 0, updates: 0, cases: 0 };
  const inFlight = new Set<Promise<void>>();
  const concurrency = Math.max(1, more.concurrency ?? 1);
  for (const batch of simulateTickets(options)) {
    const write: Promise<void> = insertTickets(db, batch).then(() => {
      inFlight.delete(write);
      done.tickets += batch.tickets.length;
      done.updates += batch.updates.length;
      done.cases += batch.cases.length;
      done.open += batch.cases.length;
      more.onBatch?.({ ...done });
    });
    write.catch(() => undefined); // a failure surfaces through the race below, not as an unhandled rejection
    inFlight.add(write);
    // Let the driver send the statement before this thread is busy with the next batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return done;
}

/** The last numbers already drawn per day in [fromDay, toDay] (pass as `sequences` to continue after them). */
export async function sequenceFloor(db: Db, fromDay: string, toDay: string): Promise<Map<string, number>> {
  const rows = await db
    .select()
    .from(appealSequences)
    .where(and(gte(appealSequences.day, fromDay), lte(appealSequences.day, toDay)));
  return new Map(rows.map((r) => [r.day, r.last]));
}

/**
 * The `appeal.ticket_closed` events of bulk-written tickets closed since `since` that a requester's account filed
 * (the only ones anyone can be asked to rate), in the order they closed, so 好差评's reader invites their requesters
 * as it does for tickets closed live. Merged and invalid tickets record none (as live). Returns how many.
 */
export async function recordClosedEvents(db: Db, since: Date): Promise<number> {
  const rows = await runStatement(
    db,
    `insert into domain_event (type, subject_type, subject_id, payload, created_at)
     select 'appeal.ticket_closed', 'appeal_ticket', t.id::text,
       jsonb_build_object('ticketId', t.id, 'number', t.number, 'title', t.title, 'requesterUserId', t.requester_user_id,
         'leadDepartmentId', t.lead_department_id, 'categoryCode', t.category_code, 'outcome', t.outcome,
         'closedAt', to_char(t.closed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
       t.closed_at
     from appeal_ticket t
     where t.closed_at >= $1 and t.requester_user_id is not null and coalesce(t.outcome, '') not in ('merged', 'invalid')
       and not exists (select 1 from domain_event e where e.type = 'appeal.ticket_closed' and e.subject_type = 'appeal_ticket' and e.subject_id = t.id::text)
     order by t.closed_at, t.id
     returning id`,
    [since.toISOString()],
  );
  return rows.length;
}
