import { describe, expect, it } from 'vitest';
import { defaultPeriod, presets, readPeriod, writePeriod } from './period.ts';

const today = '2026-11-27';

describe('the overview period', () => {
  it('defaults to this year up to today, and leaves the default out of the address', () => {
    expect(defaultPeriod(today)).toEqual({ from: '2026-01-01', to: today });
    expect(readPeriod(new URLSearchParams(), today)).toEqual({ from: '2026-01-01', to: today });
    expect(writePeriod(defaultPeriod(today), today).toString()).toBe('');
  });

  it('reads a period from the address, and drops a broken or reversed one', () => {
    expect(readPeriod(new URLSearchParams('from=2026-03-01&to=2026-03-31'), today)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(readPeriod(new URLSearchParams('from=2026-03-31&to=2026-03-01'), today)).toEqual(defaultPeriod(today));
    expect(readPeriod(new URLSearchParams('from=2026-02-30&to=2026-03-01'), today)).toEqual(defaultPeriod(today));
    expect(readPeriod(new URLSearchParams('from=2026-03-01'), today)).toEqual(defaultPeriod(today));
    expect(writePeriod({ from: '2026-03-01', to: '2026-03-31' }, today).toString()).toBe('from=2026-03-01&to=2026-03-31');
  });

  it('offers the quarter, the months and last year', () => {
    const byKey = Object.fromEntries(presets(today).map((p) => [p.key, p.period]));
    expect(byKey.thisQuarter).toEqual({ from: '2026-10-01', to: today });
    expect(byKey.thisMonth).toEqual({ from: '2026-11-01', to: today });
    expect(byKey.lastMonth).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(byKey.lastYear).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});
