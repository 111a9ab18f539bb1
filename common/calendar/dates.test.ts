import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  InvalidDateError,
  addCalendarDays,
  calendarDaysBetween,
  endOfShanghaiDay,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  shanghaiDate,
  startOfShanghaiDay,
  toDayNumber,
  weekday,
} from './index.ts';

describe('plain dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    for (const good of ['2026-02-12', '2024-02-29', '2000-02-29', '0000-01-01', '9999-12-31']) {
      expect(isIsoDate(good), good).toBe(true);
    }
    for (const bad of [
      '2026-2-12',
      '2026-02-30',
      '2025-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '',
      ' 2026-02-12',
      '2026-02-12T00:00',
      '２０２６-02-12',
      20260212,
      null,
    ]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
    expect(() => parseIsoDate('2026-02-30')).toThrow(InvalidDateError);
    expect(parseIsoDate('2026-02-12')).toEqual({ year: 2026, month: 2, day: 12 });
    expect(formatIsoDate(987, 3, 4)).toBe('0987-03-04');
    expect(() => formatIsoDate(2026, 2, 29)).toThrow(InvalidDateError);
  });

  it('InvalidDateError carries its code', () => {
    const error = (() => {
      try {
        parseIsoDate('2026/02/12');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidDateError);
    expect((error as InvalidDateError).code).toBe('INVALID_DATE');
    expect(() => shanghaiDate(new Date(Number.NaN))).toThrow(InvalidDateError);
  });

  it('day numbers, weekdays and calendar days agree with Date in UTC', () => {
    const day = fc.integer({ min: toDayNumber('1600-01-01'), max: toDayNumber('2400-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (n, delta) => {
        const utc = new Date(n * 86_400_000);
        const iso = fromDayNumber(n);
        expect(iso).toBe(utc.toISOString().slice(0, 10));
        expect(toDayNumber(iso)).toBe(n);
        expect(weekday(iso)).toBe(utc.getUTCDay());
        expect(addCalendarDays(iso, delta)).toBe(
          new Date((n + delta) * 86_400_000).toISOString().slice(0, 10),
        );
      }),
    );
  });

  it('shanghaiDate turns at 16:00 UTC, the Shanghai midnight', () => {
    expect(shanghaiDate(new Date('2026-02-11T15:59:59.999Z'))).toBe('2026-02-11');
    expect(shanghaiDate(new Date('2026-02-11T16:00:00.000Z'))).toBe('2026-02-12');
    expect(shanghaiDate(new Date('2026-02-12T23:30:00+08:00'))).toBe('2026-02-12');
    expect(endOfShanghaiDay('2026-02-24').toISOString()).toBe('2026-02-24T15:59:59.999Z');
    expect(startOfShanghaiDay('2026-02-24').toISOString()).toBe('2026-02-23T16:00:00.000Z');
    expect(calendarDaysBetween('2026-02-12', '2026-02-24')).toBe(12);
    expect(calendarDaysBetween('2026-02-24', '2026-02-12')).toBe(-12);
  });
});
