import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/** Runs a hand-written SQL query (repositories and tests only) and returns its rows; both engines put them in `rows`. */
export async function queryRows<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
