import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { cliActor } from '../audit/index.ts';
import { AppError } from '../errors/index.ts';
import { queryRows } from '../db/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const auditRows = async (entityId: string) => {
  return queryRows<{ action: string; actor_type: string; digest: string }>(
    t.services.database.db,
    sql`select action, actor_type, digest from audit_log where entity = 'calendar_override' and entity_id = ${entityId} order by seq`,
  );
};

describe('calendar over HTTP', () => {
  it('adds working days across the Spring Festival (2/14 is a make-up workday)', async () => {
    const res = await t.app.inject({ url: '/api/v1/calendar/add-working-days?date=2026-02-12&days=3' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ date: '2026-02-12', days: 3, result: '2026-02-24' });
  });

  it('counts working days between two dates', async () => {
    const res = await t.app.inject({ url: '/api/v1/calendar/working-days-between?from=2026-02-12&to=2026-02-24' });
    expect(res.json().workingDays).toBe(3);
  });

  it('lists a year’s days off and make-up workdays', async () => {
    const res = await t.app.inject({ url: '/api/v1/calendar/year?year=2026' });
    const body = res.json();
    expect(body.extraWorkdays).toEqual(expect.arrayContaining(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']));
    expect(body.daysOff).toEqual(expect.arrayContaining(['2026-02-16', '2026-10-01', '2026-10-07']));
    expect(body.daysOff).not.toContain('2026-02-15'); // a Sunday: off by the weekend rule, not listed
    const years = await t.app.inject({ url: '/api/v1/calendar/years' });
    // The shipped years are official; the test database adds the next year as its own (server/test/calendar-years.ts).
    const listed: { year: number; source: string }[] = years.json().years;
    expect(listed.filter((y) => y.source === 'official').map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(listed.filter((y) => y.source !== 'official').every((y) => y.year > 2026)).toBe(true);
  });
});

describe('admin overrides', () => {
  it('an override changes the answer, is audited in the same transaction, and needs the version to change again', async () => {
    const calendar = t.services.calendar;
    // 2026-03-02 is a Monday: make it a local day off.
    const row = await calendar.setOverride(cliActor, { date: '2026-03-02', working: false, note: '本地临时调整' });
    expect(row.version).toBe(1);
    expect((await calendar.current()).isWorkingDay('2026-03-02')).toBe(false);
    expect((await calendar.current()).addWorkingDays('2026-02-27', 1)).toBe('2026-02-28'); // 2/28 is a make-up Saturday
    expect((await calendar.current()).addWorkingDays('2026-02-28', 1)).toBe('2026-03-03');

    // A second editor who read version 1 after the first one saved version 2 is refused.
    const v2 = await calendar.setOverride(cliActor, { date: '2026-03-02', working: true, note: '撤销', version: 1 });
    expect(v2.version).toBe(2);
    await expect(calendar.setOverride(cliActor, { date: '2026-03-02', working: false, note: '旧版本', version: 1 })).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
      status: 409,
    });
    await expect(calendar.setOverride(cliActor, { date: '2026-03-02', working: false, note: '无版本' })).rejects.toBeInstanceOf(AppError);

    const rows = await auditRows('2026-03-02');
    expect(rows.map((r) => r.action)).toEqual(['calendar.override.create', 'calendar.override.update']);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.digest))).toBe(true);

    await calendar.removeOverride(cliActor, '2026-03-02', 2);
    expect((await auditRows('2026-03-02')).map((r) => r.action)).toContain('calendar.override.delete');
  });

  it('refuses an override in a year without data, and an added year then accepts overrides', async () => {
    const calendar = t.services.calendar;
    await expect(calendar.setOverride(cliActor, { date: '2099-01-01', working: false, note: '元旦' })).rejects.toMatchObject({
      code: 'CALENDAR_YEAR_MISSING',
      year: 2099,
    });
    await calendar.addYear(cliActor, { year: 2099, note: '测试通知' });
    await calendar.setOverride(cliActor, { date: '2099-01-01', working: false, note: '元旦' });
    const cal = await calendar.current();
    expect(cal.isWorkingDay('2099-01-01')).toBe(false);
    expect(cal.addWorkingDays('2099-01-01', 1)).toBe('2099-01-02');
    expect(cal.addWorkingDays('2099-01-02', 1)).toBe('2099-01-05'); // over the weekend
    await expect(calendar.addYear(cliActor, { year: 2026, note: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(calendar.addYear(cliActor, { year: 2099, note: 'again' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('leaves nothing behind when a write fails inside its transaction', async () => {
    const before = (await t.services.calendar.listOverrides()).length;
    await expect(t.services.calendar.setOverride(cliActor, { date: '2026-04-01', working: false, note: ' '.repeat(3) })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await t.services.calendar.listOverrides()).length).toBe(before);
  });
});
