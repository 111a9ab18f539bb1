import { describe, expect, it } from 'vitest';
import {
  activeEntityFilters,
  exportFilters,
  readEntityFilters,
  readLicenceFilters,
  readShareLogFilters,
  writeEntityFilters,
  writeLicenceFilters,
  writeShareLogFilters,
} from './filters.ts';

const params = (qs: string) => new URLSearchParams(qs);

describe('entity filters', () => {
  it('reads what the address holds and round-trips it', () => {
    const filters = readEntityFilters(
      params(
        'q=%E9%9D%92%E5%9F%8E&status=active&tag=high_tech&districtCode=150105&industrySection=C&page=3&pageSize=50',
      ),
    );
    expect(filters).toEqual({
      q: '青城',
      status: 'active',
      tag: 'high_tech',
      districtCode: '150105',
      industrySection: 'C',
      page: 3,
      pageSize: 50,
    });
    expect(readEntityFilters(writeEntityFilters(filters))).toEqual(filters);
  });

  it('drops anything the server would refuse', () => {
    expect(
      readEntityFilters(
        params('status=closed&tag=vip&districtCode=15&industrySection=Z&page=-1&pageSize=9999&q=%20%20'),
      ),
    ).toEqual({ page: 1, pageSize: 20 });
  });

  it('writes a clean address: no defaults, no blanks', () => {
    expect(writeEntityFilters({ page: 1, pageSize: 20 }).toString()).toBe('');
    expect(writeEntityFilters({ q: '青城', page: 2, pageSize: 20 }).toString()).toBe(
      'q=%E9%9D%92%E5%9F%8E&page=2',
    );
  });

  it('counts the filters behind the phone toggle, and exports without paging', () => {
    const filters = readEntityFilters(params('q=a&status=active&districtCode=150105&page=4'));
    expect(activeEntityFilters(filters)).toBe(2);
    expect(exportFilters(filters)).toEqual({
      q: 'a',
      status: 'active',
      districtCode: '150105',
      tag: undefined,
      industrySection: undefined,
    });
  });
});

describe('licence filters', () => {
  it('keeps a type id only when it is a UUID and upper-cases the holder', () => {
    const id = '0190f0f0-0000-7000-8000-000000000101';
    expect(readLicenceFilters(params(`typeId=${id}&holderUscc=91150105ma0n1xyz1k&status=revoked`))).toEqual({
      typeId: id,
      holderUscc: '91150105MA0N1XYZ1K',
      status: 'revoked',
      page: 1,
      pageSize: 20,
    });
    expect(readLicenceFilters(params('typeId=1%20or%201=1&status=lost'))).toEqual({ page: 1, pageSize: 20 });
    expect(writeLicenceFilters({ holderUscc: 'X', page: 1, pageSize: 20 }).toString()).toBe('holderUscc=X');
  });
});

describe('share-log filters', () => {
  it('reads allowed/refused and keeps the tab', () => {
    expect(readShareLogFilters(params('allowed=false&uscc=abc'))).toEqual({
      allowed: 'false',
      uscc: 'ABC',
      page: 1,
      pageSize: 20,
    });
    expect(readShareLogFilters(params('allowed=maybe'))).toEqual({ page: 1, pageSize: 20 });
    expect(writeShareLogFilters({ allowed: 'true', page: 2, pageSize: 20 }, 'log').toString()).toBe(
      'tab=log&allowed=true&page=2',
    );
  });
});
