import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOHHOT_REGIONS } from '../common/ids/index.ts';
import { systemActor } from './platform/audit/index.ts';
import { remindNextYearCalendar } from './calendar-reminder.ts';
import { ensureDemoAccounts } from './seed/accounts.ts';
import { demoDepartments } from './seed/departments.ts';
import { createTestApp, type TestApp } from './test/harness.ts';

let t: TestApp;
let admins: string[];
let office: string;

beforeAll(async () => {
  t = await createTestApp();
  const regions = HOHHOT_REGIONS.map((r) => ({ code: r.key, name: r.name, nameEn: r.nameEn, level: r.level, parentCode: r.parent }));
  await t.services.org.departments.ensureStructure(systemActor, regions, demoDepartments());
  await ensureDemoAccounts(t.services, systemActor, 1, () => undefined);
  admins = await t.services.org.users.holdersOf('admin');
  office = (await t.services.org.users.findByUsername('office'))!.id;
});
afterAll(() => t.close());

const at = (date: string) => new Date(`${date}T02:00:00Z`);
const notices = async (userId: string, prefix: string) => (await t.services.notify.list(userId, { pageSize: 100 })).items.filter((n) => n.kind.startsWith(prefix));

describe('the reminder to enter next year’s holidays', () => {
  it('waits for November, tells every administrator once, and once more from 15 December', async () => {
    expect(admins.length).toBeGreaterThan(0);
    // The test database counts 2027 as weekends only (server/test/calendar-years.ts), as the demo does.
    expect(await t.services.calendar.yearStatus(2027)).toBe('weekendsOnly');
    expect(await remindNextYearCalendar(t.services, at('2026-10-31'))).toBe(0);
    expect(await remindNextYearCalendar(t.services, at('2026-11-20'))).toBe(admins.length);
    expect(await remindNextYearCalendar(t.services, at('2026-11-21'))).toBe(0);
    expect(await remindNextYearCalendar(t.services, at('2026-12-14'))).toBe(0);
    expect(await remindNextYearCalendar(t.services, at('2026-12-15'))).toBe(admins.length);
    expect(await remindNextYearCalendar(t.services, at('2026-12-31'))).toBe(0);
    for (const admin of admins) {
      const mine = await notices(admin, 'calendar.nextYear.2027');
      expect(mine.map((n) => n.kind).sort()).toEqual(['calendar.nextYear.2027', 'calendar.nextYear.2027.late']);
      expect(mine.every((n) => n.link === '/admin/calendar' && n.body.zh.includes('只按周末'))).toBe(true);
    }
    // Nobody but the administrators.
    expect(await notices(office, 'calendar.')).toEqual([]);
  });

  it('names a year with no data at all, and stops once its days are entered', async () => {
    expect(await t.services.calendar.yearStatus(2099)).toBe('missing');
    expect(await remindNextYearCalendar(t.services, at('2098-11-02'))).toBe(admins.length);
    const [first] = await notices(admins[0]!, 'calendar.nextYear.2099');
    expect(first?.body.zh).toContain('2099 年还没有节假日数据');
    expect(first?.title.en).toBe("Enter 2099's holidays");

    await t.services.calendar.addYear(systemActor, { year: 2099, note: '国办发明电〔2098〕1号', daysOff: ['2099-01-01'], extraWorkdays: [] });
    expect(await t.services.calendar.yearStatus(2099)).toBe('entered');
    expect(await remindNextYearCalendar(t.services, at('2098-12-20'))).toBe(0);
    expect(await notices(admins[0]!, 'calendar.nextYear.2099.late')).toEqual([]);
  });

  it('says nothing of a year the platform ships', async () => {
    expect(await t.services.calendar.yearStatus(2026)).toBe('official');
    expect(await remindNextYearCalendar(t.services, at('2025-11-20'))).toBe(0);
  });
});
