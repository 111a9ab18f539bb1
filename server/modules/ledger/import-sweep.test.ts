// Interrupted workbook imports: every progress update moves the import's updated_at; the housekeeping sweep (run
// when the server starts) marks failed, with a bilingual reason and an audit row, the unfinished imports not moved
// for 10 minutes — and leaves alone those still moving, finished ones, and an import it already ended.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHousekeeping } from '../../housekeeping.ts';
import { queryRows, uuidv7 } from '../../platform/db/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import * as repo from './import-repository.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE);
const earlier = { row: 3, column: '牵头单位', message: { zh: '没有名为“不存在局”的单位', en: 'no unit named "不存在局"' } };

async function makeImport(status: string, minutesSinceMoved: number, extra: Partial<repo.NewImport> = {}): Promise<string> {
  const id = uuidv7();
  await repo.insertImport(t.services.database.db, { id, fileName: '整改台账.xlsx', status, createdAt: ago(minutesSinceMoved + 5), updatedAt: ago(minutesSinceMoved), ...extra });
  return id;
}
const viewOf = (id: string) => t.services.ledger.workbook.get(id);

describe('the sweep of interrupted imports', () => {
  it('moves updated_at on every progress update, and refuses to move an ended import', async () => {
    const id = await makeImport('importing', 30);
    expect(await repo.updateImport(t.services.database.db, id, { processed: 500, imported: 498, rejected: 2 })).toBe(true);
    const row = (await repo.findImport(t.services.database.db, id))!;
    expect(Date.now() - row.updatedAt.getTime()).toBeLessThan(MINUTE);
    expect(row.updatedAt.getTime()).toBeGreaterThan(row.createdAt.getTime());
    expect(await repo.updateImport(t.services.database.db, id, { status: 'done', finishedAt: new Date() })).toBe(true);

    const done = await makeImport('done', 30, { finishedAt: ago(30) });
    expect(await repo.updateImport(t.services.database.db, done, { processed: 1 })).toBe(false);
    expect((await viewOf(done)).processed).toBe(0);
  });

  it('marks failed at server start the unfinished imports not moved for 10 minutes, with the reason in both languages', async () => {
    const parsing = await makeImport('parsing', 11);
    const importing = await makeImport('importing', 20, { total: 1200, processed: 500, imported: 499, rejected: 1, problems: [earlier] });
    const moving = await makeImport('importing', 1, { createdAt: ago(45), total: 800, processed: 500 });
    const done = await makeImport('done', 120, { finishedAt: ago(120), total: 3, processed: 3, imported: 3 });
    const failed = await makeImport('failed', 120, { finishedAt: ago(120), problems: [earlier] });

    // The sweep runs when housekeeping starts; stopping waits for it.
    const stop = startHousekeeping(t.services, t.app.log);
    await stop();

    const reason = { row: 0, column: '', message: { zh: '导入中断（服务重启或超时），请重新导入', en: 'The import was interrupted (server restart or timeout); import again' } };
    const a = await viewOf(parsing);
    expect(a).toMatchObject({ status: 'failed', problems: [reason] });
    expect(a.finishedAt).not.toBeNull();
    // Counts and the rows' problems found so far stay; the reason comes last.
    expect(await viewOf(importing)).toMatchObject({ status: 'failed', total: 1200, processed: 500, imported: 499, rejected: 1, problems: [earlier, reason] });
    expect(await viewOf(moving)).toMatchObject({ status: 'importing', processed: 500, problems: [], finishedAt: null });
    expect(await viewOf(done)).toMatchObject({ status: 'done', problems: [] });
    expect(await viewOf(failed)).toMatchObject({ status: 'failed', problems: [earlier] });

    const audited = await queryRows<{ entity_id: string; actor_type: string; actor_id: string }>(
      t.services.database.db,
      sql`select entity_id, actor_type, actor_id from audit_log where action = 'ledger.import.failed' order by entity_id`,
    );
    expect(audited).toEqual([parsing, importing].sort().map((id) => ({ entity_id: id, actor_type: 'system', actor_id: 'housekeeping' })));

    // Once swept, an import stays ended: a late progress update of its run changes nothing, and sweeping again finds none.
    expect(await repo.updateImport(t.services.database.db, importing, { processed: 1000, status: 'done' })).toBe(false);
    expect((await viewOf(importing)).status).toBe('failed');
    expect(await t.services.ledger.workbook.sweepInterrupted({ type: 'system', id: 'housekeeping' })).toBe(0);
    // The import still moving is swept once it has stood still for 10 minutes.
    expect(await t.services.ledger.workbook.sweepInterrupted({ type: 'system', id: 'housekeeping' }, new Date(Date.now() + 10 * MINUTE))).toBe(1);
    expect((await viewOf(moving)).status).toBe('failed');
  });

  it('keeps at most the report’s limit of problems, the reason last', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...earlier, row: i + 2 }));
    const id = await makeImport('importing', 15, { problems: many });
    expect(await t.services.ledger.workbook.sweepInterrupted({ type: 'system', id: 'housekeeping' })).toBe(1);
    const view = await viewOf(id);
    expect(view.problems).toHaveLength(2000);
    expect(view.problems[1998]).toEqual({ ...earlier, row: 2000 });
    expect(view.problems[1999]).toMatchObject({ row: 0, column: '' });
  });
});
