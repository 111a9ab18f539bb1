// The tally's arithmetic without a database: a rating's change always moves the counts from what it
// contributed to what it contributes, and every rate stays a share between 0 and 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RatingRow } from './repository.ts';
import { rowOf } from './service/metrics.ts';
import { contribution, tallyChange } from './service/shared.ts';
import { COUNTS, splitPeriod, zeroCounts, type Counts } from './tally-repository.ts';

const rating = fc.record({
  channel: fc.constantFrom('online', 'window', 'public'),
  status: fc.constantFrom('valid', 'removed'),
  level: fc.integer({ min: 1, max: 5 }),
  realName: fc.boolean(),
  calledBackAt: fc.option(fc.constant(new Date('2026-03-04T02:00:00Z'))),
  loopState: fc.option(fc.constantFrom('verifying', 'rectifying', 'callback', 'closed', 'voided')),
  loopOnTime: fc.option(fc.boolean()),
  loopId: fc.option(fc.uuid()),
  ratedAt: fc.date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
  departmentId: fc.constant('01a218e4-50ba-763d-b7a2-48358000cb6d'),
  itemCode: fc.option(fc.constantFrom('A-01', 'B-02')),
  hallId: fc.constant(null),
}) as fc.Arbitrary<RatingRow>;

const add = (into: Counts, c: Partial<Counts>) => {
  for (const k of COUNTS) into[k] += c[k] ?? 0;
  return into;
};

describe('the tally arithmetic', () => {
  it('moves the counts from a rating as it was to as it is', () => {
    fc.assert(
      fc.property(rating, rating, (before, after) => {
        const total = add(zeroCounts(), contribution(before));
        for (const change of tallyChange(before, { ...after, ratedAt: before.ratedAt })) add(total, change.counts);
        expect(total).toEqual(add(zeroCounts(), contribution(after)));
      }),
    );
  });

  it('counts a removed rating for nothing and a 差评 in the 差评 columns only', () => {
    fc.assert(
      fc.property(rating, (r) => {
        const c = add(zeroCounts(), contribution(r));
        if (r.status !== 'valid') {
          expect(Object.values(c).every((v) => v === 0)).toBe(true);
          return;
        }
        expect(c.rated).toBe(1);
        expect(c.bad).toBe(r.level <= 2 ? 1 : 0);
        expect(c.rectified).toBeLessThanOrEqual(c.bad);
        expect(c.realNameBadClosed).toBeLessThanOrEqual(c.realNameBad);
        expect(c.loopsOnTime).toBeLessThanOrEqual(c.loopsClosed);
      }),
    );
  });

  it('keeps every rate a share between 0 and 1, or null without a sample', () => {
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 30 }), fc.nat(40), (ratings, unanswered) => {
        const c = ratings.reduce((acc, r) => add(acc, contribution(r)), zeroCounts());
        c.invited = c.answered + unanswered;
        const row = rowOf('k', 'k', c);
        for (const v of [row.ratingRate, row.satisfaction, row.badRate, row.callbackRate, row.rectifyRate, row.realNameBadRate, row.onTimeRate]) {
          if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
        }
        expect(row.badRate === null).toBe(c.rated === 0);
        expect(row.levels.reduce((a, b) => a + b, 0)).toBe(c.rated);
      }),
    );
  });
});

describe('splitting a period into whole months and days', () => {
  const day = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const daysOf = (from: string, to: string) => {
    const out: string[] = [];
    for (let t = Date.parse(`${from}T00:00:00Z`); t < Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
    return out;
  };
  it('covers every day of [from, to) exactly once', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        const { months, days } = splitPeriod(from, to);
        const covered = [...days.flatMap((d) => daysOf(d.from!, d.to!)), ...(months ? daysOf(months.from!, months.to!) : [])].sort();
        expect(covered).toEqual(daysOf(from, to));
        if (months) expect(months.from!.endsWith('-01') && months.to!.endsWith('-01')).toBe(true);
      }),
    );
  });
  it('reads open ends as whole months', () => {
    expect(splitPeriod()).toEqual({ months: { from: undefined, to: undefined }, days: [] });
    expect(splitPeriod('2026-03-15')).toEqual({ months: { from: '2026-04-01', to: undefined }, days: [{ from: '2026-03-15', to: '2026-04-01' }] });
    expect(splitPeriod(undefined, '2026-12-01')).toEqual({ months: { from: undefined, to: '2026-12-01' }, days: [] });
  });
});
