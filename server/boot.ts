// Opening the platform the same way for the server, the CLI and the benchmarks:
// config → database → migrations → services.
import path from 'node:path';
import type { Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { createServices, type Services } from './services.ts';

export async function openPlatform(config: Config, options: { migrate?: boolean } = {}): Promise<Services> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    readUrl: config.DATABASE_READ_URL,
    dataDir: path.resolve(config.DATA_DIR, 'pglite'),
    poolSize: config.DATABASE_POOL_SIZE,
  });
  try {
    if (options.migrate !== false) await runMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return createServices(config, database);
}
