// Test databases cover this year and the next even before the State Council's notice for the next year is out
// (each November): working-day deadlines computed from "now" cross into it from December on. A year added here
// counts weekends only and says so in its note. It is written as fixture data straight into the table, not as an
// admin's audited act: tests of the audit log start from an empty log.
// Tests of a year without data use a year no test database covers (2099).
import { OFFICIAL_CALENDAR } from '../../common/calendar/index.ts';
import { insertFixtureYear } from '../platform/calendar/index.ts';
import type { Database } from '../db/client.ts';

export async function addTestYears(database: Database, now = new Date()) {
  const thisYear = now.getUTCFullYear();
  for (const year of [thisYear, thisYear + 1]) {
    if (!OFFICIAL_CALENDAR.years.has(year)) await insertFixtureYear(database.db, { year, note: `测试数据：${year} 年暂按周末计算 · test data: weekends only` });
  }
}
