import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { pending, queryRows, runWrites, runWritesFor, WriteRefused } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.services.database.exec(`
    create table if not exists batch_parent (id integer primary key, version integer not null);
    create table if not exists batch_child (parent_id integer not null references batch_parent (id), n integer not null, primary key (parent_id, n));
  `);
});
afterAll(() => t.close());

const db = () => t.services.database.db;
const count = async (table: string) => Number((await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n);

describe('batched writes (one statement)', () => {
  it('writes a parent and the children that reference it in one statement', async () => {
    await runWrites(db(), [pending(sql`insert into batch_parent (id, version) values (1, 1)`), pending(sql`insert into batch_child (parent_id, n) values (1, 1), (1, 2)`)]);
    expect(await count('batch_child')).toBe(2);
  });

  it('answers with a value the batch produced (runWritesFor), read from its CTEs', async () => {
    const drawn = { ...pending(sql`insert into batch_parent (id, version) values (50, 1) returning id`), as: 'drawn' };
    const child = pending(sql`insert into batch_child (parent_id, n) select id, 7 from drawn returning 1`);
    const value = await runWritesFor(db(), [drawn, child], [], '(select id from drawn)');
    expect(Number(value)).toBe(50);
    expect((await queryRows<{ n: number }>(db(), sql`select n from batch_child where parent_id = 50`)).map((r) => Number(r.n))).toEqual([7]);
  });

  it('undoes every write when a required write touches no row, and says why', async () => {
    const before = await count('batch_child');
    const stale = pending(sql`update batch_parent set version = version + 1 where id = 1 and version = 7 returning 1`, 'version');
    const error = await runWrites(db(), [pending(sql`insert into batch_child (parent_id, n) values (1, 3)`), stale]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteRefused);
    expect((error as WriteRefused).reason).toBe('version');
    expect(await count('batch_child')).toBe(before);
    expect((await queryRows<{ version: number }>(db(), sql`select version from batch_parent where id = 1`))[0]!.version).toBe(1);
  });

  it('undoes the writes when a check fails, and keeps them when it holds', async () => {
    const before = await count('batch_child');
    const add = (n: number) => pending(sql`insert into batch_child (parent_id, n) values (1, ${n})`);
    await expect(runWrites(db(), [add(10), add(11)], [{ holds: sql`exists (select 1 from batch_parent where id = 99)`, reason: 'parent' }])).rejects.toMatchObject({ reason: 'parent' });
    expect(await count('batch_child')).toBe(before);
    await runWrites(db(), [add(10), add(11)], [{ holds: sql`exists (select 1 from batch_parent where id = 1)`, reason: 'parent' }]);
    expect(await count('batch_child')).toBe(before + 2);
  });

  it('passes other database errors through unchanged (a duplicate key is not a refusal)', async () => {
    const error = await runWrites(db(), [pending(sql`insert into batch_child (parent_id, n) values (1, 1)`), pending(sql`insert into batch_parent (id, version) values (2, 1)`)]).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(WriteRefused);
    expect(await count('batch_parent where id = 2')).toBe(0);
  });

  it('inside a transaction, a refused batch rolls the transaction back with it', async () => {
    const before = await count('batch_child');
    await expect(
      db().transaction(async (tx) => {
        await tx.execute(sql`insert into batch_child (parent_id, n) values (1, 50)`);
        await runWrites(tx, [pending(sql`insert into batch_child (parent_id, n) values (1, 51)`), pending(sql`update batch_parent set version = 2 where id = 1 and version = 9 returning 1`, 'version')]);
      }),
    ).rejects.toBeInstanceOf(WriteRefused);
    expect(await count('batch_child')).toBe(before);
  });

  it('commits all or nothing for any mix of writes and a version that may or may not match', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.boolean(), async (children, matches) => {
        const [parent] = await queryRows<{ version: number }>(db(), sql`select version from batch_parent where id = 1`);
        const base = 1000 + (await count('batch_child'));
        const writes = Array.from({ length: children }, (_, i) => pending(sql`insert into batch_child (parent_id, n) values (1, ${base + i})`));
        const version = matches ? parent!.version : parent!.version + 1;
        writes.push(pending(sql`update batch_parent set version = version + 1 where id = 1 and version = ${version} returning 1`, 'version'));
        const before = await count('batch_child');
        const outcome = await runWrites(db(), writes).then(() => 'written', (e: unknown) => (e instanceof WriteRefused ? 'refused' : 'error'));
        expect(outcome).toBe(matches ? 'written' : 'refused');
        expect(await count('batch_child')).toBe(before + (matches ? children : 0));
      }),
      { numRuns: 25 },
    );
  });
});
