import { describe, expect, it } from 'vitest';
import {
  activeItemFilters,
  readBundleFilters,
  readItemFilters,
  writeBundleFilters,
  writeItemFilters,
} from './filters.ts';

const params = (qs: string) => new URLSearchParams(qs);
const department = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('item filters', () => {
  it('reads what the address holds and round-trips it', () => {
    const filters = readItemFilters(
      params(
        `q=%E9%A3%9F%E5%93%81&status=published&departmentId=${department}&type=licensing&event=startup&theme=market_access&fullyOnline=true&page=2&pageSize=50`,
      ),
    );
    expect(filters).toEqual({
      q: '食品',
      status: 'published',
      departmentId: department,
      type: 'licensing',
      event: 'startup',
      theme: 'market_access',
      fullyOnline: 'true',
      page: 2,
      pageSize: 50,
    });
    expect(readItemFilters(writeItemFilters(filters))).toEqual(filters);
    expect(activeItemFilters(filters)).toBe(6);
  });

  it('drops anything the server would refuse', () => {
    expect(
      readItemFilters(
        params(
          'status=open&departmentId=12&type=x&event=party&theme=sky&fullyOnline=yes&page=0&pageSize=500&q=%20',
        ),
      ),
    ).toEqual({
      page: 1,
      pageSize: 20,
    });
  });

  it('leaves the defaults out of the address', () => {
    expect(writeItemFilters({ page: 1, pageSize: 20 }).toString()).toBe('');
  });
});

describe('bundle filters', () => {
  it('round-trips and drops the unknown', () => {
    const filters = readBundleFilters(params('kind=life&event=birth&status=draft&page=3'));
    expect(filters).toEqual({ kind: 'life', event: 'birth', status: 'draft', page: 3, pageSize: 20 });
    expect(readBundleFilters(writeBundleFilters(filters))).toEqual(filters);
    expect(readBundleFilters(params('kind=alien'))).toEqual({ page: 1, pageSize: 20 });
  });
});
