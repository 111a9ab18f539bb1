import { describe, expect, it } from 'vitest';
import {
  activeQueueFilters,
  queueQuery,
  readPeriod,
  readQueueFilters,
  writeQueueFilters,
  type QueueFilters,
} from './filters.ts';

const read = (qs: string) => readQueueFilters(new URLSearchParams(qs));

describe('the 差评处置 queue filters', () => {
  it('shows only my loops unless the address switches it off', () => {
    expect(read('').mine).toBe(true);
    expect(read('mine=1').mine).toBe(true);
    expect(read('mine=0').mine).toBe(false);
    expect(read('mine=false').mine).toBe(false);
  });

  it('keeps the known loop states, channels and real days, and drops the rest', () => {
    expect(read('loopState=rectifying&channel=window&from=2026-01-01&to=2026-03-31')).toEqual({
      mine: true,
      loopState: 'rectifying',
      channel: 'window',
      from: '2026-01-01',
      to: '2026-03-31',
      page: 1,
      pageSize: 20,
    });
    expect(read('loopState=lost&channel=fax&from=2026-02-30&to=yesterday&page=-2&pageSize=999')).toEqual({
      mine: true,
      page: 1,
      pageSize: 20,
    });
  });

  it('swaps a period given backwards', () => {
    expect(readPeriod(new URLSearchParams('from=2026-05-01&to=2026-01-31'))).toEqual({
      from: '2026-01-31',
      to: '2026-05-01',
    });
  });

  it('writes the address without defaults, and reads back what it wrote', () => {
    const filters: QueueFilters = {
      mine: false,
      loopState: 'callback',
      channel: 'online',
      from: '2026-01-01',
      page: 3,
      pageSize: 50,
    };
    const qs = writeQueueFilters(filters).toString();
    expect(qs).toBe('mine=0&loopState=callback&channel=online&from=2026-01-01&page=3&pageSize=50');
    expect(read(qs)).toEqual(filters);
    expect(writeQueueFilters({ mine: true, page: 1, pageSize: 20 }).toString()).toBe('');
  });

  it('asks the server for the 差评 only, mine=1 by default', () => {
    expect(queueQuery(read(''))).toEqual({ bad: true, mine: true, page: 1, pageSize: 20 });
    expect(queueQuery(read('mine=0&loopState=verifying&from=2026-01-01&to=2026-01-31&page=2'))).toEqual({
      bad: true,
      mine: false,
      loopState: 'verifying',
      from: '2026-01-01',
      to: '2026-01-31',
      page: 2,
      pageSize: 20,
    });
  });

  it('counts the filters set besides 只看我的', () => {
    expect(activeQueueFilters(read('mine=0'))).toBe(0);
    expect(activeQueueFilters(read('loopState=closed&channel=public&from=2026-01-01'))).toBe(3);
  });
});
