// Tests run on both engines (DESIGN.md §8): pure code once, server code on PGlite and on a real
// PostgreSQL that the harness starts itself. Without PostgreSQL binaries (and no
// TEST_DATABASE_URL) the PostgreSQL run is skipped and says so — except in CI, where it must run.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { findPostgresBin } from './server/test/postgres-binaries.ts';

const havePostgres = Boolean(process.env.TEST_DATABASE_URL || findPostgresBin());
if (!havePostgres) {
  const line = 'PostgreSQL run SKIPPED: no initdb/pg_ctl found and TEST_DATABASE_URL is not set (only PGlite was tested).';
  if (process.env.CI) throw new Error(`${line} CI must test both engines: install postgresql (see .ci/run).`);
  console.warn(`\n*** ${line} ***\n`);
}

const serverTests = ['server/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Test files share their worker's module graph instead of importing the whole server again for each file (about
    // 300 s of a CI run went to that; set per project, Vitest 3 ignored it). Each file opens its own database and app;
    // what modules keep between files is derived from code only (statement texts, the word cutter), never a database's
    // rows (the web tests are plain functions, no DOM).
    isolate: false,
    // Vitest leaves a core free by default — one worker on a 2-core machine, idle while a test waits on PostgreSQL,
    // a CLI child or the disk. Two workers there took the suite from about 8–10 to about 6 minutes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'unit', include: ['common/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}', 'bench/lib/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: serverTests,
          env: { TEST_ENGINE: 'pglite' },
          globalSetup: ['server/test/global-setup-pglite.ts'],
        },
      },
      ...(havePostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                      include: serverTests,
                env: { TEST_ENGINE: 'postgres' },
                globalSetup: ['server/test/global-setup-postgres.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
