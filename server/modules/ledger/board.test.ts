// The board: amber and red on working days around 国庆节 (a deadline right after the holiday turns amber nine
// calendar days early), working days counted from a running count as the calendar counts them, the half-time check per plan, per unit and per source kind before and after half-time
// (met and not met, and the task-weighted rule over several plans), lights by unit and source with escalations,
// reviews and closures per month (as of a past day too), and who may see it.
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addCalendarDays, createCalendar, OFFICIAL_CALENDAR } from '../../../common/calendar/index.ts';
import { halfTimeCheck } from '../../../common/ledger/vocabulary.ts';
import { ledgerSender } from '../../test/ledger-factories.ts';
import { at, createBoardTestApp, insert, reset, source, type BoardTestApp } from './board.test-fixture.ts';
import { lastTwelveMonths } from './service/board.ts';
import { dayCountCalendar } from './service/board-snapshot.ts';

const calendar = createCalendar(OFFICIAL_CALENDAR);
const now = at('2026-11-20');
let t: BoardTestApp;

beforeAll(async () => {
  t = await createBoardTestApp();
}, 120_000);
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await reset(t);
});

const board = (q: { sourceId?: string; on?: string }) => t.services.ledger.board.board(t.office, q, now);
const lights = (c: { green: number; amber: number; red: number; done: number }) => ({ green: c.green, amber: c.amber, red: c.red, done: c.done });

describe('lights on working days around a holiday', () => {
  it('turns a task due right after 国庆节 amber before the holiday and red on the Saturday worked after it', async () => {
    const s = await source(t, { periodStart: '2026-09-01', periodEnd: '2026-12-31' });
    // 14 working days in (09-14, 10-09]: amber with fewer than 2.8 left; A is on track (60%), B behind (30%).
    await insert(t, s, [
      { title: 'A', startsOn: '2026-09-14', dueOn: '2026-10-09', progress: 60, createdAt: at('2026-09-01') },
      { title: 'B', startsOn: '2026-09-14', dueOn: '2026-10-09', progress: 30, createdAt: at('2026-09-01') },
    ]);
    const expected: [string, { green: number; amber: number; red: number; done: number }][] = [
      ['2026-09-21', { green: 2, amber: 0, red: 0, done: 0 }], // 6 of 14 gone
      ['2026-09-22', { green: 1, amber: 1, red: 0, done: 0 }], // half gone: B (30%) is amber, A (60%) is not
      ['2026-09-29', { green: 1, amber: 1, red: 0, done: 0 }], // 3 left (21%): A still green
      ['2026-09-30', { green: 0, amber: 2, red: 0, done: 0 }], // 2 left — Oct 8 and 9 — though 9 calendar days remain
      ['2026-10-05', { green: 0, amber: 2, red: 0, done: 0 }], // in the holiday: still 2 left
      ['2026-10-09', { green: 0, amber: 2, red: 0, done: 0 }], // the deadline day is not overdue
      ['2026-10-10', { green: 0, amber: 0, red: 2, done: 0 }], // the Saturday worked after the holiday: overdue
    ];
    for (const [on, counts] of expected) {
      const b = await board({ sourceId: s, on });
      expect({ on, ...lights(b.totals) }).toEqual({ on, ...counts });
      expect(b.asOf).toBe(on);
    }
  });
});

describe('working days from a running count', () => {
  it('answers as the calendar does, inside its years and outside them', () => {
    const counted = dayCountCalendar(calendar);
    expect(dayCountCalendar(counted)).toBe(counted);
    const day = fc.integer({ min: -400, max: 1500 }).map((n) => addCalendarDays('2024-01-01', n));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const covered = calendar.covers(Number(a.slice(0, 4))) && calendar.covers(Number(b.slice(0, 4)));
        if (covered) expect(counted.workingDaysBetween(a, b)).toBe(calendar.workingDaysBetween(a, b));
        else expect(() => counted.workingDaysBetween(a, b)).toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('时间过半任务过半', () => {
  // P: 19 working days in (03-02, 03-27]; half-time is reached on 03-16 (10 gone), not on 03-13 (9 gone).
  const plan = { kind: 'city_plan' as const, periodStart: '2026-03-02', periodEnd: '2026-03-27' };
  const rows = (zj: number, scjg: number) => [
    ...[0, 1, 2, 3].map((i) => ({ startsOn: '2026-03-02', dueOn: '2026-03-27', createdAt: at('2026-03-01'), ...(i < zj ? { state: 'closed' as const, closedAt: at(`2026-03-1${i}`) } : {}) })),
    ...[0, 1, 2, 3].map((i) => ({ leadDepartmentId: t.dept['HHHT-SCJG']!, startsOn: '2026-03-02', dueOn: '2026-03-27', createdAt: at('2026-03-01'), ...(i < scjg ? { state: 'closed' as const, closedAt: at('2026-03-11') } : {}) })),
  ];

  it('per plan and per unit: not judged before half-time, met or not after it', async () => {
    const p = await source(t, plan);
    await insert(t, p, rows(2, 1));
    const before = await board({ sourceId: p, on: '2026-03-13' });
    expect(before.halfTime.byPlan).toEqual([expect.objectContaining({ key: p, total: 8, closed: 3, halfTimeReached: false, met: null, timeShare: 0.4737 })]);
    expect(before.halfTime.byUnit.every((u) => u.met === null && !u.halfTimeReached)).toBe(true);

    const after = await board({ sourceId: p, on: '2026-03-16' });
    const check = halfTimeCheck(calendar, { periodStart: plan.periodStart, periodEnd: plan.periodEnd, total: 8, closed: 3 }, '2026-03-16');
    expect(after.halfTime.byPlan[0]).toMatchObject({ total: 8, closed: 3, timeShare: Number(check.timeShare.toFixed(4)), taskShare: 0.375, halfTimeReached: true, met: false });
    const unit = (code: string) => after.halfTime.byUnit.find((u) => u.key === t.dept[code])!;
    expect(unit('HHHT-ZJ')).toMatchObject({ label: '住建局', total: 4, closed: 2, taskShare: 0.5, halfTimeReached: true, met: true });
    expect(unit('HHHT-SCJG')).toMatchObject({ label: '市场监管局', total: 4, closed: 1, taskShare: 0.25, halfTimeReached: true, met: false });
    expect(after.halfTime.bySource).toEqual([expect.objectContaining({ key: 'city_plan', total: 8, closed: 3, met: false })]);
  });

  it('over every source, a unit counts each task over its own plan’s period', async () => {
    const p = await source(t, plan);
    // Q: 38 working days in (03-02, 04-24] (清明 off): 10 of 38 gone on 03-16.
    const q = await source(t, { kind: 'provincial_feedback', periodStart: '2026-03-02', periodEnd: '2026-04-24' });
    await insert(t, p, rows(2, 1));
    await insert(t, q, [0, 1].map(() => ({ startsOn: '2026-03-02', dueOn: '2026-04-24', createdAt: at('2026-03-01') })));
    const b = await board({ on: '2026-03-16' });
    const zj = b.halfTime.byUnit.find((u) => u.key === t.dept['HHHT-ZJ'])!;
    expect(zj.total).toBe(6);
    expect(zj.closed).toBe(2);
    expect(zj.timeShare).toBeCloseTo((4 * (10 / 19) + 2 * (10 / 38)) / 6, 4); // 0.4386: not yet half
    expect(zj).toMatchObject({ halfTimeReached: false, met: null });
    const kinds = Object.fromEntries(b.halfTime.bySource.map((k) => [k.key, k]));
    expect(kinds.city_plan).toMatchObject({ halfTimeReached: true, met: false, total: 8 });
    expect(kinds.provincial_feedback).toMatchObject({ halfTimeReached: false, met: null, total: 2, timeShare: Number((10 / 38).toFixed(4)) });
    expect(b.halfTime.byPlan.map((r) => r.key).sort()).toEqual([p, q].sort());
  });
});

describe('lights by unit and source, escalations, reviews, closures per month', () => {
  it('counts every open and closed task (cancelled ones left out), and a past day as it stood then', async () => {
    const s = await source(t, { periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const scjg = t.dept['HHHT-SCJG']!;
    await insert(t, s, [
      { title: 'green', startsOn: '2026-11-02', dueOn: '2026-12-31', createdAt: at('2026-11-01') },
      { title: 'amber', progress: 80 },
      { title: 'red, escalated', dueOn: '2026-11-10', escalated: true },
      { title: 'reviewing', startsOn: '2026-11-02', state: 'reviewing', closureRequestedAt: at('2026-11-18'), createdAt: at('2026-11-01') },
      { title: 'closed in June', state: 'closed', closedAt: at('2026-06-15') },
      { title: 'closed in November', state: 'closed', closedAt: at('2026-11-03') },
      { title: 'closed a year ago', startsOn: '2025-10-06', dueOn: '2025-12-31', createdAt: at('2025-10-01'), state: 'closed', closedAt: at('2025-11-10') },
      { title: 'SCJG closed in June', leadDepartmentId: scjg, state: 'closed', closedAt: at('2026-06-20') },
      { title: 'SCJG cancelled', leadDepartmentId: scjg, state: 'cancelled', closedAt: at('2026-05-01') },
    ]);
    const b = await board({});
    expect(b.asOf).toBe('2026-11-20');
    expect(b.totals).toEqual({ green: 2, amber: 1, red: 1, done: 4, total: 8, escalated: 1, reviewing: 1 });
    // Units in the departments' order: 市场监管局 before 住建局.
    expect(b.byUnit.map((u) => [u.name, u.total, u.done])).toEqual([
      ['市场监管局', 1, 1],
      ['住建局', 7, 3],
    ]);
    expect(b.bySource).toEqual([expect.objectContaining({ sourceId: s, kind: 'city_plan', total: 8, green: 2, amber: 1, red: 1, done: 4 })]);
    expect(b.closedByMonth.map((m) => m.month)).toEqual(lastTwelveMonths('2026-11-20'));
    expect(b.closedByMonth[0]!.month).toBe('2025-12');
    expect(Object.fromEntries(b.closedByMonth.filter((m) => m.closed).map((m) => [m.month, m.closed]))).toEqual({ '2026-06': 2, '2026-11': 1 });

    // On 06-16: the tasks made in November are not there yet; the one closed on 11-03 was still open.
    const june = await board({ on: '2026-06-16' });
    expect(june.totals.total).toBe(6);
    expect(june.totals.done).toBe(2);
    expect(june.totals.reviewing).toBe(0);
    expect(Object.fromEntries(june.closedByMonth.filter((m) => m.closed).map((m) => [m.month, m.closed]))).toEqual({ '2025-11': 1, '2026-06': 1 });
  });
});

describe('routes', () => {
  it('lets the office, leaders and admins see the board; a unit’s staff may not; an unknown source is 404', async () => {
    const send = ledgerSender(t);
    expect((await send('leader', 'GET', '/board')).statusCode).toBe(200);
    expect((await send('admin', 'GET', '/board?on=2026-06-30')).json().asOf).toBe('2026-06-30');
    expect((await send('handler', 'GET', '/board')).statusCode).toBe(403);
    expect((await send('office', 'GET', '/board?sourceId=0190a0a0-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await send('office', 'GET', '/board?on=2026-02-30')).statusCode).toBe(400);
  });
});
