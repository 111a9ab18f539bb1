// Starts a throwaway PostgreSQL (or uses TEST_DATABASE_URL) and migrates a template database;
// each test file clones its own database from it (CREATE DATABASE … TEMPLATE …).
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { addTestYears } from './calendar-years.ts';
import { findPostgresBin } from './postgres-binaries.ts';
import { startTempPostgres, type TempPostgres } from './postgres-server.ts';

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let server: TempPostgres | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const bin = findPostgresBin();
    if (!bin) throw new Error('PostgreSQL binaries not found and TEST_DATABASE_URL not set');
    server = await startTempPostgres(bin);
    adminUrl = server.url;
  }
  const template = `yingshang_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const database = await openDatabase({ url: withDatabaseName(adminUrl, template), poolSize: 2 });
  await runMigrations(database);
  await addTestYears(database);
  await database.close();
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresTemplate', template);
  return async () => {
    // Test databases cloned from the template are dropped by their files; the template goes last.
    const leftovers = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'yingshang_test_%' or datname = $1`,
      [template],
    );
    for (const { datname } of leftovers.rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
    server?.stop();
  };
}
