// 接诉即办 statistics over tickets written by bulk.ts: every rate against a plain recomputation over the same
// rows (random sets, random weights and minimum samples), one hand-computed set, the Asia/Shanghai day edge,
// the minimum-sample rule, who sees which units (a handler only their own), and the hot spots' buckets and
// change against the period before.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_APPEAL_RULES, type AppealRules } from '../../../common/appeals/vocabulary.ts';
import { createCalendar, OFFICIAL_CALENDAR, shanghaiDate, startOfShanghaiDay, addCalendarDays } from '../../../common/calendar/index.ts';
import type { Principal } from '../../platform/auth/index.ts';
import { queryRows, uuidv7 } from '../../platform/db/index.ts';
import type { App } from '../../platform/http/index.ts';
import { DEMO_APPEAL_CATEGORIES } from '../../seed/appeals-categories.ts';
import { appealsPrincipal, createAppealsTestApp, type AppealsTestApp, type Who } from '../../test/appeals-factories.ts';
import { insertTickets, simulateTickets, type NewTicket, type SimulatedTickets, type SimulateTicketsOptions } from './bulk.ts';
import { createStatsService, type StatsDeps } from './service/stats.ts';

const calendar = createCalendar(OFFICIAL_CALENDAR);
const leaves = DEMO_APPEAL_CATEGORIES.filter((c) => c.parentCode).map((c) => ({ code: c.code, name: c.name, defaultKind: c.defaultKind, utility: c.utility }));
const now = new Date('2026-03-20T04:00:00Z');

let t: AppealsTestApp;
let app: App;
let deps: StatsDeps;
let office: Principal;
let units: string[];

beforeAll(async () => {
  t = await createAppealsTestApp();
  units = [t.dept['HHHT-ZJ']!, t.dept['HHHT-RS']!, t.dept['HHHT-SCJG']!, t.dept['HHHT-JT']!];
  deps = { rules: DEFAULT_APPEAL_RULES, org: { departments: async () => (await t.services.org.departments.listDepartments()).map((d) => ({ id: d.id, code: d.code, name: d.name, regionCode: d.regionCode, parentId: d.parentId, kind: d.kind })) } };
  office = await appealsPrincipal(t, 'office');
  app = t.app;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const get = (who: Who, url: string) => app.inject({ method: 'GET', url, headers: t.browsers[who].headers() });

async function reset() {
  await t.services.database.exec(`delete from appeal_update; delete from appeal_ticket; delete from workflow_case where workflow like 'appeal.%'; delete from appeal_sequence; delete from appeal_day_rate; delete from appeal_day_place; delete from appeal_settled_day;`);
}

async function insert(tickets: NewTicket[]) {
  await insertTickets(t.services.database.db, { tickets, updates: [], cases: [], history: [], queue: [], sequences: [] });
}

function simulate(o: Partial<SimulateTicketsOptions>): SimulatedTickets {
  const out: SimulatedTickets = { tickets: [], updates: [], cases: [], history: [], queue: [], sequences: [] };
  const options: SimulateTicketsOptions = { count: 50, seed: 1, from: new Date(now.getTime() - 30 * 86_400_000), to: now, now, categories: leaves, units, hotlineDepartmentId: t.dept['HHHT-12345']!, crypto: t.services.crypto, calendar, ...o };
  for (const b of simulateTickets(options)) for (const k of Object.keys(out) as (keyof SimulatedTickets)[]) (out[k] as unknown[]).push(...b[k]);
  return out;
}

// ---- the plain recomputation the service must agree with ----
type Row = NewTicket;
const defined = (v: unknown) => v !== null && v !== undefined;
function plainCounts(rows: Row[], at: Date) {
  const n = (f: (r: Row) => boolean) => rows.filter(f).length;
  return {
    tickets: rows.length,
    dispatched: n((r) => defined(r.dispatchedAt)),
    signDue: n((r) => defined(r.signedOnTime) || (r.state === 'signing' && (r.signDueAt as Date) < at)),
    signedOnTime: n((r) => r.signedOnTime === true),
    calledBack: n((r) => r.callbackContacted === true),
    solved: n((r) => r.callbackContacted === true && r.callbackSolved === true),
    satisfied: n((r) => r.callbackContacted === true && r.callbackSatisfaction === 'satisfied'),
    basic: n((r) => r.callbackContacted === true && r.callbackSatisfaction === 'basic'),
    unsatisfied: n((r) => r.callbackContacted === true && r.callbackSatisfaction === 'unsatisfied'),
    completed: n((r) => defined(r.onTime)),
    onTime: n((r) => r.onTime === true),
    returned: n((r) => defined(r.dispatchedAt) && (r.returnCount ?? 0) > 0),
    reopened: n((r) => (r.reopenCount ?? 0) > 0),
    extended: n((r) => (r.extensionCount ?? 0) > 0),
    merged: n((r) => defined(r.mergedInto)),
    answered: n((r) => r.outcome === 'answered'),
    invalid: n((r) => r.outcome === 'invalid'),
    open: n((r) => !['closed', 'merged', 'invalid'].includes(r.state)),
  };
}
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
function plainRates(c: ReturnType<typeof plainCounts>, w: AppealRules['weights']) {
  const response = ratio(c.signedOnTime, c.signDue);
  const resolution = ratio(c.solved, c.calledBack);
  const satisfaction = ratio(c.satisfied + c.basic, c.calledBack);
  const sum = w.response + w.resolution + w.satisfaction;
  return {
    responseRate: response,
    resolutionRate: resolution,
    satisfactionRate: satisfaction,
    onTimeRate: ratio(c.onTime, c.completed),
    returnRate: ratio(c.returned, c.dispatched),
    repeatRate: ratio(c.merged, c.tickets),
    directAnswerRate: ratio(c.answered, c.tickets),
    score: response === null || resolution === null || satisfaction === null || sum <= 0 ? null : (100 * (w.response * response + w.resolution * resolution + w.satisfaction * satisfaction)) / sum,
  };
}
function expectFigures(actual: Record<string, unknown>, rows: Row[], w: AppealRules['weights']) {
  const counts = plainCounts(rows, now);
  for (const [k, v] of Object.entries(counts)) expect(actual[k], k).toBe(v);
  for (const [k, v] of Object.entries(plainRates(counts, w))) {
    if (v === null) expect(actual[k], k).toBeNull();
    else expect(Math.abs((actual[k] as number) - v), `${k}: ${String(actual[k])} vs ${v}`).toBeLessThanOrEqual(k === 'score' ? 0.0051 : 0.000051);
  }
}

describe('三率 against a plain recomputation', () => {
  it('agrees for random sets of tickets, periods, weights and minimum samples', async () => {
    const weight = fc.integer({ min: 0, max: 10 }).map((n) => n / 10);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 29 }),
        fc.record({ response: weight, resolution: weight, satisfaction: weight }),
        fc.integer({ min: 0, max: 6 }),
        fc.option(fc.record({ daysBack: fc.integer({ min: 0, max: 35 }), max: fc.integer({ min: 1, max: 40 }) }), { nil: undefined }),
        async (seed, count, offset, length, weights, minSample, settle) => {
          await reset();
          const sim = simulate({ seed, count });
          await insert(sim.tickets);
          const stats = createStatsService(t.services.database, { ...deps, rules: { weights, minSample } });
          // Some days settled into the tallies (or none): the figures must not change.
          if (settle) {
            const days = await stats.settle(new Date(now.getTime() - settle.daysBack * 86_400_000), settle.max);
            const open = new Set(sim.tickets.filter((r) => !['closed', 'merged', 'invalid'].includes(r.state as string)).map((r) => shanghaiDate(r.createdAt as Date)));
            expect(days.filter((d) => open.has(d))).toEqual([]);
            expect(days.length).toBeLessThanOrEqual(settle.max);
          }
          const from = shanghaiDate(new Date(now.getTime() - (offset + length) * 86_400_000));
          const to = shanghaiDate(new Date(now.getTime() - offset * 86_400_000));
          const reply = await stats.rates(office, { from, to }, now);
          const inPeriod = sim.tickets.filter((r) => (r.createdAt as Date) >= startOfShanghaiDay(from) && (r.createdAt as Date) < startOfShanghaiDay(addCalendarDays(to, 1)));
          expectFigures(reply.total, inPeriod, weights);
          const leads = new Set(inPeriod.flatMap((r) => (r.leadDepartmentId ? [r.leadDepartmentId] : [])));
          expect(new Set(reply.units.map((u) => u.departmentId))).toEqual(leads);
          for (const u of reply.units) {
            expectFigures(u, inPeriod.filter((r) => r.leadDepartmentId === u.departmentId), weights);
            expect(u.insufficientSample).toBe(u.calledBack < minSample);
            expect(u.note).toBe(u.calledBack < minSample ? '样本不足' : null);
            if (u.insufficientSample || u.score === null) expect(u.rank).toBeNull();
            else expect(u.rank).toBe(1 + reply.units.filter((o) => o.rank !== null && o.score! > u.score!).length);
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});

/** A closed, dispatched ticket of `unit` created at `at`, with nothing else set; the test sets what it counts. */
let serial = 0;
function ticket(unit: string | null, at: string, set: Partial<NewTicket> = {}): NewTicket {
  const base = simulate({ count: 1, seed: 3 }).tickets[0]!;
  const created = new Date(at);
  serial++;
  return {
    ...base,
    id: uuidv7(created.getTime()),
    number: `GD${shanghaiDate(created).replaceAll('-', '')}${String(serial).padStart(6, '0')}`,
    categoryCode: 'CG-HJWS',
    areaCode: '150105',
    leadDepartmentId: unit,
    caseId: null,
    state: 'closed',
    outcome: 'solved',
    mergedInto: null,
    dispatchedAt: unit ? created : null,
    signDueAt: null,
    signedAt: null,
    signedOnTime: null,
    onTime: null,
    returnCount: 0,
    reopenCount: 0,
    extensionCount: 0,
    callbackAt: null,
    callbackContacted: null,
    callbackSolved: null,
    callbackSatisfaction: null,
    createdAt: created,
    updatedAt: created,
    ...set,
  };
}

describe('a hand-computed set', () => {
  it('gives the rates worked out by hand, the city’s figures and the minimum-sample rule', async () => {
    await reset();
    const [zj, rs] = [units[0]!, units[1]!];
    const first = ticket(zj, '2026-03-10T02:00:00Z', { signedOnTime: true, signedAt: new Date('2026-03-10T03:00:00Z'), callbackContacted: true, callbackSolved: true, callbackSatisfaction: 'satisfied', onTime: true });
    await insert([
      first,
      ticket(zj, '2026-03-10T03:00:00Z', { signedOnTime: false, callbackContacted: true, callbackSolved: false, callbackSatisfaction: 'basic', onTime: false, returnCount: 1, outcome: 'unsolved' }),
      ticket(zj, '2026-03-11T03:00:00Z', { signedOnTime: true, callbackContacted: false, onTime: true, reopenCount: 1 }),
      // Unsigned past its sign-for time: counts against 响应率; still within it: not yet.
      ticket(zj, '2026-03-12T03:00:00Z', { state: 'signing', outcome: null, signDueAt: new Date('2026-03-13T15:59:59Z') }),
      ticket(zj, '2026-03-20T01:00:00Z', { state: 'signing', outcome: null, signDueAt: new Date('2026-03-23T15:59:59Z') }),
      ticket(null, '2026-03-11T05:00:00Z', { outcome: 'answered', onTime: true }),
      ticket(null, '2026-03-11T06:00:00Z', { outcome: 'merged', state: 'merged', mergedInto: first.id }),
      // 00:30 on 2 March in Shanghai, still 1 March in UTC.
      ticket(rs, '2026-03-01T16:30:00Z', { signedOnTime: true, callbackContacted: true, callbackSolved: true, callbackSatisfaction: 'satisfied', onTime: true }),
    ]);
    const stats = createStatsService(t.services.database, deps);
    const reply = await stats.rates(office, { from: '2026-03-02', to: '2026-03-20' }, now);
    const mine = reply.units.find((u) => u.departmentId === zj)!;
    expect(mine).toMatchObject({
      departmentName: '呼和浩特市住房和城乡建设局',
      tickets: 5,
      dispatched: 5,
      signDue: 4,
      signedOnTime: 2,
      responseRate: 0.5,
      calledBack: 2,
      solved: 1,
      resolutionRate: 0.5,
      satisfied: 1,
      basic: 1,
      satisfactionRate: 1,
      completed: 3,
      onTime: 2,
      onTimeRate: 0.6667,
      returned: 1,
      returnRate: 0.2,
      reopened: 1,
      open: 2,
      // 100 × (0.1 × 0.5 + 0.45 × 0.5 + 0.45 × 1)
      score: 72.5,
      // Two called back, fewer than the default minimum of 10.
      rank: null,
      insufficientSample: true,
      note: '样本不足',
    });
    expect(reply.total).toMatchObject({ tickets: 8, merged: 1, answered: 1, repeatRate: 0.125, directAnswerRate: 0.125, completed: 5, onTime: 4 });
    expect(reply.units.find((u) => u.departmentId === rs)).toMatchObject({ tickets: 1, responseRate: 1, score: 100 });
    // The Shanghai day decides: the 住建 ticket at 00:30 on 2 March is not in 1 March.
    expect((await stats.rates(office, { from: '2026-03-01', to: '2026-03-01' }, now)).total.tickets).toBe(0);
    // With a minimum sample of 1 both are ranked, 人社局 first; the city's figures are the report's.
    const ranked = await createStatsService(t.services.database, { ...deps, rules: { ...DEFAULT_APPEAL_RULES, minSample: 1 } }).rates(office, { from: '2026-03-02', to: '2026-03-20' }, now);
    expect(ranked.units.map((u) => [u.departmentId, u.rank])).toEqual([
      [rs, 1],
      [zj, 2],
    ]);
    expect(await stats.cityRates({ from: '2026-03-02', to: '2026-03-20' }, now)).toEqual(reply.total);
  });
});

describe('who sees which units', () => {
  it('lets the office see every unit, a handler only their own, and nobody else in', async () => {
    await reset();
    const sim = simulate({ count: 120, seed: 9, to: new Date(), now: new Date(), from: new Date(Date.now() - 20 * 86_400_000) });
    await insert(sim.tickets);
    const all = (await get('office', '/api/v1/appeals/stats/rates')).json();
    expect(all.scope).toBe('all');
    expect(all.units.length).toBeGreaterThan(1);
    const mine = await get('handler', '/api/v1/appeals/stats/rates');
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json();
    expect(body.scope).toBe('department');
    expect(body.units.map((u: { departmentId: string }) => u.departmentId)).toEqual([units[0]]);
    expect(body.total.tickets).toBe(body.units[0].tickets);
    expect(body.units[0]).toEqual(all.units.find((u: { departmentId: string }) => u.departmentId === units[0]));
    expect((await get('handler', `/api/v1/appeals/stats/rates?departmentId=${units[1]}`)).statusCode).toBe(403);
    expect((await get('handler', `/api/v1/appeals/stats/hotspots?departmentId=${units[1]}`)).statusCode).toBe(403);
    expect((await get('handler', `/api/v1/appeals/stats/rates?departmentId=${units[0]}`)).statusCode).toBe(200);
    const spots = (await get('handler', '/api/v1/appeals/stats/hotspots')).json();
    expect(spots.total.count).toBe(sim.tickets.filter((r) => r.leadDepartmentId === units[0] && (r.createdAt as Date) >= startOfShanghaiDay(spots.from)).length);
    for (const who of ['approver', 'qiye', 'shimin'] as const) expect((await get(who, '/api/v1/appeals/stats/rates')).statusCode, who).toBe(403);
    expect((await get('agent', '/api/v1/appeals/stats/hotspots')).statusCode).toBe(200);
    expect((await get('office', '/api/v1/appeals/stats/rates?from=2026-03-10&to=2026-03-01')).statusCode).toBe(400);
    expect((await get('office', '/api/v1/appeals/stats/rates?from=2026-02-30')).statusCode).toBe(400);
    expect((await get('office', '/api/v1/appeals/stats/hotspots?from=2020-01-01&to=2026-01-01')).statusCode).toBe(400);
  });
});

describe('hot spots', () => {
  it('counts by category and area per week and month, against the period before', async () => {
    await reset();
    const [zj, rs] = [units[0]!, units[1]!];
    const at = (when: string, categoryCode: string, areaCode: string, unit: string) => ticket(unit, when, { categoryCode, areaCode });
    await insert([
      at('2026-03-02T02:00:00Z', 'CG-HJWS', '150105', zj), // Monday 2 March
      at('2026-03-08T15:30:00Z', 'CG-HJWS', '150105', zj), // Sunday 8 March, 23:30 in Shanghai
      at('2026-03-08T16:10:00Z', 'CG-HJWS', '150105', zj), // Monday 9 March, 00:10 in Shanghai
      at('2026-02-20T02:00:00Z', 'CG-HJWS', '150105', zj),
      at('2026-03-03T02:00:00Z', 'SB-SB', '150102', rs),
      at('2026-02-25T02:00:00Z', 'SB-SB', '150102', rs),
      at('2026-02-25T03:00:00Z', 'SB-SB', '150102', rs),
      at('2026-02-26T03:00:00Z', 'SB-SB', '150102', rs),
      at('2026-01-10T03:00:00Z', 'SB-SB', '150102', rs), // before both periods
    ]);
    const res = await get('office', '/api/v1/appeals/stats/hotspots?from=2026-03-02&to=2026-03-15&bucket=week');
    expect(res.statusCode, res.body).toBe(200);
    const weekly = res.json();
    expect(weekly).toMatchObject({ previousFrom: '2026-02-16', previousTo: '2026-03-01', buckets: ['2026-03-02', '2026-03-09'], total: { count: 4, previous: 4, change: 0, changeRate: 0, series: [3, 1] } });
    expect(weekly.items).toEqual([
      { categoryCode: 'CG-HJWS', categoryName: '环境卫生', categoryNameEn: 'Sanitation', areaCode: '150105', areaName: '赛罕区', areaNameEn: 'Saihan District', count: 3, previous: 1, change: 2, changeRate: 2, series: [2, 1] },
      { categoryCode: 'SB-SB', categoryName: expect.any(String), categoryNameEn: expect.any(String), areaCode: '150102', areaName: '新城区', areaNameEn: 'Xincheng District', count: 1, previous: 3, change: -2, changeRate: -0.6667, series: [1, 0] },
    ]);
    const monthly = (await get('office', '/api/v1/appeals/stats/hotspots?from=2026-02-15&to=2026-03-15&bucket=month&groupBy=category&top=1')).json();
    expect(monthly).toMatchObject({ buckets: ['2026-02-01', '2026-03-01'], total: { count: 8, series: [4, 4] } });
    // Four each: the tie goes to the larger rise, then the code (nothing in 15 Jan – 14 Feb for either).
    expect(monthly.items).toEqual([{ categoryCode: 'CG-HJWS', categoryName: '环境卫生', categoryNameEn: 'Sanitation', areaCode: null, areaName: null, areaNameEn: null, count: 4, previous: 0, change: 4, changeRate: null, series: [1, 3] }]);
    const byArea = (await get('office', '/api/v1/appeals/stats/hotspots?from=2026-03-02&to=2026-03-15&groupBy=area&areaCode=150105')).json();
    expect(byArea.items).toEqual([expect.objectContaining({ categoryCode: null, areaCode: '150105', count: 3 })]);
    const byCategory = (await get('office', '/api/v1/appeals/stats/hotspots?from=2026-03-02&to=2026-03-15&categoryCode=SB')).json();
    expect(byCategory.total).toMatchObject({ count: 1, previous: 3 });
    // A handler counts their own unit's tickets only.
    const own = (await get('rs', '/api/v1/appeals/stats/hotspots?from=2026-03-02&to=2026-03-15')).json();
    expect(own).toMatchObject({ scope: 'department', total: { count: 1, previous: 3 } });
    const rows = await queryRows<{ n: unknown }>(t.services.database.db, sql`select count(*) as n from appeal_ticket`);
    expect(Number(rows[0]!.n)).toBe(9);

    // Every day settled into the tallies (all these tickets have ended): the same answers, from the tallies.
    const urls = ['/api/v1/appeals/stats/hotspots?from=2026-03-02&to=2026-03-15&bucket=week', '/api/v1/appeals/stats/hotspots?from=2026-02-15&to=2026-03-15&bucket=month&groupBy=category&top=1', '/api/v1/appeals/stats/hotspots?from=2026-03-02&to=2026-03-15&categoryCode=SB', '/api/v1/appeals/stats/rates?from=2026-01-01&to=2026-03-15'];
    const before = await Promise.all(urls.map(async (u) => (await get('office', u)).json()));
    const ownBefore = (await get('rs', '/api/v1/appeals/stats/hotspots?from=2026-03-02&to=2026-03-15')).json();
    const settled = await t.services.appeals.stats.settle(new Date('2026-04-01T00:00:00Z'), 400);
    // From the first ticket's day to two days before: days without tickets too (nothing can be filed on them now).
    expect(settled).toHaveLength(80);
    expect([settled[0], settled.at(-1)]).toEqual(['2026-01-10', '2026-03-30']);
    expect(await t.services.appeals.stats.settle(new Date('2026-04-01T00:00:00Z'), 400)).toEqual([]);
    const tallied = await queryRows<{ n: unknown }>(t.services.database.db, sql`select sum(count) as n from appeal_day_place`);
    expect(Number(tallied[0]!.n)).toBe(9);
    expect(await Promise.all(urls.map(async (u) => (await get('office', u)).json()))).toEqual(before);
    expect((await get('rs', '/api/v1/appeals/stats/hotspots?from=2026-03-02&to=2026-03-15')).json()).toEqual(ownBefore);
  });

  it('settles a day only once every ticket of it has ended, two days after it ends', async () => {
    await reset();
    const zj = units[0]!;
    await insert([ticket(zj, '2026-03-10T02:00:00Z'), ticket(zj, '2026-03-11T02:00:00Z', { state: 'handling', outcome: null }), ticket(zj, '2026-03-12T02:00:00Z')]);
    const stats = t.services.appeals.stats;
    // On 14 March only days up to the 12th may settle; the 11th has a ticket still being handled.
    expect(await stats.settle(new Date('2026-03-14T04:00:00Z'))).toEqual(['2026-03-10', '2026-03-12']);
    expect(await stats.settle(new Date('2026-03-20T04:00:00Z'))).toEqual(['2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16', '2026-03-17', '2026-03-18']);
    await t.services.database.exec(`update appeal_ticket set state = 'closed', outcome = 'solved' where state = 'handling'`);
    expect(await stats.settle(new Date('2026-03-20T04:00:00Z'))).toEqual(['2026-03-11']);
    const rates = (await get('office', '/api/v1/appeals/stats/rates?from=2026-03-10&to=2026-03-12')).json();
    expect(rates.total).toMatchObject({ tickets: 3, dispatched: 3, open: 0 });
    // A ticket written later into a settled day (the seed, a benchmark) unsettles that day: it is counted.
    await insert([ticket(zj, '2026-03-12T05:00:00Z')]);
    expect((await get('office', '/api/v1/appeals/stats/rates?from=2026-03-10&to=2026-03-12')).json().total).toMatchObject({ tickets: 4 });
    expect(await stats.settle(new Date('2026-03-20T04:00:00Z'))).toEqual(['2026-03-12']);
    expect((await get('office', '/api/v1/appeals/stats/rates?from=2026-03-10&to=2026-03-12')).json().total).toMatchObject({ tickets: 4 });
  });
});
