// The chain's migration on a deployed database whose audit_log already has rows: it applies,
// the old rows are recorded as predating the chain (counted, not verified), and new rows chain.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { openDatabase, type Database } from '../../db/client.ts';
import { migrationsFolder, runMigrations } from '../../db/migrate.ts';
import { testEngine } from '../../test/harness.ts';
import { withDatabaseName } from '../../test/global-setup-postgres.ts';
import { queryRows, toNumber } from '../db/index.ts';
import { GENESIS_HASH } from './chain.ts';
import { appendAudit, cliActor, sealAuditLog, verifyAuditChain } from './index.ts';

const CHAIN_MIGRATION = 'audit_chain';

let database: Database;
let dropDatabase = async () => {};
let earlier: string;

/** A copy of the migrations folder holding only those before the chain's. */
function migrationsBeforeChain(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yingshang-audit-migrations-'));
  mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  const chainAt = journal.entries.findIndex((e) => e.tag.endsWith(`_${CHAIN_MIGRATION}`));
  expect(chainAt).toBeGreaterThan(0);
  const entries = journal.entries.slice(0, chainAt);
  for (const e of entries)
    copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

beforeAll(async () => {
  earlier = migrationsBeforeChain();
  if (testEngine === 'postgres') {
    const adminUrl = inject('postgresAdminUrl');
    const name = `yingshang_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    database = await openDatabase({ url: withDatabaseName(adminUrl, name), poolSize: 2 });
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder: earlier });
    dropDatabase = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    database = await openDatabase({});
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: earlier });
  }
});
afterAll(async () => {
  await database?.close();
  await dropDatabase();
  rmSync(earlier, { recursive: true, force: true });
});

describe(`the chain migration on a populated audit_log (${testEngine})`, () => {
  it('applies over existing rows, which are counted but not verified; new rows chain after them', async () => {
    // Three rows as the app wrote them before the chain, with a gap left by a rolled-back append.
    await database.exec(`
      insert into audit_log (id, actor_type, action, entity, digest) values (gen_random_uuid(), 'cli', 'old.one', 'thing', 'x');
      insert into audit_log (id, actor_type, action, entity, digest) values (gen_random_uuid(), 'cli', 'old.two', 'thing', 'x');
      select nextval('audit_log_seq_seq');
      insert into audit_log (id, actor_type, action, entity, digest) values (gen_random_uuid(), 'cli', 'old.three', 'thing', 'x');
    `);
    await runMigrations(database);

    const anchors = await queryRows<{ seq: unknown; hash: string; kind: string }>(
      database.db,
      sql`select seq, hash, kind from audit_anchor`,
    );
    expect(anchors.map((a) => ({ ...a, seq: toNumber(a.seq) }))).toEqual([
      { seq: 4, hash: GENESIS_HASH, kind: 'legacy' },
    ]);
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: true,
      rows: 0,
      unchained: 3,
      anchor: { seq: 4 },
    });

    await appendAudit(database.db, cliActor, { action: 'new.one', entity: 'thing' });
    await appendAudit(database.db, cliActor, { action: 'new.two', entity: 'thing' });
    await sealAuditLog(database.db);
    const rows = await queryRows<{ seq: unknown; prev_hash: string; hash: string }>(
      database.db,
      sql`select seq, prev_hash, hash from audit_log order by seq`,
    );
    expect(rows.map((r) => toNumber(r.seq))).toEqual([1, 2, 4, 5, 6]);
    expect(rows[3]!.prev_hash).toBe(GENESIS_HASH);
    expect(rows[4]!.prev_hash).toBe(rows[3]!.hash);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 2, unchained: 3 });

    // Old rows are outside the chain (honestly reported as such), but blanking a new row's hash to
    // pass it off as old is caught.
    await database.exec(`update audit_log set action = 'old.edited' where seq = 2`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 2, unchained: 3 });
    await database.exec(`update audit_log set hash = '', prev_hash = '' where seq = 5`);
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      firstBroken: { seq: 5, reason: 'prev-mismatch' },
    });
  });
});
