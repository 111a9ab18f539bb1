// Request and response schemas of the calendar API, shared by server and web.
import { z } from 'zod';
import { isoDate } from './dates.ts';


export const addWorkingDaysQuery = z.object({
  date: isoDate,
  days: z.coerce.number().int().min(-3650).max(3650),
});
export const addWorkingDaysReply = z.object({ date: isoDate, days: z.number().int(), result: isoDate });

export const workingDaysBetweenQuery = z.object({ from: isoDate, to: isoDate });
export const workingDaysBetweenReply = z.object({ from: isoDate, to: isoDate, workingDays: z.number().int() });

export const calendarYearSchema = z.object({ year: z.number().int(), source: z.enum(['official', 'admin']), note: z.string() });
export type CalendarYear = z.infer<typeof calendarYearSchema>;
export const calendarYearsReply = z.object({ years: z.array(calendarYearSchema) });

const note = z.string().trim().min(1).max(200);

/** 添加年份: a year whose State Council notice has appeared, with the days it lists. */
export const addCalendarYearBody = z.object({
  year: z.number().int().min(2000).max(2100),
  /** The notice, e.g. 国办发明电〔2026〕N号. */
  note,
  /** Weekdays off (放假); the server refuses a weekend, a date outside the year, a duplicate. */
  daysOff: z.array(isoDate).max(366).default([]),
  /** Saturdays and Sundays worked (调休上班). */
  extraWorkdays: z.array(isoDate).max(366).default([]),
});

export const calendarYearQuery = z.object({ year: z.coerce.number().int().min(1900).max(2200) });
export const calendarYearReply = z.object({
  year: z.number().int(),
  /** Weekdays that are off (holidays and bridged rest days). */
  daysOff: z.array(isoDate),
  /** Weekend days that are working days (调休上班). */
  extraWorkdays: z.array(isoDate),
  workingDayCount: z.number().int(),
});

export const calendarOverrideSchema = z.object({ date: isoDate, working: z.boolean(), note: z.string(), version: z.number().int(), updatedAt: z.string() });
export type CalendarOverrideRow = z.infer<typeof calendarOverrideSchema>;
export const calendarOverridesQuery = z.object({ year: z.coerce.number().int().min(1900).max(2200).optional() });
export const calendarOverridesReply = z.object({ overrides: z.array(calendarOverrideSchema) });

export const calendarOverrideParams = z.object({ date: isoDate });
/** Makes a date a working day or a day off; `version` is the one read, required when the date has an override. */
export const setCalendarOverrideBody = z.object({ working: z.boolean(), note, version: z.number().int().min(1).optional() });
export const removeCalendarOverrideQuery = z.object({ version: z.coerce.number().int().min(1) });
