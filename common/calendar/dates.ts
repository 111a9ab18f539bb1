// Plain calendar dates ('YYYY-MM-DD') and their arithmetic. A plain date has no time zone, so everything here is
// integer arithmetic on a day number (days since 1970-01-01), never local-time Date methods.
// Business days and deadlines are in Asia/Shanghai, which is UTC+8 all year (China has had no DST since 1991),
// so instants are converted with a fixed offset and no Intl dependency.
import { InvalidDateError } from './errors.ts';

/** A calendar date written 'YYYY-MM-DD' (ISO 8601 extended, years 0000–9999). Compares correctly as a string. */
export type IsoDate = string;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Asia/Shanghai is UTC+8 with no daylight saving time. */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Day numbers of 0000-01-01 and 9999-12-31: the range an IsoDate can express with four year digits.
const MIN_DAY = daysFromCivil(0, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Proleptic Gregorian day counting (H. Hinnant, "chrono-compatible low-level date algorithms"): exact for every
// year, unlike Date.UTC, which maps years 0–99 to 1900–1999.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(dayNumber: number): DateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** True when `value` is a string 'YYYY-MM-DD' naming a real calendar date (so '2026-02-30' is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits an IsoDate into numbers; throws InvalidDateError on anything else. */
export function parseIsoDate(value: unknown): DateParts {
  if (!isIsoDate(value)) throw new InvalidDateError(value);
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  };
}

/** Builds an IsoDate from its parts; throws InvalidDateError when they name no date. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!Number.isInteger(year) || year < 0 || year > 9999 || !isIsoDate(text)) {
    throw new InvalidDateError(`${year}-${month}-${day}`);
  }
  return text;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return daysFromCivil(year, month, day);
}

/** The IsoDate of a day number; throws InvalidDateError outside 0000-01-01 … 9999-12-31. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber) || dayNumber < MIN_DAY || dayNumber > MAX_DAY) {
    throw new InvalidDateError(dayNumber);
  }
  const { year, month, day } = civilFromDays(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The year of a day number, without building a string. */
export function yearOfDayNumber(dayNumber: number): number {
  return civilFromDays(dayNumber).year;
}

/** Day number of 1 January of `year`. */
export function firstDayOfYear(year: number): number {
  return daysFromCivil(year, 1, 1);
}

/** Weekday of a day number, 0 = Sunday … 6 = Saturday (as Date#getUTCDay). 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Weekday of a date, 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
export function weekday(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** Saturday or Sunday (the rule before the State Council's arrangements are applied). */
export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`天数必须是整数 / days must be an integer: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

function checkInstant(instant: Date): number {
  const time = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new InvalidDateError(instant);
  return time;
}

/** Day number of the Shanghai calendar day containing `instant`. */
export function shanghaiDayNumber(instant: Date): number {
  return Math.floor((checkInstant(instant) + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The calendar date in Asia/Shanghai (UTC+8) at `instant`. */
export function shanghaiDate(instant: Date): IsoDate {
  return fromDayNumber(shanghaiDayNumber(instant));
}

/** 00:00:00.000 Asia/Shanghai on `date`. */
export function startOfShanghaiDay(date: IsoDate): Date {
  return new Date(toDayNumber(date) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** 23:59:59.999 Asia/Shanghai on `date`: the last instant of that business day. */
export function endOfShanghaiDay(date: IsoDate): Date {
  return endOfShanghaiDayNumber(toDayNumber(date));
}

export function endOfShanghaiDayNumber(dayNumber: number): Date {
  return new Date((dayNumber + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
}
