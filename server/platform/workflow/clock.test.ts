import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar, OFFICIAL_CALENDAR } from '../../../common/calendar/index.ts';
import { clockDueAt, deadlineState, finishClock, newClock, pauseClock, resumeClock, startClock, timeTaken } from './clock.ts';

const calendar = createCalendar(OFFICIAL_CALENDAR);
// Instants within 2024-01-20 … 2026-09-30 (Shanghai), so every deadline stays inside the calendar's years.
const FROM = Date.parse('2024-01-20T00:00:00+08:00');
const TO = Date.parse('2026-09-30T00:00:00+08:00');
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));

describe('the case clock', () => {
  it('pausing and resuming at once changes nothing', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 30 }), (start, days) => {
        const clock = startClock(newClock({ unit: 'workingDays', value: days }), start);
        const again = resumeClock(calendar, pauseClock(clock, start), start);
        expect(clockDueAt(calendar, again)).toEqual(clockDueAt(calendar, clock));
      }),
    );
  });

  it('excludes exactly the working days of a pause', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 * 24 }), fc.integer({ min: 0, max: 40 * 24 }), (start, days, afterHours, pauseHours) => {
        const pausedAt = new Date(start.getTime() + afterHours * 3_600_000);
        const resumedAt = new Date(pausedAt.getTime() + pauseHours * 3_600_000);
        const clock = resumeClock(calendar, pauseClock(startClock(newClock({ unit: 'workingDays', value: days }), start), pausedAt), resumedAt);
        const excluded = calendar.workingDaysBetween(calendar.shanghaiDate(pausedAt), calendar.shanghaiDate(resumedAt));
        expect(clock.paused).toBe(excluded);
        expect(clockDueAt(calendar, clock)).toEqual(calendar.dueAt(start, { unit: 'workingDays', value: days + excluded }));
        // Time taken never counts the pause.
        const finished = finishClock(calendar, clock, resumedAt);
        expect(timeTaken(calendar, finished, resumedAt)).toBe(calendar.workingDaysBetween(calendar.shanghaiDate(start), calendar.shanghaiDate(resumedAt)) - excluded);
      }),
    );
  });

  it('is overdue exactly after its due time, never while paused, and warns before', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 2, max: 20 }), fc.integer({ min: -10 * 24, max: 10 * 24 }), (start, days, offsetHours) => {
        const clock = startClock(newClock({ unit: 'workingDays', value: days }), start);
        const due = clockDueAt(calendar, clock)!;
        const now = new Date(due.getTime() + offsetHours * 3_600_000 + (offsetHours >= 0 ? 1 : 0));
        const state = deadlineState(calendar, clock, now);
        expect(state === 'overdue').toBe(now.getTime() > due.getTime());
        if (now.getTime() <= due.getTime()) {
          const left = calendar.workingDaysBetween(calendar.shanghaiDate(now), calendar.shanghaiDate(due));
          expect(state).toBe(left <= 1 ? 'warning' : 'normal');
        }
        const paused = pauseClock(clock, start);
        expect(deadlineState(calendar, paused, new Date(due.getTime() + 365 * 86_400_000))).not.toBe('overdue');
      }),
    );
  });

  it('counts hour limits in elapsed hours, pauses included', () => {
    const start = new Date('2026-05-01T01:00:00Z'); // a holiday: hour limits run regardless
    let clock = startClock(newClock({ unit: 'hours', value: 24 }), start);
    expect(clockDueAt(calendar, clock)).toEqual(new Date('2026-05-02T01:00:00Z'));
    expect(deadlineState(calendar, clock, new Date('2026-05-01T18:00:00Z'))).toBe('normal');
    expect(deadlineState(calendar, clock, new Date('2026-05-01T20:00:00Z'))).toBe('warning');
    clock = resumeClock(calendar, pauseClock(clock, new Date('2026-05-01T02:00:00Z')), new Date('2026-05-01T05:30:00Z'));
    expect(clock.paused).toBe(3.5);
    expect(clockDueAt(calendar, clock)).toEqual(new Date('2026-05-02T04:30:00Z'));
    expect(deadlineState(calendar, clock, new Date('2026-05-02T04:31:00Z'))).toBe('overdue');
  });

  it('has no deadline before it starts or without a limit', () => {
    expect(deadlineState(calendar, newClock({ unit: 'workingDays', value: 5 }), new Date())).toBe('none');
    expect(deadlineState(calendar, startClock(newClock(null), new Date()), new Date())).toBe('none');
  });
});
