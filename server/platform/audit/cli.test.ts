// `yingshang audit verify` and `audit purge` as an operator runs them: a real child process on a
// real database (DATA_DIR on PGlite, DATABASE_URL on PostgreSQL).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../db/client.ts';
import { runMigrations } from '../../db/migrate.ts';
import { openTestDatabase, testEngine } from '../../test/harness.ts';
import { queryRows } from '../db/index.ts';
import { appendAudit, cliActor } from './index.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'bin/yingshang.js');

async function yingshang(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe(`yingshang audit on ${testEngine}`, () => {
  let env: Record<string, string>;
  /** Runs `work` on the CLI's database; on PGlite the CLI cannot open it meanwhile, so it is closed after. */
  let withDb: (work: (database: Database) => Promise<void>) => Promise<void>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (testEngine === 'postgres') {
      const t = await openTestDatabase();
      env = { DATABASE_URL: t.url! };
      withDb = (work) => work(t.database);
      cleanup = () => t.close();
    } else {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'yingshang-audit-cli-'));
      env = { DATA_DIR: dir };
      withDb = async (work) => {
        const database = await openDatabase({ dataDir: path.join(dir, 'pglite') });
        try {
          await runMigrations(database);
          await work(database);
        } finally {
          await database.close();
        }
      };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(() => cleanup?.());

  it('verifies an intact log (exit 0), purges nothing young, and names the first broken row (exit 1)', async () => {
    await withDb(async (database) => {
      for (const action of ['test.one', 'test.two', 'test.three'])
        await appendAudit(database.db, cliActor, { action, entity: 'thing', change: { action } });
    });
    const ok = await yingshang(['audit', 'verify'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: 3 rows verified \(head seq 3 sm3 [0-9a-f]{64}\)\n$/);

    const purge = await yingshang(['audit', 'purge'], env);
    expect(purge.code).toBe(0);
    expect(purge.stdout).toMatch(/^purged 0 rows older than \S+ \(365 days\)\n$/);

    let id = '';
    await withDb(async (database) => {
      await database.exec(`update audit_log set action = 'test.harmless' where seq = 2`);
      id = (await queryRows<{ id: string }>(database.db, sql`select id from audit_log where seq = 2`))[0]!.id;
    });
    const broken = await yingshang(['audit', 'verify', '--batch-size', '2'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe(`broken: seq 2 (id ${id}): hash-mismatch, after 1 rows verified\n`);

    const bad = await yingshang(['audit', 'verify', '--batch-size', '0'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--batch-size');
  }, 120_000);
});
