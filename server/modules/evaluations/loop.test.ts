// The bad-rating loop over working days (named verifier, ledger fix with its own deadline, callback,
// on-time judgement), appeals that remove a rating from the metrics while the audit keeps it, and the
// tally agreeing with the ratings it counts.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { eventsAfter, EVENT_TYPES } from '../../platform/events/index.ts';
import { createEvaluationsTestApp, dayAfter, finishedApplication, MONDAY, principalOf, sender, type ApplicationsTestApp } from './fixtures.test-fixture.ts';

let t: ApplicationsTestApp;
let send: ReturnType<typeof sender>;
const actor = (id: string) => ({ type: 'user' as const, id });
const END_OF = (date: string) => `${date}T15:59:59.999Z`;

beforeAll(async () => {
  t = await createEvaluationsTestApp();
  send = sender(t);
}, 60_000);
afterAll(() => t.close());

type Who = 'qiye' | 'approver' | 'approver2' | 'office';
async function rate(level: number, at: Date, anonymous = false) {
  const id = await finishedApplication(t, at);
  const qiye = await principalOf(t, 'qiye');
  return t.services.evaluations.ratings.rateApplication(actor(qiye.userId!), qiye, { applicationId: id, level, dimensions: {}, anonymous }, at);
}
async function view(who: Who, ratingId: string, at = new Date()) {
  const p = await principalOf(t, who);
  return t.services.evaluations.detail(p, ratingId, at);
}
async function act(who: Who, ratingId: string, body: Record<string, unknown>, at: Date) {
  const p = await principalOf(t, who);
  const loop = (await view(who, ratingId, at)).loop!;
  await t.services.evaluations.loops.act(actor(p.userId!), p, loop.id, { attachments: [], ...body, version: loop.version } as never, at);
  return view(who, ratingId, at);
}
async function marchMetrics() {
  const office = await principalOf(t, 'office');
  return (await t.services.evaluations.metrics.metrics(office, { groupBy: 'department', from: '2026-03-01', to: '2026-03-31', departmentId: t.dept['HHHT-SCJG']! })).total;
}

describe('the bad-rating loop', () => {
  it('runs verify → ledger fix → callback → closed by a named person, on working days, and counts in the metrics', async () => {
    const before = await marchMetrics();
    const rating = await rate(2, MONDAY);
    let v = await view('approver', rating.id, MONDAY);
    expect(v.loop).toMatchObject({ state: 'verifying', stateDueAt: END_OF('2026-03-05'), dueAt: END_OF('2026-03-09'), holders: [{ kind: 'department' }] });
    // A real-name rater is hidden from the department's queue …
    expect(v.rater).toBeNull();
    // … and nobody decides before a verifier is named.
    await expect(act('approver', rating.id, { action: 'fixNow', comment: '已整改' }, dayAfter(1))).rejects.toMatchObject({ status: 422 });
    const approver2 = await principalOf(t, 'approver2');
    v = await act('approver', rating.id, { action: 'assign', assigneeId: approver2.userId }, dayAfter(1));
    expect(v.loop?.holders).toEqual([expect.objectContaining({ kind: 'user', id: approver2.userId })]);
    // The named verifier of a real-name 差评 sees who to call back.
    expect((await view('approver2', rating.id, dayAfter(1))).rater?.name).toContain('高峰');

    const lastEvent = (await eventsAfter(t.services.database.db, EVENT_TYPES.ratingLedgerRequested)).at(-1)?.id ?? 0;
    v = await act('approver2', rating.id, { action: 'toLedger', comment: '需协调场地改造，纳入台账' }, dayAfter(2));
    // 15 working days from Wednesday 4 March: Wednesday 25 March; the loop's own clock stops meanwhile.
    expect(v.loop).toMatchObject({ state: 'rectifying', decision: 'ledger', stateDueAt: END_OF('2026-03-25'), deadline: 'normal' });
    const [event] = await eventsAfter(t.services.database.db, EVENT_TYPES.ratingLedgerRequested, lastEvent);
    expect(event?.payload).toMatchObject({ ratingId: rating.id, dueAt: END_OF('2026-03-25') });

    v = await act('approver2', rating.id, { action: 'completeFix', comment: '场地已改造' }, dayAfter(18));
    expect(v.loop?.state).toBe('callback');
    await expect(act('approver2', rating.id, { action: 'callBack', comment: '电话回访' }, dayAfter(19))).rejects.toMatchObject({ status: 422 });
    v = await act('approver2', rating.id, { action: 'callBack', contacted: true, satisfied: true, comment: '电话回访，表示满意' }, dayAfter(19));
    expect(v.loop).toMatchObject({ state: 'closed', onTime: true, calledBack: { contacted: true, satisfied: true } });

    const after = await marchMetrics();
    expect(after.bad - before.bad).toBe(1);
    expect(after.calledBack - before.calledBack).toBe(1);
    expect(after.rectified - before.rectified).toBe(1);
    expect(after.realNameBadClosed - before.realNameBadClosed).toBe(1);
    expect(after.loopsOnTime - before.loopsOnTime).toBe(1);
  });

  it('judges a loop closed after its working-day limit as late, and lights it overdue before', async () => {
    const rating = await rate(1, MONDAY);
    const approver2 = await principalOf(t, 'approver2');
    await act('approver', rating.id, { action: 'assign', assigneeId: approver2.userId }, MONDAY);
    // Thursday 5 March is the verification deadline; Friday it is overdue.
    expect((await view('approver2', rating.id, dayAfter(4))).loop?.deadline).toBe('overdue');
    await act('approver2', rating.id, { action: 'explain', comment: '经核实，所需材料系法定要求，已向评价人解释' }, dayAfter(4));
    // Not satisfied at the callback: verify again (the named verifier holds it again).
    const reopened = await act('approver2', rating.id, { action: 'reopen', comment: '评价人仍不认可，重新核实' }, dayAfter(7));
    expect(reopened.loop).toMatchObject({ state: 'verifying', decision: null, holders: [expect.objectContaining({ id: approver2.userId })] });
    await act('approver2', rating.id, { action: 'fixNow', comment: '已优化告知方式' }, dayAfter(8));
    const closed = await act('approver2', rating.id, { action: 'callBack', contacted: false, comment: '三次未接通' }, dayAfter(9));
    expect(closed.loop).toMatchObject({ state: 'closed', onTime: false, calledBack: { contacted: false, satisfied: null } });
  });

  it('refuses a stale version with 409 and a verifier from another department', async () => {
    const rating = await rate(2, new Date());
    const loop = (await view('approver', rating.id)).loop!;
    const clerk = await principalOf(t, 'clerk');
    const wrong = await send('approver', 'POST', `/api/v1/evaluations/loops/${loop.id}/actions`, { action: 'assign', version: loop.version, assigneeId: clerk.userId });
    expect(wrong.statusCode).toBe(422);
    const approver2 = await principalOf(t, 'approver2');
    expect((await send('approver', 'POST', `/api/v1/evaluations/loops/${loop.id}/actions`, { action: 'assign', version: loop.version, assigneeId: approver2.userId })).statusCode).toBe(200);
    expect((await send('approver', 'POST', `/api/v1/evaluations/loops/${loop.id}/actions`, { action: 'assign', version: loop.version, assigneeId: approver2.userId })).statusCode).toBe(409);
    const assignees = await send('approver', 'GET', `/api/v1/evaluations/loops/${loop.id}/assignees`);
    expect((assignees.json().items as { id: string }[]).map((a) => a.id)).toContain(approver2.userId);
    // The department's queue lists it; the office may urge but not decide.
    const queue = await send('approver2', 'GET', '/api/v1/evaluations/ratings?mine=1&bad=1');
    expect((queue.json().items as { id: string }[]).map((i) => i.id)).toContain(rating.id);
    expect((await view('office', rating.id)).loop?.actions.map((a) => a.key)).toEqual(['urge']);
  });
});

describe('appeals', () => {
  it('removes an upheld rating from the metrics and voids its loop, while the audit keeps both', async () => {
    const rating = await rate(1, dayAfter(3));
    const before = await marchMetrics();
    expect((await send('clerk', 'POST', `/api/v1/evaluations/ratings/${rating.id}/appeals`, { reason: '评价内容与本次办件无关，系误评' })).statusCode).toBe(403);
    const filed = await send('approver', 'POST', `/api/v1/evaluations/ratings/${rating.id}/appeals`, { reason: '评价内容与本次办件无关，系误评' });
    expect(filed.statusCode).toBe(201);
    expect(filed.json().mayAppeal).toBe(false);
    expect((await send('approver', 'POST', `/api/v1/evaluations/ratings/${rating.id}/appeals`, { reason: '再次申诉，理由同上同上' })).statusCode).toBe(409);
    const queue = await send('office', 'GET', '/api/v1/evaluations/appeals?status=filed');
    const item = (queue.json().items as { appeal: { id: string; version: number }; rating: { id: string } }[]).find((i) => i.rating.id === rating.id)!;
    expect((await send('approver', 'GET', '/api/v1/evaluations/appeals')).statusCode).toBe(403);
    expect((await send('office', 'POST', `/api/v1/evaluations/appeals/${item.appeal.id}/decision`, { decision: 'uphold', comment: '核实属误评', version: item.appeal.version + 1 })).statusCode).toBe(409);
    const decided = await send('office', 'POST', `/api/v1/evaluations/appeals/${item.appeal.id}/decision`, { decision: 'uphold', comment: '核实属误评', version: item.appeal.version });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'removed', removedReason: '核实属误评', loop: { state: 'voided' }, appeals: [{ status: 'upheld' }] });

    const after = await marchMetrics();
    expect(after.rated - before.rated).toBe(-1);
    expect(after.bad - before.bad).toBe(-1);
    expect(after.realNameBad - before.realNameBad).toBe(-1);
    const audit = await send('admin', 'GET', `/api/v1/audit?entityId=${rating.id}&pageSize=50`);
    expect((audit.json().items as { action: string }[]).map((a) => a.action)).toContain('evaluation.rate');
    const upheld = await send('admin', 'GET', `/api/v1/audit?action=evaluation.appeal.uphold&pageSize=50`);
    expect((upheld.json().items as { entityId: string }[]).map((a) => a.entityId)).toContain(item.appeal.id);
  });

  it('keeps a dismissed appeal\'s rating in the metrics', async () => {
    const rating = await rate(2, dayAfter(3));
    const before = await marchMetrics();
    await send('approver', 'POST', `/api/v1/evaluations/ratings/${rating.id}/appeals`, { reason: '申请人未按要求提交材料导致退件' });
    const v = await view('office', rating.id);
    const decided = await send('office', 'POST', `/api/v1/evaluations/appeals/${v.appeals[0]!.id}/decision`, { decision: 'dismiss', comment: '评价反映的问题属实', version: v.appeals[0]!.version });
    expect(decided.json()).toMatchObject({ status: 'valid', loop: { state: 'verifying' }, appeals: [{ status: 'dismissed' }] });
    expect((await marchMetrics()).bad).toBe(before.bad);
  });
});

describe('the tally', () => {
  it('adds up to the ratings it counts, whatever levels are given', async () => {
    const office = await principalOf(t, 'office');
    const departmentId = t.dept['HHHT-RS']!;
    const total = async () => (await t.services.evaluations.metrics.metrics(office, { groupBy: 'channel', departmentId })).total;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }), async (levels) => {
        const before = await total();
        for (const level of levels) {
          await t.services.evaluations.ratings.record(systemActor, { channel: 'public', subjectType: 'department', subjectId: departmentId, subjectTitle: '人社局', subjectNumber: null, departmentId, itemCode: null, hallId: null, raterUserId: null, realName: false, first: { level, dimensions: {}, comment: null, ratedAt: new Date().toISOString() }, ratedAt: new Date() }, async () => {}, new Date());
        }
        const after = await total();
        expect(after.rated - before.rated).toBe(levels.length);
        expect(after.bad - before.bad).toBe(levels.filter((l) => l <= 2).length);
        for (let l = 1; l <= 5; l++) expect(after.levels[l - 1]! - before.levels[l - 1]!).toBe(levels.filter((x) => x === l).length);
        expect(after.invited - before.invited).toBe(0);
      }),
      { numRuns: 5 },
    );
  });

  it('reads whole months from the monthly tally and agrees with the daily one for any period', async () => {
    const office = await principalOf(t, 'office');
    const db = t.services.database.db;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 400 }), async (start, length) => {
        const from = new Date(Date.UTC(2025, 6, 1) + start * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
        const got = (await t.services.evaluations.metrics.metrics(office, { groupBy: 'month', from, to })).total;
        const [daily] = await queryRows<{ rated: unknown; bad: unknown; invited: unknown }>(db, sql`select coalesce(sum(rated), 0) as rated, coalesce(sum(bad), 0) as bad, coalesce(sum(invited), 0) as invited from evaluation_tally where item_code <> '*' and day >= ${from} and day <= ${to}`);
        expect([got.rated, got.bad, got.invited]).toEqual([Number(daily!.rated), Number(daily!.bad), Number(daily!.invited)]);
      }),
      { numRuns: 8 },
    );
  });
});

