// 接诉即办 end to end through HTTP: a call taken and dispatched on the catalogue's proposal, signed for, replied to,
// called back and closed (with the event evaluations reads); an unsatisfied callback reopened to the same unit;
// a return inside and after the 2 working days; 并单; stale versions; a direct answer; web filing and 我的诉求.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.ts';
import { eventsAfter, EVENT_TYPES } from '../../platform/events/index.ts';
import { appealsPrincipal, appealsSender, callBody, callInput, createAppealsTestApp, type AppealsTestApp } from '../../test/appeals-factories.ts';

let t: AppealsTestApp;
let send: ReturnType<typeof appealsSender>;

beforeAll(async () => {
  t = await createAppealsTestApp();
  send = appealsSender(t);
}, 120_000);
afterAll(() => t.close());

async function file(overrides: Record<string, unknown> = {}) {
  const res = await send('agent', 'POST', '/api/v1/appeals/tickets', callBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string; state: string };
}
const view = async (who: Parameters<typeof send>[0], id: string) => (await send(who, 'GET', `/api/v1/appeals/tickets/${id}`)).json();

describe('a call from intake to closing', () => {
  it('takes the call, proposes 住建局 from the catalogue, and runs 派单 → 签收 → 答复 → 回访 → 办结', async () => {
    const created = await file();
    expect(created.number).toMatch(/^GD\d{8}\d{6}$/);
    expect(created.state).toBe('dispatching');
    let v = await view('agent', created.id);
    expect(v.proposal.leadDepartmentId).toBe(t.dept['HHHT-ZJ']);
    expect(v.requesterPhone).toBe('13804715678');
    expect(v.actions.map((a: { key: string }) => a.key)).toContain('dispatch');
    // One audit row for the call taken: the ticket's, naming the case it opened (which has no opening row of its own).
    const caseId = (await queryRows<{ case_id: string }>(t.services.database.db, sql`select case_id from appeal_ticket where id = ${created.id}`))[0]!.case_id;
    const audits = await queryRows<{ action: string; change: { caseId: string } }>(t.services.database.db, sql`select action, change from audit_log where entity_id in (${created.id}, ${caseId})`);
    expect(audits.map((a) => a.action)).toEqual(['appeal.ticket.create']);
    expect(audits[0]!.change.caseId).toBe(caseId);

    const dispatched = await send('agent', 'POST', `/api/v1/appeals/tickets/${created.id}/dispatch`, { version: v.version, leadDepartmentId: t.dept['HHHT-ZJ'] });
    expect(dispatched.statusCode, dispatched.body).toBe(200);
    v = dispatched.json();
    expect(v).toMatchObject({ state: 'signing', leadDepartmentName: '呼和浩特市住房和城乡建设局' });
    expect(v.dueAt).not.toBeNull();

    // The unit sees it in its queue; the requester's phone is theirs to call (the name is not hidden).
    const queue = (await send('handler', 'GET', '/api/v1/appeals/tickets?scope=mine')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(created.id);
    const listed = queue.items.find((i: { id: string }) => i.id === created.id);
    expect(listed.requesterPhone).toBe('138****5678');
    expect(listed.requesterName).toBe('王**');

    const signed = await send('handler', 'POST', `/api/v1/appeals/tickets/${created.id}/sign`, { version: v.version });
    expect(signed.statusCode, signed.body).toBe(200);
    v = signed.json();
    expect(v.state).toBe('handling');
    expect(v.signedAt).not.toBeNull();

    const noted = await send('handler', 'POST', `/api/v1/appeals/tickets/${created.id}/notes`, { text: '已联系环卫所安排清运', public: true });
    expect(noted.statusCode, noted.body).toBe(200);
    const replied = await send('handler', 'POST', `/api/v1/appeals/tickets/${created.id}/reply`, { version: noted.json().version, reply: '已于当日清运完毕，并加密清运频次。', solved: true });
    expect(replied.statusCode, replied.body).toBe(200);
    v = replied.json();
    expect(v.state).toBe('callback');

    const closed = await send('agent', 'POST', `/api/v1/appeals/tickets/${created.id}/callback`, { version: v.version, contacted: true, solved: true, satisfaction: 'satisfied' });
    expect(closed.statusCode, closed.body).toBe(200);
    v = closed.json();
    expect(v).toMatchObject({ state: 'closed', outcome: 'solved', callback: { contacted: true, solved: true, satisfaction: 'satisfied' } });
    expect(v.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['open', 'dispatch', 'sign', 'progress', 'reply', 'close']));

    const events = await eventsAfter(t.services.database.db, EVENT_TYPES.appealClosed, 0, 100);
    expect(events.some((e) => e.subjectId === created.id && e.payload.outcome === 'solved')).toBe(true);
  });

  it('reopens an unsatisfied callback to the same unit (重办)', async () => {
    const { id } = await file({ title: '楼道垃圾未清' });
    let v = await view('agent', id);
    v = (await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/dispatch`, { version: v.version, leadDepartmentId: t.dept['HHHT-ZJ'] })).json();
    v = (await send('handler2', 'POST', `/api/v1/appeals/tickets/${id}/sign`, { version: v.version })).json();
    v = (await send('handler2', 'POST', `/api/v1/appeals/tickets/${id}/reply`, { version: v.version, reply: '已处理', solved: true })).json();
    const reopened = await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/callback`, { version: v.version, contacted: true, solved: false, satisfaction: 'unsatisfied', comment: '垃圾仍在' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    v = reopened.json();
    expect(v).toMatchObject({ state: 'handling', reopenCount: 1, leadDepartmentId: t.dept['HHHT-ZJ'], reply: null });
    const queue = (await send('handler', 'GET', '/api/v1/appeals/tickets?scope=mine')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const { id } = await file({ title: '路灯不亮' });
    const v = await view('agent', id);
    const first = await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/dispatch`, { version: v.version, leadDepartmentId: t.dept['HHHT-ZJ'] });
    expect(first.statusCode).toBe(200);
    const again = await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/dispatch`, { version: v.version, leadDepartmentId: t.dept['HHHT-RS'] });
    expect(again.statusCode).toBe(409);
    expect((await view('agent', id)).leadDepartmentId).toBe(t.dept['HHHT-ZJ']);
  });
});

describe('returns (退单)', () => {
  it('takes a return within 2 working days and lets the hotline re-dispatch; refuses one after', async () => {
    const agent = await appealsPrincipal(t, 'agent');
    const handler = await appealsPrincipal(t, 'handler');
    const actor = (p: { userId: string | null }) => ({ type: 'user' as const, id: p.userId });
    const monday = new Date('2026-11-16T02:00:00Z'); // Monday 10:00 in Hohhot
    const { tickets } = t.services.appeals;
    const a = await tickets.create(actor(agent), agent, callInput(), monday);
    await tickets.dispatch(actor(agent), agent, a.id, { version: 1, leadDepartmentId: t.dept['HHHT-ZJ']!, supportDepartmentIds: [] }, monday);
    // Wednesday 09:00 is within 2 working days of Monday 10:00.
    const wednesday = new Date('2026-11-18T01:00:00Z');
    await tickets.return(actor(handler), handler, a.id, { version: 2, reason: '属于人社部门职责', suggestedDepartmentId: t.dept['HHHT-RS'] }, wednesday);
    let v = await tickets.get(agent, a.id);
    expect(v).toMatchObject({ state: 'returned', returnCount: 1 });
    // The hotline is offered the unit the return suggested, not the catalogue's (which named the unit that returned it).
    expect(v.proposal).toMatchObject({ leadDepartmentId: t.dept['HHHT-RS'], source: 'return' });
    await tickets.redispatch(actor(agent), agent, a.id, { version: v.version, leadDepartmentId: t.dept['HHHT-RS']!, supportDepartmentIds: [], comment: '采纳退单意见' }, wednesday);
    v = await tickets.get(agent, a.id);
    expect(v).toMatchObject({ state: 'signing', leadDepartmentId: t.dept['HHHT-RS'] });
    // The timeline says where each step sent it; the requester's view names the units dispatched to only.
    const unit = new Map((await t.services.org.departments.listDepartments()).map((d) => [d.id, d.name]));
    const [zj, rs] = [unit.get(t.dept['HHHT-ZJ']!), unit.get(t.dept['HHHT-RS']!)];
    const where = (timeline: { kind: string; to?: { zh: string } | null }[]) => timeline.filter((e) => e.to).map((e) => `${e.kind}:${e.to!.zh}`);
    expect(where(v.timeline)).toEqual([`dispatch:派至${zj}`, `return:建议改派${rs}`, `redispatch:派至${rs}`]);
    // In English, with the units' English names.
    const english = new Map((await t.services.org.departments.listDepartments()).map((d) => [d.id, d.nameEn]));
    const [zjEn, rsEn] = [english.get(t.dept['HHHT-ZJ']!), english.get(t.dept['HHHT-RS']!)];
    expect(v.timeline.flatMap((e) => (e.to ? [e.to.en] : []))).toEqual([`To ${zjEn}`, `Suggests ${rsEn}`, `To ${rsEn}`]);

    const b = await tickets.create(actor(agent), agent, callInput({ title: '另一件' }), monday);
    await tickets.dispatch(actor(agent), agent, b.id, { version: 1, leadDepartmentId: t.dept['HHHT-ZJ']!, supportDepartmentIds: [] }, monday);
    const thursday = new Date('2026-11-19T02:00:00Z');
    // 退单 is offered while the 2 working days run, and not after (the refusal then says what to do instead).
    expect((await tickets.get(handler, b.id, wednesday)).actions.map((x) => x.key)).toContain('return');
    expect((await tickets.get(handler, b.id, thursday)).actions.map((x) => x.key)).not.toContain('return');
    await expect(tickets.return(actor(handler), handler, b.id, { version: 2, reason: '不归我们管' }, thursday)).rejects.toMatchObject({ status: 422 });
    await expect(tickets.return(actor(handler), handler, b.id, { version: 2, reason: '不归我们管' }, thursday)).rejects.toThrow(/call the 12345 hotline/);
  });
});

describe('the seat', () => {
  it('closes a call answered from the knowledge base at once, with no case', async () => {
    const res = await send('agent', 'POST', '/api/v1/appeals/tickets', callBody({ kind: 'consult', categoryCode: 'SB-SB', title: '社保缴费基数咨询', directAnswer: { answer: '2026 年度缴费基数下限为 4 494 元。' } }));
    expect(res.statusCode, res.body).toBe(201);
    const v = await view('agent', res.json().id);
    expect(v).toMatchObject({ state: 'closed', outcome: 'answered', reply: '2026 年度缴费基数下限为 4 494 元。' });
  });

  it('suggests merging a repeat and merges it (并单)', async () => {
    const first = await file({ categoryCode: 'HB-ZS', title: '夜间施工噪音', areaCode: '150103' });
    const second = await file({ categoryCode: 'HB-ZS', title: '工地晚上还在施工', areaCode: '150103', requesterPhone: '13904711111' });
    const v = await view('agent', second.id);
    expect(v.repeats.map((r: { id: string }) => r.id)).toContain(first.id);
    const merged = await send('agent', 'POST', `/api/v1/appeals/tickets/${second.id}/merge`, { version: v.version, intoTicketId: first.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ state: 'merged', outcome: 'merged', mergedInto: { id: first.id, number: first.number } });
  });

  it('finds a caller by phone, masked', async () => {
    await file({ requesterPhone: '13704712222', title: '来电人查询测试' });
    const res = await send('agent', 'GET', '/api/v1/appeals/callers?phone=13704712222');
    expect(res.statusCode).toBe(200);
    expect(res.json().tickets[0]).toMatchObject({ title: '来电人查询测试', requesterPhone: '137****2222' });
    expect((await send('handler', 'GET', '/api/v1/appeals/callers?phone=13704712222')).statusCode).toBe(403);
  });

  it('refuses a seat channel from an applicant and bad input with a 4xx', async () => {
    expect((await send('qiye', 'POST', '/api/v1/appeals/tickets', callBody())).statusCode).toBe(403);
    const bad = await send('agent', 'POST', '/api/v1/appeals/tickets', callBody({ categoryCode: 'NOPE' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail ?? bad.body).toMatch(/诉求分类/);
    expect((await send('agent', 'POST', '/api/v1/appeals/tickets', callBody({ requesterPhone: '123' }))).statusCode).toBe(400);
  });
});

describe('the requester', () => {
  it('files on the web, follows it in 我的诉求, hides their name, and writes again after closing', async () => {
    const res = await send('shimin', 'POST', '/api/v1/appeals/tickets', { channel: 'mobile', kind: 'help', categoryCode: 'GY-GS', areaCode: '150104', title: '小区停水两天', content: '玉泉区某小区停水两天，无任何通知。', address: '玉泉区南二环路 8 号' });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const mine = (await send('shimin', 'GET', '/api/v1/me/appeals')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await send('qiye', 'GET', `/api/v1/appeals/tickets/${id}`)).statusCode).toBe(404);

    const ticketName = (await view('agent', id)).requesterName as string;
    expect(ticketName).toBeTruthy();
    const hidden = await send('shimin', 'POST', `/api/v1/appeals/tickets/${id}/hide-name`, {});
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(hidden.json().nameHidden).toBe(true);
    const v = await view('agent', id);
    expect((await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/dispatch`, { version: v.version, leadDepartmentId: t.dept['HHHT-ZJ'] })).statusCode).toBe(200);
    // The unit does not see the hidden name.
    const asUnit = await view('handler', id);
    expect(asUnit).toMatchObject({ requesterName: null, requesterNameHidden: true });
    expect(JSON.stringify(asUnit)).not.toContain(ticketName);
    // The hotline still sees who it is.
    const asHotline = await view('agent', id);
    expect(asHotline).toMatchObject({ requesterName: ticketName, requesterNameHidden: true });
    expect(asHotline.timeline.some((e: { actorName: string | null }) => e.actorName === ticketName)).toBe(true);
    const followed = await send('shimin', 'POST', `/api/v1/appeals/tickets/${id}/follow-ups`, { text: '今天还是没水' });
    expect(followed.statusCode, followed.body).toBe(200);
    const inbox = await send('handler', 'GET', '/api/v1/me/notifications?pageSize=50');
    expect(JSON.stringify(inbox.json())).toContain('诉求人补充说明');
  });
});
