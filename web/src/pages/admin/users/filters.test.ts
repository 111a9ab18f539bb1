import { describe, expect, it } from 'vitest';
import { readUserFilters, writeUserFilters } from './filters.ts';

describe('user filters in the address', () => {
  it('reads what is there and defaults the rest', () => {
    expect(readUserFilters(new URLSearchParams('q=%20han%20&role=handler&page=3'))).toEqual({
      q: 'han',
      departmentId: undefined,
      role: 'handler',
      page: 3,
      pageSize: 20,
    });
  });

  it('ignores nonsense', () => {
    expect(readUserFilters(new URLSearchParams('role=king&page=-1&pageSize=5000&q='))).toEqual({
      q: undefined,
      departmentId: undefined,
      role: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    const filters = { q: '张', role: 'admin' as const, page: 2, pageSize: 50, departmentId: 'd1' };
    const params = writeUserFilters(filters);
    expect(params.toString()).toBe('q=%E5%BC%A0&departmentId=d1&role=admin&page=2&pageSize=50');
    expect(readUserFilters(params)).toEqual(filters);
    expect(writeUserFilters({ page: 1, pageSize: 20 }).toString()).toBe('');
  });
});
