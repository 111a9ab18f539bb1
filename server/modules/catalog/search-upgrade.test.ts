// Migrations of the search table: documents indexed before them are still found after them.
// 0008 (name_terms) and 0012 (name_trigrams) add columns derived from others, so the migration fills
// them for every existing row. Here the column is dropped, documents are indexed as the table was
// before, and the migration's own statements are run again on the rows. And the stored trigrams give
// the ranking exactly pg_trgm's similarity(), on both engines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../db/migrate.ts';
import { queryRows, uuidv7 } from '../../platform/db/index.ts';
import { weightedTsvector } from '../../platform/search/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { trigramSimilarity } from './search-repository.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function rerunMigration(file: string) {
  const migration = readFileSync(path.join(migrationsFolder, file), 'utf8');
  for (const statement of migration.split('--> statement-breakpoint')) await t.services.database.exec(statement);
}
const search = (q: string) => t.services.catalog.search.search({ q, kind: 'all', limit: 20 });

describe('catalog_search.name_terms migration', () => {
  it('fills the name and keyword words of documents indexed before it, and they stay searchable', async () => {
    const { db } = t.services.database;
    await t.services.database.exec('drop index catalog_search_name_terms_idx; alter table catalog_search drop column name_terms');
    // A document as the code before 0008 wrote it: no name_terms column.
    const insert = (code: string, name: string, keywords: string, body: string) =>
      db.execute(sql`insert into catalog_search (id, kind, code, name, department_id, terms, words)
        values (${uuidv7()}, 'item', ${code}, ${name}, null, ${weightedTsvector({ a: name, b: keywords, c: body })}, ${name})`);
    await insert('U-1', '食品经营许可', '餐饮 饭店', '营业执照');
    await insert('U-2', '企业注销登记', '公司注销', '清税证明');

    await rerunMigration('0008_catalog_search_terms.sql');

    const rows = await queryRows<{ code: string; name_terms: string }>(db, sql`select code, name_terms::text as name_terms from catalog_search order by code`);
    expect(rows.map((r) => r.code)).toEqual(['U-1', 'U-2']);
    expect(rows[0]!.name_terms).toContain("'餐饮':");
    expect(rows[0]!.name_terms).not.toContain('营业执照'); // the body is not part of it
    expect((await search('饭店')).hits.map((h) => h.code)).toEqual(['U-1']);
    expect((await search('企业注销')).hits[0]?.code).toBe('U-2');
    expect((await search('清税证明')).hits.map((h) => h.code)).toEqual(['U-2']);
  });
});

describe('catalog_search.name_trigrams migration', () => {
  it("fills the name's trigrams of documents indexed before it, and they rank as before", async () => {
    const { db } = t.services.database;
    const scores = async (q: string) => (await search(q)).hits.map((h) => [h.code, h.score]);
    const before = { exact: await scores('企业注销登记'), typo: await scores('食品经营徐可') };
    expect(before.exact[0]).toEqual(['U-2', expect.any(Number)]);

    await t.services.database.exec('alter table catalog_search drop column name_trigrams');
    await rerunMigration('0012_catalog_name_trigrams.sql');

    const rows = await queryRows<{ code: string; n: number }>(db, sql`select code, length(name_trigrams) as n from catalog_search order by code`);
    expect(rows.map((r) => r.code)).toEqual(['U-1', 'U-2']);
    expect(rows.every((r) => Number(r.n) > 0)).toBe(true);
    expect(await scores('企业注销登记')).toEqual(before.exact);
    expect(await scores('食品经营徐可')).toEqual(before.typo);
  });

  it("gives exactly pg_trgm's similarity() of a name and a query", async () => {
    const CJK = [...'食品经营许可证核发企业设立登记公司注销退休户口徐办证照'];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...CJK), fc.constantFrom(...'abcXYZ0123 ，（）-'), fc.string({ maxLength: 3 })), { maxLength: 20 })
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, async (name, query) => {
        const trigrams = sql`array_to_tsvector(show_trgm(${name}::text))`;
        const emulated = trigramSimilarity(sql`length(${trigrams})`, sql`length(ts_delete(${trigrams}, show_trgm(${query}::text)))`, sql`cardinality(show_trgm(${query}::text))`);
        const [row] = await queryRows<{ same: boolean; real: number; ours: number }>(
          t.services.database.db,
          sql`select similarity(${name}::text, ${query}::text) = ${emulated} as same, similarity(${name}::text, ${query}::text) as real, ${emulated} as ours`,
        );
        expect(row!.same, `${name} / ${query}: ${row!.real} against ${row!.ours}`).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
