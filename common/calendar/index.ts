// Working-day arithmetic (工作日计算) shared by server and web: plain dates, the official holiday calendar, admin
// overrides and deadlines in Asia/Shanghai. Pure functions and data: no I/O, no database, no Intl.
//
//   const calendar = createCalendar(mergeCalendar(OFFICIAL_CALENDAR, overrides, addedYears));
//   calendar.addWorkingDays('2026-02-12', 3); // '2026-02-24'
export {
  SHANGHAI_OFFSET_MS,
  addCalendarDays,
  calendarDaysBetween,
  endOfShanghaiDay,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isWeekend,
  parseIsoDate,
  shanghaiDate,
  startOfShanghaiDay,
  toDayNumber,
  weekday,
  type DateParts,
  type IsoDate,
} from './dates.ts';
export { CalendarYearMissingError, InvalidDateError } from './errors.ts';
export {
  createCalendar,
  mergeCalendar,
  type Calendar,
  type CalendarData,
  type CalendarOverride,
  type TimeLimit,
} from './calendar.ts';
export {
  OFFICIAL_CALENDAR,
  OFFICIAL_NOTICES,
  OFFICIAL_YEARS,
  calendarFromNotices,
  type Festival,
  type HolidayArrangement,
  type HolidayNotice,
} from './official.ts';
export { parseDateRanges, weekdaysIn } from './ranges.ts';
