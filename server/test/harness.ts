// Opens a fresh, migrated database for one test file on the engine of the current Vitest project
// (PGlite restored from a snapshot, or a PostgreSQL database cloned from the template), and
// builds services and the app over it. Nothing here replaces our own code with a mock.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type BuiltApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, PGLITE_EXTENSIONS, type Database } from '../db/client.ts';
import { createServices, type Services } from '../services.ts';
import { withDatabaseName } from './global-setup-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresAdminUrl: string;
    postgresTemplate: string;
  }
}

export type TestEngine = 'pglite' | 'postgres';

export const testEngine: TestEngine = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  database: Database;
  url?: string;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (testEngine === 'pglite') {
    const snapshot = readFileSync(inject('pgliteSnapshot'));
    const client = await PGlite.create({ loadDataDir: new Blob([snapshot]), extensions: PGLITE_EXTENSIONS });
    const database = await openDatabase({ pglite: client });
    return { database, close: () => database.close() };
  }
  const adminUrl = inject('postgresAdminUrl');
  const name = `yingshang_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
  const url = withDatabaseName(adminUrl, name);
  const database = await openDatabase({ url, poolSize: 5 });
  return {
    database,
    url,
    async close() {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000', WEB_DIST: '/nonexistent-web-dist', ...env });
}

export interface TestApp extends BuiltApp {
  services: Services;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await openTestDatabase();
  const services = createServices(testConfig(env), db.database);
  const built = await buildApp(services, { logger: false });
  await built.app.ready();
  return {
    ...built,
    services,
    async close() {
      await built.app.close();
      await db.close();
    },
  };
}
