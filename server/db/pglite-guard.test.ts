// The embedded engine's one-connection guard: a statement on the database handle from inside a transaction is refused
// at once (it would wait for that transaction forever), while everything else keeps working as before.
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './client.ts';
import { guardPglite, OutsideTransactionError, outsideTransaction } from './pglite-guard.ts';
import { queryRows } from '../platform/db/index.ts';

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ pglite: new PGlite() });
  await database.exec('create table guard_probe (n int primary key)');
});
afterAll(() => database.close());

const count = async () => Number((await queryRows(database.db, sql`select count(*) as n from guard_probe`))[0]!.n);

describe('the embedded engine refuses the database handle inside a transaction', () => {
  it('refuses a statement on the handle, and the transaction rolls back', async () => {
    const before = await count();
    const attempt = database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into guard_probe values (1)`);
      await database.db.execute(sql`select 1`);
    });
    // Drizzle wraps the driver's error in its own ("Failed query: …"), with ours as the cause.
    const error = await attempt.then(() => null, (e: unknown) => e as Error);
    expect(error?.cause).toBeInstanceOf(OutsideTransactionError);
    expect(await count()).toBe(before);
  });

  it('refuses a transaction on the handle started inside another', async () => {
    const attempt = database.db.transaction(async () => {
      await database.db.transaction(async (inner) => inner.execute(sql`select 1`));
    });
    await expect(attempt).rejects.toThrow(/inside a transaction/);
  });

  it("keeps the transaction's own statements, nested savepoints and later statements working", async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into guard_probe values (10)`);
      await tx.transaction(async (savepoint) => savepoint.execute(sql`insert into guard_probe values (11)`));
    });
    const rows = await queryRows(database.db, sql`select n from guard_probe where n in (10, 11) order by n`);
    expect(rows.map((r) => Number(r.n))).toEqual([10, 11]);
  });

  it('lets statements started elsewhere wait for the transaction and then run', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into guard_probe values (20)`);
      await held;
    });
    const waiting = count(); // started outside the transaction: queued behind it, not refused
    release();
    await transaction;
    expect(await waiting).toBeGreaterThan(0);
  });

  it('runs background work started inside a transaction once it has ended, when marked as outside it', async () => {
    let background: Promise<unknown> = Promise.resolve();
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into guard_probe values (30)`);
      background = outsideTransaction(() => queryRows(database.db, sql`select n from guard_probe where n = 30`));
    });
    expect(((await background) as { n: number }[]).map((r) => Number(r.n))).toEqual([30]);
  });
});

describe('a transaction that holds the embedded connection long', () => {
  it('is reported with the place it began, and still ends normally', async () => {
    const reported: Error[] = [];
    const client = guardPglite(new PGlite(), { slowMs: 50, slow: (origin) => reported.push(origin) });
    try {
      await client.transaction(async (tx) => {
        await tx.query('select 1');
        await new Promise((resolve) => setTimeout(resolve, 150));
      });
      await client.transaction(async (tx) => tx.query('select 1')); // a quick one is not reported
      expect(reported).toHaveLength(1);
      expect(reported[0]!.stack).toContain('pglite-guard.test.ts');
    } finally {
      await client.close();
    }
  });
});
