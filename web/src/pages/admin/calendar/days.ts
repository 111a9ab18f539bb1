// The holiday page's date work, pure: expanding the ranges an admin types from the notice into the weekdays the
// server takes, grouping a year's days by month into readable runs, and whether next year still lacks its notice.
import { addCalendarDays, calendarDaysBetween, isWeekend, weekday } from '../../../../../common/calendar/index.ts';
import type { CalendarYear } from '../../../api/calendar.ts';

/** The weekdays inside ranges typed from a notice (shared with the CLI). */
export { weekdaysIn } from '../../../../../common/calendar/index.ts';

/** Days off in a row within one month: `from` to `to`, both included (the same day for one day). */
export interface DayRun {
  from: string;
  to: string;
}

export interface MonthDays {
  /** 1–12 */
  month: number;
  /** Days off in runs: a weekend between or next to days off is part of the run unless it is a make-up workday. */
  off: DayRun[];
  /** Make-up workdays (调休上班), one by one. */
  work: string[];
}

/** True when every day strictly between `a` and `b` is a weekend day nobody works. */
function bridged(a: string, b: string, work: ReadonlySet<string>): boolean {
  for (let d = addCalendarDays(a, 1); d < b; d = addCalendarDays(d, 1)) {
    if (!isWeekend(d) || work.has(d)) return false;
  }
  return true;
}

/**
 * A year's days off and make-up workdays by month (only months that have any), the days off in runs as a notice
 * reads them: 2026's 2/16–2/20 and 2/23 off with 2/14 worked read 2/15–2/23.
 */
export function monthsOf(days: { daysOff: readonly string[]; extraWorkdays: readonly string[] }): MonthDays[] {
  const work = new Set(days.extraWorkdays);
  const months = new Map<number, MonthDays>();
  const monthOf = (date: string) => {
    const month = Number(date.slice(5, 7));
    let entry = months.get(month);
    if (!entry) months.set(month, (entry = { month, off: [], work: [] }));
    return entry;
  };
  for (const date of [...days.daysOff].sort()) {
    const { off } = monthOf(date);
    const last = off.at(-1);
    if (last && bridged(last.to, date, work)) last.to = date;
    else off.push({ from: date, to: date });
  }
  // A run takes in the weekend days next to it that nobody works, as the notice counts them (4/4–4/6 for a Monday
  // off), within its month.
  const restsNextTo = (date: string, step: 1 | -1) => {
    const next = addCalendarDays(date, step);
    return next.slice(0, 7) === date.slice(0, 7) && isWeekend(next) && !work.has(next) ? next : null;
  };
  for (const { off } of months.values()) {
    for (const run of off) {
      for (let d = restsNextTo(run.from, -1); d; d = restsNextTo(d, -1)) run.from = d;
      for (let d = restsNextTo(run.to, 1); d; d = restsNextTo(d, 1)) run.to = d;
    }
  }
  for (const date of [...days.extraWorkdays].sort()) monthOf(date).work.push(date);
  return [...months.values()].sort((a, b) => a.month - b.month);
}

/**
 * The word for an override's kind, as the month blocks use them: 放假 for a day off; for a working day 调休上班 on a
 * weekend (a make-up workday) and 上班 on a weekday (e.g. an official day off taken back).
 */
export function overrideKind(date: string, working: boolean): 'off' | 'makeUpWork' | 'working' {
  if (!working) return 'off';
  return isWeekend(date) ? 'makeUpWork' : 'working';
}

/** Keys of the weekday names in i18n (0 = Sunday, as `weekday` counts). */
export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const weekdayKey = (date: string) => WEEKDAY_KEYS[weekday(date)]!;
/** Keys of the month names in i18n. */
const MONTH_KEYS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12'] as const;
export const monthKey = (month: number) => MONTH_KEYS[month - 1]!;
export const dayOfMonth = (date: string) => Number(date.slice(8, 10));
export const runLength = (run: DayRun) => calendarDaysBetween(run.from, run.to) + 1;

/**
 * The year after `today`'s when it still lacks its State Council notice: not official, and either missing or
 * added only as a weekends-only placeholder (no days entered: `nextYearOverrides` is 0). Null when it is in.
 */
export function nextYearLacking(years: readonly CalendarYear[], nextYearOverrides: number, today: string): { year: number; missing: boolean } | null {
  const year = Number(today.slice(0, 4)) + 1;
  const entry = years.find((y) => y.year === year);
  if (!entry) return { year, missing: true };
  if (entry.source === 'admin' && nextYearOverrides === 0) return { year, missing: false };
  return null;
}

/** The year the add dialog offers first: the earliest from `today`'s year on that has no data yet. */
export function firstYearToAdd(years: readonly CalendarYear[], today: string): number {
  const have = new Set(years.map((y) => y.year));
  let year = Number(today.slice(0, 4));
  while (have.has(year)) year += 1;
  return year;
}

/** The year to show when none is chosen: `today`'s when it has data, else the latest. */
export function defaultYear(years: readonly CalendarYear[], today: string): number | undefined {
  const thisYear = Number(today.slice(0, 4));
  return years.some((y) => y.year === thisYear) ? thisYear : years.at(-1)?.year;
}
