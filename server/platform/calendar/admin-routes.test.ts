// 节假日安排 over HTTP, as the admin page uses it: a new year with its days off and make-up workdays in one
// transaction, refused lists that leave nothing behind, overrides edited by version, who may do it, and the audit
// rows. Runs on both engines. Only years 2095–2099 (test databases cover this year and the next already).
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, formatIsoDate, isWeekend } from '../../../common/calendar/index.ts';
import { queryRows } from '../db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../../seed/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { yearDaysErrors } from './year-days.ts';

let t: TestApp;
let admin: Browser;
let office: Browser;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  office = await signIn(t.app, 'office', DEMO_PASSWORD);
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const send = (who: Browser | null, method: Method, url: string, payload?: object, lang = 'zh-CN') =>
  t.app.inject({ method, url, headers: { 'accept-language': lang, ...(who ? who.headers(method !== 'GET') : {}) }, ...(payload ? { payload } : {}) });

const yearOf = async (year: number) => send(null, 'GET', `/api/v1/calendar/year?year=${year}`);
const listed = async () => ((await send(null, 'GET', '/api/v1/calendar/years')).json().years as { year: number; source: string; note: string }[]);
const audit = async (entity: string, entityId: string) =>
  (await queryRows<{ action: string; actor_type: string; actor_id: string | null }>(
    t.services.database.db,
    sql`select action, actor_type, actor_id from audit_log where entity = ${entity} and entity_id = ${entityId} order by id`,
  ));

/** Every date of `year` for which `keep` holds. */
const datesOf = (year: number, keep: (date: string) => boolean) => {
  const out: string[] = [];
  for (let d = formatIsoDate(year, 1, 1); d.startsWith(String(year)); d = addCalendarDays(d, 1)) if (keep(d)) out.push(d);
  return out;
};

describe('POST /api/v1/calendar/years', () => {
  it('adds a year with its days off and make-up workdays; GET /calendar/year then shows them', async () => {
    // 2098: 1/1 Wed–1/3 Fri off, 1/4 Sat worked; 10/1 Wed–10/3 Fri off, 9/27 Sat worked.
    const daysOff = ['2098-01-01', '2098-01-02', '2098-01-03', '2098-10-01', '2098-10-02', '2098-10-03'];
    const extraWorkdays = ['2098-01-04', '2098-09-27'];
    expect(extraWorkdays.every(isWeekend) && !daysOff.some(isWeekend)).toBe(true);
    const res = await send(admin, 'POST', '/api/v1/calendar/years', { year: 2098, note: ' 国办发明电〔2097〕9号 ', daysOff, extraWorkdays });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ year: 2098, source: 'admin', note: '国办发明电〔2097〕9号' });

    const got = (await yearOf(2098)).json();
    expect(got.daysOff).toEqual(daysOff);
    expect(got.extraWorkdays).toEqual(extraWorkdays);
    expect((await listed()).find((y) => y.year === 2098)).toEqual({ year: 2098, source: 'admin', note: '国办发明电〔2097〕9号' });
    const days = (await send(null, 'GET', '/api/v1/calendar/add-working-days?date=2097-12-31&days=1')).statusCode;
    expect(days).toBe(422); // 2097 has no data: a deadline there is still an error, not a guess
    expect((await send(null, 'GET', '/api/v1/calendar/add-working-days?date=2098-01-01&days=1')).json().result).toBe('2098-01-04');

    const overrides = (await send(null, 'GET', '/api/v1/calendar/overrides?year=2098')).json().overrides as { date: string; working: boolean; note: string }[];
    expect(overrides.map((o) => o.date)).toEqual([...daysOff, ...extraWorkdays].sort());
    expect(overrides.every((o) => o.note === '国办发明电〔2097〕9号')).toBe(true);

    // Audited in the same transaction: the year, then each day, by the signed-in admin.
    const adminId = (await t.services.org.users.findByUsername('admin'))!.id;
    expect(await audit('calendar_year', '2098')).toEqual([{ action: 'calendar.year.add', actor_type: 'user', actor_id: adminId }]);
    for (const date of [...daysOff, ...extraWorkdays]) expect((await audit('calendar_override', date)).map((r) => r.action)).toEqual(['calendar.override.create']);
  });

  it('refuses an official year and a year added already (409)', async () => {
    const official = await send(admin, 'POST', '/api/v1/calendar/years', { year: 2026, note: '重复', daysOff: [] });
    expect(official.statusCode).toBe(409);
    expect(official.json()).toMatchObject({ code: 'CONFLICT', errors: [{ path: 'body.year' }] });
    const again = await send(admin, 'POST', '/api/v1/calendar/years', { year: 2098, note: '再次添加' }, 'en');
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('2098 was already added');
  });

  it.each([
    ['a date outside the year', { daysOff: ['2097-01-01', '2096-12-31'] }, 'body.daysOff.1', '不在 2097 年内'],
    ['a weekend day off', { daysOff: ['2097-01-01', '2097-01-02', '2097-01-05'] }, 'body.daysOff.2', '周六或周日'],
    ['a weekday make-up day', { extraWorkdays: ['2097-01-05', '2097-01-07'] }, 'body.extraWorkdays.1', '调休上班日应为周六或周日'],
    ['a duplicate', { daysOff: ['2097-01-01', '2097-01-02', '2097-01-01'] }, 'body.daysOff.2', '重复'],
    ['a date in both lists', { daysOff: ['2097-01-01'], extraWorkdays: ['2097-01-01'] }, 'body.extraWorkdays.0', '同时列为'],
    ['no real date', { daysOff: ['2097-02-30'] }, 'body.daysOff.0', '不是有效日期'],
    ['not a date at all', { extraWorkdays: ['5 Jan'] }, 'body.extraWorkdays.0', 'YYYY-MM-DD'],
  ])('refuses %s with its field path, and writes nothing', async (_, lists, path, words) => {
    const res = await send(admin, 'POST', '/api/v1/calendar/years', { year: 2097, note: '测试通知', ...lists });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { code: string; errors: { path: string; message: string }[] };
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.path).toBe(path);
    expect(body.errors[0]!.message).toContain(words);
    expect((await yearOf(2097)).statusCode).toBe(422); // still missing
    expect((await listed()).some((y) => y.year === 2097)).toBe(false);
    expect(await audit('calendar_year', '2097')).toEqual([]);
  });

  it('says what is wrong in English too', async () => {
    const res = await send(admin, 'POST', '/api/v1/calendar/years', { year: 2097, note: 'test', extraWorkdays: ['2097-01-07'] }, 'en');
    expect(res.json().errors).toEqual([{ path: 'body.extraWorkdays.0', message: expect.stringContaining('must be a Saturday or Sunday') }]);
  });

  it('lets only an admin add a year: 401 without a session, 403 for the office', async () => {
    const body = { year: 2097, note: '越权', daysOff: ['2097-01-01'] };
    const anonymous = await send(null, 'POST', '/api/v1/calendar/years', body);
    expect(anonymous.statusCode).toBe(401);
    const officer = await send(office, 'POST', '/api/v1/calendar/years', body);
    expect(officer.statusCode).toBe(403);
    expect(officer.json().code).toBe('FORBIDDEN');
    expect((await yearOf(2097)).statusCode).toBe(422);
  });

  it('round-trips any set of weekdays off and weekend workdays through GET /calendar/year', async () => {
    // Each run needs a year of its own (a year is added once): the years no other test here uses.
    const years = [2095, 2099];
    const weekdays = (year: number) => datesOf(year, (d) => !isWeekend(d));
    const weekends = (year: number) => datesOf(year, isWeekend);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 10 }), async (offPicks, workPicks) => {
        const year = years.shift()!;
        const off = weekdays(year);
        const work = weekends(year);
        const daysOff = [...new Set(offPicks.map((i) => off[i % off.length]!))];
        const extraWorkdays = [...new Set(workPicks.map((i) => work[i % work.length]!))];
        const res = await send(admin, 'POST', '/api/v1/calendar/years', { year, note: `性质测试 ${year}`, daysOff, extraWorkdays });
        expect(res.statusCode).toBe(201);
        const got = (await yearOf(year)).json();
        expect(got.daysOff).toEqual([...daysOff].sort());
        expect(got.extraWorkdays).toEqual([...extraWorkdays].sort());
        expect(got.workingDayCount).toBe(weekdays(year).length - daysOff.length + extraWorkdays.length);
      }),
      { numRuns: 2, endOnFailure: true },
    );
  });
});

describe('yearDaysErrors', () => {
  it('accepts any weekdays off and weekend workdays of the year, and points at the one entry that is wrong', () => {
    const year = 2031;
    const weekdays = datesOf(year, (d) => !isWeekend(d));
    const weekends = datesOf(year, isWeekend);
    const unique = (n: number) => fc.uniqueArray(fc.nat(n), { maxLength: 30 });
    fc.assert(
      fc.property(unique(weekdays.length - 1), unique(weekends.length - 1), fc.nat(), fc.constantFrom('outside', 'weekend', 'duplicate'), (off, work, at, kind) => {
        const daysOff = off.map((i) => weekdays[i]!);
        const extraWorkdays = work.map((i) => weekends[i]!);
        expect(yearDaysErrors(year, { daysOff, extraWorkdays })).toEqual([]);
        // One bad entry inserted at some position: exactly that index is named.
        const bad = kind === 'outside' ? '2030-06-03' : kind === 'weekend' ? weekends[at % weekends.length]! : daysOff[0];
        if (bad === undefined) return;
        const index = at % (daysOff.length + 1);
        const withBad = [...daysOff.slice(0, index), bad, ...daysOff.slice(index)];
        const errors = yearDaysErrors(year, { daysOff: withBad, extraWorkdays: kind === 'weekend' ? extraWorkdays.filter((d) => d !== bad) : extraWorkdays });
        expect(errors).toHaveLength(1);
        // A duplicate is reported at its second occurrence.
        const expected = kind === 'duplicate' && index === 0 ? 1 : index;
        expect(errors[0]!.path).toBe(`body.daysOff.${expected}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('PUT and DELETE /api/v1/calendar/overrides/:date', () => {
  it('sets an override, refuses a stale version (409), updates with the fresh one, and deletes it', async () => {
    await send(admin, 'POST', '/api/v1/calendar/years', { year: 2096, note: '测试通知' }).then((r) => expect(r.statusCode).toBe(201));
    // 2096-01-02 is a Monday.
    const created = await send(admin, 'PUT', '/api/v1/calendar/overrides/2096-01-02', { working: false, note: '元旦调休' });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ date: '2096-01-02', working: false, note: '元旦调休', version: 1 });
    expect((await yearOf(2096)).json().daysOff).toEqual(['2096-01-02']);

    // Without the version read, or with an old one, the change is refused: someone changed it meanwhile.
    const blind = await send(admin, 'PUT', '/api/v1/calendar/overrides/2096-01-02', { working: true, note: '未读版本' });
    expect(blind.statusCode).toBe(409);
    const v2 = await send(admin, 'PUT', '/api/v1/calendar/overrides/2096-01-02', { working: false, note: '元旦调休（更正）', version: 1 });
    expect(v2.json()).toMatchObject({ version: 2, note: '元旦调休（更正）' });
    const stale = await send(admin, 'PUT', '/api/v1/calendar/overrides/2096-01-02', { working: true, note: '旧版本', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');

    const staleDelete = await send(admin, 'DELETE', '/api/v1/calendar/overrides/2096-01-02?version=1');
    expect(staleDelete.statusCode).toBe(409);
    const removed = await send(admin, 'DELETE', '/api/v1/calendar/overrides/2096-01-02?version=2');
    expect(removed.statusCode).toBe(204);
    expect((await yearOf(2096)).json().daysOff).toEqual([]);
    expect((await send(admin, 'DELETE', '/api/v1/calendar/overrides/2096-01-02?version=2')).statusCode).toBe(404);

    expect((await audit('calendar_override', '2096-01-02')).map((r) => r.action)).toEqual([
      'calendar.override.create',
      'calendar.override.update',
      'calendar.override.delete',
    ]);
  });

  it('refuses a bad date, a missing version on delete, and a year without data', async () => {
    expect((await send(admin, 'PUT', '/api/v1/calendar/overrides/2096-13-01', { working: true, note: 'x' })).statusCode).toBe(400);
    const noVersion = await send(admin, 'DELETE', '/api/v1/calendar/overrides/2096-01-02');
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().errors[0].path).toBe('query.version');
    const missing = await send(admin, 'PUT', '/api/v1/calendar/overrides/2097-01-01', { working: false, note: '元旦' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('CALENDAR_YEAR_MISSING');
  });

  it('lets only an admin change overrides', async () => {
    expect((await send(null, 'PUT', '/api/v1/calendar/overrides/2096-01-03', { working: false, note: 'x' })).statusCode).toBe(401);
    expect((await send(office, 'PUT', '/api/v1/calendar/overrides/2096-01-03', { working: false, note: 'x' })).statusCode).toBe(403);
    expect((await send(null, 'DELETE', '/api/v1/calendar/overrides/2096-01-03?version=1')).statusCode).toBe(401);
    expect((await send(office, 'DELETE', '/api/v1/calendar/overrides/2096-01-03?version=1')).statusCode).toBe(403);
    expect((await send(null, 'GET', '/api/v1/calendar/overrides?year=2096')).json().overrides).toEqual([]);
  });
});
