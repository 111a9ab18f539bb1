// Batched writes: the inserts, updates and deletes of one business step (a case opened, an action taken,
// with its history, queue rows and audit row) sent to the database as ONE statement of data-modifying CTEs
// instead of one round trip each. A single statement is atomic on its own, so a batch needs no BEGIN and
// COMMIT when nothing else has to happen in between; inside a transaction it is simply one more statement.
//
// A write may be *required* to touch a row (a versioned update): if it touches none, ys_require (migration
// 0018) raises in the statement's final SELECT and every write of the batch is undone; the caller gets a
// WriteRefused naming the reason. A batch may also carry plain checks (a boolean SQL expression each) that
// are evaluated the same way, after the writes, in the same snapshot.
//
// What the sub-statements cannot do is see one another's rows (they share the statement's snapshot): a
// batch must not insert and then update the same row, nor delete and re-insert the same key (upsert it).
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/** One write of a batch: a Drizzle insert/update/delete (not run) or a hand-written statement. */
export interface PendingWrite {
  query: SQL;
  /** When set, the batch is undone unless this write touched at least one row; the reason comes back in WriteRefused. */
  required?: string;
}

export interface PendingCheck {
  /** A boolean SQL expression; false or null undoes the batch. */
  holds: SQL;
  reason: string;
}

/** A required write touched no row, or a check failed: nothing of the batch was written. */
export class WriteRefused extends Error {
  constructor(readonly reason: string) {
    super(`batched write refused: ${reason}`);
    this.name = 'WriteRefused';
  }
}

/** Something Drizzle can build a statement from without running it (a query builder). */
export interface Buildable {
  getSQL(): SQL;
}

/** A write to batch. `required` writes must be built with a RETURNING clause (Drizzle's `.returning(...)`). */
export const pending = (query: Buildable | SQL, required?: string): PendingWrite => ({ query: 'getSQL' in query ? query.getSQL() : query, ...(required ? { required } : {}) });

const REFUSED = 'YS409';

function refusalOf(error: unknown): string | null {
  // Drizzle wraps the driver's error; PGlite and pg both carry the SQLSTATE in `code`.
  for (let e = error as { code?: string; message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === REFUSED) return e.message ?? 'refused';
  }
  return null;
}

/** The statement a batch becomes (exported for tests). */
export function batchStatement(writes: PendingWrite[], checks: PendingCheck[] = []): SQL {
  const ctes = writes.map((w, i) => sql`${sql.raw(`w${i}`)} as (${w.query})`);
  const tests = [
    ...writes.flatMap((w, i) => (w.required ? [sql`ys_require(exists (select 1 from ${sql.raw(`w${i}`)}), ${w.required})`] : [])),
    ...checks.map((c) => sql`ys_require(${c.holds}, ${c.reason})`),
  ];
  return sql`with ${sql.join(ctes, sql`, `)} select ${tests.length ? sql.join(tests, sql`, `) : sql`true`}`;
}

/**
 * Runs the writes (and checks) as one statement. Throws WriteRefused when a required write touched nothing
 * or a check failed; any other database error propagates as it is.
 */
export async function runWrites(db: Db, writes: PendingWrite[], checks: PendingCheck[] = []): Promise<void> {
  if (!writes.length && !checks.length) return;
  if (writes.length === 1 && !writes[0]!.required && !checks.length) {
    await db.execute(writes[0]!.query);
    return;
  }
  if (!writes.length) {
    await execute(db, sql`select ${sql.join(checks.map((c) => sql`ys_require(${c.holds}, ${c.reason})`), sql`, `)}`);
    return;
  }
  await execute(db, batchStatement(writes, checks));
}

async function execute(db: Db, statement: SQL) {
  try {
    await db.execute(statement);
  } catch (error) {
    const reason = refusalOf(error);
    if (reason !== null) throw new WriteRefused(reason);
    throw error;
  }
}
