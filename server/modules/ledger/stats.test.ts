// Statistics for the metrics: tasks listed in a period and closed by its end, by source kind and batch, the closure
// rate, the province's submissions and acceptances, escalations opened, meetings held, issues listed; a second
// period over the same rows; random task sets against a plain count; the route.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addCalendarDays, endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from '../../../common/calendar/index.ts';
import { ledgerSender } from '../../test/ledger-factories.ts';
import { at, createBoardTestApp, insert, reset, source, type BoardTestApp } from './board.test-fixture.ts';
import type { BulkTaskRow } from './bulk.ts';

let t: BoardTestApp;
const actor = { type: 'system' as const, id: null };

beforeAll(async () => {
  t = await createBoardTestApp();
}, 120_000);
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await reset(t);
});

const stats = (from: string, to: string) => t.services.ledger.stats.stats({ from, to });

describe('ledger statistics', () => {
  it('counts what was listed in the period and closed by its end, the province’s steps, escalations and meetings', async () => {
    const f = await source(t, { kind: 'provincial_feedback', code: 'PFB-T', periodStart: '2026-01-01', periodEnd: '2026-10-31' });
    const c = await source(t, { kind: 'city_plan', code: 'CPLAN-T', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const [, , f3] = await insert(t, f, [
      { title: 'f1', batch: '6月', createdAt: at('2026-07-02'), state: 'closed', closedAt: at('2026-07-20') },
      { title: 'f2 closed after the period', batch: '10月', createdAt: at('2026-07-02'), state: 'closed', closedAt: at('2026-12-02') },
      { title: 'f3', batch: '10月', createdAt: at('2026-07-02') },
      { title: 'f4 listed before', createdAt: at('2026-06-20'), state: 'closed', closedAt: at('2026-07-10') },
      { title: 'f5 cancelled', createdAt: at('2026-07-03'), state: 'cancelled', closedAt: at('2026-07-04') },
    ]);
    await insert(t, c, [
      { title: 'c1', createdAt: at('2026-08-01'), needsSecondApproval: true, state: 'closed', closedAt: at('2026-09-10') },
      { title: 'c2', createdAt: at('2026-08-01'), needsSecondApproval: true, state: 'provincial', closedAt: at('2026-08-20') },
      { title: 'c3 listed before, closed by the province in July', createdAt: at('2026-05-01'), needsSecondApproval: true, state: 'closed', closedAt: at('2026-07-15') },
    ]);
    for (const [code, sourceId] of [['F-1', f], ['F-2', f], ['C-1', c]] as const) await t.services.ledger.issues.create(actor, { sourceId, code, title: `问题 ${code}`, detail: '', indicator: '开办企业', leadDepartmentId: null });
    // Listed in August, whatever today is (the service stamps them now, and after November now is outside the period).
    await t.services.database.db.execute(sql`update ledger_issue set created_at = ${at('2026-08-05').toISOString()} where code in ('F-1', 'F-2', 'C-1')`);
    await t.services.ledger.tasks.escalate(actor, t.office, f3!, { version: 1, reason: '进度严重滞后', level: 'office', answerBy: null }, at('2026-09-01'));
    for (const [heldOn, hold] of [['2026-06-15', true], ['2026-10-15', true], ['2026-11-20', false]] as const) {
      const m = await t.services.ledger.meetings.create(actor, { heldOn, title: `${heldOn} 调度会`, chair: '', location: '', presentDepartmentIds: [], minutes: '' });
      if (hold) await t.services.ledger.meetings.hold(actor, m.id, at(heldOn));
    }

    const s = await stats('2026-07-01', '2026-11-30');
    expect(s).toMatchObject({ from: '2026-07-01', to: '2026-11-30', tasks: 5, closed: 2, closureRate: 0.4, provincialSubmitted: 3, provincialAccepted: 2, escalations: 1, meetings: 1 });
    const kinds = Object.fromEntries(s.bySource.map((k) => [k.kind, k]));
    expect(s.bySource).toHaveLength(8);
    expect(kinds.provincial_feedback).toEqual({ kind: 'provincial_feedback', issues: 2, tasks: 3, closed: 1 });
    expect(kinds.city_plan).toEqual({ kind: 'city_plan', issues: 1, tasks: 2, closed: 1 });
    expect(kinds.meeting).toEqual({ kind: 'meeting', issues: 0, tasks: 0, closed: 0 });
    expect(s.byBatch).toEqual([
      { batch: '6月', tasks: 1, closed: 1 },
      { batch: '10月', tasks: 2, closed: 0 },
    ]);

    const h1 = await stats('2026-01-01', '2026-06-30');
    expect(h1).toMatchObject({ tasks: 2, closed: 0, closureRate: 0, provincialSubmitted: 0, provincialAccepted: 0, escalations: 0, meetings: 1, byBatch: [] });
    const empty = await stats('2025-01-01', '2025-12-31');
    expect(empty).toMatchObject({ tasks: 0, closed: 0, closureRate: null });
  });

  it('agrees with a plain count over random tasks', async () => {
    const day = fc.integer({ min: 0, max: 330 }).map((n) => addCalendarDays('2026-01-01', n));
    const spec = fc.record({ created: day, closedAfter: fc.option(fc.integer({ min: 0, max: 60 })), batch: fc.constantFrom(null, '6月', '10月'), cancelled: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 25 }), day, fc.integer({ min: 0, max: 120 }), async (specs, from, length) => {
        await reset(t);
        const s = await source(t, { kind: 'leader_instruction', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
        const rows: Partial<BulkTaskRow>[] = specs.map((x) => {
          const createdAt = at(x.created);
          const closedAt = x.closedAfter === null ? null : new Date(createdAt.getTime() + x.closedAfter * 86_400_000 + 3_600_000);
          return { startsOn: x.created, dueOn: '2026-12-31', createdAt, batch: x.batch, ...(x.cancelled ? { state: 'cancelled' as const, closedAt: closedAt ?? createdAt } : closedAt ? { state: 'closed' as const, closedAt } : {}) };
        });
        await insert(t, s, rows);
        const to = addCalendarDays(from, length);
        const got = await stats(from, to);
        const start = startOfShanghaiDay(from);
        const end = endOfShanghaiDay(to);
        const listed = rows.filter((r) => r.state !== 'cancelled' && r.createdAt! >= start && r.createdAt! <= end);
        const closed = listed.filter((r) => r.state === 'closed' && r.closedAt! <= end);
        expect(got.tasks).toBe(listed.length);
        expect(got.closed).toBe(closed.length);
        expect(got.closureRate).toBe(listed.length ? Math.round((closed.length / listed.length) * 10000) / 10000 : null);
        for (const b of ['6月', '10月']) {
          const mine = listed.filter((r) => r.batch === b);
          expect(got.byBatch.find((x) => x.batch === b) ?? { batch: b, tasks: 0, closed: 0 }).toEqual({ batch: b, tasks: mine.length, closed: mine.filter((r) => closed.includes(r)).length });
        }
        expect(shanghaiDate(start)).toBe(from);
      }),
      { numRuns: 8 },
    );
  });

  it('is read by the office, leaders and admins, with dates checked', async () => {
    const send = ledgerSender(t);
    expect((await send('leader', 'GET', '/stats?from=2026-01-01&to=2026-06-30')).statusCode).toBe(200);
    expect((await send('handler', 'GET', '/stats?from=2026-01-01&to=2026-06-30')).statusCode).toBe(403);
    expect((await send('office', 'GET', '/stats?from=2026-07-01&to=2026-06-30')).statusCode).toBe(400);
    expect((await send('office', 'GET', '/stats?from=2026-02-30&to=2026-06-30')).statusCode).toBe(400);
    expect((await send('office', 'GET', '/stats?from=2026-01-01')).statusCode).toBe(400);
  });
});
