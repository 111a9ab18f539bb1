import { describe, expect, it } from 'vitest';
import { activeFilters, readListFilters, writeListFilters } from './filters.ts';

const read = (qs: string) => readListFilters(new URLSearchParams(qs));

describe('the outreach list filters', () => {
  it('reads what is well formed and drops the rest', () => {
    expect(read('')).toEqual({ page: 1, pageSize: 20 });
    const f = read('q=%20乳业%20&kind=visit&state=open&departmentId=0190a0c4-1a2b-7c3d-8e4f-001122334455&uscc=91150100mA0abcdE1X&year=2026&stage=planning&page=3&pageSize=50');
    expect(f).toEqual({
      q: '乳业',
      kind: 'visit',
      state: 'open',
      departmentId: '0190a0c4-1a2b-7c3d-8e4f-001122334455',
      uscc: '91150100MA0ABCDE1X',
      year: 2026,
      stage: 'planning',
      page: 3,
      pageSize: 50,
    });
    expect(read('kind=<script>&state=DROP%20TABLE&departmentId=1&uscc=123&year=99&page=0&pageSize=9999')).toEqual({ page: 1, pageSize: 20 });
  });

  it('puts a reversed date range the right way round, and drops an impossible date', () => {
    expect(read('from=2026-05-01&to=2026-04-01')).toMatchObject({ from: '2026-04-01', to: '2026-05-01' });
    expect(read('from=2026-13-01')).toEqual({ page: 1, pageSize: 20 });
  });

  it('writes the address without defaults, and reads back what it wrote', () => {
    const filters = read('state=routed&from=2026-01-01&page=2');
    expect(writeListFilters(filters).toString()).toBe('state=routed&from=2026-01-01&page=2');
    expect(read(writeListFilters(filters).toString())).toEqual(filters);
    expect(writeListFilters({ page: 1, pageSize: 20 }).toString()).toBe('');
  });

  it('counts the filters that are set', () => {
    expect(activeFilters(read('kind=visit&from=2026-01-01&q=x'), ['kind', 'from', 'departmentId'])).toBe(2);
  });
});
