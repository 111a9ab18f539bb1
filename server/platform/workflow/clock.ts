// The case clock on the working-day calendar: a limit started at a moment, with paused time excluded
// and extensions added; the deadline state is derived from timestamps at read time, never stored.
import type { Calendar, TimeLimit } from '../../../common/calendar/index.ts';
import type { CaseClock, DeadlineState } from './types.ts';

const MS_PER_HOUR = 3_600_000;

export const newClock = (limit: TimeLimit | null, maxExtension = 0): CaseClock => ({
  limit,
  startedAt: null,
  pausedAt: null,
  paused: 0,
  extension: 0,
  maxExtension,
  finishedAt: null,
});

/** Time between two instants in the limit's unit: working days in (from, to] by Shanghai date, or hours. */
export function elapsed(calendar: Calendar, unit: TimeLimit['unit'], from: Date, to: Date): number {
  if (unit === 'hours') return Math.max(0, (to.getTime() - from.getTime()) / MS_PER_HOUR);
  const a = calendar.shanghaiDate(from);
  const b = calendar.shanghaiDate(to);
  if (unit === 'naturalDays') return Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000));
  return Math.max(0, calendar.workingDaysBetween(a, b));
}

/** When the case is due: the limit plus paused time and extensions, from the start. Null when not started. */
export function clockDueAt(calendar: Calendar, clock: CaseClock): Date | null {
  if (!clock.limit || !clock.startedAt) return null;
  const { unit, value } = clock.limit;
  const total = value + clock.paused + clock.extension;
  // Working and natural days count whole days; hours may be fractional.
  return calendar.dueAt(new Date(clock.startedAt), { unit, value: unit === 'hours' ? total : Math.ceil(total) });
}

export function startClock(clock: CaseClock, now: Date): CaseClock {
  return clock.startedAt ? clock : { ...clock, startedAt: now.toISOString() };
}

export function pauseClock(clock: CaseClock, now: Date): CaseClock {
  return clock.pausedAt ? clock : { ...clock, pausedAt: now.toISOString() };
}

export function resumeClock(calendar: Calendar, clock: CaseClock, now: Date): CaseClock {
  if (!clock.pausedAt) return clock;
  // A pause before the clock started excludes nothing.
  const add = clock.limit && clock.startedAt ? elapsed(calendar, clock.limit.unit, new Date(clock.pausedAt), now) : 0;
  return { ...clock, pausedAt: null, paused: clock.paused + add };
}

export function finishClock(calendar: Calendar, clock: CaseClock, now: Date): CaseClock {
  const resumed = resumeClock(calendar, clock, now);
  return { ...resumed, finishedAt: now.toISOString() };
}

/**
 * normal / warning / overdue at `now`. A paused clock is judged as at its pause (the time does not run); a
 * finished one as at its finish. Warning: within `warnWorkingDays` working days of the deadline (day limits) or
 * the last `warnShare` of an hour limit.
 */
export function deadlineState(calendar: Calendar, clock: CaseClock, now: Date, warn: { warnWorkingDays?: number; warnShare?: number } = {}): DeadlineState {
  const due = clockDueAt(calendar, clock);
  if (!due || !clock.limit) return 'none';
  const at = new Date(clock.finishedAt ?? clock.pausedAt ?? now.toISOString());
  if (at.getTime() > due.getTime()) return 'overdue';
  if (clock.limit.unit === 'hours') {
    const share = warn.warnShare ?? 0.25;
    return due.getTime() - at.getTime() <= clock.limit.value * share * MS_PER_HOUR ? 'warning' : 'normal';
  }
  const days = warn.warnWorkingDays ?? 1;
  const left = elapsed(calendar, clock.limit.unit, at, due);
  return left <= days ? 'warning' : 'normal';
}

/** Working days (or hours) taken so far, paused time excluded: the figure statistics average. */
export function timeTaken(calendar: Calendar, clock: CaseClock, now: Date): number | null {
  if (!clock.limit || !clock.startedAt) return null;
  const end = new Date(clock.finishedAt ?? clock.pausedAt ?? now.toISOString());
  return Math.max(0, elapsed(calendar, clock.limit.unit, new Date(clock.startedAt), end) - clock.paused);
}
