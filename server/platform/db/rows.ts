// Row statements for the hot paths (a submission, an action): the text of each depends only on the table and
// which columns are given, so it is built once and cached, and the row travels as ONE jsonb parameter that
// jsonb_populate_record turns back into the table's own column types. Building a Drizzle statement for a
// forty-column row costs more of the server's CPU than the database spends writing it; this does not.
// Values: what JSON.stringify makes of them (Dates become ISO instants; jsonb columns take the value as is);
// `undefined` leaves a column out (its default applies), `null` writes NULL.
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { PendingWrite } from './writes.ts';
import { runStatement } from './writes.ts';

interface TableMeta {
  name: string;
  /** JS property → column name. */
  columns: Map<string, string>;
  /** Column name → JS property and its decoder (what Drizzle applies when reading). */
  decoders: Map<string, { key: string; decode: (value: unknown) => unknown }>;
}

const metas = new WeakMap<Table, TableMeta>();
const texts = new Map<string, string>();

function metaOf(table: Table): TableMeta {
  let meta = metas.get(table);
  if (!meta) {
    const columns = new Map<string, string>();
    const decoders = new Map<string, { key: string; decode: (value: unknown) => unknown }>();
    for (const [key, column] of Object.entries(getTableColumns(table))) {
      columns.set(key, column.name);
      decoders.set(column.name, { key, decode: (v) => column.mapFromDriverValue(v) });
    }
    meta = { name: getTableName(table), columns, decoders };
    metas.set(table, meta);
  }
  return meta;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

function textFor(key: string, build: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size > 2000) texts.clear();
    text = build();
    texts.set(key, text);
  }
  return text;
}

/** The row as a JSON document in column names, and which columns it gives. */
function documentOf(
  meta: TableMeta,
  row: Record<string, unknown>,
): { names: string[]; json: Record<string, unknown> } {
  const names: string[] = [];
  const json: Record<string, unknown> = {};
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (value === undefined) continue;
    const name = meta.columns.get(key);
    if (!name) throw new Error(`${meta.name} has no column for ${key}`);
    names.push(name);
    json[name] = value;
  }
  return { names, json };
}

/**
 * One row inserted. `computed` columns take a SQL expression of the batch instead of a value (a number an earlier CTE
 * drew); such a write reads that CTE, so it is marked `late` (run after the batch's other writes).
 */
export function insertRow(table: Table, row: Record<string, unknown>, options: { computed?: Record<string, string> } = {}): PendingWrite {
  const meta = metaOf(table);
  const { names, json } = documentOf(meta, row);
  const computed = Object.entries(options.computed ?? {}).map(([key, expression]) => {
    const name = meta.columns.get(key);
    if (!name) throw new Error(`${meta.name} has no column for ${key}`);
    return { name, expression };
  });
  const list = names.map(ident).join(', ');
  const text = textFor(
    `i|${meta.name}|${names.join(',')}|${JSON.stringify(computed)}`,
    () =>
      `insert into ${ident(meta.name)} (${[list, ...computed.map((c) => ident(c.name))].join(', ')}) select ${[list, ...computed.map((c) => c.expression)].join(', ')} from jsonb_populate_record(null::${ident(meta.name)}, $1::jsonb) returning 1`,
  );
  return { text, params: [JSON.stringify(json)], returns: true, ...(computed.length ? { late: true } : {}) };
}

/**
 * Rows inserted (all giving the same columns); with `upsert`, a row whose key exists has the named columns
 * replaced by the new row's instead.
 */
export function insertRows(
  table: Table,
  rows: Record<string, unknown>[],
  upsert?: { key: string[]; replace: string[] },
): PendingWrite {
  const meta = metaOf(table);
  const docs = rows.map((r) => documentOf(meta, r));
  const names = docs[0]?.names ?? [];
  if (docs.some((d) => d.names.join(',') !== names.join(',')))
    throw new Error(`rows for ${meta.name} give different columns`);
  const list = names.map(ident).join(', ');
  const conflict = upsert
    ? ` on conflict (${upsert.key.map((k) => ident(meta.columns.get(k)!)).join(', ')}) do update set ${upsert.replace.map((k) => `${ident(meta.columns.get(k)!)} = excluded.${ident(meta.columns.get(k)!)}`).join(', ')}`
    : '';
  const text = textFor(
    `m|${meta.name}|${names.join(',')}|${conflict}`,
    () =>
      `insert into ${ident(meta.name)} (${list}) select ${list} from jsonb_populate_recordset(null::${ident(meta.name)}, $1::jsonb)${conflict} returning 1`,
  );
  return { text, params: [JSON.stringify(docs.map((d) => d.json))], returns: true };
}

/**
 * The row whose columns equal `where` updated with `changes` (and `increment`ed columns plus one). `required`
 * makes the batch refused unless a row matched (a versioned update: put `version` in `where`).
 */
export function updateRow(
  table: Table,
  changes: Record<string, unknown>,
  where: Record<string, string | number>,
  options: {
    increment?: string[];
    required?: string;
    /** Columns set from SQL of the batch itself (no parameters), e.g. a value an earlier CTE returned. */ computed?: Record<
      string,
      string
    >;
  } = {},
): PendingWrite {
  const meta = metaOf(table);
  const { names, json } = documentOf(meta, changes);
  const whereKeys = Object.keys(where);
  const increments = options.increment ?? [];
  const computed = options.computed ?? {};
  // $1 is the document when some column is set; the where clause's values follow it.
  const first = names.length ? 2 : 1;
  const build = () => {
    const list = names.map(ident).join(', ');
    const sets = [
      ...(names.length
        ? [`(${list}) = (select ${list} from jsonb_populate_record(null::${ident(meta.name)}, $1::jsonb))`]
        : []),
      ...increments.map((k) => `${ident(meta.columns.get(k)!)} = ${ident(meta.columns.get(k)!)} + 1`),
      ...Object.entries(computed).map(([k, expression]) => `${ident(meta.columns.get(k)!)} = ${expression}`),
    ];
    const conditions = whereKeys.map((k, i) => `${ident(meta.columns.get(k)!)} = $${i + first}`);
    return `update ${ident(meta.name)} set ${sets.join(', ')} where ${conditions.join(' and ')} returning 1`;
  };
  const text = textFor(
    `u|${meta.name}|${names.join(',')}|${increments.join(',')}|${whereKeys.join(',')}|${options.required ? 'r' : ''}|${JSON.stringify(computed)}`,
    build,
  );
  const params = [...(names.length ? [JSON.stringify(json)] : []), ...whereKeys.map((k) => where[k])];
  return { text, params, returns: true, ...(options.required ? { required: options.required } : {}) };
}

/**
 * A row by its primary key `id`, every column, decoded as Drizzle would (null when there is none). The row comes
 * back as one jsonb value: one field for the driver to describe and parse instead of one per column.
 */
export async function selectById<T>(db: Db, table: Table, id: string): Promise<T | null> {
  const meta = metaOf(table);
  const text = textFor(`s|${meta.name}`, () => `select to_jsonb(t) as "row" from ${ident(meta.name)} t where "id" = $1`);
  const rows = (await runStatement(db, text, [id])) as { row: Record<string, unknown> | string }[];
  return rows[0] ? decodeRow<T>(table, rows[0].row) : null;
}

/** A row of `table` read as jsonb (to_jsonb) in JS names, each value decoded as Drizzle decodes the column. */
export function decodeRow<T>(table: Table, json: Record<string, unknown> | string): T {
  const meta = metaOf(table);
  const row = typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown>) : json;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    const d = meta.decoders.get(name);
    if (d) out[d.key] = value === null ? null : d.decode(value);
  }
  return out as T;
}
