import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATES, CHANNELS } from '../../../../../common/api/applications.ts';
import {
  activeListFilters,
  exportFilters,
  QUEUE_DEADLINES,
  readListFilters,
  readQueueFilters,
  writeListFilters,
  writeQueueFilters,
  type ListFilters,
} from './filters.ts';

const params = (qs: string) => new URLSearchParams(qs);
const department = '0190f0f0-0000-7000-8000-000000000101';

describe('queue filters', () => {
  it('reads what the address holds and drops what the server would refuse', () => {
    expect(readQueueFilters(params('state=review&itemCode=HHHT-SCJG-1&channel=window&deadline=overdue'))).toEqual({
      state: 'review',
      itemCode: 'HHHT-SCJG-1',
      channel: 'window',
      deadline: 'overdue',
    });
    expect(readQueueFilters(params('state=closed&itemCode=%3Cx%3E&channel=fax&deadline=none'))).toEqual({});
  });

  it('round-trips any valid choice', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...APPLICATION_STATES), { nil: undefined }),
        fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
        fc.option(fc.constantFrom(...QUEUE_DEADLINES), { nil: undefined }),
        fc.option(fc.stringMatching(/^[0-9A-Z][0-9A-Z-]{3,20}$/), { nil: undefined }),
        (state, channel, deadline, itemCode) => {
          const filters = Object.fromEntries(Object.entries({ state, itemCode, channel, deadline }).filter(([, v]) => v !== undefined));
          expect(readQueueFilters(writeQueueFilters(filters))).toEqual(filters);
        },
      ),
    );
  });
});

describe('list filters', () => {
  it('reads every filter and round-trips it', () => {
    const filters = readListFilters(
      params(`q=%E9%A3%9F%E5%93%81&state=review&channel=window&departmentId=${department}&itemCode=X-1&overdue=1&from=2026-01-01&to=2026-02-01&page=2&pageSize=50`),
    );
    expect(filters).toEqual({
      q: '食品',
      state: 'review',
      channel: 'window',
      departmentId: department,
      itemCode: 'X-1',
      overdue: '1',
      from: '2026-01-01',
      to: '2026-02-01',
      page: 2,
      pageSize: 50,
    });
    expect(readListFilters(writeListFilters(filters))).toEqual(filters);
  });

  it('drops bad values, reads overdue=true as on, and swaps a reversed date range', () => {
    expect(readListFilters(params('departmentId=1%20or%201&overdue=0&from=2026-13-40&page=0&pageSize=999'))).toEqual({ page: 1, pageSize: 20 });
    expect(readListFilters(params('overdue=true')).overdue).toBe('1');
    const swapped = readListFilters(params('from=2026-03-01&to=2026-01-01'));
    expect([swapped.from, swapped.to]).toEqual(['2026-01-01', '2026-03-01']);
  });

  it('writes a clean address, counts the folded filters and exports without paging', () => {
    expect(writeListFilters({ page: 1, pageSize: 20 }).toString()).toBe('');
    const filters: ListFilters = { q: 'a', overdue: '1', state: 'review', page: 3, pageSize: 20 };
    expect(writeListFilters(filters).toString()).toBe('q=a&state=review&overdue=1&page=3');
    expect(activeListFilters(filters)).toBe(2);
    expect(exportFilters(filters)).toEqual({ q: 'a', overdue: '1', state: 'review' });
  });

  it('round-trips any page and text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 1, max: 200 }), fc.string({ maxLength: 60 }), (page, pageSize, q) => {
        const filters = readListFilters(writeListFilters({ page, pageSize, q }));
        expect(filters.page).toBe(page);
        expect(filters.pageSize).toBe(pageSize);
        expect(filters.q).toBe(q.trim() || undefined);
      }),
    );
  });
});
