import { describe, expect, it } from 'vitest';
import { bucketFor, daysOf, defaultPeriod, presets, previousPeriod, readPeriod, writePeriod } from './period.ts';

const TODAY = '2026-03-15';

describe('the period in the address', () => {
  it('defaults to the last 30 days and leaves the address empty for it', () => {
    expect(defaultPeriod(TODAY)).toEqual({ from: '2026-02-14', to: '2026-03-15' });
    expect(readPeriod(new URLSearchParams(), TODAY)).toEqual(defaultPeriod(TODAY));
    expect(writePeriod(defaultPeriod(TODAY), TODAY).toString()).toBe('');
  });

  it('reads both ends or neither, and drops what the server would refuse', () => {
    const p = (query: string) => readPeriod(new URLSearchParams(query), TODAY);
    expect(p('from=2026-01-01&to=2026-01-31')).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(p('from=2026-01-01')).toEqual(defaultPeriod(TODAY));
    expect(p('from=2026-02-30&to=2026-03-01')).toEqual(defaultPeriod(TODAY));
    expect(p('from=2026-03-01&to=2026-01-01')).toEqual(defaultPeriod(TODAY));
    expect(p('from=2020-01-01&to=2026-01-01')).toEqual(defaultPeriod(TODAY));
    expect(writePeriod({ from: '2026-01-01', to: '2026-01-31' }, TODAY).toString()).toBe('from=2026-01-01&to=2026-01-31');
  });

  it('compares with as many days just before', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-01-01' })).toEqual({ from: '2025-12-31', to: '2025-12-31' });
    expect(daysOf(previousPeriod({ from: '2025-01-01', to: '2025-12-31' }))).toBe(365);
  });

  it('draws weeks up to a quarter and months beyond', () => {
    expect(bucketFor({ from: '2026-01-01', to: '2026-03-31' })).toBe('week');
    expect(bucketFor({ from: '2026-01-01', to: '2026-04-30' })).toBe('month');
  });

  it('offers presets that end no later than today', () => {
    const all = Object.fromEntries(presets(TODAY).map((p) => [p.key, p.period]));
    expect(all.thisMonth).toEqual({ from: '2026-03-01', to: TODAY });
    expect(all.lastMonth).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(all.thisYear).toEqual({ from: '2026-01-01', to: TODAY });
    expect(daysOf(all.last12Months!)).toBe(365);
    expect(Object.values(all).every((p) => p.to <= TODAY && p.from <= p.to)).toBe(true);
  });
});
