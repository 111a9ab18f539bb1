// The hot paths' row statements (rows.ts): each value as its own parameter, typed by its column. What goes in must
// come back the same on both engines — jsonb of any shape (a bare string, an array), instants given as Dates or as
// ISO text, NULL and a left-out column's default — however many rows a statement carries.
import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { insertRow, insertRows, queryRows, runWrites, selectById, updateRow, uuidv7 } from './index.ts';

const rowsTried = pgTable('rows_tried', {
  id: uuid('id').primaryKey(),
  name: text('name'),
  n: integer('n').notNull().default(7),
  flag: boolean('flag'),
  at: timestamp('at', { withTimezone: true, mode: 'date' }),
  doc: jsonb('doc'),
  version: integer('version').notNull().default(1),
});
type Tried = typeof rowsTried.$inferSelect;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.services.database.exec(`
    create table if not exists rows_tried (id uuid primary key, name text, n integer not null default 7, flag boolean,
      at timestamptz, doc jsonb, version integer not null default 1);
  `);
});
afterAll(() => t.close());

const db = () => t.services.database.db;
const read = (id: string) => selectById<Tried>(db(), rowsTried, id);

// JSON as PostgreSQL keeps it: no -0, no lone surrogates, no \u0000 (jsonb refuses it), numbers it can hold.
const json = fc.jsonValue({ maxDepth: 3, noUnicodeString: false }).filter((v) => !JSON.stringify(v).includes('\\u0000') && !Object.is(v, -0));
const name = fc.option(fc.string({ maxLength: 40 }).filter((s) => !s.includes('\u0000')), { nil: null });
const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });

describe('row statements with a parameter per value', () => {
  it('writes a row and reads it back the same: jsonb of any shape, text, instants, booleans, NULL', async () => {
    await fc.assert(
      fc.asyncProperty(json, name, instant, fc.option(fc.boolean(), { nil: null }), fc.boolean(), async (doc, text, at, flag, asText) => {
        const id = uuidv7();
        // An instant may be given as a Date or as its ISO text: both are written as the same instant.
        await runWrites(db(), [insertRow(rowsTried, { id, name: text, flag, at: asText ? at.toISOString() : at, doc })]);
        const row = await read(id);
        expect(row).toMatchObject({ id, name: text, flag, n: 7, doc: JSON.parse(JSON.stringify(doc)) as unknown });
        expect(row!.at!.getTime()).toBe(at.getTime());
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a jsonb string a string, and writes NULL for null and the default for a column left out', async () => {
    const id = uuidv7();
    await runWrites(db(), [insertRow(rowsTried, { id, doc: '{"not": "an object"}', name: undefined, at: null })]);
    // (Read as text: a jsonb string that looks like JSON is parsed again by Drizzle's decoder.)
    const [row] = await queryRows<{ kind: string; value: string; name: string | null; at: unknown; n: number }>(db(), sql`select jsonb_typeof(doc) as kind, doc #>> '{}' as value, name, at, n from rows_tried where id = ${id}`);
    expect(row).toMatchObject({ kind: 'string', value: '{"not": "an object"}', name: null, at: null });
    expect(Number(row!.n)).toBe(7);
  });

  it('updates the row at its version only, setting the columns given and bumping the ones incremented', async () => {
    const id = uuidv7();
    await runWrites(db(), [insertRow(rowsTried, { id, name: 'before', doc: { a: 1 } })]);
    const at = new Date('2026-11-28T04:00:00.123Z');
    await runWrites(db(), [updateRow(rowsTried, { name: '改后 "quoted"', doc: ['x', 2, null], at }, { id, version: 1 }, { increment: ['version', 'n'], required: 'version' })]);
    expect(await read(id)).toMatchObject({ name: '改后 "quoted"', doc: ['x', 2, null], at, version: 2, n: 8 });
    await expect(runWrites(db(), [updateRow(rowsTried, { name: 'stale' }, { id, version: 1 }, { required: 'version' })])).rejects.toMatchObject({ reason: 'version' });
    expect((await read(id))!.name).toBe('改后 "quoted"');
  });

  it('inserts many rows in one statement, and past the parameter limit as one document, with the same result', async () => {
    for (const count of [3, 500]) {
      const rows = Array.from({ length: count }, (_v, i) => ({ id: uuidv7(), name: `r${i}`, n: i, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)), doc: { i, tags: [`t${i}`] } }));
      const write = insertRows(rowsTried, rows);
      // 500 rows × 5 columns is past what one statement's parameters are used for here: the rows travel as one jsonb.
      expect(write).toMatchObject({ params: count === 3 ? expect.any(Array) : [expect.any(String)] });
      if (count === 3) expect((write as { params: unknown[] }).params).toHaveLength(15);
      await runWrites(db(), [write]);
      for (const r of [rows[0]!, rows[count - 1]!]) expect(await read(r.id)).toMatchObject(r);
    }
  });

  it('upserts: a row whose key exists has the named columns replaced', async () => {
    const id = uuidv7();
    await runWrites(db(), [insertRows(rowsTried, [{ id, name: 'first', n: 1 }])]);
    await runWrites(db(), [insertRows(rowsTried, [{ id, name: 'second', n: 2 }], { key: ['id'], replace: ['name'] })]);
    expect(await read(id)).toMatchObject({ name: 'second', n: 1 });
  });

  it('writes a column as an expression around its parameter (around)', async () => {
    const id = uuidv7();
    await runWrites(db(), [insertRow(rowsTried, { id, doc: { given: true } }, { around: { doc: (p) => `coalesce(${p}::jsonb, '{}'::jsonb) || jsonb_build_object('added', 1)` } })]);
    expect((await read(id))!.doc).toEqual({ given: true, added: 1 });
  });
});
