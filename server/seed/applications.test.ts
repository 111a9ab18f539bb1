import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../common/api/applications.ts';
import type { Bundle } from '../../common/api/catalog-bundles.ts';
import { itemInput, type Item } from '../../common/api/catalog.ts';
import { derivedFlags } from '../../common/catalog/derive.ts';
import { createCalendar, OFFICIAL_CALENDAR } from '../../common/calendar/index.ts';
import { createRng } from '../../common/ids/index.ts';
import { queryRows, toInstant } from '../platform/db/index.ts';
import { SYSTEM_ACTOR_ID } from '../platform/workflow/index.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { signIn } from '../test/sign-in.ts';
import { failSomeCommitments, featuredPlans } from './applications-featured.ts';
import { createPlanner, planYear, type Plan, type PlanContext } from './applications-plan.ts';
import { feasible, numberPlans, simulateSpec, specOf, unitIds } from './applications-specs.ts';
import { seedApplications } from './applications.ts';
import { bundleInputOf, CATALOG_BUNDLES, CATALOG_ITEMS, itemInputOf } from './catalog/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from './index.ts';
import { demoEntities } from './registry.ts';

// A context like the seed's, from the demo data alone: stand-in ids for departments, items and users.
const fakeId = (code: string) => `0190a000-0000-7000-8000-${Buffer.from(code).toString('hex').padEnd(12, '0').slice(-12)}`;
const items: Item[] = CATALOG_ITEMS.filter((s) => !s.draft).map((s, i) => {
  const input = itemInput.parse(itemInputOf(s, fakeId));
  return { ...input, ...derivedFlags(input), id: `0190b000-0000-7000-8000-${String(i).padStart(12, '0')}`, edition: 1, status: 'published', competentDepartmentName: null, implementingDepartmentName: null, publishedAt: null, retiredAt: null, updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };
});
const bundles = CATALOG_BUNDLES.map((b, i) => ({
  bundle: { ...bundleInputOf(b, fakeId), id: `0190c000-0000-7000-8000-${String(i).padStart(12, '0')}` } as unknown as Bundle,
  members: b.members.map((m) => items.find((x) => x.code === m.itemCode)!),
}));
const calendar = createCalendar(OFFICIAL_CALENDAR);
const user = (name: string) => fakeId(`U-${name}`);
const entities = (() => {
  const g = demoEntities(2026, '2026-11-26');
  return Array.from({ length: 1500 }, () => g.next());
})();

function contextAt(seed: number, now: Date, units: number): PlanContext {
  const who = (name: string, dept: string, role: 'clerk' | 'approver' | 'leader' | 'office' | 'inspector') => ({ by: { userId: user(name), departmentId: fakeId(dept), roles: [role] as const }, actorId: user(name) });
  return {
    seed,
    now,
    calendar,
    units,
    items,
    bundles,
    entities: entities.filter((e) => e.status === 'active'),
    clerk: who('clerk', 'HHHT-ZWFW', 'clerk'),
    cityHall: fakeId('HHHT-ZWFW'),
    districtHalls: [fakeId('HHHT-XC-ZWFW'), fakeId('HHHT-SH-ZWFW')],
    fetchable: new Set(['HHHT-ZWFW', 'HHHT-ZJ', 'HHHT-WJ', 'HHHT-ST', 'HHHT-JT'].map((d) => `${fakeId(d)}|BUSINESS_LICENCE`)),
    staffOf: (departmentId, action) =>
      departmentId === fakeId('HHHT-SCJG') ? who('approver', 'HHHT-SCJG', 'approver') : departmentId === fakeId('HHHT-ZWFW') && ['accept', 'deliver', 'approveOnSpot'].includes(action) ? who('clerk', 'HHHT-ZWFW', 'clerk') : { by: { userId: user(departmentId), departmentId, roles: ['approver'] }, actorId: null },
    inspectorOf: (departmentId) => ({ by: { userId: user(`i-${departmentId}`), departmentId, roles: ['inspector'] }, actorId: null }),
    leader: who('leader', 'HHHT', 'leader'),
    office: who('office', 'HHHT-YSB', 'office'),
    system: { by: { userId: SYSTEM_ACTOR_ID, departmentId: null, roles: [] }, actorId: null },
  };
}

function planAll(seed: number, now: Date, units: number): Plan[] {
  const ctx = contextAt(seed, now, units);
  const planner = createPlanner(ctx);
  const accounts = {
    qiye: { userId: user('qiye'), name: '高峰', idNumber: '150102198001010016', phone: '13804711008', entity: entities[0]! },
    shimin: { userId: user('shimin'), name: '李娜', idNumber: '150102199001010028', phone: '13804711009' },
    approverDepartment: fakeId('HHHT-SCJG'),
    clerkDepartment: fakeId('HHHT-ZWFW'),
  };
  const plans = [...planYear(ctx, planner), ...featuredPlans(ctx, planner, accounts)];
  failSomeCommitments(createRng(seed), plans, now);
  return plans;
}

describe('the demo year (plans, simulated)', () => {
  const now = new Date('2026-11-26T06:30:00Z');

  it('is the same for a seed and a moment, and different for another seed', () => {
    const a = planAll(2026, now, 600);
    expect(planAll(2026, now, 600)).toEqual(a);
    expect(planAll(7, now, 600).map((p) => (p.kind === 'item' ? p.plan.item.code : p.plan.bundle.code))).not.toEqual(a.map((p) => (p.kind === 'item' ? p.plan.item.code : p.plan.bundle.code)));
  });

  it('runs through the real engine for any seed and day, with open cases queued and finished ones decided', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 250 }), fc.integer({ min: 0, max: 23 }), (seed, daysBack, hour) => {
        const at = new Date(Date.parse('2026-11-26T00:00:00Z') - daysBack * 86_400_000 + hour * 3_600_000);
        const plans = planAll(seed, at, 250);
        const ids = unitIds(plans);
        const kept = feasible(plans, ids, { now: at, calendar });
        expect(kept.length).toBeGreaterThan(plans.length * 0.9);
        const numbers = numberPlans(kept, (d, code) => `${d.slice(-6)}${code}`, calendar);
        for (const p of kept) {
          const rows = simulateSpec(specOf(p, (u) => numbers.get(u)!, ids, { now: at, calendar }), calendar);
          for (const a of rows.applications.filter((x) => x.kind !== 'bundle')) {
            const history = rows.history.filter((h) => h.caseId === a.caseId);
            expect(history[0]!.action).toBe('open');
            expect(history.map((h) => h.seq)).toEqual(history.map((_, i) => i + 1));
            expect(history.every((h) => h.at.getTime() <= at.getTime())).toBe(true);
            if (a.finishedAt) expect(a.outcome).toBeTruthy();
            else expect(rows.cases.find((c) => c.id === a.caseId)?.queueKey).toMatch(/^(user|department):/);
          }
        }
      }),
      { numRuns: 6 },
    );
  });
});

/** A demo account's principal, signed in for real. */
async function principal(t: TestApp, username: string) {
  const browser = await signIn(t.app, username, DEMO_PASSWORD);
  const p = await t.services.sessions.principalFor(browser.cookie.slice('ys_session='.length), (s) => t.services.org.auth.loadSessionPrincipal(s));
  if (!p) throw new Error(`no principal for ${username}`);
  return p;
}

describe('seedApplications (the demo city)', () => {
  let t: TestApp;
  const db = () => t.services.database.db;
  const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: unknown }>(db(), query))[0]!.n);
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoCity(t.services, { seed: 2026, scale: 'small' });
  }, 300_000);
  afterAll(() => t.close());

  it('adds about six thousand applications with unique, well-formed, gapless 办件编号, audited per batch', async () => {
    const rows = await queryRows<{ number: string; submitted_at: unknown }>(db(), sql`select number, submitted_at from application`);
    expect(rows.length).toBeGreaterThan(5500);
    expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    const byKey = new Map<string, number[]>();
    for (const r of rows) {
      const day = new Date(toInstant(r.submitted_at).getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
      const m = new RegExp(`^([0-9A-Z]{18}[1-3][0-9A-Z]{10,12})${day}(\\d{4,})$`).exec(r.number);
      expect(m, r.number).not.toBeNull();
      byKey.set(`${m![1]}|${day}`, [...(byKey.get(`${m![1]}|${day}`) ?? []), Number(m![2])]);
    }
    const sequences = await queryRows<{ prefix: string; day: string; last: number }>(db(), sql`select prefix, day, last from application_sequence`);
    expect(sequences.length).toBe(byKey.size);
    for (const s of sequences) {
      const used = byKey.get(`${s.prefix}|${s.day.replaceAll('-', '')}`)!.sort((a, b) => a - b);
      expect(used).toEqual(used.map((_, i) => i + 1));
      expect(Number(s.last)).toBe(used.length);
    }
    expect(await count(sql`select count(*) as n from audit_log where action = 'applications.seed.batch'`)).toBeGreaterThanOrEqual(5);
  });

  it('leaves every open case queued with its application agreeing, every finished one decided, and every history opened first', async () => {
    const mismatched = await count(sql`select count(*) as n from application a join workflow_case c on c.id = a.case_id
      where a.finished_at is null and (a.state <> c.state or a.due_at is distinct from coalesce(c.due_at, case when c.clock->>'startedAt' is null and c.clock->>'pausedAt' is null then c.state_due_at end) or c.ended)`);
    expect(mismatched).toBe(0);
    expect(await count(sql`select count(*) as n from application a where a.kind <> 'bundle' and a.finished_at is null and not exists (select 1 from workflow_case c where c.id = a.case_id and c.queue_key is not null)`)).toBe(0);
    expect(await count(sql`select count(*) as n from application a where a.kind <> 'bundle' and a.finished_at is null`)).toBeGreaterThan(30);
    for (const state of ['submitted', 'correction', 'review', 'decision', 'suspended', 'delivery']) expect(await count(sql`select count(*) as n from application where state = ${state}`), state).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n from application where finished_at is not null and (outcome is null or (accepted_at is not null and working_days is null))`)).toBe(0);
    expect(await count(sql`select count(*) as n from workflow_history h where h.seq = 1 and h.action <> 'open'`)).toBe(0);
    expect(await count(sql`select count(*) as n from workflow_case c where not exists (select 1 from workflow_history h where h.case_id = c.id and h.seq = 1)`)).toBe(0);
    // A 一件事's members run to the bundle's promise where it is shorter than their own (as a live submission does).
    const members = sql`from application a join bundle b on b.id = a.bundle_id join workflow_case c on c.id = a.case_id where a.parent_id is not null and b.promised_limit_days > 0`;
    expect(await count(sql`select count(*) as n ${members}`)).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n ${members} and (c.clock->'limit'->>'value')::int > b.promised_limit_days`)).toBe(0);
  });

  it('counts every channel, bundles, commitments and failed post-checks in the statistics', async () => {
    const office = await signIn(t.app, 'office', DEMO_PASSWORD);
    const res = await t.app.inject({ url: '/api/v1/applications/stats', headers: office.headers() });
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json();
    for (const channel of CHANNELS) expect(stats.byChannel.find((c: { key: string }) => c.key === channel)?.count, channel).toBeGreaterThan(0);
    expect(stats.bundles).toBeGreaterThan(0);
    expect(stats.commitment).toBeGreaterThan(0);
    expect(stats.postChecksFailed).toBeGreaterThanOrEqual(2);
    expect(stats.materialsExempted).toBeGreaterThan(0);
    expect(stats.onTimeRate).toBeGreaterThan(0.9);
    expect(await count(sql`select count(*) as n from commitment_block`)).toBeGreaterThanOrEqual(stats.postChecksFailed);
    expect(await count(sql`select count(*) as n from domain_event where type = 'application.commitment_breached'`)).toBe(stats.postChecksFailed);
  });

  it('gives the approver a queue with overdue work, and a seeded application can be acted on through the API', async () => {
    const approver = await signIn(t.app, 'approver', DEMO_PASSWORD);
    const queue = (await t.app.inject({ url: '/api/v1/applications/queue', headers: approver.headers() })).json().items as { id: string; state: string; deadline: string }[];
    expect(queue.length).toBeGreaterThan(5);
    expect(queue.some((a) => a.deadline === 'overdue')).toBe(true);
    const clerk = await signIn(t.app, 'clerk', DEMO_PASSWORD);
    expect((await t.app.inject({ url: '/api/v1/applications/queue', headers: clerk.headers() })).json().items.length).toBeGreaterThan(0);
    const waiting = queue.find((a) => a.state === 'submitted')!;
    const detail = (await t.app.inject({ url: `/api/v1/applications/${waiting.id}`, headers: approver.headers() })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/applications/${waiting.id}/actions`, headers: approver.headers(true), payload: { action: 'accept', version: detail.version } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('review');
  });

  it('gives the enterprise account its own: a 补正 to answer, an e-licence that verifies, a pending post-check', async () => {
    const qiye = await signIn(t.app, 'qiye', DEMO_PASSWORD);
    const mine = (await t.app.inject({ url: '/api/v1/me/applications?pageSize=50', headers: qiye.headers() })).json().items as { id: string; title: string; state: string }[];
    expect(mine.some((a) => a.state === 'correction')).toBe(true);
    const licensed = mine.find((a) => a.title === '食品经营许可' && a.state === 'done')!;
    const detail = (await t.app.inject({ url: `/api/v1/applications/${licensed.id}`, headers: qiye.headers() })).json();
    const verify = (await t.app.inject({ url: `/api/v1/verify/${detail.result.verificationCode}` })).json();
    expect(verify.result).toBe('valid');
    const renewal = mine.find((a) => a.title === '食品经营许可证延续');
    if (renewal) expect((await t.app.inject({ url: `/api/v1/applications/${renewal.id}`, headers: qiye.headers() })).json().postCheck.result).toBe('pending');
    const fetched = detail.materials.find((m: { status: string }) => m.status === 'fetched');
    if (fetched) expect(fetched.fetchedFrom).toBeTruthy();
  });

  it('answers forms the items’ schemas accept, and a second run adds nothing', async () => {
    const sample = await queryRows<{ item_id: string; form_data: unknown }>(db(), sql`select item_id, form_data from application where kind = 'item' order by id limit 40`);
    for (const s of sample) {
      const data = typeof s.form_data === 'string' ? JSON.parse(s.form_data) : s.form_data;
      expect((await t.services.catalog.forms.validate(s.item_id, data)).errors, JSON.stringify(data)).toEqual([]);
    }
    const again = await seedApplications(t.services, { seed: 2026, scale: 'small' });
    expect(again.skipped).toBe(true);
  });

  it('rates the finished ones (好差评): loops in every state, a filed and an upheld appeal, and a tally that adds up', async () => {
    const levels = await queryRows<{ channel: string; n: unknown }>(db(), sql`select channel, count(*) as n from rating group by channel`);
    expect(levels.map((l) => l.channel).sort()).toEqual(['online', 'public', 'window']);
    const ended = await count(sql`select count(*) as n from application where kind in ('item', 'bundle') and state in ('done', 'refused', 'rejected')`);
    expect(await count(sql`select count(*) as n from evaluation_invitation`)).toBe(ended);
    const states = (await queryRows<{ loop_state: string }>(db(), sql`select distinct loop_state from rating where loop_id is not null`)).map((r) => r.loop_state).sort();
    expect(states).toEqual(['callback', 'closed', 'rectifying', 'verifying', 'voided']);
    // Every loop's mirror on the rating agrees with its case.
    expect(await count(sql`select count(*) as n from rating r join workflow_case c on c.id = r.loop_id where c.state <> r.loop_state`)).toBe(0);
    expect(await count(sql`select count(*) as n from rating_appeal where status = 'filed'`)).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n from rating where status = 'removed'`)).toBeGreaterThan(0);
    // The tally counts exactly the valid ratings, level by level.
    // (Under each item, and again under '*' for all items together.)
    for (const items of [sql`item_code <> '*'`, sql`item_code = '*'`]) {
      const tally = await queryRows<{ rated: unknown; bad: unknown }>(db(), sql`select sum(rated) as rated, sum(bad) as bad from evaluation_tally where ${items}`);
      expect(Number(tally[0]!.rated)).toBe(await count(sql`select count(*) as n from rating where status = 'valid'`));
      expect(Number(tally[0]!.bad)).toBe(await count(sql`select count(*) as n from rating where status = 'valid' and level <= 2`));
    }
    // The demo enterprise has cases waiting for its rating; the approver's department has 差评 to work on.
    const qiye = await t.services.org.users.findByUsername('qiye');
    const mine = await t.services.evaluations.invitations.mine({ ...(await principal(t, 'qiye')), userId: qiye!.id });
    expect(mine.pending).toBeGreaterThan(0);
    const approver = await principal(t, 'approver');
    const queue = await t.services.evaluations.list(approver, { page: 1, pageSize: 50, mine: true, bad: true });
    expect(queue.total).toBeGreaterThan(0);
  });
});
