import { describe, expect, it } from 'vitest';
import {
  activeRatingListFilters,
  ratingListQuery,
  readOverviewFilters,
  readRatingListFilters,
  writeOverviewFilters,
  writeRatingListFilters,
} from './filters.ts';

const now = new Date(2026, 4, 17);
const id = '0190f0f0-0000-7000-8000-000000000101';

describe('the overview filters', () => {
  it('default to this year and the departments', () => {
    expect(readOverviewFilters(new URLSearchParams(''), now)).toEqual({
      from: '2026-01-01',
      to: '2026-05-17',
      groupBy: 'department',
    });
    expect(
      writeOverviewFilters({ from: '2026-01-01', to: '2026-05-17', groupBy: 'department' }, now).toString(),
    ).toBe('');
  });

  it('keep a chosen period and grouping, and read back what they wrote', () => {
    const filters = { from: '2025-01-01', to: '2025-12-31', groupBy: 'month' as const };
    const qs = writeOverviewFilters(filters, now).toString();
    expect(qs).toBe('from=2025-01-01&to=2025-12-31&groupBy=month');
    expect(readOverviewFilters(new URLSearchParams(qs), now)).toEqual(filters);
    expect(readOverviewFilters(new URLSearchParams('groupBy=weekday&from=2026-13-01'), now)).toEqual({
      from: '2026-01-01',
      to: '2026-05-17',
      groupBy: 'department',
    });
  });
});

describe('the drill-down list filters', () => {
  it('keep what the server accepts and drop the rest', () => {
    const read = readRatingListFilters(
      new URLSearchParams(
        `departmentId=${id}&itemCode=11370100MB28&hallId=nope&channel=window&level=2&bad=1&loopState=callback&status=removed&from=2026-01-01&to=2026-01-31&page=2`,
      ),
    );
    expect(read).toEqual({
      departmentId: id,
      itemCode: '11370100MB28',
      hallId: undefined,
      channel: 'window',
      level: 2,
      bad: '1',
      loopState: 'callback',
      status: 'removed',
      from: '2026-01-01',
      to: '2026-01-31',
      page: 2,
      pageSize: 20,
    });
    expect(
      readRatingListFilters(new URLSearchParams('level=6&bad=maybe&status=gone&itemCode=a%20b')).level,
    ).toBeUndefined();
    expect(readRatingListFilters(new URLSearchParams('bad=false')).bad).toBe('0');
  });

  it('write the address in one order and send exactly what is set', () => {
    const filters = readRatingListFilters(
      new URLSearchParams(`to=2026-01-31&level=1&departmentId=${id}&from=2026-01-01`),
    );
    expect(writeRatingListFilters(filters).toString()).toBe(
      `departmentId=${id}&level=1&from=2026-01-01&to=2026-01-31`,
    );
    expect(ratingListQuery(filters)).toEqual({
      departmentId: id,
      level: 1,
      from: '2026-01-01',
      to: '2026-01-31',
      page: 1,
      pageSize: 20,
    });
    expect(activeRatingListFilters(filters)).toBe(3);
    expect(ratingListQuery(readRatingListFilters(new URLSearchParams('bad=0&page=3')))).toEqual({
      bad: false,
      page: 3,
      pageSize: 20,
    });
    expect(ratingListQuery(readRatingListFilters(new URLSearchParams('bad=1')))).toEqual({
      bad: true,
      page: 1,
      pageSize: 20,
    });
  });
});
