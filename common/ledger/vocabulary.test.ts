// The light rules (红黄绿灯) as properties over any task and day on the official calendar: red iff open and past
// its deadline; done iff closed or cancelled; amber only when not red, and only for one of its two reasons.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar, fromDayNumber, OFFICIAL_CALENDAR, toDayNumber } from '../calendar/index.ts';
import { DEFAULT_LEDGER_RULES, halfTimeCheck, OPEN_TASK_STATES, TASK_STATES, taskLight, workingDaysFrom, type LedgerRules } from './vocabulary.ts';

const calendar = createCalendar(OFFICIAL_CALENDAR);
const FIRST = toDayNumber('2024-01-01');
const LAST = toDayNumber('2026-12-31');
const day = fc.integer({ min: FIRST, max: LAST });
const task = fc
  .record({ state: fc.constantFrom(...TASK_STATES), start: day, length: fc.integer({ min: 0, max: 400 }), progress: fc.integer({ min: 0, max: 100 }) })
  .map(({ state, start, length, progress }) => ({ state, startsOn: fromDayNumber(start), dueOn: fromDayNumber(Math.min(LAST, start + length)), progress }));
const today = day.map(fromDayNumber);
const rules: fc.Arbitrary<LedgerRules> = fc.record({
  amberShare: fc.double({ min: 0.01, max: 0.9, noNaN: true }),
  halfTimeShare: fc.double({ min: 0.1, max: 0.9, noNaN: true }),
  halfTaskShare: fc.double({ min: 0.1, max: 1, noNaN: true }),
  silentWorkingDays: fc.integer({ min: 1, max: 60 }),
});

describe('taskLight', () => {
  it('is red iff the task is open and its deadline day has passed', () => {
    fc.assert(
      fc.property(task, today, rules, (t, d, r) => {
        const open = OPEN_TASK_STATES.includes(t.state);
        expect(taskLight(calendar, t, d, r).light === 'red').toBe(open && d > t.dueOn);
      }),
    );
  });

  it('is done iff the task is closed or cancelled', () => {
    fc.assert(
      fc.property(task, today, rules, (t, d, r) => {
        expect(taskLight(calendar, t, d, r).light === 'done').toBe(t.state === 'closed' || t.state === 'cancelled');
      }),
    );
  });

  it('is amber only when not red, with the reason that made it amber', () => {
    fc.assert(
      fc.property(task, today, rules, (t, d, r) => {
        const result = taskLight(calendar, t, d, r);
        if (result.light !== 'amber') {
          expect(result.amberReason).toBeNull();
          return;
        }
        expect(OPEN_TASK_STATES.includes(t.state) && d <= t.dueOn).toBe(true);
        const total = Math.max(1, workingDaysFrom(calendar, t.startsOn, t.dueOn));
        if (result.amberReason === 'time') expect(workingDaysFrom(calendar, d, t.dueOn) / total).toBeLessThan(r.amberShare);
        else expect(result.amberReason === 'half' && result.elapsedShare >= r.halfTimeShare && t.progress < r.halfTaskShare * 100).toBe(true);
      }),
    );
  });

  it('never turns green into amber by more progress, nor red by less', () => {
    fc.assert(
      fc.property(task, today, fc.integer({ min: 0, max: 100 }), (t, d, more) => {
        const before = taskLight(calendar, t, d).light;
        const after = taskLight(calendar, { ...t, progress: Math.max(t.progress, more) }, d).light;
        if (before === 'green') expect(after).toBe('green');
        if (before === 'red') expect(after).toBe('red');
      }),
    );
  });

  it('counts working days: amber two working days before a deadline just after National Day 2026', () => {
    const t = { state: 'doing' as const, startsOn: '2026-09-14', dueOn: '2026-10-09', progress: 60 };
    expect(taskLight(calendar, t, '2026-09-28', DEFAULT_LEDGER_RULES)).toMatchObject({ light: 'green', daysLeft: 4 });
    expect(taskLight(calendar, t, '2026-10-05', DEFAULT_LEDGER_RULES)).toMatchObject({ light: 'amber', amberReason: 'time', daysLeft: 2 });
    expect(taskLight(calendar, t, '2026-10-10', DEFAULT_LEDGER_RULES)).toMatchObject({ light: 'red' });
  });
});

describe('halfTimeCheck', () => {
  it('says nothing before half-time and then whether half the tasks are closed', () => {
    fc.assert(
      fc.property(task, today, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (t, d, closed, open) => {
        const result = halfTimeCheck(calendar, { periodStart: t.startsOn, periodEnd: t.dueOn, total: closed + open, closed }, d);
        if (!result.halfTimeReached) expect(result.met).toBeNull();
        else expect(result.met).toBe(closed + open > 0 && closed / (closed + open) >= 0.5);
      }),
    );
  });
});
