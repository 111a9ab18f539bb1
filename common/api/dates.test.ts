import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from './dates.ts';

const message = (value: unknown) => {
  const parsed = isoDate.safeParse(value);
  return parsed.success ? null : parsed.error.issues.map((i) => i.message).join('; ');
};

describe('isoDate', () => {
  it('takes every real date from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        expect(message(d.toISOString().slice(0, 10))).toBeNull();
      }),
    );
  });

  it('refuses a date of the right shape that does not exist, saying so in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.oneof(fc.constant('02-30'), fc.constant('04-31'), fc.constant('13-01'), fc.constant('00-10'), fc.constant('06-00')), (year, rest) => {
        const value = `${String(year).padStart(4, '0')}-${rest}`;
        expect(message(value)).toBe(`${value} 不是有效日期（应为 YYYY-MM-DD） / ${value} is not a real date (YYYY-MM-DD)`);
      }),
    );
    expect(message('2025-02-29')).toContain('不是有效日期');
    expect(message('2024-02-29')).toBeNull();
    expect(message('0000-01-01')).toContain('is not a real date');
  });

  it('refuses anything not shaped YYYY-MM-DD with the shape message', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)), (s) => {
        expect(message(s)).toBe('日期应为 YYYY-MM-DD / must be a date as YYYY-MM-DD');
      }),
    );
    expect(message(20260101)).not.toBeNull();
  });
});
