// The working-day calendar (工作日历): weekends are rest days, except where the State Council's yearly notice
// (国务院办公厅关于…部分节假日安排的通知) or an admin override says otherwise. Legal time limits count working days
// (行政许可法 Art. 82) and never count the day of submission.
//
// A year without data is an error, never a weekend-only guess: every question that touches a date in a year that
// is not in `years` throws CalendarYearMissingError.
import {
  endOfShanghaiDayNumber,
  firstDayOfYear,
  fromDayNumber,
  parseIsoDate,
  shanghaiDate,
  shanghaiDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
  yearOfDayNumber,
  type IsoDate,
} from './dates.ts';
import { CalendarYearMissingError } from './errors.ts';

/** Holiday data: which years are covered, and the exceptions to the weekend rule within them. */
export interface CalendarData {
  /** Years the data covers. Asking about any other year throws CalendarYearMissingError. */
  years: ReadonlySet<number>;
  /** Days off that the weekend rule would make working days (法定节假日 and bridged rest days, 调休放假). */
  daysOff: ReadonlySet<IsoDate>;
  /** Weekend days that are working days (调休上班). */
  extraWorkdays: ReadonlySet<IsoDate>;
}

/** An admin's correction for one date: working or not, whatever the official data says. */
export interface CalendarOverride {
  date: IsoDate;
  working: boolean;
}

/**
 * A time limit (办理时限): `workingDays` (工作日), plain elapsed `hours` (urgent appeals: 2, utilities: 24), or
 * `naturalDays` (自然日).
 */
export interface TimeLimit {
  unit: 'workingDays' | 'hours' | 'naturalDays';
  value: number;
}

export interface Calendar {
  /** The covered years, ascending. */
  readonly years: readonly number[];
  /** Whether the calendar has data for `year`. Never throws. */
  covers(year: number): boolean;
  isWorkingDay(date: IsoDate): boolean;
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  nextWorkingDay(date: IsoDate): IsoDate;
  dueAt(start: Date, limit: TimeLimit): Date;
  shanghaiDate(instant: Date): IsoDate;
}

const MS_PER_HOUR = 60 * 60 * 1000;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new RangeError(`年份无效：${year} / invalid year: ${year}`);
  }
}

function isWeekendDay(dayNumber: number): boolean {
  const day = weekdayOfDayNumber(dayNumber);
  return day === 0 || day === 6;
}

/**
 * Layers admin changes over `base` (usually OFFICIAL_CALENDAR) and returns new data; `base` is not modified.
 *
 * - `extraYears`: years an admin has added ahead of (or instead of) shipped data. Their weekends are the rule
 *   until overridden. Adding a year that `base` already covers keeps its data.
 * - `overrides`: each sets its date to working or not working, whatever `base` says; when a date appears twice,
 *   the later entry wins. An override for a year that is neither in `base.years` nor in `extraYears` throws
 *   CalendarYearMissingError (add the year first); a malformed date throws InvalidDateError.
 *
 * The result keeps the normal form: `daysOff` holds only weekdays and `extraWorkdays` only weekend days for the
 * dates that were overridden.
 */
export function mergeCalendar(
  base: CalendarData,
  overrides: readonly CalendarOverride[],
  extraYears: readonly number[] = [],
): CalendarData {
  const years = new Set(base.years);
  for (const year of extraYears) {
    checkYear(year);
    years.add(year);
  }
  const daysOff = new Set(base.daysOff);
  const extraWorkdays = new Set(base.extraWorkdays);
  for (const { date, working } of overrides) {
    const { year } = parseIsoDate(date);
    if (!years.has(year)) throw new CalendarYearMissingError(year);
    const weekend = isWeekendDay(toDayNumber(date));
    if (working) {
      daysOff.delete(date);
      if (weekend) extraWorkdays.add(date);
    } else {
      extraWorkdays.delete(date);
      if (!weekend) daysOff.add(date);
    }
  }
  return { years, daysOff, extraWorkdays };
}

/**
 * Builds the working-day functions over `data`. The returned functions are plain closures (safe to destructure).
 * Throws when the data itself is inconsistent: a malformed date (InvalidDateError), a listed date in a year that
 * `years` does not cover (CalendarYearMissingError), or a date both off and a workday (Error).
 */
export function createCalendar(data: CalendarData): Calendar {
  // One byte per day of each covered year: 1 = working day. Built once, so walking day by day allocates nothing.
  const table = new Map<number, Uint8Array<ArrayBuffer>>();
  for (const year of data.years) {
    checkYear(year);
    const first = firstDayOfYear(year);
    const flags = new Uint8Array(firstDayOfYear(year + 1) - first);
    for (let i = 0; i < flags.length; i++) flags[i] = isWeekendDay(first + i) ? 0 : 1;
    table.set(year, flags);
  }
  const mark = (date: IsoDate, value: 0 | 1): void => {
    const { year } = parseIsoDate(date);
    const flags = table.get(year);
    if (!flags) throw new CalendarYearMissingError(year);
    flags[toDayNumber(date) - firstDayOfYear(year)] = value;
  };
  for (const date of data.daysOff) {
    if (data.extraWorkdays.has(date)) {
      throw new Error(
        `日历数据冲突：${date} 既是休息日又是工作日 / conflicting calendar data: ${date} is both off and a workday`,
      );
    }
    mark(date, 0);
  }
  for (const date of data.extraWorkdays) mark(date, 1);

  const years = [...table.keys()].sort((a, b) => a - b);

  // Cache of the year the last lookup fell in, so a walk re-derives the year only when it crosses 1 January.
  let cacheFirst = 0;
  let cacheLast = -1;
  let cacheFlags: Uint8Array = new Uint8Array(0);

  /** Working or not; throws CalendarYearMissingError outside the covered years. */
  function isWorkingDayNumber(dayNumber: number): boolean {
    if (dayNumber < cacheFirst || dayNumber > cacheLast) {
      const year = yearOfDayNumber(dayNumber);
      const flags = table.get(year);
      if (!flags) throw new CalendarYearMissingError(year);
      cacheFirst = firstDayOfYear(year);
      cacheLast = cacheFirst + flags.length - 1;
      cacheFlags = flags;
    }
    return cacheFlags[dayNumber - cacheFirst] === 1;
  }

  /** Day number `n` working days after `start` (before, when negative); `start` itself never counts. */
  function addWorkingDayNumbers(start: number, n: number): number {
    isWorkingDayNumber(start); // the start's year must be covered even when n = 0
    const step = n >= 0 ? 1 : -1;
    let remaining = Math.abs(n);
    let day = start;
    while (remaining > 0) {
      day += step;
      if (isWorkingDayNumber(day)) remaining--;
    }
    return day;
  }

  /**
   * Whether `date` is a working day (工作日): a make-up workday (调休上班) is, a holiday or bridged rest day is
   * not, otherwise Monday–Friday are.
   */
  function isWorkingDay(date: IsoDate): boolean {
    return isWorkingDayNumber(toDayNumber(date));
  }

  /**
   * The date `n` working days after `date`. The start date itself is never counted (行政许可法: the day of
   * submission does not count), so from a Thursday, n = 1 is the next working day. n = 0 returns `date` itself
   * (even if it is not a working day); a negative n counts backwards to the |n|-th working day before `date`.
   * For n ≥ 1 the result is always a working day. `n` must be an integer.
   */
  function addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isSafeInteger(n)) {
      throw new RangeError(`工作日数必须是整数：${n} / working days must be an integer: ${n}`);
    }
    return fromDayNumber(addWorkingDayNumbers(toDayNumber(date), n));
  }

  /**
   * The number of working days after `from` up to and including `to`: the days in (from, to]. 0 when the dates
   * are equal. Antisymmetric: when `to` is before `from` the result is minus the working days in (to, from], so
   * workingDaysBetween(a, b) === -workingDaysBetween(b, a).
   *
   * Inverse of addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) === n for n ≥ 0 and any d, and for
   * n < 0 when d is a working day.
   */
  function workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    isWorkingDayNumber(a);
    isWorkingDayNumber(b);
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    let count = 0;
    for (let day = low + 1; day <= high; day++) if (isWorkingDayNumber(day)) count++;
    return b >= a ? count : 0 - count; // 0 - 0 is +0, never -0
  }

  /** The first working day strictly after `date` (same as addWorkingDays(date, 1)). */
  function nextWorkingDay(date: IsoDate): IsoDate {
    return addWorkingDays(date, 1);
  }

  /**
   * The deadline for a time limit started at instant `start`:
   * - `workingDays`: 23:59:59.999 Asia/Shanghai on addWorkingDays(start's Shanghai date, value);
   * - `naturalDays`: 23:59:59.999 Asia/Shanghai `value` calendar days after start's Shanghai date (the start day
   *   does not count; no extension when it ends on a holiday); consults no holiday data, so never throws
   *   CalendarYearMissingError;
   * - `hours`: `start` plus `value` elapsed hours (fractions allowed), whatever the calendar says; this unit
   *   consults no holiday data, so it never throws CalendarYearMissingError.
   * `value` must be ≥ 0, and an integer for day units.
   */
  function dueAt(start: Date, limit: TimeLimit): Date {
    const { unit, value } = limit;
    if (unit === 'hours') {
      if (!Number.isFinite(value) || value < 0) {
        throw new RangeError(`时限无效：${value} 小时 / invalid time limit: ${value} hours`);
      }
      shanghaiDayNumber(start); // throws InvalidDateError on an invalid instant
      return new Date(start.getTime() + value * MS_PER_HOUR);
    }
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`时限无效：${value} 天 / invalid time limit: ${value} days`);
    }
    const startDay = shanghaiDayNumber(start);
    if (unit === 'workingDays') return endOfShanghaiDayNumber(addWorkingDayNumbers(startDay, value));
    // Calendar days do not look at holidays (no extension when one ends on a day off), so no year data is needed.
    if (unit === 'naturalDays') return endOfShanghaiDayNumber(startDay + value);
    throw new RangeError(`时限单位无效：${String(unit)} / invalid time-limit unit: ${String(unit)}`);
  }

  return {
    years,
    covers: (year) => table.has(year),
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    nextWorkingDay,
    dueAt,
    shanghaiDate,
  };
}
