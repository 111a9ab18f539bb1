// Row statements for the hot paths (a submission, an action): the text of each depends only on the table and
// which columns are given, so it is built once and cached, and each value travels as its own parameter, typed by
// the column it is written to. Building a Drizzle statement for a forty-column row costs more of the server's CPU
// than the database spends writing it; this does not. (Until 2026-11-28 a row travelled as ONE jsonb document
// that jsonb_populate_record took apart: a profile of a 12345 dispatch put about a sixth of PostgreSQL's time in
// parsing those documents and in the function scans around them.)
// Values: Dates are sent as ISO instants, jsonb columns take JSON.stringify of the value, anything else as it is;
// `undefined` leaves a column out (its default applies), `null` writes NULL.
import { Column, getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { PendingWrite } from './writes.ts';
import { runStatement } from './writes.ts';

interface TableMeta {
  name: string;
  /** JS property → column name. */
  columns: Map<string, string>;
  /** JS properties of json/jsonb columns (their values are sent as JSON text). */
  json: Set<string>;
  /** Column name → JS property and its decoder (what Drizzle applies when reading; null where that is the value itself). */
  decoders: Map<string, { key: string; decode: ((value: unknown) => unknown) | null }>;
}

const metas = new WeakMap<Table, TableMeta>();
const texts = new Map<string, string>();

function metaOf(table: Table): TableMeta {
  let meta = metas.get(table);
  if (!meta) {
    const columns = new Map<string, string>();
    const json = new Set<string>();
    const decoders = new Map<string, { key: string; decode: ((value: unknown) => unknown) | null }>();
    for (const [key, column] of Object.entries(getTableColumns(table))) {
      columns.set(key, column.name);
      if (column.dataType === 'json') json.add(key);
      // Text, uuid and boolean columns keep Drizzle's base mapping (the value as it is): no call per value for them.
      const identity = column.mapFromDriverValue === Column.prototype.mapFromDriverValue;
      decoders.set(column.name, { key, decode: identity ? null : (v) => column.mapFromDriverValue(v) });
    }
    meta = { name: getTableName(table), columns, json, decoders };
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

/** A value as its parameter: JSON text for a json column, an ISO instant for a Date, anything else as it is. */
function encode(meta: TableMeta, key: string, value: unknown): unknown {
  if (value === null) return null;
  if (meta.json.has(key)) return JSON.stringify(value);
  return value instanceof Date ? value.toISOString() : value;
}

/** The columns a row gives (in its own order) and their parameters. */
function valuesOf(meta: TableMeta, row: Record<string, unknown>): { names: string[]; values: unknown[] } {
  const names: string[] = [];
  const values: unknown[] = [];
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (value === undefined) continue;
    const name = meta.columns.get(key);
    if (!name) throw new Error(`${meta.name} has no column for ${key}`);
    names.push(name);
    values.push(encode(meta, key, value));
  }
  return { names, values };
}

/** `($1, $2, …), (…)`: `rows` rows of `width` parameters, numbered from $1. */
function parameterRows(rows: number, width: number): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++) row.push(`$${1 + r * width + c}`);
    out.push(`(${row.join(', ')})`);
  }
  return out.join(', ');
}

/**
 * One row inserted. `computed` columns take a SQL expression of the batch instead of a value (a number an earlier CTE
 * drew); such a write reads that CTE, so it is marked `late` (run after the batch's other writes).
 */
export function insertRow(
  table: Table,
  row: Record<string, unknown>,
  options: {
    computed?: Record<string, string>;
    /** A given column's value as an expression around its parameter (`$n`), e.g. a jsonb completed from the batch. */
    around?: Record<string, (parameter: string) => string>;
  } = {},
): PendingWrite {
  const meta = metaOf(table);
  const { names, values } = valuesOf(meta, row);
  const computed = Object.entries(options.computed ?? {}).map(([key, expression]) => {
    const name = meta.columns.get(key);
    if (!name) throw new Error(`${meta.name} has no column for ${key}`);
    return { name, expression };
  });
  const around = new Map(Object.entries(options.around ?? {}).map(([key, wrap]) => [meta.columns.get(key) ?? key, wrap]));
  const shape = `${JSON.stringify(computed)}|${[...around].map(([name, wrap]) => `${name}:${wrap('$')}`).join(',')}`;
  const text = textFor(`i|${meta.name}|${names.join(',')}|${shape}`, () => {
    const columns = [...names, ...computed.map((c) => c.name)].map(ident).join(', ');
    const row = [...names.map((name, i) => around.get(name)?.(`$${i + 1}`) ?? `$${i + 1}`), ...computed.map((c) => c.expression)].join(', ');
    return `insert into ${ident(meta.name)} (${columns}) values (${row}) returning 1`;
  });
  return { text, params: values, returns: true, ...(computed.length ? { late: true } : {}) };
}

/** Above this many parameters, rows travel as one jsonb document (a statement takes at most 65 535). */
const MAX_PARAMS = 2000;

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
  const given = rows.map((r) => valuesOf(meta, r));
  const names = given[0]?.names ?? [];
  if (given.some((d) => d.names.join(',') !== names.join(',')))
    throw new Error(`rows for ${meta.name} give different columns`);
  const list = names.map(ident).join(', ');
  const conflict = upsert
    ? ` on conflict (${upsert.key.map((k) => ident(meta.columns.get(k)!)).join(', ')}) do update set ${upsert.replace.map((k) => `${ident(meta.columns.get(k)!)} = excluded.${ident(meta.columns.get(k)!)}`).join(', ')}`
    : '';
  if (rows.length * names.length > MAX_PARAMS) {
    // Many rows: one document, taken apart by jsonb_populate_recordset (values as JSON, json columns as themselves).
    const docs = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined).map(([k, v]) => [meta.columns.get(k)!, v])));
    const text = textFor(`m|${meta.name}|${names.join(',')}|${conflict}`, () => `insert into ${ident(meta.name)} (${list}) select ${list} from jsonb_populate_recordset(null::${ident(meta.name)}, $1::jsonb)${conflict} returning 1`);
    return { text, params: [JSON.stringify(docs)], returns: true };
  }
  const text = textFor(`v|${meta.name}|${names.join(',')}|${rows.length}|${conflict}`, () => `insert into ${ident(meta.name)} (${list}) values ${parameterRows(rows.length, names.length)}${conflict} returning 1`);
  return { text, params: given.flatMap((d) => d.values), returns: true };
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
  const { names, values } = valuesOf(meta, changes);
  const whereKeys = Object.keys(where);
  const increments = options.increment ?? [];
  const computed = options.computed ?? {};
  const build = () => {
    const sets = [
      ...names.map((name, i) => `${ident(name)} = $${i + 1}`),
      ...increments.map((k) => `${ident(meta.columns.get(k)!)} = ${ident(meta.columns.get(k)!)} + 1`),
      ...Object.entries(computed).map(([k, expression]) => `${ident(meta.columns.get(k)!)} = ${expression}`),
    ];
    const conditions = whereKeys.map((k, i) => `${ident(meta.columns.get(k)!)} = $${names.length + i + 1}`);
    return `update ${ident(meta.name)} set ${sets.join(', ')} where ${conditions.join(' and ')} returning 1`;
  };
  const text = textFor(
    `u|${meta.name}|${names.join(',')}|${increments.join(',')}|${whereKeys.join(',')}|${options.required ? 'r' : ''}|${JSON.stringify(computed)}`,
    build,
  );
  const params = [...values, ...whereKeys.map((k) => where[k])];
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
  for (const name in row) {
    const d = meta.decoders.get(name);
    if (!d) continue;
    const value = row[name];
    out[d.key] = value === null || d.decode === null ? value : d.decode(value);
  }
  return out as T;
}
