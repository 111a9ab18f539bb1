// Public calendar questions, and the admin's changes (节假日安排: a new year with its days, a day's override),
// which the CLI (`yingshang calendar …`) makes too.
import {
  addCalendarYearBody,
  addWorkingDaysQuery,
  addWorkingDaysReply,
  calendarOverrideParams,
  calendarOverrideSchema,
  calendarOverridesQuery,
  calendarOverridesReply,
  calendarYearSchema,
  calendarYearQuery,
  calendarYearReply,
  calendarYearsReply,
  removeCalendarOverrideQuery,
  setCalendarOverrideBody,
  workingDaysBetweenQuery,
  workingDaysBetweenReply,
} from '../../../common/api/calendar.ts';
import { addCalendarDays, isWeekend } from '../../../common/calendar/index.ts';
import { actorOf } from '../auth/index.ts';
import type { App } from '../http/index.ts';
import type { CalendarService, OverrideRow } from './service.ts';

const tags = ['calendar 工作日'];
const admin = { roles: ['admin'], scope: 'all' } as const;
const overrideReply = (o: OverrideRow) => ({ ...o, updatedAt: o.updatedAt.toISOString() });

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
    {
      config: { policy: 'public' },
      schema: { tags, summary: '管理员调整（可按年） · admin overrides (optionally of one year)', querystring: calendarOverridesQuery, response: { 200: calendarOverridesReply } },
    },
    async (request) => ({ overrides: (await calendar.listOverrides(request.query.year)).map(overrideReply) }),
  );

  app.post(
    '/api/v1/calendar/years',
    {
      config: { policy: admin },
      schema: { tags, summary: '添加年份及其放假、调休 · add a year with its days off and make-up workdays', body: addCalendarYearBody, response: { 201: calendarYearSchema } },
    },
    async (request, reply) => {
      const { year, note } = request.body;
      await calendar.addYear(actorOf(request), request.body);
      return reply.code(201).send({ year, source: 'admin' as const, note: note.trim() });
    },
  );

  app.put(
    '/api/v1/calendar/overrides/:date',
    {
      config: { policy: admin },
      schema: { tags, summary: '设置某日上班或休息 · make a date a working day or a day off', params: calendarOverrideParams, body: setCalendarOverrideBody, response: { 200: calendarOverrideSchema } },
    },
    async (request) => overrideReply(await calendar.setOverride(actorOf(request), { date: request.params.date, ...request.body })),
  );

  app.delete(
    '/api/v1/calendar/overrides/:date',
    {
      config: { policy: admin },
      schema: { tags, summary: '删除某日的调整 · remove a date’s override', params: calendarOverrideParams, querystring: removeCalendarOverrideQuery },
    },
    async (request, reply) => {
      await calendar.removeOverride(actorOf(request), request.params.date, request.query.version);
      return reply.code(204).send();
    },
  );
}
