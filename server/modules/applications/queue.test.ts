// The work queue (待办) against a plain definition: queue() must return exactly what a straightforward
// reading of the inserted rows gives — the cases any of the holder keys hold (application workflow only),
// the window applied to the deadline (dueAfter inclusive, dueBefore exclusive; undated cases only when the
// window has no upper end), then state / item / channel, each case once, soonest deadline first, undated
// last, ties by case id, and only then the limit. The rows are written with the same bulk writers the demo
// seed and the benchmark use, in the shapes the engine writes.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_STATE_LABELS, CHANNELS, queueReply, type ApplicationState, type Channel } from '../../../common/api/applications.ts';
import { createRng } from '../../../common/ids/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { workflowBulk, type HolderEntry } from '../../platform/workflow/index.ts';
import { createApplicationsTestApp, principalOf, sender, type ApplicationsTestApp } from '../../test/applications-factories.ts';
import { queue, type QueueFilter } from './queue-repository.ts';
import * as repo from './repository.ts';

const HOUR = 3_600_000;

/** One queue row as the reference sees it: the assignment joined to its application (appId null: none). */
interface Held {
  caseId: string;
  appId: string | null;
  holderKey: string;
  workflow: string;
  state: string;
  dueAt: Date | null;
  itemCode: string | null;
  channel: string;
}

/** The plain definition of the queue. */
function expected(rows: Held[], f: QueueFilter): Held[] {
  const keys = new Set(f.holderKeys);
  const byCase = new Map<string, Held>();
  for (const r of rows) {
    if (!keys.has(r.holderKey) || r.workflow !== 'application' || r.appId === null) continue;
    if (r.dueAt === null) {
      if (f.dueBefore) continue;
    } else {
      if (f.dueAfter && r.dueAt.getTime() < f.dueAfter.getTime()) continue;
      if (f.dueBefore && r.dueAt.getTime() >= f.dueBefore.getTime()) continue;
    }
    if (f.state !== undefined && r.state !== f.state) continue;
    if (f.itemCode !== undefined && r.itemCode !== f.itemCode) continue;
    if (f.channel !== undefined && r.channel !== f.channel) continue;
    byCase.set(r.caseId, r);
  }
  const due = (r: Held) => (r.dueAt === null ? Infinity : r.dueAt.getTime());
  return [...byCase.values()].sort((a, b) => due(a) - due(b) || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0)).slice(0, f.limit);
}

let t: ApplicationsTestApp;
let send: ReturnType<typeof sender>;
const T0 = Math.floor(Date.now() / HOUR) * HOUR + HOUR / 2; // deadlines are T0 ± whole hours, never within half an hour of now
const held: Held[] = [];
const dueValues: Date[] = [];
const apps = new Map<string, { title: string; number: string; state: string; itemCode: string | null; channel: string; departmentId: string; applicantName: string }>();
let keys: { u1: string; d1: string; u2: string; d2: string; applicant: string };
let D1 = '';
let boundaryId = '';
let D2 = '';
let items: { code: string; id: string | null }[];

async function seedQueue() {
  const db = t.services.database.db;
  const approver = await principalOf(t, 'approver');
  const approver2 = await principalOf(t, 'approver2');
  const qiye = await principalOf(t, 'qiye');
  D1 = approver.departmentId!;
  D2 = Object.values(t.dept).find((d) => d !== D1)!;
  const U1 = approver.userId!;
  const U2 = approver2.userId!;
  keys = { u1: `user:${U1}`, d1: `department:${D1}`, u2: `user:${U2}`, d2: `department:${D2}`, applicant: `user:${qiye.userId!}` };
  items = [t.food, t.spot, { code: 'QTEST-OTHER', id: null }];

  const rng = createRng(20_240_611);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const dept = (id: string, delegatedTo: string | null = null): HolderEntry => ({ holder: { kind: 'department', id }, acted: false, delegatedTo });
  const user = (id: string): HolderEntry => ({ holder: { kind: 'user', id }, acted: false, delegatedTo: null });
  // Who holds an open case, as the engine would record it (委派 gives the department's key and the user's).
  const holderSets: HolderEntry[][] = [[dept(D1)], [dept(D1)], [dept(D1, U1)], [dept(D1, U1)], [user(U1)], [dept(D1, U2)], [dept(D2)], [user(U2)], [dept(D2, U1)]];
  const keyOf = (h: HolderEntry) => [h.holder.kind === 'user' ? `user:${h.holder.id}` : `department:${h.holder.id}`, ...(h.delegatedTo ? [`user:${h.delegatedTo}`] : [])];
  const hours = Array.from({ length: 50 }, () => (rng() < 0.5 ? -1 : 1) * (1 + Math.floor(rng() * 400)));

  const applications: repo.NewApplication[] = [];
  const cases: workflowBulk.NewCase[] = [];
  const assignments: workflowBulk.NewAssignment[] = [];
  const postChecks: repo.NewPostCheck[] = [];
  let n = 0;

  function addCase(o: { workflow: string; subjectType: string; state: string; holders: HolderEntry[]; dueAt: Date | null; ended: boolean; appId: string | null; subjectId?: string }) {
    const caseId = randomUUID();
    const since = new Date(T0 - 30 * 24 * HOUR);
    cases.push({
      id: caseId,
      workflow: o.workflow,
      subjectType: o.subjectType,
      subjectId: o.subjectId ?? o.appId ?? randomUUID(),
      state: o.state,
      holders: o.holders,
      initiatorId: null,
      stateEnteredAt: since,
      stateDueAt: null,
      suspendedFrom: o.state === 'suspended' ? 'review' : null,
      clock: { limit: { unit: 'workingDays', value: 20 }, startedAt: since.toISOString(), pausedAt: o.dueAt || o.ended ? null : since.toISOString(), paused: 0, extension: 0, maxExtension: 10, finishedAt: o.ended ? since.toISOString() : null },
      dueAt: o.dueAt,
      ended: o.ended,
      othersActed: false,
      trail: [{ state: o.state, holders: o.holders.map((h) => h.holder) }],
      version: 3,
      queueKey: o.ended ? null : (keyOf(o.holders[0]!)[0] ?? null),
    });
    if (!o.ended) {
      const ks = [...new Set(o.holders.flatMap(keyOf))];
      for (const [i, holderKey] of ks.entries()) {
        // The first key is the case's own (queue_key); the others are further queue rows, as the engine writes them.
        if (i > 0) assignments.push({ caseId, holderKey, workflow: o.workflow, state: o.state, dueAt: o.dueAt, since });
        held.push({ caseId, appId: o.appId, holderKey, workflow: o.workflow, state: o.state, dueAt: o.dueAt, itemCode: null, channel: '' });
      }
    }
    return caseId;
  }

  function addApplication(o: { state: string; holders: HolderEntry[]; dueAt: Date | null; ended?: boolean; caseWorkflow?: string }) {
    const id = randomUUID();
    const item = pick(items);
    const channel = pick(CHANNELS);
    const departmentId = o.holders.some((h) => h.holder.id === D2) ? D2 : D1;
    const ended = o.ended ?? false;
    const caseId = addCase({ workflow: o.caseWorkflow ?? 'application', subjectType: 'application', state: o.state, holders: o.holders, dueAt: o.dueAt, ended, appId: id });
    for (const h of held) if (h.appId === id) Object.assign(h, { itemCode: item.code, channel });
    const number = `QT${String(++n).padStart(8, '0')}`;
    const title = `待办测试 ${n}`;
    const applicantName = `测试企业 ${n % 7}`;
    const submittedAt = new Date(T0 - 40 * 24 * HOUR + n * HOUR);
    applications.push({
      id,
      number,
      kind: 'item',
      itemId: item.id,
      itemCode: item.code,
      title,
      departmentId,
      channel,
      applicantKind: 'entity',
      applicantName,
      applicantUscc: t.uscc,
      formData: {},
      materials: [],
      commitment: rng() < 0.2,
      state: o.state,
      outcome: ended ? 'approved' : null,
      caseId,
      submittedAt,
      acceptedAt: o.state === 'submitted' ? null : submittedAt,
      finishedAt: ended ? submittedAt : null,
      dueAt: o.dueAt,
      onTime: ended ? true : null,
    });
    apps.set(id, { title, number, state: o.state, itemCode: item.code, channel, departmentId, applicantName });
    return id;
  }

  const at = (h: number) => new Date(T0 + h * HOUR);
  for (let i = 0; i < 200; i++) {
    // The clock runs in review, decision and delivery (and in submitted once sent back); it is paused in
    // correction and suspended, and not started in a fresh submission.
    const state = pick(['submitted', 'review', 'review', 'decision', 'decision', 'delivery', 'suspended', 'correction'] as const);
    const undated = state === 'correction' || state === 'suspended' || (state === 'submitted' && rng() < 0.5);
    const holders = state === 'correction' ? [user(qiye.userId!)] : pick(holderSets);
    addApplication({ state, holders, dueAt: undated ? null : at(pick(hours)) });
  }
  // Ended cases: held by nobody any more.
  for (let i = 0; i < 25; i++) {
    const appId = addApplication({ state: pick(['done', 'rejected', 'withdrawn'] as const), holders: pick(holderSets), dueAt: null, ended: true });
    // 事后核查 of some: their own workflow's cases, held by the department (their subject is the post-check).
    if (i % 3 === 0) {
      const id = randomUUID();
      const caseId = addCase({ workflow: 'application.postCheck', subjectType: 'post_check', subjectId: id, state: 'pending', holders: pick(holderSets), dueAt: at(pick(hours)), ended: false, appId: null });
      postChecks.push({ id, applicationId: appId, departmentId: D1, caseId, result: 'pending', findings: null, dueOn: '2030-01-01' });
    }
  }
  // Not a shape the engine writes: application rows pointing at another workflow's open cases, so that it
  // is the workflow predicate (not only the join) that keeps other workflows out of the queue.
  for (let i = 0; i < 6; i++) addApplication({ state: 'review', holders: pick(holderSets), dueAt: at(pick(hours)), caseWorkflow: 'application.postCheck' });

  // Due exactly at the end of the second working day from T0: where the warning and normal tabs meet.
  const calendar = await t.services.calendar.current();
  boundaryId = addApplication({ state: 'review', holders: [dept(D1)], dueAt: calendar.dueAt(new Date(T0), { unit: 'workingDays', value: 2 }) });

  for (const r of held) if (r.dueAt) dueValues.push(r.dueAt);
  await db.transaction(async (tx) => {
    await workflowBulk.insertCases(tx, cases);
    await workflowBulk.insertAssignments(tx, assignments);
    await repo.insertApplications(tx, applications);
    await repo.insertPostChecks(tx, postChecks);
  });
}

beforeAll(async () => {
  t = await createApplicationsTestApp();
  send = sender(t);
  await seedQueue();
}, 120_000);
afterAll(() => t.close());

describe('the data set', () => {
  it('has what the queue must tell apart, and nothing else in the queue', async () => {
    const db = t.services.database.db;
    const [count] = await queryRows<{ n: number }>(db, sql`select (select count(*) from workflow_assignment) + (select count(*) from workflow_case where queue_key is not null) as n`);
    expect(Number(count!.n)).toBe(held.length);
    // Some cases are held by a further key (a delegate), so both of the queue's sources are read.
    const [further] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from workflow_assignment`);
    expect(Number(further!.n)).toBeGreaterThan(5);
    const perCase = new Map<string, Held[]>();
    for (const r of held) perCase.set(r.caseId, [...(perCase.get(r.caseId) ?? []), r]);
    const both = [...perCase.values()].filter((rs) => rs.some((r) => r.holderKey === keys.u1) && rs.some((r) => r.holderKey === keys.d1));
    expect(both.length).toBeGreaterThan(5);
    expect(held.filter((r) => r.dueAt === null && r.appId).length).toBeGreaterThan(10);
    expect(held.filter((r) => r.workflow !== 'application' && r.appId).length).toBeGreaterThan(0);
    expect(new Set(held.map((r) => r.state)).size).toBeGreaterThanOrEqual(6);
    const [ended] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from workflow_case where ended`);
    expect(Number(ended!.n)).toBe(25);
  });
});

describe('queue() against its plain definition', () => {
  const allKeys = () => [keys.u1, keys.d1, keys.u2, keys.d2, keys.applicant, 'department:00000000-0000-0000-0000-000000000000'];

  async function check(f: QueueFilter) {
    const want = expected(held, f);
    const got = await queue(t.services.database.readDb, f);
    expect(got.map((r) => r.id)).toEqual(want.map((r) => r.appId));
    expect(got.map((r) => r.dueAt?.getTime() ?? null)).toEqual(want.map((r) => r.dueAt?.getTime() ?? null));
    return got;
  }

  it('gives the approver and their department their cases once each, dated first, undated last', async () => {
    const got = await check({ holderKeys: [keys.u1, keys.d1], limit: 1000 });
    const ids = got.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const firstUndated = got.findIndex((r) => r.dueAt === null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(got.slice(firstUndated).every((r) => r.dueAt === null)).toBe(true);
    const other = new Set(held.filter((r) => r.workflow !== 'application').map((r) => r.appId));
    expect(ids.some((id) => other.has(id))).toBe(false);
  });

  it('matches on random filters, holder keys, windows and limits', async () => {
    // Window ends are often exact deadlines of the data (dueAfter counts, dueBefore does not), and a third
    // of the windows are a few deadlines wide, so both ends fall inside the limit.
    const deadlines = [...new Set(dueValues.map((d) => d.getTime()))].sort((a, b) => a - b).map((ms) => new Date(ms));
    const instant = fc.oneof(
      { arbitrary: fc.constantFrom(...deadlines), weight: 2 },
      { arbitrary: fc.integer({ min: -450 * HOUR, max: 450 * HOUR }).map((ms) => new Date(T0 + ms)), weight: 1 },
    );
    const narrow = fc
      .tuple(fc.nat({ max: deadlines.length - 1 }), fc.nat({ max: 4 }))
      .map(([i, k]) => ({ dueAfter: deadlines[i], dueBefore: deadlines[Math.min(i + k, deadlines.length - 1)] }));
    const window = fc.oneof(
      { arbitrary: fc.record({ dueAfter: fc.option(instant, { nil: undefined, freq: 2 }), dueBefore: fc.option(instant, { nil: undefined, freq: 2 }) }), weight: 2 },
      { arbitrary: narrow, weight: 1 },
    );
    const filter = fc
      .record({
        holderKeys: fc.oneof(fc.constant<string[]>([keys.u1, keys.d1]), fc.array(fc.constantFrom(...allKeys()), { maxLength: 4 })),
        window,
        state: fc.option(fc.constantFrom('submitted', 'review', 'decision', 'delivery', 'suspended', 'correction', 'pending', 'done'), { nil: undefined, freq: 2 }),
        itemCode: fc.option(fc.constantFrom(...items.map((i) => i.code), 'NO-SUCH-ITEM'), { nil: undefined, freq: 2 }),
        channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined, freq: 2 }),
        limit: fc.integer({ min: 1, max: 60 }),
      })
      .map(({ window: w, ...f }): QueueFilter => ({ ...f, ...w }));
    let nonEmpty = 0;
    let full = 0;
    await fc.assert(
      fc.asyncProperty(filter, async (f) => {
        const got = await check(f);
        if (got.length) nonEmpty++;
        if (got.length === f.limit) full++;
      }),
      { numRuns: 40 },
    );
    // Not vacuous: a fair share of the runs found rows, and some were cut by the limit.
    expect(nonEmpty).toBeGreaterThan(5);
    expect(full).toBeGreaterThan(0);
  });
});

describe('GET /api/v1/applications/queue', () => {
  it('gives the demo approver their overdue cases with the summary fields', async () => {
    const now = new Date();
    const res = await send('approver', 'GET', '/api/v1/applications/queue?deadline=overdue');
    expect(res.statusCode, res.body).toBe(200);
    const body = queueReply.parse(res.json());
    const want = expected(held, { holderKeys: [keys.u1, keys.d1], dueBefore: now, limit: 50 });
    expect(want.length).toBeGreaterThan(3);
    expect(body.items.map((i) => i.id)).toEqual(want.map((r) => r.appId));
    const names = new Map((await t.services.org.departments.listDepartments()).map((d) => [d.id, d.name]));
    for (const [i, item] of body.items.entries()) {
      const a = apps.get(item.id)!;
      expect(item).toMatchObject({
        number: a.number,
        kind: 'item',
        title: a.title,
        itemCode: a.itemCode,
        bundleCode: null,
        channel: a.channel as Channel,
        applicantName: a.applicantName,
        applicantUscc: t.uscc,
        departmentId: a.departmentId,
        departmentName: names.get(a.departmentId),
        state: a.state,
        stateLabel: APPLICATION_STATE_LABELS[a.state as ApplicationState],
        outcome: null,
        dueAt: want[i]!.dueAt!.toISOString(),
        deadline: 'overdue',
        finishedAt: null,
      });
      expect(Date.parse(item.dueAt!)).toBeLessThan(now.getTime());
      expect(Number.isNaN(Date.parse(item.updatedAt))).toBe(false);
    }
  });
});

describe('the deadline tabs', () => {
  it('agree with the light: each case lies under the tab of its own light, the one due at the end of the second working day under 临期', async () => {
    const approver = await principalOf(t, 'approver');
    const now = new Date(T0);
    const tabs = ['overdue', 'warning', 'normal'] as const;
    const seen = new Map<string, string>();
    for (const deadline of tabs) {
      const { items } = await t.services.applications.queries.queue(approver, { deadline, limit: 100 }, now);
      for (const item of items) {
        // 正常 also lists the cases whose clock is not running (no deadline, light none).
        expect(deadline === 'normal' ? ['normal', 'none'] : [deadline], `${item.id} under ${deadline}`).toContain(item.deadline);
        expect(seen.has(item.id), `${item.id} under two tabs`).toBe(false);
        seen.set(item.id, deadline);
      }
    }
    expect(seen.get(boundaryId)).toBe('warning');
  });
});
