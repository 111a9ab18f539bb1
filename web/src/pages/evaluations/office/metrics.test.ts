import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricsRow } from '../../../../../common/api/evaluations.ts';
import {
  drillParams,
  kpisOf,
  monthRange,
  percent,
  percentValue,
  periodPresets,
  thisYear,
} from './metrics.ts';

const row = (over: Partial<MetricsRow> = {}): MetricsRow => ({
  key: 'k',
  label: 'L',
  invited: 0,
  answered: 0,
  rated: 0,
  ratingRate: null,
  levels: [0, 0, 0, 0, 0],
  satisfaction: null,
  bad: 0,
  badRate: null,
  calledBack: 0,
  callbackRate: null,
  rectified: 0,
  rectifyRate: null,
  realNameBad: 0,
  realNameBadClosed: 0,
  realNameBadRate: null,
  loopsClosed: 0,
  loopsOnTime: 0,
  onTimeRate: null,
  ...over,
});

describe('percent', () => {
  it('shows a rate as a percentage with one decimal, nothing to divide by as —', () => {
    expect(percent(null)).toBe('—');
    expect(percent(undefined)).toBe('—');
    expect(percent(Number.NaN)).toBe('—');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
    expect(percent(0.8534)).toBe('85.3%');
    expect(percent(0.12345, 2)).toBe('12.35%');
    expect(percent(0.995)).toBe('99.5%');
    expect(percentValue(0.8534)).toBe(85.3);
    expect(percentValue(null)).toBeNull();
  });

  it('never shows more than 100% or less than 0% for a rate in range, and always ends with %', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (value) => {
        const text = percent(value);
        const n = Number(text.slice(0, -1));
        expect(text.endsWith('%')).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(100);
        expect(Math.abs(n - value * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});

describe('the KPI cards', () => {
  it('gives the eight figures in order, with the counts behind each rate', () => {
    const kpis = kpisOf(
      row({
        invited: 200,
        // 150 of the 200 invited rated; 20 more ratings came uninvited (public reviews): the rate's counts are 150 / 200.
        answered: 150,
        rated: 170,
        ratingRate: 0.75,
        satisfaction: 0.96,
        bad: 6,
        badRate: 0.04,
        calledBack: 5,
        callbackRate: 5 / 6,
        rectified: 4,
        rectifyRate: 4 / 6,
        realNameBad: 4,
        realNameBadClosed: 4,
        realNameBadRate: 1,
        loopsClosed: 5,
        loopsOnTime: 4,
        onTimeRate: 0.8,
      }),
    );
    expect(kpis.map((k) => k.key)).toEqual([
      'rated',
      'ratingRate',
      'satisfaction',
      'bad',
      'callbackRate',
      'rectifyRate',
      'realNameBadRate',
      'onTimeRate',
    ]);
    expect(kpis.map((k) => k.value)).toEqual(['170', '75%', '96%', '6', '83.3%', '66.7%', '100%', '80%']);
    expect(kpis.find((k) => k.key === 'bad')?.detail).toBe('4%');
    expect(kpis.find((k) => k.key === 'ratingRate')?.detail).toBe('150 / 200');
    expect(kpis.find((k) => k.key === 'realNameBadRate')).toMatchObject({ detail: '4 / 4', tone: 'good' });
  });

  it('shows — and no counts when there is nothing to count', () => {
    const kpis = kpisOf(row());
    expect(
      kpis
        .filter((k) => k.key !== 'rated' && k.key !== 'bad')
        .every((k) => k.value === '—' && k.detail === null && k.tone === null),
    ).toBe(true);
    expect(
      kpisOf(row({ realNameBad: 2, realNameBadClosed: 1, realNameBadRate: 0.5 })).find(
        (k) => k.key === 'realNameBadRate',
      )?.tone,
    ).toBe('bad');
  });
});

describe('periods', () => {
  const now = new Date(2026, 4, 17, 10, 0);
  it('defaults to this year so far', () => {
    expect(thisYear(now)).toEqual({ from: '2026-01-01', to: '2026-05-17' });
    expect(periodPresets(now)).toEqual([
      { key: 'thisYear', from: '2026-01-01', to: '2026-05-17' },
      { key: 'lastYear', from: '2025-01-01', to: '2025-12-31' },
      { key: 'last12Months', from: '2025-06-01', to: '2026-05-17' },
      { key: 'thisMonth', from: '2026-05-01', to: '2026-05-17' },
    ]);
  });

  it('knows the days of a month', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2026-13')).toBeNull();
    expect(monthRange('March')).toBeNull();
  });
});

describe('drilling down from a row', () => {
  const period = { from: '2026-01-15', to: '2026-05-17' };
  const id = '0190f0f0-0000-7000-8000-000000000101';
  it('filters by the row within the period', () => {
    expect(drillParams('department', id, period)?.toString()).toBe(
      `departmentId=${id}&from=2026-01-15&to=2026-05-17`,
    );
    expect(drillParams('item', '11370100MB28', period)?.toString()).toBe(
      'itemCode=11370100MB28&from=2026-01-15&to=2026-05-17',
    );
    expect(drillParams('hall', id, {})?.toString()).toBe(`hallId=${id}`);
    expect(drillParams('channel', 'window', period)?.toString()).toBe(
      'channel=window&from=2026-01-15&to=2026-05-17',
    );
  });

  it('cuts a month to the period', () => {
    expect(drillParams('month', '2026-01', period)?.toString()).toBe('from=2026-01-15&to=2026-01-31');
    expect(drillParams('month', '2026-03', period)?.toString()).toBe('from=2026-03-01&to=2026-03-31');
    expect(drillParams('month', '2026-05', period)?.toString()).toBe('from=2026-05-01&to=2026-05-17');
    expect(drillParams('month', '2026-07', period)).toBeNull();
    expect(drillParams('month', 'total', period)).toBeNull();
  });

  it('does not drill into a row without a key', () => {
    expect(drillParams('item', '', period)).toBeNull();
  });
});
