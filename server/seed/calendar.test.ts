import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { seedCalendarYears } from './calendar.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the demo calendar', () => {
  it('adds this year and the next when they lack data, counting weekends only, with a basis in Chinese only', async () => {
    const lines: string[] = [];
    // 2040 and 2041: years no test database covers.
    await seedCalendarYears(t.services, { type: 'system', id: 'demo-seed' }, new Date('2040-06-01T00:00:00Z'), (l) => lines.push(l));
    const years = (await t.services.calendar.listYears()).filter((y) => y.year >= 2040);
    expect(years.map((y) => [y.year, y.source])).toEqual([
      [2040, 'admin'],
      [2041, 'admin'],
    ]);
    expect(years[1]!.note).toBe('演示数据：2041 年节假日通知尚未录入，暂按周末计算，请按国务院通知补录');
    for (const y of years) expect(y.note).not.toMatch(/[A-Za-z]/);
    expect(await t.services.calendar.yearStatus(2041)).toBe('weekendsOnly');
    expect(lines).toHaveLength(2);

    // Run again: the years are there, nothing is added.
    await seedCalendarYears(t.services, { type: 'system', id: 'demo-seed' }, new Date('2040-06-01T00:00:00Z'), (l) => lines.push(l));
    expect(lines).toHaveLength(2);
  });
});
