import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { runMigrations } from './migrate.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../test/harness.ts';
import { queryRows, toIsoDate, toNumber } from '../platform/db/index.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe(`migrations on ${testEngine}`, () => {
  it('can run again without changing anything', async () => {
    const count = async () =>
      toNumber((await queryRows(t.database.db, sql`select count(*) as n from drizzle.__drizzle_migrations`))[0]!.n);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await runMigrations(t.database);
    await runMigrations(t.database);
    expect(await count()).toBe(before);
  });

  it('returns counts and dates in one shape on both engines once normalised', async () => {
    const rows = await queryRows(t.database.db, sql`select count(*) as n, date '2026-02-14' as d, '{"a":1}'::jsonb as j`);
    const row = rows[0]!;
    expect(toNumber(row.n)).toBe(1); // a string from pg, a number from PGlite
    expect(toIsoDate(row.d)).toBe('2026-02-14');
    expect(row.j).toEqual({ a: 1 });
  });
});
