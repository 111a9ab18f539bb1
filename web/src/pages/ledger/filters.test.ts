import { describe, expect, it } from 'vitest';
import { activeFilters, readTaskFilters, taskQueryOf, writeTaskFilters } from './filters.ts';

const read = (qs: string) => readTaskFilters(new URLSearchParams(qs));
const SOURCE = '0190f0f0-0000-7000-8000-000000000101';

describe('the task list filters in the address', () => {
  it('reads what the server accepts and drops the rest', () => {
    const f = read(`light=red&state=doing&sourceId=${SOURCE}&departmentId=nope&escalated=true&batch=6月&page=2&pageSize=500&sourceKind=x`);
    expect(f).toMatchObject({ light: 'red', state: 'doing', sourceId: SOURCE, escalated: true, batch: '6月', page: 2, pageSize: 20 });
    expect(f.departmentId).toBeUndefined();
    expect(f.sourceKind).toBeUndefined();
  });

  it('puts a reversed due range the right way round and ignores dates that are not dates', () => {
    expect(read('dueFrom=2026-12-31&dueTo=2026-01-01')).toMatchObject({ dueFrom: '2026-01-01', dueTo: '2026-12-31' });
    expect(read('dueFrom=2026-13-45').dueFrom).toBeUndefined();
  });

  it('writes the same filters back in a fixed order without the defaults', () => {
    const f = read('state=reviewing&light=amber&page=1&pageSize=20&escalated=false');
    expect(writeTaskFilters(f).toString()).toBe('state=reviewing&light=amber&escalated=false');
    expect(readTaskFilters(writeTaskFilters(f))).toEqual(f);
  });

  it('counts the filters behind the phone toggle and asks the server for the page', () => {
    const f = read('q=营业执照&light=red&escalated=false&page=3');
    expect(activeFilters(f)).toBe(2);
    expect(taskQueryOf(f)).toMatchObject({ q: '营业执照', light: 'red', escalated: false, page: 3, pageSize: 20 });
  });
});
