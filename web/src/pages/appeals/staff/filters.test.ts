import { describe, expect, it } from 'vitest';
import { activeFilters, MINE_LIMIT, readQueueFilters, ticketsQueryOf, writeQueueFilters } from './filters.ts';

const read = (qs: string) => readQueueFilters(new URLSearchParams(qs));

describe('the queue’s address', () => {
  it('defaults to 我的待办, page 1, 20 a page', () => {
    expect(read('')).toEqual({ tab: 'mine', page: 1, pageSize: 20, q: undefined, state: undefined, kind: undefined, categoryCode: undefined, from: undefined, to: undefined, light: undefined });
  });

  it('keeps what the server accepts and drops the rest', () => {
    const f = read('tab=all&state=handling&kind=complain&categoryCode=ZF-WY&q=%20电梯%20&from=2026-03-01&to=2026-02-01&page=3&pageSize=50&light=overdue');
    expect(f).toMatchObject({ tab: 'all', state: 'handling', kind: 'complain', categoryCode: 'ZF-WY', q: '电梯', from: '2026-02-01', to: '2026-03-01', page: 3, pageSize: 50 });
    // The light filters 我的待办 only.
    expect(f.light).toBeUndefined();
    expect(read('state=nonsense&kind=x&categoryCode=a%20b&from=2026-13-01&page=0&pageSize=999')).toMatchObject({ state: undefined, kind: undefined, categoryCode: undefined, from: undefined, page: 1, pageSize: 20 });
    expect(read('light=warning').light).toBe('warning');
    expect(read('state=open').state).toBe('open');
  });

  it('writes the filters back in one order, leaving defaults out, and reads them again the same', () => {
    const f = read('light=overdue&kind=help&tab=mine&page=2');
    expect(writeQueueFilters(f).toString()).toBe('kind=help&light=overdue&page=2');
    expect(readQueueFilters(writeQueueFilters(f))).toEqual(f);
    expect(writeQueueFilters({ ...f, tab: 'all' }).toString()).toBe('tab=all&kind=help&page=2');
  });

  it('counts the filters behind the phone’s toggle', () => {
    expect(activeFilters(read('q=x&light=overdue'))).toBe(0);
    expect(activeFilters(read('state=closed&kind=help&categoryCode=ZF&from=2026-01-01'))).toBe(4);
  });
});

describe('ticketsQueryOf', () => {
  it('reads 我的待办 in one go (the page counts and pages it) and 全部工单 a page at a time', () => {
    expect(ticketsQueryOf(read('state=signing&page=4'))).toEqual({ scope: 'mine', q: undefined, state: 'signing', kind: undefined, categoryCode: undefined, from: undefined, to: undefined, page: 1, pageSize: MINE_LIMIT });
    expect(ticketsQueryOf(read('tab=all&q=物业&page=4&pageSize=50'))).toMatchObject({ scope: 'all', q: '物业', page: 4, pageSize: 50 });
  });
});
