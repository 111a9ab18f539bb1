// Tasks made from other rooms: createFromOrigin is idempotent per origin and files under a standing source per
// kind and year; a 差评 that goes on the ledger (the evaluations room's event) becomes a task within a reader run.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, shanghaiDate } from '../../../common/calendar/index.ts';
import { systemActor } from '../../platform/audit/index.ts';
import { queryRows, uuidv7 } from '../../platform/db/index.ts';
import { emitEvent, EVENT_TYPES } from '../../platform/events/index.ts';
import { createLedgerTestApp, detailOf, ledgerSender, type LedgerTestApp } from '../../test/ledger-factories.ts';
import { runLedgerReaders, type RatingLedgerPayload } from './index.ts';

let t: LedgerTestApp;
let send: ReturnType<typeof ledgerSender>;

beforeAll(async () => {
  t = await createLedgerTestApp();
  send = ledgerSender(t);
});
afterAll(async () => t?.close());

const tasksOfOrigin = async (type: string, id: string) => queryRows<{ id: string; source_id: string }>(t.services.database.db, sql`select id, source_id from ledger_task where origin_type = ${type} and origin_id = ${id}`);

describe('createFromOrigin', () => {
  it('files a task once per origin under the standing source of its kind and year', async () => {
    const input = { sourceKind: 'hall_inspection' as const, originType: 'hall_finding', originId: uuidv7(), title: '政务大厅窗口无人值守', detail: '暗访发现 3 号窗口 10:00–10:40 无人', leadDepartmentId: t.dept['HHHT-ZWFW']!, startsOn: '2026-11-02', dueOn: '2026-11-30' };
    const first = await t.services.ledger.tasks.createFromOrigin(systemActor, input);
    expect(first).toMatchObject({ created: true, number: expect.stringMatching(/^TZ2026/) });
    const again = await t.services.ledger.tasks.createFromOrigin(systemActor, { ...input, title: '改了标题也不重复' });
    expect(again).toEqual({ id: first.id, number: first.number, created: false });
    const source = (await send('office', 'GET', '/sources')).json().items.find((s: { code: string }) => s.code === 'HALL-2026');
    expect(source).toMatchObject({ kind: 'hall_inspection', periodStart: '2026-01-01', periodEnd: '2026-12-31', tasks: 1 });
    const d = await detailOf(t, 'office', first.id);
    expect(d).toMatchObject({ origin: { type: 'hall_finding', id: input.originId }, sourceId: source.id, leadDepartmentName: '政务服务局', state: 'doing' });
    // Another finding joins the same standing source; at once, two calls for a third one file it once.
    await t.services.ledger.tasks.createFromOrigin(systemActor, { ...input, originId: uuidv7() });
    const third = { ...input, originId: uuidv7() };
    const both = await Promise.all([t.services.ledger.tasks.createFromOrigin(systemActor, third), t.services.ledger.tasks.createFromOrigin(systemActor, third)]);
    expect(both.filter((r) => r.created)).toHaveLength(1);
    expect(both[0]!.id).toBe(both[1]!.id);
    expect(await tasksOfOrigin('hall_finding', third.originId)).toHaveLength(1);
    const sources = await queryRows(t.services.database.db, sql`select id from ledger_source where code = 'HALL-2026'`);
    expect(sources).toHaveLength(1);
  });

  it('writes everything inside the caller’s transaction, rolled back with it', async () => {
    const input = { sourceKind: 'meeting' as const, originType: 'meeting_decision', originId: uuidv7(), title: '研究解决项目用地问题', leadDepartmentId: t.dept['HHHT-ZRZY']!, dueOn: '2026-12-31' };
    await expect(
      t.services.database.db.transaction(async (tx) => {
        await t.services.ledger.tasks.createFromOrigin(systemActor, input, tx);
        throw new Error('the caller gave up');
      }),
    ).rejects.toThrow('the caller gave up');
    expect(await tasksOfOrigin('meeting_decision', input.originId)).toHaveLength(0);
    const made = await t.services.database.db.transaction((tx) => t.services.ledger.tasks.createFromOrigin(systemActor, input, tx));
    expect(made.created).toBe(true);
    expect(await tasksOfOrigin('meeting_decision', input.originId)).toHaveLength(1);
  });
});

describe('差评 → ledger task', () => {
  it('turns each evaluation.ledger_requested event into a task once, led by the rated department', async () => {
    const ratingId = uuidv7();
    const due = new Date(Date.now() + 20 * 86_400_000);
    const payload: RatingLedgerPayload = { ratingId, loopId: uuidv7(), departmentId: t.dept['HHHT-SCJG']!, title: '食品经营许可证核发', dueAt: due.toISOString(), comment: '窗口人员态度生硬，需纳入台账限期整改' };
    await t.services.database.db.transaction((tx) => emitEvent(tx, { type: EVENT_TYPES.ratingLedgerRequested, subjectType: 'rating', subjectId: ratingId, payload: payload as unknown as Record<string, unknown> }));
    // One without a deadline gets 15 working days.
    const second = { ...payload, ratingId: uuidv7(), dueAt: null };
    await t.services.database.db.transaction((tx) => emitEvent(tx, { type: EVENT_TYPES.ratingLedgerRequested, subjectType: 'rating', subjectId: second.ratingId, payload: second as unknown as Record<string, unknown> }));

    expect(await runLedgerReaders(t.services)).toBe(2);
    expect(await runLedgerReaders(t.services)).toBe(0);
    const [task] = await tasksOfOrigin('rating', ratingId);
    expect(task).toBeDefined();
    const d = await detailOf(t, 'approver', task!.id);
    expect(d).toMatchObject({ title: '差评整改：食品经营许可证核发', detail: payload.comment, sourceKind: 'bad_rating', leadDepartmentId: t.dept['HHHT-SCJG'], dueOn: shanghaiDate(due), startsOn: shanghaiDate(new Date()), origin: { type: 'rating', id: ratingId } });
    expect((d.actions as { key: string }[]).map((a) => a.key)).toContain('requestClosure');
    const [other] = await tasksOfOrigin('rating', second.ratingId);
    const o = await detailOf(t, 'office', other!.id);
    const calendar = await t.services.calendar.current();
    const today = shanghaiDate(new Date());
    const expected = (() => {
      try {
        return calendar.addWorkingDays(today, 15);
      } catch {
        return addCalendarDays(today, 21);
      }
    })();
    expect(o.dueOn).toBe(expected);

    // The same rating asked again (a reopened loop) does not file a second task.
    await t.services.database.db.transaction((tx) => emitEvent(tx, { type: EVENT_TYPES.ratingLedgerRequested, subjectType: 'rating', subjectId: ratingId, payload: payload as unknown as Record<string, unknown> }));
    expect(await runLedgerReaders(t.services)).toBe(1);
    expect(await tasksOfOrigin('rating', ratingId)).toHaveLength(1);
    const source = (await send('office', 'GET', '/sources')).json().items.find((s: { code: string }) => s.code === `RATING-${today.slice(0, 4)}`);
    expect(source).toMatchObject({ kind: 'bad_rating', tasks: 2 });
  });
});
