// 节假日安排: the years with holiday data, a year's days, admin overrides and their changes (contracts:
// common/api/calendar.ts).
import type { z } from 'zod';
import type {
  addCalendarYearBody,
  calendarOverridesReply,
  calendarYearReply,
  calendarYearsReply,
  CalendarOverrideRow,
  CalendarYear,
  setCalendarOverrideBody,
} from '../../../common/api/calendar.ts';
import { api } from './client.ts';

export type { CalendarOverrideRow, CalendarYear } from '../../../common/api/calendar.ts';
export type CalendarYearDays = z.infer<typeof calendarYearReply>;
export type AddCalendarYearBody = z.input<typeof addCalendarYearBody>;
export type SetCalendarOverrideBody = z.input<typeof setCalendarOverrideBody>;

const base = '/api/v1/calendar';
const at = (date: string) => `${base}/overrides/${encodeURIComponent(date)}`;

export const listCalendarYears = (signal?: AbortSignal) => api.get<z.infer<typeof calendarYearsReply>>(`${base}/years`, { signal });
export const getCalendarYear = (year: number, signal?: AbortSignal) => api.get<CalendarYearDays>(`${base}/year`, { query: { year }, signal });
export const listCalendarOverrides = (year: number, signal?: AbortSignal) =>
  api.get<z.infer<typeof calendarOverridesReply>>(`${base}/overrides`, { query: { year }, signal });

export const addCalendarYear = (body: AddCalendarYearBody) => api.post<CalendarYear>(`${base}/years`, body);
export const setCalendarOverride = (date: string, body: SetCalendarOverrideBody) => api.put<CalendarOverrideRow>(at(date), body);
export const removeCalendarOverride = (date: string, version: number) => api.delete<void>(at(date), { query: { version } });
