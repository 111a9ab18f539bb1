// SQL of the work queue (待办): the applications some holder keys hold, soonest deadline first, with the
// application's own filters applied before the limit. It reads the workflow engine's queue (its published read
// model, DESIGN.md §7: the cases' queue keys and the further queue rows) joined to the application rows, and only
// the columns a queue row shows.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { preparedRead, toInstant } from '../../platform/db/index.ts';
import type { ApplicationRow } from './repository.ts';

export interface QueueFilter {
  holderKeys: string[];
  state?: string;
  itemCode?: string;
  channel?: string;
  /** Only cases due before this instant, or (with dueAfter) within a window. */
  dueBefore?: Date;
  dueAfter?: Date;
  limit: number;
}

/** What a queue row shows (a summary, not the form data or materials). */
export type QueueRow = Pick<
  ApplicationRow,
  | 'id'
  | 'number'
  | 'kind'
  | 'title'
  | 'itemCode'
  | 'bundleCode'
  | 'channel'
  | 'applicantName'
  | 'applicantUscc'
  | 'departmentId'
  | 'state'
  | 'outcome'
  | 'commitment'
  | 'submittedAt'
  | 'dueAt'
  | 'finishedAt'
  | 'onTime'
  | 'updatedAt'
>;

/**
 * The queue, one statement. Each holder key is read in deadline order straight off the queue indexes — the cases'
 * own (`queue_key, due_at, id`: the key of a case's first holder) and the further queue rows' (`holder_key, due_at,
 * case_id`: other holders of a 会签, delegates): its cases with a deadline inside the window (an index range), then,
 * when the window has no upper end, those without a deadline (which sort last); each joined row by row to its
 * application until `limit` pass the filters. The branches are merged in deadline order and a case held both by
 * the user and by their department (with the same deadline) is kept once. So the database reads about as many
 * queue entries as it returns, however long the department's queue is, and never sorts it.
 */
export async function queue(db: Db, f: QueueFilter): Promise<QueueRow[]> {
  if (!f.holderKeys.length) return [];
  const values: Record<string, unknown> = {
    after: f.dueAfter ? f.dueAfter.toISOString() : '-infinity',
    before: f.dueBefore ? f.dueBefore.toISOString() : 'infinity',
    undated: !f.dueBefore,
    state: f.state ?? null,
    item: f.itemCode ?? null,
    channel: f.channel ?? null,
    limit: f.limit,
  };
  f.holderKeys.forEach((key, i) => (values[`key${i}`] = key));
  const rows = await run(db, f.holderKeys.length, values);
  return rows.map((r) => ({
    id: r.id as string,
    number: r.number as string | null,
    kind: r.kind as string,
    title: r.title as string,
    itemCode: r.item_code as string | null,
    bundleCode: r.bundle_code as string | null,
    channel: r.channel as string,
    applicantName: r.applicant_name as string,
    applicantUscc: r.applicant_uscc as string | null,
    departmentId: r.department_id as string | null,
    state: r.state as string,
    outcome: r.outcome as string | null,
    commitment: r.commitment as boolean,
    submittedAt: instantOrNull(r.submitted_at),
    dueAt: instantOrNull(r.due_at),
    finishedAt: instantOrNull(r.finished_at),
    onTime: r.on_time as boolean | null,
    updatedAt: toInstant(r.updated_at),
  }));
}

const instantOrNull = (v: unknown) => (v === null || v === undefined ? null : toInstant(v));

// The statement's text depends only on how many holder keys there are (one, or the user's and their
// department's): compiled once for each, every value a placeholder, and run as a named prepared statement,
// so PostgreSQL plans it once per connection (the plan is generic: index ranges with the values bound at run
// time) and the server does not rebuild its text for each request either. PGlite runs it as usual.
const reads = new Map<number, ReturnType<typeof preparedRead>>();

function run(db: Db, keys: number, values: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  let read = reads.get(keys);
  if (!read) {
    read = preparedRead(() => queueSql(keys));
    reads.set(keys, read);
  }
  return read(db, values);
}

const COLUMNS = [
  'id',
  'number',
  'kind',
  'title',
  'item_code',
  'bundle_code',
  'channel',
  'applicant_name',
  'applicant_uscc',
  'department_id',
  'state',
  'outcome',
  'commitment',
  'submitted_at',
  'due_at',
  'finished_at',
  'on_time',
  'updated_at',
];

function queueSql(keys: number): SQL {
  const limit = sql`${sql.placeholder('limit')}::int`;
  const columns = sql.raw(COLUMNS.map((c) => `a.${c}`).join(', '));
  // One key's cases in deadline order, those with a deadline in the window or (`undated`) those without one: from
  // the cases whose first holder it is (c), or from the further queue rows (w).
  const branch = (key: number, dated: boolean, further: boolean) => {
    const [from, keyColumn, caseId] = further ? [sql`workflow_assignment w`, sql`w.holder_key`, sql`w.case_id`] : [sql`workflow_case w`, sql`w.queue_key`, sql`w.id`];
    return sql`(select w.due_at as queue_due_at, ${caseId} as queue_case_id, ${columns}
      from ${from} join application a on a.case_id = ${caseId}
      where ${keyColumn} = ${sql.placeholder(`key${key}`)}::text
        and ${dated ? sql`w.due_at >= ${sql.placeholder('after')}::timestamptz and w.due_at < ${sql.placeholder('before')}::timestamptz` : sql`w.due_at is null and ${sql.placeholder('undated')}::boolean`}
        and w.workflow = 'application'
        and (${sql.placeholder('state')}::text is null or w.state = ${sql.placeholder('state')}::text)
        and (${sql.placeholder('item')}::text is null or a.item_code = ${sql.placeholder('item')}::text)
        and (${sql.placeholder('channel')}::text is null or a.channel = ${sql.placeholder('channel')}::text)
      order by w.due_at asc nulls last, ${caseId} asc
      limit ${limit})`;
  };
  const branches = Array.from({ length: keys }, (_, i) => [branch(i, true, false), branch(i, false, false), branch(i, true, true), branch(i, false, true)]).flat();
  return sql`select distinct on (q.queue_due_at, q.queue_case_id) ${sql.raw(COLUMNS.map((c) => `q.${c}`).join(', '))}
    from (${sql.join(branches, sql` union all `)}) q
    order by q.queue_due_at asc nulls last, q.queue_case_id asc
    limit ${limit}`;
}
