// Opens the database: the embedded PGlite (DATA_DIR) by default, PostgreSQL through `pg` when
// DATABASE_URL is set. Both speak the same SQL and share one Drizzle schema and one migration set.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { guardPglite } from './pglite-guard.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** A database handle or a transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  /** Reports and dashboards may read from a replica (DATABASE_READ_URL); otherwise the primary. */
  readDb: Db;
  engine: Engine;
  /** Runs a plain SQL script (several statements) outside Drizzle: test set-up and migrations. */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, for snapshots in tests; undefined on PostgreSQL. */
  pglite?: PGlite;
  /** The PostgreSQL connection string (migrations take a dedicated connection). */
  url?: string;
}

export interface OpenOptions {
  url?: string | undefined;
  readUrl?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number | undefined;
  /** An already created PGlite (tests restore a migrated snapshot into one). */
  pglite?: PGlite;
}

// pg turns `date` into a JS Date at local midnight and int8 into a string; keep dates as text so
// both engines hand back 'YYYY-MM-DD'.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

/** Extensions the schema uses (pg_trgm for fuzzy catalogue search); PostgreSQL ships them in contrib. */
export const PGLITE_EXTENSIONS = { pg_trgm };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.readUrl, options.poolSize ?? 10);
  const client = guardPglite(options.pglite ?? (await createPglite(options.dataDir)));
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    readDb: db,
    engine: 'pglite',
    pglite: client,
    exec: async (text) => {
      await client.exec(text);
    },
    close: () => client.close(),
  };
}

async function createPglite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir && dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  return PGlite.create({ dataDir: dataDir ?? 'memory://', extensions: PGLITE_EXTENSIONS });
}

function openPostgres(url: string, readUrl: string | undefined, max: number): Database {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'yingshang' });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  let readPool: pg.Pool | undefined;
  let readDb = db;
  if (readUrl) {
    readPool = new pg.Pool({ connectionString: readUrl, max, application_name: 'yingshang-read' });
    readPool.on('error', () => undefined);
    readDb = drizzlePg(readPool, { schema }) as unknown as Db;
  }
  return {
    db,
    readDb,
    engine: 'postgres',
    url,
    exec: async (text) => {
      await pool.query(text);
    },
    close: async () => {
      await pool.end();
      await readPool?.end();
    },
  };
}
