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
import { createHash } from 'node:crypto';
import pg from 'pg';
import { DrizzleQueryError, is, Placeholder, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/**
 * One write of a batch: a statement's text with its own $1… placeholders and their values (rows.ts builds
 * these for the hot paths), or a Drizzle statement (a builder's getSQL(), or sql`…`) compiled when it runs.
 */
export type PendingWrite = ({ text: string; params: unknown[] } | { query: SQL }) & {
  /** When set, the batch is undone unless this write touched at least one row; the reason comes back in WriteRefused. */
  required?: string;
  /** The CTE's name, for a later write of the batch that reads what this one returns (default w0, w1, …). */
  as?: string;
  /** The statement returns a row per row it touched (RETURNING), so the batch can make it run early (see below). */
  returns?: boolean;
  /** Runs after the others: it reads a CTE that takes a lock shared by many (a number drawn from a daily sequence). */
  late?: boolean;
};

export interface PendingCheck {
  /** A boolean SQL expression; false or null undoes the batch. */
  holds: SQL | { text: string; params: unknown[] };
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

/** A write to batch. `required` writes must return a row per row touched (Drizzle's `.returning(...)`). */
export const pending = (query: Buildable | SQL, required?: string): PendingWrite => ({
  query: 'getSQL' in query ? query.getSQL() : query,
  ...(required ? { required } : {}),
});

const REFUSED = 'YS409';

function refusalOf(error: unknown): string | null {
  // Drizzle wraps the driver's error; PGlite and pg both carry the SQLSTATE in `code`.
  for (let e = error as { code?: string; message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === REFUSED) return e.message ?? 'refused';
  }
  return null;
}

interface Inner {
  dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } };
  _: {
    session: {
      prepareQuery(q: { sql: string; params: unknown[] }, fields: undefined, name: string | undefined, arrayMode: boolean): { execute(): Promise<unknown> };
    };
  };
}

const compiledText = (db: Db, q: SQL) => (db as unknown as Inner).dialect.sqlToQuery(q);
const textOf = (db: Db, w: PendingWrite | PendingCheck['holds']) => ('text' in w ? { text: w.text, params: w.params } : (({ sql, params }) => ({ text: sql, params }))(compiledText(db, 'query' in w ? w.query : w)));

// A statement's text cut at its placeholders, so a batch renumbers them without parsing it again.
const pieces = new Map<string, { parts: string[]; numbers: number[] }>();
function cut(text: string) {
  let cached = pieces.get(text);
  if (!cached) {
    if (pieces.size > 2000) pieces.clear();
    const parts: string[] = [];
    const numbers: number[] = [];
    let last = 0;
    for (const m of text.matchAll(/\$(\d+)/g)) {
      parts.push(text.slice(last, m.index));
      numbers.push(Number(m[1]));
      last = m.index! + m[0].length;
    }
    parts.push(text.slice(last));
    cached = { parts, numbers };
    pieces.set(text, cached);
  }
  return cached;
}

/** The text with its placeholders moved up by `offset` ($1 becomes $offset+1). */
function shifted(text: string, offset: number): string {
  if (!offset) return text;
  const { parts, numbers } = cut(text);
  let out = parts[0]!;
  for (let i = 0; i < numbers.length; i++) out += `$${numbers[i]! + offset}${parts[i + 1]}`;
  return out;
}

/**
 * The statement a batch becomes (exported for tests). PostgreSQL runs a CTE that the final SELECT reads when the
 * SELECT reaches it, and the others after the SELECT: so the writes that return rows and are not `late` are read
 * first (counted), then the required ones and the checks — a required write that takes a busy lock (the day's
 * number) then holds it only for the tail of the statement, not while every other row is written.
 */
export function batchStatement(db: Db, writes: PendingWrite[], checks: PendingCheck[] = [], value?: string): { text: string; params: unknown[] } {
  const parts = writes.map((w) => textOf(db, w));
  const held = checks.map((c) => textOf(db, c.holds));
  // The same step makes the same statement each time: its text is built once per shape.
  const key = `${writes.map((w, i) => `${w.as ?? ''}|${w.required ?? ''}|${w.returns && !w.late ? 1 : 0}|${parts[i]!.text}`).join('\u0001')}\u0002${checks.map((c, i) => `${c.reason}|${held[i]!.text}`).join('\u0001')}\u0002${value ?? ''}`;
  let text = batchTexts.get(key);
  if (text === undefined) {
    text = composeBatch(writes, parts, checks, held, value);
    if (batchTexts.size > 500) batchTexts.clear();
    batchTexts.set(key, text);
  }
  const params: unknown[] = [];
  writes.forEach((w, i) => {
    params.push(...parts[i]!.params);
    if (w.required) params.push(w.required);
  });
  checks.forEach((c, i) => params.push(...held[i]!.params, c.reason));
  return { text, params };
}
const batchTexts = new Map<string, string>();

function composeBatch(writes: PendingWrite[], parts: { text: string; params: unknown[] }[], checks: PendingCheck[], held: { text: string; params: unknown[] }[], value?: string): string {
  let n = 0;
  const ctes: string[] = [];
  const early: string[] = [];
  const tests: string[] = [];
  writes.forEach((w, i) => {
    const name = w.as ?? `w${i}`;
    ctes.push(`${name} as (${shifted(parts[i]!.text, n)})`);
    n += parts[i]!.params.length;
    if (w.required) tests.push(`ys_require(exists (select 1 from ${name}), $${++n}::text)`);
    else if (w.returns && !w.late && !w.as) early.push(`(select count(*) from ${name})`);
  });
  checks.forEach((_c, i) => {
    const test = shifted(held[i]!.text, n);
    n += held[i]!.params.length;
    tests.push(`ys_require(${test}, $${++n}::text)`);
  });
  const select = `select ${[...(early.length ? [`${early.join(' + ')} as written`] : []), ...tests, ...(value ? [`${value} as "value"`] : [])].join(', ') || 'true'}`;
  return ctes.length ? `with ${ctes.join(', ')} ${select}` : select;
}

const names = new Map<string, string>();
const nameOf = (text: string) => {
  let name = names.get(text);
  if (!name) {
    if (names.size > 2000) names.clear();
    name = `yw_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
};

// Drizzle's node-postgres driver hands instants, dates and intervals (and arrays of them) back as text and leaves
// the columns' own mapping to decode them; a statement sent past it must see the same.
const AS_TEXT = new Set([1082, 1114, 1184, 1186, 1115, 1182, 1185, 1187, 1231]);
const asText = (value: string) => value;
const textTypes = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (AS_TEXT.has(oid) ? asText : pg.types.getTypeParser(oid, format)) };

/**
 * Runs a statement as a named prepared statement (PostgreSQL plans each text once per connection; PGlite
 * runs it as usual) and returns its rows. On PostgreSQL the pool, or the transaction's client, is asked directly:
 * Drizzle's prepared query built a new query object with two configurations and walked every parameter for
 * placeholders on each call, about 30 µs of the 400 a 12345 dispatch spends in this process (measured in turns,
 * 2026-11-28). Its type parsers are kept and a failure is wrapped as Drizzle wraps it, so callers see no difference.
 */
export async function runStatement(db: Db, text: string, params: unknown[]): Promise<unknown[]> {
  const { client } = (db as unknown as Inner)._.session as unknown as { client?: unknown };
  if (client instanceof pg.Pool || client instanceof pg.Client) {
    try {
      return (await client.query({ name: nameOf(text), text, values: params, types: textTypes })).rows;
    } catch (error) {
      throw new DrizzleQueryError(text, params, error as Error);
    }
  }
  const result = (await (db as unknown as Inner)._.session.prepareQuery({ sql: text, params }, undefined, nameOf(text), false).execute()) as { rows: unknown[] };
  return result.rows;
}

/**
 * Runs the writes (and checks) as one statement. Throws WriteRefused when a required write touched nothing
 * or a check failed; any other database error propagates as it is.
 */
export async function runWrites(db: Db, writes: PendingWrite[], checks: PendingCheck[] = []): Promise<void> {
  await runWritesFor(db, writes, checks);
}

/**
 * runWrites that also reads one value the batch produced — `value` is a SQL expression over its CTEs (a number
 * drawn inside it: `(select "number" from drawn)`) — saving the read that would follow.
 */
export async function runWritesFor(db: Db, writes: PendingWrite[], checks: PendingCheck[] = [], value?: string): Promise<unknown> {
  if (!writes.length && !checks.length) return undefined;
  const lone = writes.length === 1 && !writes[0]!.required && !checks.length && !value;
  const { text, params } = lone ? textOf(db, writes[0]!) : batchStatement(db, writes, checks, value);
  try {
    const rows = (await runStatement(db, text, params)) as { value?: unknown }[];
    return value ? rows[0]?.value : undefined;
  } catch (error) {
    const reason = refusalOf(error);
    if (reason !== null) throw new WriteRefused(reason);
    throw error;
  }
}

/**
 * A read of fixed text with named placeholders (sql.placeholder): compiled from Drizzle once, then run as a
 * named prepared statement with the values of each call — for the hot reads whose planning or building
 * would cost as much as running them.
 */
export function preparedRead(build: () => SQL): (db: Db, values: Record<string, unknown>) => Promise<Record<string, unknown>[]> {
  let compiled: { sql: string; params: unknown[] } | undefined;
  return async (db, values) => {
    compiled ??= compiledText(db, build());
    const params = compiled.params.map((p) => (is(p, Placeholder) ? values[p.name] : p));
    return (await runStatement(db, compiled.sql, params)) as Record<string, unknown>[];
  };
}
