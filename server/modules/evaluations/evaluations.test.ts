// 好差评 end to end: one rating per case within its window and one 追评, nobody rating for somebody else
// (refused and audited), the window's one-time rating page, public reviews with their daily limit, and
// the rater's identity in every response.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvaluationsTestApp, dayAfter, finishedApplication, MONDAY, principalOf, sender, type ApplicationsTestApp } from './fixtures.test-fixture.ts';

let t: ApplicationsTestApp;
let send: ReturnType<typeof sender>;
const actor = (id: string) => ({ type: 'user' as const, id });
/** qiye's display name: it must never reach anyone but the office, the loop's named holder and qiye. */
const QIYE_NAME = '高峰';

beforeAll(async () => {
  t = await createEvaluationsTestApp();
  send = sender(t);
}, 60_000);
afterAll(() => t.close());

async function audited(action: string) {
  const res = await send('admin', 'GET', `/api/v1/audit?action=${action}&pageSize=50`);
  return res.json().items as { action: string; entityId: string | null }[];
}

describe('一事一评', () => {
  it('invites the applicant when the case ends, takes one rating and one 追评, and refuses a second', async () => {
    const id = await finishedApplication(t, new Date(Date.now() - 2 * 86_400_000));
    const mine = await send('qiye', 'GET', '/api/v1/me/evaluations');
    expect(mine.statusCode).toBe(200);
    const entry = (mine.json().items as { applicationId: string; mayRate: boolean }[]).find((i) => i.applicationId === id);
    expect(entry?.mayRate).toBe(true);

    const rated = await send('qiye', 'POST', '/api/v1/evaluations/ratings', { applicationId: id, level: 5, dimensions: { speed: 5, attitude: 4 }, comment: '办得很快' });
    expect(rated.statusCode).toBe(201);
    expect(rated.json()).toMatchObject({ level: 5, bad: false, realName: true, channel: 'online', loop: null });
    const again = await send('qiye', 'POST', '/api/v1/evaluations/ratings', { applicationId: id, level: 1 });
    expect(again.statusCode).toBe(409);

    const ratingId = rated.json().id as string;
    const supplement = await send('qiye', 'POST', `/api/v1/evaluations/ratings/${ratingId}/supplement`, { level: 4, comment: '证照寄送慢了一天' });
    expect(supplement.statusCode).toBe(200);
    expect(supplement.json()).toMatchObject({ level: 4, first: { level: 5 }, supplement: { level: 4 } });
    expect((await send('qiye', 'POST', `/api/v1/evaluations/ratings/${ratingId}/supplement`, { level: 3 })).statusCode).toBe(409);
    const after = (await send('qiye', 'GET', '/api/v1/me/evaluations')).json().items.find((i: { applicationId: string }) => i.applicationId === id);
    expect(after).toMatchObject({ mayRate: false, maySupplement: false, rating: { level: 5, supplementLevel: 4 } });
  });

  it('closes the window after the configured days', async () => {
    const id = await finishedApplication(t, MONDAY);
    const qiye = await principalOf(t, 'qiye');
    await expect(t.services.evaluations.ratings.rateApplication(actor(qiye.userId!), qiye, { applicationId: id, level: 4, dimensions: {}, anonymous: false }, dayAfter(31))).rejects.toMatchObject({ status: 410 });
    const ok = await t.services.evaluations.ratings.rateApplication(actor(qiye.userId!), qiye, { applicationId: id, level: 4, dimensions: {}, anonymous: false }, dayAfter(29));
    expect(ok.level).toBe(4);
  });

  it('refuses — and audits — a rating given for someone else, by staff or by another applicant', async () => {
    const id = await finishedApplication(t, new Date());
    const before = (await audited('evaluation.rate.refused')).length;
    const byStaff = await send('approver', 'POST', '/api/v1/evaluations/ratings', { applicationId: id, level: 5 });
    expect(byStaff.statusCode).toBe(403);
    const byOther = await send('shimin', 'POST', '/api/v1/evaluations/ratings', { applicationId: id, level: 5 });
    expect(byOther.statusCode).toBe(403);
    expect(byOther.json().detail ?? byOther.json().title).toMatch(/他人|someone else/);
    expect((await audited('evaluation.rate.refused')).length).toBe(before + 2);
    // The case is still the applicant's to rate.
    expect((await send('qiye', 'POST', '/api/v1/evaluations/ratings', { applicationId: id, level: 5 })).statusCode).toBe(201);
  });

  it('answers bad input with a 4xx in both languages', async () => {
    const res = await send('qiye', 'POST', '/api/v1/evaluations/ratings', { applicationId: 'nope', level: 9 });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toMatch(/1–5/);
    expect((await send('qiye', 'POST', '/api/v1/evaluations/ratings', { applicationId: '00000000-0000-7000-8000-000000000001', level: 3 })).statusCode).toBe(404);
  });
});

describe('一次一评 at the window', () => {
  it('opens a one-time page for the visit that takes exactly one rating, and expires', async () => {
    const open = await send('clerk', 'POST', '/api/v1/evaluations/window-sessions', { service: '咨询' });
    expect(open.statusCode).toBe(201);
    const { token, id } = open.json() as { token: string; id: string };
    const page = await t.app.inject({ method: 'GET', url: `/api/v1/public/evaluations/window/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ service: '咨询', clerkName: '王丽', rated: false });
    const rated = await t.app.inject({ method: 'POST', url: `/api/v1/public/evaluations/window/${token}`, payload: { level: 2, comment: '等候时间太长' } });
    expect(rated.statusCode).toBe(201);
    expect(rated.json().bad).toBe(true);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/public/evaluations/window/${token}`, payload: { level: 5 } })).statusCode).toBe(410);
    expect((await send('clerk', 'GET', `/api/v1/evaluations/window-sessions/${id}`)).json().rated).toBe(true);

    const late = await t.services.evaluations.window.open(actor('x'), await principalOf(t, 'clerk'), { service: '领证' }, new Date(Date.now() - 31 * 60_000));
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/evaluations/window/${late.token}` })).statusCode).toBe(410);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/evaluations/window/unknown-token-123' })).statusCode).toBe(404);
    expect((await send('qiye', 'POST', '/api/v1/evaluations/window-sessions', { service: '咨询' })).statusCode).toBe(403);
  });
});

describe('综合点评', () => {
  it('takes anonymous public reviews, a few a day from one address', async () => {
    const departmentId = t.dept['HHHT-ZWFW']!;
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await t.app.inject({ method: 'POST', url: '/api/v1/public/evaluations/reviews', payload: { departmentId, level: 4, comment: `第${i}次` } })).statusCode);
    expect(codes.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(codes[5]).toBe(429);
    const figures = await t.app.inject({ method: 'GET', url: '/api/v1/public/evaluations/satisfaction' });
    expect(figures.statusCode).toBe(200);
    const hall = (figures.json().departments as { id: string; rated: number; satisfaction: number; hall: boolean }[]).find((d) => d.id === departmentId);
    expect(hall?.rated).toBeGreaterThanOrEqual(5);
    // The clerk's department received window visits (the test above): it is a hall; the rated market regulator is not.
    expect(hall?.hall).toBe(true);
    expect((figures.json().departments as { id: string; hall: boolean }[]).find((d) => d.id === t.dept['HHHT-SCJG'])?.hall ?? false).toBe(false);
    expect(figures.body).not.toContain(QIYE_NAME);
  });
});

describe("the rater's identity", () => {
  it('is shown to the office and the rater, never to the department or in lists, for an anonymous rating', async () => {
    const id = await finishedApplication(t, new Date());
    const rated = await send('qiye', 'POST', '/api/v1/evaluations/ratings', { applicationId: id, level: 1, comment: '窗口态度差', anonymous: true });
    expect(rated.statusCode).toBe(201);
    const ratingId = rated.json().id as string;
    expect(rated.json().rater?.name).toContain(QIYE_NAME); // the rater sees their own
    const forApprover = await send('approver', 'GET', `/api/v1/evaluations/ratings/${ratingId}`);
    expect(forApprover.statusCode).toBe(200);
    expect(forApprover.json().rater).toBeNull();
    expect(forApprover.body).not.toContain(QIYE_NAME);
    const list = await send('approver', 'GET', '/api/v1/evaluations/ratings?bad=1&pageSize=200');
    expect(list.body).not.toContain(QIYE_NAME);
    const forOffice = await send('office', 'GET', `/api/v1/evaluations/ratings/${ratingId}`);
    expect(forOffice.json().rater?.name).toContain(QIYE_NAME);
    // Naming a verifier does not reveal an anonymous rater.
    const loop = forApprover.json().loop as { id: string; version: number };
    const approver2 = await principalOf(t, 'approver2');
    const named = await send('approver', 'POST', `/api/v1/evaluations/loops/${loop.id}/actions`, { action: 'assign', version: loop.version, assigneeId: approver2.userId });
    expect(named.statusCode).toBe(200);
    const forVerifier = await send('approver2', 'GET', `/api/v1/evaluations/ratings/${ratingId}`);
    expect(forVerifier.json().rater).toBeNull();
    expect(forVerifier.body).not.toContain(QIYE_NAME);
    // Another applicant cannot read it at all.
    expect((await send('shimin', 'GET', `/api/v1/evaluations/ratings/${ratingId}`)).statusCode).toBe(404);
  });
});
