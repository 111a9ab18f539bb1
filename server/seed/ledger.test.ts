// The demo ledger (section 一(一) of the work report): the leading group with this half-year's changes, the feedback
// list in two batches (most closed), the province's plan and the city's under it, every state, escalations (one
// lifted), closures sent back, twelve meetings held with frozen packs and their decisions, and a second run adding
// nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/index.ts';
import { createLedgerTestApp, type LedgerTestApp } from '../test/ledger-factories.ts';
import { seedLedger } from './ledger.ts';

const now = new Date('2026-11-27T02:00:00Z');
let t: LedgerTestApp;
let report: Awaited<ReturnType<typeof seedLedger>>;

beforeAll(async () => {
  t = await createLedgerTestApp();
  report = await seedLedger(t.services, { seed: 2026, now });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const rows = <T = Record<string, unknown>>(query: ReturnType<typeof sql>) => queryRows<T>(t.services.database.db, query);
const n = (v: unknown) => Number(v);

describe('the demo ledger', () => {
  it('has the leading group, adjusted this half-year', async () => {
    expect(report).toMatchObject({ members: 21, meetings: 12 });
    const { items, changes } = await t.services.ledger.members.list({ changesFrom: '2026-01-01', changesTo: '2026-06-30' });
    expect(items).toHaveLength(21);
    expect(items.every((m) => m.leaderName && m.contactName && m.duties)).toBe(true);
    expect(changes!.joined.map((m) => m.departmentName).sort()).toEqual(['呼和浩特市公共资源交易中心', '呼和浩特市司法局', '和林格尔新区管理委员会'].sort());
    expect(changes!.left.map((m) => m.departmentName)).toEqual(['呼和浩特市烟草专卖局']);
  });

  it('has the feedback list in two batches, most closed, and the city plan under the province’s', async () => {
    const sources = await t.services.ledger.sources.list();
    const kinds = Object.fromEntries(sources.map((s) => [s.kind, s]));
    expect(kinds.city_plan!.parentId).toBe(kinds.provincial_plan!.id);
    const tree = await t.services.ledger.sources.tree(kinds.provincial_feedback!.id);
    expect(tree.issues).toHaveLength(28);
    const batches = await rows<{ batch: string; tasks: unknown; closed: unknown }>(sql`select batch, count(*) as tasks, count(*) filter (where state = 'closed') as closed from ledger_task where source_id = ${kinds.provincial_feedback!.id} group by batch order by batch`);
    expect(batches.map((b) => [b.batch, n(b.tasks)])).toEqual([
      ['10月', 12],
      ['6月', 16],
    ]);
    expect(batches.reduce((s, b) => s + n(b.closed), 0)).toBeGreaterThanOrEqual(20);
    const city = await t.services.ledger.sources.tree(kinds.city_plan!.id);
    expect(city.issues.flatMap((i) => i.measures)).toHaveLength(100);
    expect(city.issues.reduce((s, i) => s + i.tasks, 0)).toBe(200);
    const [province] = await rows<{ second: unknown; submitted: unknown; accepted: unknown }>(
      sql`select count(*) filter (where needs_second_approval) as second, count(provincial_submitted_at) as submitted, count(provincial_accepted_at) as accepted from ledger_task where source_id = ${kinds.city_plan!.id}`,
    );
    expect(n(province!.second)).toBeGreaterThan(40);
    expect(n(province!.accepted)).toBeGreaterThan(10);
    expect(n(province!.submitted)).toBeGreaterThan(n(province!.accepted));
  });

  it('has tasks in every state, with reports, escalations and closures sent back', async () => {
    const states = await rows<{ state: string; n: unknown }>(sql`select state, count(*) as n from ledger_task group by state`);
    expect(states.map((s) => s.state).sort()).toEqual(['cancelled', 'closed', 'doing', 'provincial', 'reviewing']);
    const [reports] = await rows<{ n: unknown; figures: unknown }>(sql`select count(*) as n, count(*) filter (where jsonb_array_length(figures) > 0) as figures from ledger_report`);
    expect(n(reports!.figures)).toBeGreaterThan(200);
    const escalations = await rows<{ lifted: boolean }>(sql`select lifted_at is not null as lifted from ledger_escalation`);
    expect(escalations.map((e) => e.lifted).sort()).toEqual([false, true]);
    const sentBack = await rows<{ state: string }>(sql`select state from ledger_task where sent_back_count > 0 order by state`);
    expect(sentBack.map((s) => s.state)).toEqual(['closed', 'doing']);
  });

  it('has twelve monthly meetings held with their packs frozen and their decisions as tasks, and next month’s', async () => {
    const meetings = await t.services.ledger.meetings.list(now);
    expect(meetings).toHaveLength(13);
    const [next, ...held] = meetings;
    expect(next).toMatchObject({ heldOn: '2026-12-15', held: false, decisions: [] });
    expect(held.every((m) => m.held && m.decisions.length === 2 && m.decisions.every((d) => d.sourceKind === 'meeting'))).toBe(true);
    const last = await t.services.ledger.meetings.pack(held[0]!.id);
    expect(last).toMatchObject({ since: held[1]!.heldOn, previousMeetingId: held[1]!.id });
    expect(last.totals.total).toBeGreaterThan(200);
    expect(last.totals.newlyClosed).toBeGreaterThan(0);
    const live = await t.services.ledger.meetings.pack(null, now);
    expect(live.previousMeetingId).toBe(held[0]!.id);
    expect(live.totals.openDecisions).toBeGreaterThan(0);
  });

  it('adds nothing when run again', async () => {
    const [before] = await rows<{ n: unknown }>(sql`select count(*) as n from ledger_task`);
    expect(await seedLedger(t.services, { seed: 2026, now })).toBeNull();
    const [after] = await rows<{ n: unknown }>(sql`select count(*) as n from ledger_task`);
    expect(n(after!.n)).toBe(n(before!.n));
  });
});
