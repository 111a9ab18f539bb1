// Request and response schemas of the calendar API, shared by server and web.
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD / must be a date as YYYY-MM-DD')
  .describe('YYYY-MM-DD');

export const addWorkingDaysQuery = z.object({
  date: isoDate,
  days: z.coerce.number().int().min(-3650).max(3650),
});
export const addWorkingDaysReply = z.object({ date: isoDate, days: z.number().int(), result: isoDate });

export const workingDaysBetweenQuery = z.object({ from: isoDate, to: isoDate });
export const workingDaysBetweenReply = z.object({ from: isoDate, to: isoDate, workingDays: z.number().int() });

export const calendarYearsReply = z.object({
  years: z.array(z.object({ year: z.number().int(), source: z.enum(['official', 'admin']), note: z.string() })),
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

export const calendarOverridesReply = z.object({
  overrides: z.array(
    z.object({ date: isoDate, working: z.boolean(), note: z.string(), version: z.number().int(), updatedAt: z.string() }),
  ),
});
