import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
// The test oracle only: production code never imports chinese-days (DESIGN.md §3). Its functions build their
// table by parsing 'YYYY-MM-DD' as UTC and reading it back in local time, which shifts every holiday a day early
// west of UTC; its published JSON has the same data and no clock, so the oracle reads that, and the functions
// are consulted too where the process runs at or east of UTC (CI, China).
import { isWorkday as packageIsWorkday } from 'chinese-days';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import {
  CalendarYearMissingError,
  InvalidDateError,
  OFFICIAL_CALENDAR,
  OFFICIAL_YEARS,
  addCalendarDays,
  calendarFromNotices,
  createCalendar,
  endOfShanghaiDay,
  fromDayNumber,
  isWeekend,
  mergeCalendar,
  parseIsoDate,
  shanghaiDate,
  toDayNumber,
  weekday,
  type CalendarData,
  type IsoDate,
} from './index.ts';

/** chinese-days' rule (its `isWorkday`) over its own data: a listed workday, or Mon–Fri and not a listed holiday. */
function isWorkday(date: IsoDate): boolean {
  const { workdays, holidays } = chineseDays as {
    workdays: Record<string, string>;
    holidays: Record<string, string>;
  };
  const day = weekday(date);
  return date in workdays || (day >= 1 && day <= 5 && !(date in holidays));
}

/** A naive walk over the oracle: the date n working days after `date` (chinese-days' `findWorkday`). */
function findWorkday(n: number, date: IsoDate): IsoDate {
  const step = Math.sign(n);
  let d = date;
  for (let left = Math.abs(n); left > 0;) {
    d = addCalendarDays(d, step);
    if (isWorkday(d)) left--;
  }
  return d;
}

const calendar = createCalendar(OFFICIAL_CALENDAR);
const { isWorkingDay, addWorkingDays, workingDaysBetween, nextWorkingDay, dueAt } = calendar;

const FIRST = toDayNumber('2024-01-01');
const LAST = toDayNumber('2026-12-31');
/** Any date the official data covers. */
const coveredDate = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
/** A covered date far enough from both ends that walking up to ~60 working days stays covered. */
const innerDate = fc.integer({ min: FIRST + 100, max: LAST - 100 }).map(fromDayNumber);
/** A date in a year with no data. */
const uncoveredDate = fc
  .oneof(
    fc.integer({ min: toDayNumber('2023-01-01'), max: toDayNumber('2023-12-31') }),
    fc.integer({ min: toDayNumber('2027-01-01'), max: toDayNumber('2027-12-31') }),
  )
  .map(fromDayNumber);

function allDates(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) dates.push(d);
  return dates;
}

function yearMissing(fn: () => unknown): CalendarYearMissingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return error;
    throw error;
  }
  throw new Error('expected CalendarYearMissingError, nothing was thrown');
}

describe('official data', () => {
  it('covers 2024–2026 in normal form', () => {
    expect([...OFFICIAL_YEARS]).toEqual([2024, 2025, 2026]);
    expect([...OFFICIAL_CALENDAR.years].sort()).toEqual([2024, 2025, 2026]);
    for (const date of OFFICIAL_CALENDAR.daysOff) expect(isWeekend(date), date).toBe(false);
    for (const date of OFFICIAL_CALENDAR.extraWorkdays) expect(isWeekend(date), date).toBe(true);
  });

  it('agrees with chinese-days on every date of 2024–2026', () => {
    const dates = allDates('2024-01-01', '2026-12-31');
    expect(dates).toHaveLength(366 + 365 + 365);
    expect(dates.filter((d) => isWorkingDay(d) !== isWorkday(d))).toEqual([]);
    if (new Date(2026, 0, 1).getTimezoneOffset() <= 0) {
      expect(dates.filter((d) => isWorkingDay(d) !== packageIsWorkday(d))).toEqual([]);
    }
  });

  it('counts the days off and make-up workdays of each notice', () => {
    const count = (set: ReadonlySet<IsoDate>, year: number) =>
      [...set].filter((d) => d.startsWith(`${year}-`)).length;
    // Weekdays off / make-up weekend workdays, counted from the notices by hand.
    expect([2024, 2025, 2026].map((y) => count(OFFICIAL_CALENDAR.daysOff, y))).toEqual([19, 18, 19]);
    expect([2024, 2025, 2026].map((y) => count(OFFICIAL_CALENDAR.extraWorkdays, y))).toEqual([8, 5, 6]);
  });

  it('rejects a notice that contradicts itself', () => {
    const notice = (workdays: IsoDate[], off: [IsoDate, IsoDate] = ['2027-01-01', '2027-01-01']) => [
      { year: 2027, source: 'test', arrangements: [{ festival: '元旦' as const, off, workdays }] },
    ];
    expect(() => calendarFromNotices(notice(['2027-01-04']))).toThrow(/not a weekend/);
    expect(() => calendarFromNotices(notice([], ['2026-12-31', '2027-01-01']))).toThrow(/outside/);
    expect(() => calendarFromNotices(notice([], ['2027-01-03', '2027-01-01']))).toThrow(/inverted/);
  });
});

describe('addWorkingDays', () => {
  it("the issue's anchor: three working days from 2026-02-12 skip the Spring Festival", () => {
    expect(isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2026-02-16')).toBe(false); // Monday, 春节
    expect(addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
  });

  it.each([
    // 2024
    ['2024-04-03', 1, '2024-04-07'], // 清明 4/4–4/6 off, Sunday 4/7 worked
    ['2024-09-30', 1, '2024-10-08'], // 国庆 10/1–10/7
    ['2024-02-08', 2, '2024-02-18'], // 春节 2/10–2/17; 2/9 (Fri) counts, 2/18 (Sun) worked
    // 2025
    ['2025-01-24', 1, '2025-01-26'], // Sunday 1/26 worked before 春节
    ['2025-01-27', 1, '2025-02-05'], // 春节 1/28–2/4
    ['2025-09-30', 1, '2025-10-09'], // 国庆中秋 10/1–10/8
    // 2026
    ['2026-01-01', 1, '2026-01-04'], // 元旦 to Sunday 1/4, worked
    ['2026-10-09', 1, '2026-10-10'], // Saturday 10/10 worked
    ['2026-04-30', 2, '2026-05-07'], // 劳动节 5/1–5/5
    // across years
    ['2024-12-31', 1, '2025-01-02'], // 2025-01-01 off
    ['2025-12-31', 1, '2026-01-04'],
    ['2026-02-24', -1, '2026-02-14'], // backwards over 春节 to the make-up Saturday
    ['2026-02-12', 0, '2026-02-12'],
    ['2026-02-15', 0, '2026-02-15'], // n = 0 is the date itself, working or not
  ] as const)('%s + %i working days = %s', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  it('agrees with a naive walk over chinese-days', () => {
    const n = fc.integer({ min: -60, max: 60 }).filter((x) => x !== 0);
    fc.assert(fc.property(innerDate, n, (d, k) => addWorkingDays(d, k) === findWorkday(k, d)));
  });

  it('lands on a working day for n ≥ 1, and never counts the start date', () => {
    fc.assert(
      fc.property(innerDate, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const r = addWorkingDays(d, n);
        return isWorkingDay(r) && r > d && addWorkingDays(d, 1) === nextWorkingDay(d);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(
        innerDate,
        fc.integer({ min: -60, max: 59 }),
        (d, n) => addWorkingDays(d, n) < addWorkingDays(d, n + 1),
      ),
    );
  });

  it('composes: n + m working days = n, then m', () => {
    const part = fc.integer({ min: 0, max: 30 });
    const negative = fc.integer({ min: -30, max: 0 });
    fc.assert(
      fc.property(innerDate, fc.oneof(fc.tuple(part, part), fc.tuple(negative, negative)), (d, [n, m]) => {
        return addWorkingDays(d, n + m) === addWorkingDays(addWorkingDays(d, n), m);
      }),
    );
  });

  it('rejects a non-integer n', () => {
    expect(() => addWorkingDays('2026-02-12', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-12', Number.NaN)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the days after from, up to and including to', () => {
    expect(workingDaysBetween('2026-02-12', '2026-02-24')).toBe(3);
    expect(workingDaysBetween('2026-02-12', '2026-02-12')).toBe(0);
    expect(workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1); // only Saturday 2/14
    expect(workingDaysBetween('2026-02-24', '2026-02-12')).toBe(-3);
    expect(workingDaysBetween('2026-02-23', '2026-02-15')).toBe(0); // toBe uses Object.is: never -0
    expect(workingDaysBetween('2024-01-01', '2026-12-31')).toBe(
      allDates('2024-01-02', '2026-12-31').filter(isWorkday).length,
    );
  });

  it('inverts addWorkingDays', () => {
    fc.assert(
      fc.property(
        innerDate,
        fc.integer({ min: 0, max: 60 }),
        (d, n) => workingDaysBetween(d, addWorkingDays(d, n)) === n,
      ),
    );
    const workingDate = innerDate.filter((d) => isWorkingDay(d));
    fc.assert(
      fc.property(
        workingDate,
        fc.integer({ min: -60, max: 0 }),
        (d, n) => workingDaysBetween(d, addWorkingDays(d, n)) === n,
      ),
    );
  });

  it('is antisymmetric and additive', () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, coveredDate, (a, b, c) => {
        expect(workingDaysBetween(a, b)).toBe(0 - workingDaysBetween(b, a));
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
      { numRuns: 50 },
    );
  });
});

describe('years without data', () => {
  it('any date in 2023 or 2027 throws, naming the year', () => {
    fc.assert(
      fc.property(uncoveredDate, fc.integer({ min: -5, max: 5 }), (d, n) => {
        const year = parseIsoDate(d).year;
        for (const ask of [
          () => isWorkingDay(d),
          () => addWorkingDays(d, n),
          () => workingDaysBetween('2026-06-01', d),
        ]) {
          const error = yearMissing(ask);
          expect(error.year).toBe(year);
          expect(error.code).toBe('CALENDAR_YEAR_MISSING');
        }
      }),
    );
  });

  it('a walk that crosses into an uncovered year throws', () => {
    const forward = yearMissing(() => addWorkingDays('2026-12-30', 5));
    expect(forward.year).toBe(2027);
    expect(forward.message).toBe('缺少 2027 年的节假日数据 / no holiday data for 2027');
    expect(yearMissing(() => addWorkingDays('2024-01-02', -2)).year).toBe(2023);
    expect(yearMissing(() => nextWorkingDay('2026-12-31')).year).toBe(2027);
    expect(
      yearMissing(() => dueAt(new Date('2026-12-31T10:00:00+08:00'), { unit: 'workingDays', value: 1 })).year,
    ).toBe(2027);
    // Calendar days consult no holiday data (like hours): a post-check due next year is answered today.
    expect(dueAt(new Date('2026-12-31T10:00:00+08:00'), { unit: 'naturalDays', value: 1 }).toISOString()).toBe('2027-01-01T15:59:59.999Z');
    // A walk that stays inside the covered years is answered right up to the edge.
    expect(addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
  });

  it('covers() answers without throwing', () => {
    expect([2023, 2024, 2026, 2027].map(calendar.covers)).toEqual([false, true, true, false]);
    expect(calendar.years).toEqual([2024, 2025, 2026]);
  });
});

describe('mergeCalendar', () => {
  it('an override wins whatever the official data says, and touches no other date', () => {
    fc.assert(
      fc.property(coveredDate, fc.boolean(), coveredDate, (date, working, other) => {
        const merged = createCalendar(mergeCalendar(OFFICIAL_CALENDAR, [{ date, working }], []));
        expect(merged.isWorkingDay(date)).toBe(working);
        if (other !== date) expect(merged.isWorkingDay(other)).toBe(isWorkingDay(other));
      }),
    );
  });

  it('the later of two overrides for one date wins', () => {
    const merged = mergeCalendar(OFFICIAL_CALENDAR, [
      { date: '2026-02-16', working: true },
      { date: '2026-02-16', working: false },
      { date: '2026-02-14', working: false },
      { date: '2026-02-14', working: true },
    ]);
    const c = createCalendar(merged);
    expect([c.isWorkingDay('2026-02-16'), c.isWorkingDay('2026-02-14')]).toEqual([false, true]);
  });

  it('an added year follows the weekends until overridden', () => {
    const added = createCalendar(mergeCalendar(OFFICIAL_CALENDAR, [], [2027]));
    expect(added.isWorkingDay('2027-01-01')).toBe(true); // Friday: no notice, so a plain weekday
    expect(added.isWorkingDay('2027-01-02')).toBe(false);
    expect(added.addWorkingDays('2026-12-30', 5)).toBe('2027-01-06');
    const corrected = createCalendar(
      mergeCalendar(
        OFFICIAL_CALENDAR,
        [
          { date: '2027-01-01', working: false },
          { date: '2027-01-02', working: true },
        ],
        [2027],
      ),
    );
    expect(corrected.addWorkingDays('2026-12-30', 5)).toBe('2027-01-06');
    expect(corrected.addWorkingDays('2026-12-30', 2)).toBe('2027-01-02');
    expect(yearMissing(() => added.isWorkingDay('2028-01-03')).year).toBe(2028);
  });

  it('refuses an override in a year it does not cover, and leaves the base alone', () => {
    expect(
      yearMissing(() => mergeCalendar(OFFICIAL_CALENDAR, [{ date: '2027-01-01', working: false }])).year,
    ).toBe(2027);
    expect(() => mergeCalendar(OFFICIAL_CALENDAR, [{ date: '2027-1-1', working: false }], [2027])).toThrow(
      InvalidDateError,
    );
    expect(() => mergeCalendar(OFFICIAL_CALENDAR, [], [2027.5])).toThrow(RangeError);
    mergeCalendar(OFFICIAL_CALENDAR, [{ date: '2026-02-16', working: true }], [2027]);
    expect(OFFICIAL_CALENDAR.daysOff.has('2026-02-16')).toBe(true);
    expect(OFFICIAL_CALENDAR.years.has(2027)).toBe(false);
  });

  it('createCalendar rejects inconsistent data', () => {
    const data = (daysOff: IsoDate[], extraWorkdays: IsoDate[]): CalendarData => ({
      years: new Set([2026]),
      daysOff: new Set(daysOff),
      extraWorkdays: new Set(extraWorkdays),
    });
    expect(() => createCalendar(data(['2026-02-16'], ['2026-02-16']))).toThrow(/conflicting/);
    expect(yearMissing(() => createCalendar(data(['2027-01-01'], []))).year).toBe(2027);
    expect(() => createCalendar(data(['2026-02-30'], []))).toThrow(InvalidDateError);
  });
});

describe('dueAt', () => {
  const at = (s: string) => new Date(s);

  it('working days end at 23:59:59.999 Shanghai on the due working day', () => {
    expect(dueAt(at('2026-02-12T10:00:00+08:00'), { unit: 'workingDays', value: 3 }).toISOString()).toBe(
      at('2026-02-24T23:59:59.999+08:00').toISOString(),
    );
    // 23:30 in Shanghai is still 2/12 there, though already 15:30 UTC.
    expect(dueAt(at('2026-02-12T23:30:00+08:00'), { unit: 'workingDays', value: 3 }).toISOString()).toBe(
      '2026-02-24T15:59:59.999Z',
    );
    // 00:30 on 2/13 in Shanghai is 2/12 in UTC: the Shanghai date counts.
    expect(dueAt(at('2026-02-13T00:30:00+08:00'), { unit: 'workingDays', value: 1 }).toISOString()).toBe(
      at('2026-02-14T23:59:59.999+08:00').toISOString(),
    );
  });

  it('working-day deadlines fall at the end of a working day after the start', () => {
    const instant = fc.integer({
      min: toDayNumber('2024-03-01') * 86_400_000,
      max: toDayNumber('2026-10-01') * 86_400_000,
    });
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 40 }), (ms, n) => {
        const start = new Date(ms);
        const due = dueAt(start, { unit: 'workingDays', value: n });
        expect(due.getTime()).toBeGreaterThan(start.getTime());
        expect(due.toISOString()).toBe(
          endOfShanghaiDay(addWorkingDays(shanghaiDate(start), n)).toISOString(),
        );
        expect(shanghaiDate(new Date(due.getTime() + 1))).toBe(addCalendarDays(shanghaiDate(due), 1));
        if (n >= 1) expect(isWorkingDay(shanghaiDate(due))).toBe(true);
      }),
    );
  });

  it('hours are plain elapsed time, holidays or not', () => {
    expect(dueAt(at('2026-02-16T10:00:00+08:00'), { unit: 'hours', value: 2 }).toISOString()).toBe(
      at('2026-02-16T12:00:00+08:00').toISOString(),
    );
    expect(dueAt(at('2026-12-31T10:00:00+08:00'), { unit: 'hours', value: 24 }).toISOString()).toBe(
      at('2027-01-01T10:00:00+08:00').toISOString(),
    );
    expect(dueAt(at('2026-02-16T10:00:00+08:00'), { unit: 'hours', value: 0.5 }).toISOString()).toBe(
      at('2026-02-16T10:30:00+08:00').toISOString(),
    );
  });

  it('natural days end at the end of the Shanghai day, holidays included', () => {
    expect(dueAt(at('2026-02-12T10:00:00+08:00'), { unit: 'naturalDays', value: 3 }).toISOString()).toBe(
      at('2026-02-15T23:59:59.999+08:00').toISOString(),
    );
    expect(dueAt(at('2026-02-12T10:00:00+08:00'), { unit: 'naturalDays', value: 0 }).toISOString()).toBe(
      at('2026-02-12T23:59:59.999+08:00').toISOString(),
    );
  });

  it('rejects bad limits and instants', () => {
    const start = at('2026-02-12T10:00:00+08:00');
    expect(() => dueAt(start, { unit: 'workingDays', value: -1 })).toThrow(RangeError);
    expect(() => dueAt(start, { unit: 'workingDays', value: 1.5 })).toThrow(RangeError);
    expect(() => dueAt(start, { unit: 'hours', value: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => dueAt(start, { unit: 'weeks' as 'hours', value: 1 })).toThrow(RangeError);
    expect(() => dueAt(new Date('nope'), { unit: 'hours', value: 2 })).toThrow(InvalidDateError);
  });
});
