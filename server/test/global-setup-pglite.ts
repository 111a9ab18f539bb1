// Migrates one embedded database and saves it as a snapshot; each test file restores its own copy
// (≈ 0.4 s) instead of running initdb and every migration again (≈ 3 s).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { addTestYears } from './calendar-years.ts';

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yingshang-pglite-'));
  const database = await openDatabase({ dataDir: 'memory://' });
  await runMigrations(database);
  await addTestYears(database);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const file = path.join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteSnapshot', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
