import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { queryRows } from './raw.ts';

/**
 * Many rows in one statement, passed as one JSON parameter and expanded by jsonb_to_recordset (repositories'
 * bulk paths: seeds, imports, benchmarks). For thousands of rows this is several times faster than a multi-row
 * VALUES list — nothing to build per value, one parameter to send — on both engines. Columns and their SQL types
 * come from the table; `tail` may add `on conflict …` and `returning …`.
 */
export async function insertRecordset<T extends Record<string, unknown>>(db: Db, table: PgTable, rows: T[], tail: SQL = sql``): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => columns[k] && rows.some((r) => r[k] !== undefined));
  const names = keys.map((k) => `"${columns[k]!.name}"`).join(', ');
  const definitions = keys.map((k) => `"${columns[k]!.name}" ${columns[k]!.getSQLType()}`).join(', ');
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(keys.map((k) => [columns[k]!.name, r[k] ?? null]))));
  return queryRows(db, sql`insert into ${table} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as r(${sql.raw(definitions)}) ${tail}`);
}
