// Migration 0008 (catalog_search.name_terms): documents indexed before it are still found after it.
// The column is derived from `terms` (ts_filter of the name and keyword weights), so the migration
// fills it for every existing row. Here the column is dropped, documents are indexed as 0007 left the
// table, and the migration's own statements are run again on the rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../db/migrate.ts';
import { queryRows, uuidv7 } from '../../platform/db/index.ts';
import { weightedTsvector } from '../../platform/search/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

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

    const migration = readFileSync(path.join(migrationsFolder, '0008_catalog_search_terms.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await t.services.database.exec(statement);

    const rows = await queryRows<{ code: string; name_terms: string }>(db, sql`select code, name_terms::text as name_terms from catalog_search order by code`);
    expect(rows.map((r) => r.code)).toEqual(['U-1', 'U-2']);
    expect(rows[0]!.name_terms).toContain("'餐饮':");
    expect(rows[0]!.name_terms).not.toContain('营业执照'); // the body is not part of it
    const search = (q: string) => t.services.catalog.search.search({ q, kind: 'all', limit: 20 });
    expect((await search('饭店')).hits.map((h) => h.code)).toEqual(['U-1']);
    expect((await search('企业注销')).hits[0]?.code).toBe('U-2');
    expect((await search('清税证明')).hits.map((h) => h.code)).toEqual(['U-2']);
  });
});
