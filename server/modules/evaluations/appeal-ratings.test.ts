// 好差评 of 接诉即办: a hotline ticket closed through the real appeals service invites its requester to rate it
// (the tally counts the invitation), the requester rates it once and may add a 追评, nobody else may (refused
// and audited), the window closes after the configured days, a 差评 opens the loop held by the lead unit, and a
// ticket filed by phone (no account) or merged into another invites nobody.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppealClosedPayload } from '../appeals/index.ts';
import { appealsPrincipal, appealsSender, callBody, createAppealsTestApp, type AppealsTestApp, type Who } from '../../test/appeals-factories.ts';
import { findInvitation } from './repository.ts';
import { appealInvitationOf, UNRATED_OUTCOMES } from './service/appeal-invitations.ts';

let t: AppealsTestApp;
let send: ReturnType<typeof appealsSender>;
const DAY = 86_400_000;
const ZJ_NAME = '呼和浩特市住房和城乡建设局';

beforeAll(async () => {
  t = await createAppealsTestApp();
  send = appealsSender(t);
}, 120_000);
afterAll(() => t.close());

type TicketView = { id: string; number: string; version: number; state: string; outcome: string | null };
type Mine = { subjectType: string; subjectId: string; applicationId: string | null; number: string | null; departmentName: string; mayRate: boolean; maySupplement: boolean; rating: { id: string; level: number; supplementLevel: number | null; loopState: string | null } | null };

async function ok(res: Awaited<ReturnType<typeof send>>): Promise<TicketView> {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json() as TicketView;
}
const view = async (who: Who, id: string) => (await send(who, 'GET', `/api/v1/appeals/tickets/${id}`)).json() as TicketView;

/** shimin files on the phone app (an account: the requester to invite). */
async function fileAsShimin(title: string): Promise<string> {
  const body = { channel: 'mobile', kind: 'help', categoryCode: 'CG-HJWS', areaCode: '150105', title, content: `${title}，请尽快处理。`, address: '赛罕区大学西街 100 号' };
  return (await ok(await send('shimin', 'POST', '/api/v1/appeals/tickets', body))).id;
}

/** 派单 to 住建局 → 签收 → 答复 → 回访 → 办结, as the hotline and the unit do it. */
async function close(id: string): Promise<TicketView> {
  let v = await view('agent', id);
  v = await ok(await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/dispatch`, { version: v.version, leadDepartmentId: t.dept['HHHT-ZJ'] }));
  v = await ok(await send('handler', 'POST', `/api/v1/appeals/tickets/${id}/sign`, { version: v.version }));
  v = await ok(await send('handler', 'POST', `/api/v1/appeals/tickets/${id}/reply`, { version: v.version, reply: '已安排环卫所当日清运。', solved: true }));
  v = await ok(await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/callback`, { version: v.version, contacted: true, solved: true, satisfaction: 'satisfied' }));
  expect(v).toMatchObject({ state: 'closed', outcome: 'solved' });
  return v;
}

async function mine(who: Who = 'shimin'): Promise<Mine[]> {
  const res = await send(who, 'GET', '/api/v1/me/evaluations');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Mine[];
}
const audited = async (action: string) => ((await send('admin', 'GET', `/api/v1/audit?action=${action}&pageSize=50`)).json().items as unknown[]).length;
const invitedAt = async (departmentId: string) => {
  const res = await send('office', 'GET', '/api/v1/evaluations/metrics?groupBy=department');
  expect(res.statusCode, res.body).toBe(200);
  const rows = res.json().rows as { key: string; invited: number; answered: number; rated: number; bad: number; ratingRate: number | null }[];
  // 评价率 is made of the invitations rated over the invitations made, never of every rating (public reviews invite none).
  for (const r of rows) {
    expect(r.answered).toBeLessThanOrEqual(r.invited);
    expect(r.ratingRate).toBe(r.invited > 0 ? Math.round((r.answered / r.invited) * 10000) / 10000 : null);
  }
  return rows.find((r) => r.key === departmentId) ?? { invited: 0, answered: 0, rated: 0, bad: 0 };
};

describe('a closed ticket in 好差评', () => {
  it('invites its requester, who rates it once and adds one 追评; the tally counts both', async () => {
    const zj = t.dept['HHHT-ZJ']!;
    const before = await invitedAt(zj);
    const id = await fileAsShimin('小区门口垃圾多日无人清运');
    const closed = await close(id);

    const entry = (await mine()).find((i) => i.subjectId === id);
    expect(entry).toMatchObject({ subjectType: 'appeal', applicationId: null, number: closed.number, departmentName: ZJ_NAME, mayRate: true, rating: null });
    const inbox = await send('shimin', 'GET', '/api/v1/me/notifications?pageSize=50');
    expect(inbox.body).toContain(`/my/evaluations/appeal/${id}/rate`);
    expect((await invitedAt(zj)).invited).toBe(before.invited + 1);

    const rated = await send('shimin', 'POST', '/api/v1/evaluations/ratings', { ticketId: id, level: 5, dimensions: { speed: 5 }, comment: '当天就清走了' });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({ channel: 'online', subjectType: 'appeal', subjectId: id, subjectNumber: closed.number, departmentId: zj, itemCode: null, level: 5, bad: false, realName: true, loop: null });
    const again = await send('shimin', 'POST', '/api/v1/evaluations/ratings', { ticketId: id, level: 1 });
    expect(again.statusCode).toBe(409);

    const ratingId = rated.json().id as string;
    expect((await send('shimin', 'POST', `/api/v1/evaluations/ratings/${ratingId}/supplement`, { level: 4 })).statusCode).toBe(200);
    expect((await mine()).find((i) => i.subjectId === id)).toMatchObject({ mayRate: false, maySupplement: false, rating: { level: 5, supplementLevel: 4 } });
    expect(await invitedAt(zj)).toMatchObject({ invited: before.invited + 1, answered: before.answered + 1, rated: before.rated + 1 });
  });

  it('refuses — and audits — a rating by anyone but the requester, and closes the window after the configured days', async () => {
    const id = await fileAsShimin('路灯损坏无人修');
    await close(id);
    const before = await audited('evaluation.rate.refused');
    const byOther = await send('qiye', 'POST', '/api/v1/evaluations/ratings', { ticketId: id, level: 5 });
    expect(byOther.statusCode).toBe(403);
    expect(byOther.body).toMatch(/他人|someone else/);
    expect((await send('handler', 'POST', '/api/v1/evaluations/ratings', { ticketId: id, level: 5 })).statusCode).toBe(403);
    expect(await audited('evaluation.rate.refused')).toBe(before + 2);

    const shimin = await appealsPrincipal(t, 'shimin');
    const actor = { type: 'user' as const, id: shimin.userId };
    const input = { ticketId: id, level: 4, dimensions: {}, anonymous: false };
    await expect(t.services.evaluations.ratings.rateAppeal(actor, shimin, input, new Date(Date.now() + 31 * DAY))).rejects.toMatchObject({ status: 410 });
    // Still the requester's to rate within the window.
    expect((await t.services.evaluations.ratings.rateAppeal(actor, shimin, input, new Date(Date.now() + 29 * DAY))).level).toBe(4);
  });

  it('opens the 差评 loop held by the lead unit, which its handlers see and hear of', async () => {
    const zj = t.dept['HHHT-ZJ']!;
    const id = await fileAsShimin('楼道垃圾堆放一周');
    await close(id);
    const rated = await send('shimin', 'POST', '/api/v1/evaluations/ratings', { ticketId: id, level: 1, comment: '说清运了，其实没有' });
    expect(rated.statusCode, rated.body).toBe(201);
    const ratingId = rated.json().id as string;
    expect(rated.json()).toMatchObject({ bad: true, departmentId: zj, loop: { state: 'verifying', holders: [{ kind: 'department', id: zj, name: ZJ_NAME }] } });

    const queue = await send('handler', 'GET', '/api/v1/evaluations/ratings?mine=1&bad=1&pageSize=100');
    expect(queue.statusCode, queue.body).toBe(200);
    expect((queue.json().items as { id: string }[]).map((r) => r.id)).toContain(ratingId);
    const asUnit = (await send('handler', 'GET', `/api/v1/evaluations/ratings/${ratingId}`)).json();
    expect((asUnit.loop.actions as { key: string }[]).map((a) => a.key)).toContain('assign');
    expect((await send('handler', 'GET', '/api/v1/me/notifications?pageSize=50')).body).toContain(`/work/evaluations/${ratingId}`);
    expect((await mine()).find((i) => i.subjectId === id)?.rating).toMatchObject({ level: 1, loopState: 'verifying' });
    expect((await invitedAt(zj)).bad).toBeGreaterThanOrEqual(1);
  });

  it('invites nobody for a call (no account) or a merged ticket', async () => {
    const call = await ok(await send('agent', 'POST', '/api/v1/appeals/tickets', callBody({ title: '电话反映：垃圾未清运' })));
    await close(call.id);

    const kept = await fileAsShimin('工地夜间施工噪音');
    const twin = await fileAsShimin('工地晚上十一点还在施工');
    let v = await view('agent', twin);
    v = await ok(await send('agent', 'POST', `/api/v1/appeals/tickets/${twin}/dispatch`, { version: v.version, leadDepartmentId: t.dept['HHHT-ZJ'] }));
    const merged = await ok(await send('agent', 'POST', `/api/v1/appeals/tickets/${twin}/merge`, { version: v.version, intoTicketId: kept }));
    expect(merged).toMatchObject({ state: 'merged', outcome: 'merged' });

    await t.services.evaluations.invitations.sync();
    const { db } = t.services.database;
    expect(await findInvitation(db, 'appeal', call.id)).toBeNull();
    expect(await findInvitation(db, 'appeal', twin)).toBeNull();
    expect((await mine()).map((i) => i.subjectId)).not.toContain(twin);
    const refused = await send('shimin', 'POST', '/api/v1/evaluations/ratings', { ticketId: twin, level: 5 });
    expect(refused.statusCode).toBe(404);
  });
});

describe('the rating route', () => {
  it('takes exactly one of applicationId and ticketId (400 otherwise)', async () => {
    const a = '00000000-0000-7000-8000-000000000001';
    const both = await send('shimin', 'POST', '/api/v1/evaluations/ratings', { applicationId: a, ticketId: a, level: 3 });
    expect(both.statusCode).toBe(400);
    expect(both.body).toMatch(/二者选一|exactly one/);
    expect((await send('shimin', 'POST', '/api/v1/evaluations/ratings', { level: 3 })).statusCode).toBe(400);
    expect((await send('shimin', 'POST', '/api/v1/evaluations/ratings', { ticketId: 'nope', level: 3 })).statusCode).toBe(400);
    expect((await send('shimin', 'POST', '/api/v1/evaluations/ratings', { ticketId: a, level: 3 })).statusCode).toBe(404);
  });

  it('documents both ids in the OpenAPI description', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const body = JSON.stringify(doc.json().paths['/api/v1/evaluations/ratings'].post);
    expect(body).toContain('ticketId');
    expect(body).toContain('applicationId');
  });
});

describe('which closed tickets invite a rating', () => {
  it('is one with a requester account, a lead unit and an outcome other than merged or invalid', () => {
    const uuid = fc.uuid();
    fc.assert(
      fc.property(
        fc.record({
          ticketId: uuid,
          number: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
          title: fc.string({ minLength: 1, maxLength: 40 }),
          requesterUserId: fc.option(uuid, { nil: null }),
          leadDepartmentId: fc.option(uuid, { nil: null }),
          categoryCode: fc.constantFrom('CG-HJWS', 'SB-SB', 'GY-GS'),
          outcome: fc.constantFrom('answered', 'solved', 'unsolved', 'merged', 'invalid'),
          closedAt: fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
        }),
        (p: AppealClosedPayload) => {
          const inv = appealInvitationOf(p, 30);
          const rateable = p.requesterUserId !== null && p.leadDepartmentId !== null && !UNRATED_OUTCOMES.has(p.outcome);
          expect(inv !== null).toBe(rateable);
          if (inv) {
            expect(inv).toMatchObject({ subjectType: 'appeal', subjectId: p.ticketId, raterUserId: p.requesterUserId, departmentId: p.leadDepartmentId, itemCode: null, number: p.number, title: p.title });
            expect(inv.rateUntil.getTime() - inv.endedAt.getTime()).toBe(30 * DAY);
          }
        },
      ),
    );
  });
});
