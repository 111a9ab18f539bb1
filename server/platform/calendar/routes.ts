// Public read-only calendar questions. Changing the calendar (overrides, new years) is an admin's
// job: through `yingshang calendar …` now, through admin pages once sign-in exists.
import {
  addWorkingDaysQuery,
  addWorkingDaysReply,
  calendarOverridesReply,
  calendarYearQuery,
  calendarYearReply,
  calendarYearsReply,
  workingDaysBetweenQuery,
  workingDaysBetweenReply,
} from '../../../common/api/calendar.ts';
import { addCalendarDays, isWeekend } from '../../../common/calendar/index.ts';
import type { App } from '../http/index.ts';
import type { CalendarService } from './service.ts';

const tags = ['calendar 工作日'];

export function registerCalendarRoutes(app: App, calendar: CalendarService) {
  app.get(
    '/api/v1/calendar/add-working-days',
    {
      config: { policy: 'public' },
      schema: { tags, summary: '某日之后第 N 个工作日 · the date N working days after a date', querystring: addWorkingDaysQuery, response: { 200: addWorkingDaysReply } },
    },
    async (request) => {
      const { date, days } = request.query;
      const result = (await calendar.current()).addWorkingDays(date, days);
      return { date, days, result };
    },
  );

  app.get(
    '/api/v1/calendar/working-days-between',
    {
      config: { policy: 'public' },
      schema: { tags, summary: '两日之间的工作日数 · working days after FROM up to and including TO', querystring: workingDaysBetweenQuery, response: { 200: workingDaysBetweenReply } },
    },
    async (request) => {
      const { from, to } = request.query;
      return { from, to, workingDays: (await calendar.current()).workingDaysBetween(from, to) };
    },
  );

  app.get(
    '/api/v1/calendar/years',
    { config: { policy: 'public' }, schema: { tags, summary: '有数据的年份 · years with holiday data', response: { 200: calendarYearsReply } } },
    async () => ({ years: await calendar.listYears() }),
  );

  app.get(
    '/api/v1/calendar/year',
    {
      config: { policy: 'public' },
      schema: { tags, summary: '一年的放假与调休 · a year’s days off and make-up workdays', querystring: calendarYearQuery, response: { 200: calendarYearReply } },
    },
    async (request) => {
      const { year } = request.query;
      const cal = await calendar.current();
      const daysOff: string[] = [];
      const extraWorkdays: string[] = [];
      let workingDayCount = 0;
      // isWorkingDay throws CalendarYearMissingError (→ 422) for a year without data.
      for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addCalendarDays(d, 1)) {
        const working = cal.isWorkingDay(d);
        if (working) workingDayCount++;
        if (working && isWeekend(d)) extraWorkdays.push(d);
        if (!working && !isWeekend(d)) daysOff.push(d);
      }
      return { year, daysOff, extraWorkdays, workingDayCount };
    },
  );

  app.get(
    '/api/v1/calendar/overrides',
    { config: { policy: 'public' }, schema: { tags, summary: '管理员调整 · admin overrides', response: { 200: calendarOverridesReply } } },
    async () => ({
      overrides: (await calendar.listOverrides()).map((o) => ({ ...o, updatedAt: o.updatedAt.toISOString() })),
    }),
  );
}
