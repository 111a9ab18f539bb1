// `yingshang calendar …`: answers from the official calendar; with --db, admin overrides and
// added years stored in the configured database count too. Changing the calendar always uses the database.
import type { Command } from 'commander';
import { OFFICIAL_CALENDAR, createCalendar, parseDateRanges, weekdaysIn, type Calendar } from '../../common/calendar/index.ts';
import { withPlatform } from './platform.ts';
import { parseInteger } from './args.ts';

async function calendarFor(useDb: boolean, run: (cal: Calendar) => void) {
  if (!useDb) return run(createCalendar(OFFICIAL_CALENDAR));
  await withPlatform(async (services) => run(await services.calendar.current()));
}

export function registerCalendarCommands(program: Command) {
  const calendar = program.command('calendar').description('工作日计算与维护 · working-day calendar');

  calendar
    .command('add-working-days')
    .description('print the date N working days after DATE (YYYY-MM-DD); the start day is not counted')
    .argument('<date>', 'YYYY-MM-DD')
    .argument('<n>', 'number of working days (may be negative)')
    .option('--db', 'include overrides and added years from the database')
    .action(async (date: string, n: string, opts: { db?: boolean }) => {
      const days = parseInteger(n, 'N');
      await calendarFor(Boolean(opts.db), (cal) => console.log(cal.addWorkingDays(date, days)));
    });

  calendar
    .command('working-days-between')
    .description('print the number of working days after FROM up to and including TO')
    .argument('<from>', 'YYYY-MM-DD')
    .argument('<to>', 'YYYY-MM-DD')
    .option('--db', 'include overrides and added years from the database')
    .action(async (from: string, to: string, opts: { db?: boolean }) => {
      await calendarFor(Boolean(opts.db), (cal) => console.log(String(cal.workingDaysBetween(from, to))));
    });

  calendar
    .command('override')
    .description('make DATE a working day (--working) or a day off (--off) in the database calendar')
    .argument('<date>', 'YYYY-MM-DD')
    .option('--working', 'the date is a working day')
    .option('--off', 'the date is a day off')
    .requiredOption('--note <text>', 'why (e.g. the notice it follows)')
    .action(async (date: string, opts: { working?: boolean; off?: boolean; note: string }) => {
      if (Boolean(opts.working) === Boolean(opts.off)) throw new Error('请指定 --working 或 --off 之一 / give exactly one of --working or --off');
      await withPlatform(async (services, cliActor) => {
        const existing = (await services.calendar.listOverrides()).find((o) => o.date === date);
        const row = await services.calendar.setOverride(cliActor, { date, working: Boolean(opts.working), note: opts.note, version: existing?.version });
        console.log(`${row.date} ${row.working ? 'working' : 'off'} (version ${row.version})`);
      });
    });

  calendar
    .command('add-year')
    .description('add a year whose State Council notice has appeared, with its days off and make-up workdays')
    .argument('<year>', 'e.g. 2027')
    .requiredOption('--note <text>', 'the notice, e.g. 国办发明电〔2026〕…号')
    .option('--off <days>', 'days off as the notice gives them: dates and ranges, e.g. 2027-01-01,2027-02-06..2027-02-14 (weekends inside are off anyway)')
    .option('--working <days>', 'make-up workdays (调休上班), Saturdays or Sundays, e.g. 2027-02-20,2027-09-26')
    .action(async (year: string, opts: { note: string; off?: string; working?: string }) => {
      const y = parseInteger(year, 'YEAR');
      const off = parseDateRanges(opts.off ?? '');
      const working = parseDateRanges(opts.working ?? '');
      // Make-up workdays are single days: a range there is a mistake, not a shorthand.
      const bad = [...off.bad, ...working.bad, ...working.ranges.filter(([a, b]) => a !== b).map(([a, b]) => `${a}..${b}`)];
      if (bad.length) throw new Error(`无法识别的日期：${bad.join('、')} / not a date (or, for --off, a range of dates): ${bad.join(', ')}`);
      const daysOff = weekdaysIn(off.ranges);
      const extraWorkdays = working.ranges.map(([a]) => a);
      await withPlatform(async (services, cliActor) => {
        await services.calendar.addYear(cliActor, { year: y, note: opts.note, daysOff, extraWorkdays });
        console.log(`added ${y}: ${daysOff.length} days off, ${extraWorkdays.length} make-up workdays`);
      });
    });
}
