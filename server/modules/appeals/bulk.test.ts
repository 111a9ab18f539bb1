// Tickets in bulk (bulk.ts): the generator's mix looks like a hotline's year and is the same for the same seed;
// written to the database, the open tickets sit in their holder's workflow queue with cases that agree with the
// ticket rows, nothing is audited, and numbers continue across seeded and live tickets on the same day.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendar, OFFICIAL_CALENDAR, shanghaiDate } from '../../../common/calendar/index.ts';
import { systemActor } from '../../platform/audit/index.ts';
import { createFieldCrypto } from '../../platform/crypto/index.ts';
import { queryRows, toNumber } from '../../platform/db/index.ts';
import { DEMO_APPEAL_CATEGORIES } from '../../seed/appeals-categories.ts';
import { appealsPrincipal, appealsSender, callInput, createAppealsTestApp, type AppealsTestApp } from '../../test/appeals-factories.ts';
import { insertSimulatedTickets, isOpenState, recordClosedEvents, sequenceFloor, simulateTickets, ticketNumber, type SimulatedTickets, type SimulateTicketsOptions } from './bulk.ts';
import { TICKET_WORKFLOW } from './workflow.ts';

const calendar = createCalendar(OFFICIAL_CALENDAR);
const crypto = createFieldCrypto('bulk-test-secret-key-of-enough-length-0123');
const leaves = DEMO_APPEAL_CATEGORIES.filter((c) => c.parentCode).map((c) => ({ code: c.code, name: c.name, defaultKind: c.defaultKind, utility: c.utility }));
const fakeUnits = ['0190a000-0000-7000-8000-000000000001', '0190a000-0000-7000-8000-000000000002', '0190a000-0000-7000-8000-000000000003'];
const all = (o: SimulateTicketsOptions) => {
  const out: SimulatedTickets = { tickets: [], updates: [], cases: [], history: [], queue: [], sequences: [] };
  for (const b of simulateTickets(o)) for (const k of Object.keys(out) as (keyof SimulatedTickets)[]) (out[k] as unknown[]).push(...b[k]);
  return out;
};

describe('the generator', () => {
  const base: SimulateTicketsOptions = { count: 20_000, seed: 42, now: new Date('2026-06-30T04:00:00Z'), categories: leaves, units: fakeUnits, hotlineDepartmentId: '0190a000-0000-7000-8000-0000000000ff', crypto, calendar, batchSize: 3000 };
  const sim = all(base);
  const share = (f: (t: SimulatedTickets['tickets'][number]) => boolean) => sim.tickets.filter(f).length / sim.tickets.length;

  it('makes a year of tickets in creation order with each day’s numbers from 1', () => {
    expect(sim.tickets).toHaveLength(20_000);
    const first = sim.tickets[0]!.createdAt as Date;
    expect(first.getTime()).toBeGreaterThanOrEqual(Date.parse('2025-06-30T04:00:00Z'));
    const byDay = new Map<string, string[]>();
    let last = 0;
    for (const t of sim.tickets) {
      const at = (t.createdAt as Date).getTime();
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
      const day = shanghaiDate(t.createdAt as Date);
      byDay.set(day, [...(byDay.get(day) ?? []), t.number]);
    }
    for (const [day, numbers] of byDay) expect(numbers).toEqual(numbers.map((_, i) => ticketNumber(day, i + 1)));
    expect(byDay.size).toBeGreaterThan(360);
    // The day's highest number is what the sequence is raised to.
    const lastOf = new Map(sim.sequences.map((s) => [s.day, s.last]));
    for (const [day, numbers] of byDay) expect(lastOf.get(day)).toBe(numbers.length);
  });

  it('mixes channels, kinds and outcomes as a hotline sees them', () => {
    expect(share((t) => t.channel === 'phone')).toBeGreaterThan(0.5);
    for (const c of ['web', 'mobile', 'email', 'enterprise', 'dishonesty', 'open311']) expect(share((t) => t.channel === c), c).toBeGreaterThan(0.005);
    expect(share((t) => t.channel === 'dishonesty')).toBeLessThan(0.03);
    expect(share((t) => t.outcome === 'answered')).toBeGreaterThan(0.09);
    expect(share((t) => t.outcome === 'answered')).toBeLessThan(0.15);
    expect(share((t) => (t.returnCount ?? 0) >= 1)).toBeGreaterThan(0.03);
    expect(share((t) => (t.returnCount ?? 0) >= 1)).toBeLessThan(0.07);
    expect(share((t) => (t.reopenCount ?? 0) >= 1)).toBeGreaterThan(0.025);
    expect(share((t) => (t.reopenCount ?? 0) >= 1)).toBeLessThan(0.06);
    expect(share((t) => t.mergedInto !== null)).toBeGreaterThan(0.02);
    expect(share((t) => t.mergedInto !== null)).toBeLessThan(0.045);
    expect(share((t) => (t.extensionCount ?? 0) >= 1)).toBeGreaterThan(0.02);
    expect(share((t) => t.signedOnTime === false)).toBeGreaterThan(0.02);
    expect(share((t) => t.onTime === false)).toBeGreaterThan(0.02);
    expect(share((t) => t.confidential === true)).toBeGreaterThan(0.005);
    expect(share((t) => t.callbackContacted === true && t.callbackSatisfaction === 'unsatisfied')).toBeGreaterThan(0.01);
    const open = share((t) => isOpenState(t.state));
    expect(open).toBeGreaterThan(0.015);
    expect(open).toBeLessThan(0.045);
    // Open ones are the most recent: none from before the last two months.
    for (const t of sim.tickets.filter((x) => isOpenState(x.state))) expect((t.createdAt as Date).getTime()).toBeGreaterThan(Date.parse('2026-04-30T00:00:00Z'));
    for (const s of ['dispatching', 'signing', 'handling', 'callback']) expect(sim.tickets.some((t) => t.state === s), s).toBe(true);
  });

  it('keeps each ticket’s story consistent', () => {
    const ids = new Set(sim.tickets.map((t) => t.id));
    for (const t of sim.tickets) {
      if (t.outcome === 'answered') expect(t).toMatchObject({ state: 'closed', leadDepartmentId: null, caseId: null, onTime: true });
      if (t.mergedInto) expect(ids.has(t.mergedInto) && t.state === 'merged').toBe(true);
      if (t.signedOnTime !== null) expect(t.signedOnTime).toBe((t.signedAt as Date) <= (t.signDueAt as Date));
      if (t.onTime !== null && t.dueAt) expect(t.onTime).toBe((t.repliedAt as Date) <= (t.dueAt as Date));
      if (t.callbackContacted === false) expect(t.callbackSatisfaction).toBeNull();
      if (isOpenState(t.state)) expect(t.caseId).not.toBeNull();
      else expect(t.caseId).toBeNull();
      if (t.requesterPhoneEnc) expect(t.requesterPhoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
      if (t.channel === 'dishonesty') expect(t).toMatchObject({ confidential: true, accusedDepartmentId: expect.any(String) });
    }
    // Every closed, dispatched ticket has its reply and callback in the timeline.
    const kinds = new Map<string, Set<string>>();
    for (const u of sim.updates) kinds.set(u.ticketId, (kinds.get(u.ticketId) ?? new Set()).add(u.kind));
    for (const t of sim.tickets.filter((x) => x.callbackAt)) expect([...(kinds.get(t.id) ?? [])]).toEqual(expect.arrayContaining(['reply', 'callback']));
  });

  it('gives the same tickets for the same seed (ciphertexts aside)', () => {
    const again = all({ ...base, count: 2000 });
    const once = all({ ...base, count: 2000 });
    const plain = (s: SimulatedTickets) => s.tickets.map(({ requesterPhoneEnc: _p, requesterEmailEnc: _e, ...rest }) => rest);
    expect(plain(again)).toEqual(plain(once));
    expect(again.updates).toEqual(once.updates);
    expect(again.cases).toEqual(once.cases);
    expect(plain(all({ ...base, count: 2000, seed: 43 }))).not.toEqual(plain(once));
  });
});

describe('written to the database', () => {
  let t: AppealsTestApp;
  // A Wednesday morning; two months of tickets before it.
  const now = new Date('2026-06-10T02:30:00Z');
  const today = shanghaiDate(now);
  let sim: SimulatedTickets;
  let hotline: string;
  let units: string[];

  beforeAll(async () => {
    t = await createAppealsTestApp();
    hotline = t.dept['HHHT-12345']!;
    units = [t.dept['HHHT-ZJ']!, t.dept['HHHT-RS']!, t.dept['HHHT-SCJG']!];
  }, 120_000);
  afterAll(() => t?.close());

  const options = (o: Partial<SimulateTicketsOptions> = {}): SimulateTicketsOptions => ({
    count: 600,
    seed: 7,
    from: new Date(now.getTime() - 60 * 86_400_000),
    to: now,
    now,
    categories: leaves,
    units,
    unitOf: (category) => (category.startsWith('SB') ? units[1] : category.startsWith('QY') ? units[2] : units[0]),
    hotlineDepartmentId: hotline,
    crypto: t.services.crypto,
    calendar,
    batchSize: 250,
    ...o,
  });

  it('writes tickets, timelines and the open ones’ cases in their holders’ queues, without audit rows', async () => {
    const db = t.services.database.db;
    const audits = async () => toNumber((await queryRows<{ n: unknown }>(db, sql`select count(*) as n from audit_log`))[0]!.n);
    const before = await audits();
    sim = all(options());
    const done = await insertSimulatedTickets(db, options(), { concurrency: 2 });
    expect(done.tickets).toBe(600);
    expect(await audits()).toBe(before);
    const counts = (await queryRows<{ tickets: unknown; updates: unknown; cases: unknown }>(
      db,
      sql`select (select count(*) from appeal_ticket) as tickets, (select count(*) from appeal_update) as updates, (select count(*) from workflow_case where workflow like 'appeal.%') as cases`,
    ))[0]!;
    expect([toNumber(counts.tickets), toNumber(counts.updates), toNumber(counts.cases)]).toEqual([600, sim.updates.length, sim.cases.length]);

    const open = sim.tickets.filter((x) => x.caseId && x.state !== 'verifying' && x.state !== 'rectifying' && x.state !== 'feedback');
    expect(open.length).toBeGreaterThan(5);
    const handlerOf = async (who: 'handler' | 'rs' | 'agent') => {
      const p = await appealsPrincipal(t, who);
      return { userId: p.userId!, departmentId: p.departmentId, roles: p.roles.map((r) => r.role) };
    };
    const queueOf = async (who: 'handler' | 'rs' | 'agent') => new Set((await t.services.workflow.queue({ who: await handlerOf(who), workflow: TICKET_WORKFLOW, limit: 1000 }, now)).map((c) => c.id));
    const expected = (holder: string, states: string[]) => new Set(open.filter((x) => states.includes(x.state) && (holder === hotline || x.leadDepartmentId === holder)).map((x) => x.caseId));
    expect(await queueOf('handler')).toEqual(expected(units[0]!, ['signing', 'handling']));
    expect(await queueOf('rs')).toEqual(expected(units[1]!, ['signing', 'handling']));
    expect(await queueOf('agent')).toEqual(expected(hotline, ['dispatching', 'callback']));
    expect((await queueOf('agent')).size).toBeGreaterThan(0);

    // The case the engine shows agrees with the ticket's mirror columns.
    for (const ticket of open) {
      const c = await t.services.workflow.get(ticket.caseId!, now);
      expect(c.state).toBe(ticket.state);
      expect(c.subjectId).toBe(ticket.id);
      if (ticket.state === 'signing' || ticket.state === 'handling') expect(c.dueAt).toBe((ticket.dueAt as Date).toISOString());
      if (ticket.state === 'signing') expect(c.stateDueAt).toBe((ticket.signDueAt as Date).toISOString());
    }
  });

  it('shows a finished ticket’s steps from its record (it has no case): 受理, 派单 to its unit, 签收, how it ended', async () => {
    const send = appealsSender(t);
    const finished = sim.tickets.filter((x) => !x.caseId && x.dispatchedAt && x.signedAt && x.outcome && x.channel !== 'dishonesty');
    const answered = sim.tickets.find((x) => !x.caseId && x.outcome === 'answered');
    expect(finished.length).toBeGreaterThan(10);
    for (const x of [...finished.slice(0, 6), ...(answered ? [answered] : [])]) {
      const res = await send('agent', 'GET', `/api/v1/appeals/tickets/${x.id}`);
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as { outcome: string; timeline: { kind: string; at: string; departmentName: string | null; label: { zh: string; en: string } }[] };
      const steps = view.timeline.filter((e) => ['open', 'dispatch', 'sign', 'close'].includes(e.kind));
      if (x === answered) {
        expect(steps.map((e) => e.kind)).toEqual(['open']);
        continue;
      }
      expect(steps.map((e) => e.kind)).toEqual(['open', 'dispatch', 'sign', 'close']);
      expect(steps.map((e) => e.at)).toEqual([x.createdAt, x.dispatchedAt, x.signedAt, x.closedAt].map((d) => (d as Date).toISOString()));
      expect(steps[1]!.departmentName).toBeTruthy();
      expect(steps[2]!.departmentName).toBe(steps[1]!.departmentName);
      expect(steps[3]!.label.zh).toMatch(/^办结：/);
      expect(view.outcome).toBe(x.outcome);
    }
  });

  it('raises the day’s sequence so a live ticket takes the next number', async () => {
    const seeded = sim.tickets.filter((x) => shanghaiDate(x.createdAt as Date) === today);
    expect(seeded.length).toBeGreaterThan(0);
    const agent = await appealsPrincipal(t, 'agent');
    const live = await t.services.appeals.tickets.create(systemActor, agent, callInput(), now);
    expect(live.number).toBe(ticketNumber(today, seeded.length + 1));
  });

  it('continues after live numbers when seeded later (sequenceFloor)', async () => {
    const later = new Date('2026-06-15T03:00:00Z');
    const day = shanghaiDate(later);
    const agent = await appealsPrincipal(t, 'agent');
    const first = await t.services.appeals.tickets.create(systemActor, agent, callInput(), later);
    expect(first.number).toBe(ticketNumber(day, 1));
    const o = options({ count: 40, seed: 8, from: new Date(later.getTime() - 86_400_000), to: new Date(later.getTime() + 3_600_000), now: new Date(later.getTime() + 3_600_000), sequences: await sequenceFloor(t.services.database.db, shanghaiDate(new Date(later.getTime() - 86_400_000)), day) });
    const seeded = all(o).tickets.filter((x) => shanghaiDate(x.createdAt as Date) === day);
    expect(seeded[0]!.number).toBe(ticketNumber(day, 2));
    await insertSimulatedTickets(t.services.database.db, o);
    const next = await t.services.appeals.tickets.create(systemActor, agent, callInput(), later);
    expect(next.number).toBe(ticketNumber(day, seeded.length + 2));
  });

  it('records the closed events of recent tickets an account filed, once, and 好差评 invites their requesters', async () => {
    const db = t.services.database.db;
    const qiye = (await t.services.org.users.findByUsername('qiye'))!.id;
    const from = new Date(now.getTime() - 60 * 86_400_000);
    const o = options({ count: 300, seed: 9, requesterUserIds: [qiye], sequences: await sequenceFloor(db, shanghaiDate(from), today) });
    const planned = all(o).tickets;
    await insertSimulatedTickets(db, o);
    const since = new Date(now.getTime() - 30 * 86_400_000);
    const expected = planned.filter((x) => x.requesterUserId === qiye && x.closedAt && (x.closedAt as Date) >= since && x.outcome !== 'merged' && x.outcome !== 'invalid');
    expect(expected.length).toBeGreaterThan(0);
    expect(await recordClosedEvents(db, since)).toBe(expected.length);
    expect(await recordClosedEvents(db, since)).toBe(0);
    const events = await queryRows<{ subject_id: string; payload: { number: string; requesterUserId: string; closedAt: string } }>(db, sql`select subject_id, payload from domain_event where type = 'appeal.ticket_closed' order by id`);
    expect(events.map((e) => e.subject_id).sort()).toEqual(expected.map((x) => x.id).sort());
    const first = expected.find((x) => x.id === events[0]!.subject_id)!;
    expect(events[0]!.payload).toMatchObject({ number: first.number, requesterUserId: qiye, closedAt: (first.closedAt as Date).toISOString() });
    await t.services.evaluations.invitations.sync();
    const invited = await queryRows<{ subject_id: string }>(db, sql`select subject_id from evaluation_invitation where subject_type = 'appeal' and rater_user_id = ${qiye}`);
    expect(invited.map((r) => r.subject_id).sort()).toEqual(expected.map((x) => x.id).sort());
  });
});
