import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, isWeekend } from '../../../../../common/calendar/index.ts';
import type { CalendarYear } from '../../../api/calendar.ts';
import { defaultYear, firstYearToAdd, monthsOf, nextYearLacking, overrideKind, runLength, weekdayKey, weekdaysIn } from './days.ts';

describe('overrideKind', () => {
  it('calls a day off 放假, a worked weekend 调休上班 and a worked weekday 上班', () => {
    expect(overrideKind('2026-10-01', false)).toBe('off');
    expect(overrideKind('2026-10-03', false)).toBe('off');
    expect(overrideKind('2026-10-10', true)).toBe('makeUpWork'); // a Saturday
    expect(overrideKind('2026-10-08', true)).toBe('working'); // a Thursday
  });
});

describe('weekdaysIn', () => {
  it('keeps the weekdays of a holiday that spans a weekend (2026 国庆 10/1–10/7)', () => {
    expect(weekdaysIn([['2026-10-01', '2026-10-07']])).toEqual(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);
  });

  it('takes one-day ranges, ends given backwards, overlaps once, and skips an unfinished row', () => {
    expect(weekdaysIn([['2097-01-01', '2097-01-01']])).toEqual(['2097-01-01']);
    expect(weekdaysIn([['2026-01-02', '2026-01-01'], ['2026-01-01', '2026-01-02'], ['2026-01-03', '2026-01-04']])).toEqual(['2026-01-01', '2026-01-02']);
    expect(weekdaysIn([['2026-01-01', '']])).toEqual([]);
  });

  it('returns, for any ranges, exactly the weekdays they cover, sorted and once each', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addCalendarDays('2097-01-01', n));
    fc.assert(
      fc.property(fc.array(fc.tuple(day, day), { maxLength: 5 }), (ranges) => {
        const got = weekdaysIn(ranges);
        expect(got).toEqual([...new Set(got)].sort());
        expect(got.some(isWeekend)).toBe(false);
        const covered = (d: string) => ranges.some(([a, b]) => (a <= b ? a <= d && d <= b : b <= d && d <= a));
        expect(got.every(covered)).toBe(true);
        for (const [a] of ranges) if (!isWeekend(a)) expect(got).toContain(a);
      }),
    );
  });
});

describe('monthsOf', () => {
  it('reads 2026 as the notice does: runs joined across weekends, make-up days by themselves', () => {
    const months = monthsOf({
      daysOff: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23', '2026-04-06'],
      extraWorkdays: ['2026-10-10', '2026-02-14', '2026-02-28', '2026-09-20'],
    });
    expect(months.map((m) => m.month)).toEqual([2, 4, 9, 10]);
    // 2/15 (a Sunday) is off with the holiday; 2/14, a make-up Saturday, is not.
    expect(months[0]).toEqual({ month: 2, off: [{ from: '2026-02-15', to: '2026-02-23' }], work: ['2026-02-14', '2026-02-28'] });
    expect(months[1]!.off).toEqual([{ from: '2026-04-04', to: '2026-04-06' }]); // 清明: Saturday to Monday
    expect(months[2]).toEqual({ month: 9, off: [], work: ['2026-09-20'] });
    expect(months[3]!.off).toEqual([{ from: '2026-10-01', to: '2026-10-07' }]);
    expect(runLength(months[3]!.off[0]!)).toBe(7);
    expect(weekdayKey('2026-10-01')).toBe('thu');
  });

  it('does not join two days off across a make-up Saturday or a weekday worked', () => {
    // 2097-01-04 Fri, 01-05 Sat (worked), 01-06 Sun, 01-07 Mon.
    expect(monthsOf({ daysOff: ['2097-01-04', '2097-01-07'], extraWorkdays: ['2097-01-05'] })[0]!.off).toEqual([
      { from: '2097-01-04', to: '2097-01-04' },
      { from: '2097-01-06', to: '2097-01-07' },
    ]);
    expect(monthsOf({ daysOff: ['2097-01-04', '2097-01-07'], extraWorkdays: [] })[0]!.off).toEqual([{ from: '2097-01-04', to: '2097-01-07' }]);
    expect(monthsOf({ daysOff: ['2097-01-01', '2097-01-03'], extraWorkdays: [] })[0]!.off).toHaveLength(2);
    expect(monthsOf({ daysOff: [], extraWorkdays: [] })).toEqual([]);
  });

  it('splits a run at the end of a month, and takes in the weekend after a Friday off', () => {
    // 2097-01-31 Thu, 02-01 Fri, 02-02 Sat, 02-03 Sun.
    expect(monthsOf({ daysOff: ['2097-01-31', '2097-02-01'], extraWorkdays: [] }).map((m) => m.off)).toEqual([
      [{ from: '2097-01-31', to: '2097-01-31' }],
      [{ from: '2097-02-01', to: '2097-02-03' }],
    ]);
    // 2096-03-31 is a Saturday: a Friday off on 3/30 takes in 3/31 only, not 4/1.
    expect(monthsOf({ daysOff: ['2096-03-30'], extraWorkdays: [] })[0]!.off).toEqual([{ from: '2096-03-30', to: '2096-03-31' }]);
  });

  it('reads any weekdays off as runs that cover each of them once and only rest days besides', () => {
    const day = fc.integer({ min: 0, max: 364 }).map((n) => addCalendarDays('2097-01-01', n));
    fc.assert(
      fc.property(fc.uniqueArray(day, { maxLength: 60 }), fc.uniqueArray(day, { maxLength: 10 }), (picked, workPicked) => {
        const daysOff = picked.filter((d) => !isWeekend(d));
        const extraWorkdays = workPicked.filter(isWeekend);
        const covered: string[] = [];
        for (const m of monthsOf({ daysOff, extraWorkdays })) {
          for (const run of m.off) {
            expect(Number(run.from.slice(5, 7))).toBe(m.month);
            expect(Number(run.to.slice(5, 7))).toBe(m.month);
            for (let d = run.from; d <= run.to; d = addCalendarDays(d, 1)) covered.push(d);
          }
        }
        expect(covered.filter((d) => !isWeekend(d))).toEqual([...daysOff].sort());
        expect(covered.some((d) => extraWorkdays.includes(d))).toBe(false);
        expect(new Set(covered).size).toBe(covered.length);
      }),
    );
  });
});

describe('the years', () => {
  const years = (...list: [number, 'official' | 'admin'][]): CalendarYear[] => list.map(([year, source]) => ({ year, source, note: '' }));
  const shipped = years([2024, 'official'], [2025, 'official'], [2026, 'official']);

  it('warns when next year is missing, or added as a weekends-only placeholder', () => {
    expect(nextYearLacking(shipped, 0, '2026-11-20')).toEqual({ year: 2027, missing: true });
    expect(nextYearLacking([...shipped, ...years([2027, 'admin'])], 0, '2026-11-20')).toEqual({ year: 2027, missing: false });
    expect(nextYearLacking([...shipped, ...years([2027, 'admin'])], 12, '2026-11-20')).toBeNull();
    expect(nextYearLacking(shipped, 0, '2025-06-01')).toBeNull();
  });

  it('offers the first year without data from this year on, and shows this year by default', () => {
    expect(firstYearToAdd(shipped, '2026-11-20')).toBe(2027);
    expect(firstYearToAdd([...shipped, ...years([2027, 'admin'])], '2026-11-20')).toBe(2028);
    expect(firstYearToAdd(shipped, '2030-01-05')).toBe(2030);
    expect(defaultYear(shipped, '2026-11-20')).toBe(2026);
    expect(defaultYear(shipped, '2031-01-01')).toBe(2026);
    expect(defaultYear([], '2026-01-01')).toBeUndefined();
  });
});
