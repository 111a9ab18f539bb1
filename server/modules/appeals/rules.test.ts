// 接诉即办's rules beyond the main path: time limits by kind and urgency, 延期 asked and granted within the cap,
// 催办/督办 reaching the unit, a corrected category telling the requester, confidential tickets, the 政务失信
// path (verified by the superior body, put right or recorded as a breach), and no request body ever a 5xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealsPrincipal, appealsSender, callBody, callInput, createAppealsTestApp, type AppealsTestApp, type Who } from '../../test/appeals-factories.ts';

let t: AppealsTestApp;
let send: ReturnType<typeof appealsSender>;

beforeAll(async () => {
  t = await createAppealsTestApp();
  send = appealsSender(t);
}, 120_000);
afterAll(() => t.close());

const actorOf = (p: { userId: string | null }) => ({ type: 'user' as const, id: p.userId });
const view = async (who: Who, id: string) => (await send(who, 'GET', `/api/v1/appeals/tickets/${id}`)).json();
const HOUR = 3_600_000;

async function dispatched(overrides: Record<string, unknown>, at: Date, lead = 'HHHT-ZJ') {
  const agent = await appealsPrincipal(t, 'agent');
  const { tickets } = t.services.appeals;
  const c = await tickets.create(actorOf(agent), agent, callInput(overrides), at);
  await tickets.dispatch(actorOf(agent), agent, c.id, { version: 1, leadDepartmentId: t.dept[lead]!, supportDepartmentIds: [] }, at);
  return c.id;
}

describe('time limits', () => {
  const monday = new Date('2026-11-16T02:00:00Z'); // Monday 10:00 in Hohhot
  it('gives an urgent ticket 2 hours, a utility outage 24 hours, an enquiry 3 working days and a complaint 15', async () => {
    const urgent = await view('agent', await dispatched({ urgency: 'urgent', title: '燃气泄漏' }, monday));
    expect(Date.parse(urgent.dueAt) - monday.getTime()).toBe(2 * HOUR);
    const water = await view('agent', await dispatched({ categoryCode: 'GY-GS', kind: 'help', title: '停水' }, monday));
    expect(Date.parse(water.dueAt) - monday.getTime()).toBe(24 * HOUR);
    const calendar = await t.services.calendar.current();
    const consult = await view('agent', await dispatched({ kind: 'consult', title: '咨询' }, monday));
    expect(consult.dueAt).toBe(calendar.dueAt(monday, { unit: 'workingDays', value: 3 }).toISOString());
    const complaint = await view('agent', await dispatched({ kind: 'complain', title: '投诉' }, monday));
    expect(complaint.dueAt).toBe(calendar.dueAt(monday, { unit: 'workingDays', value: 15 }).toISOString());
  });

  it('lets the unit ask for more time and the hotline grant it, up to the cap', async () => {
    const id = await dispatched({ kind: 'help', title: '需要协调的求助' }, new Date());
    let v = await view('handler', id);
    v = (await send('handler', 'POST', `/api/v1/appeals/tickets/${id}/sign`, { version: v.version })).json();
    const asked = await send('handler', 'POST', `/api/v1/appeals/tickets/${id}/extension-requests`, { days: 3, reason: '需与供电公司协调' });
    expect(asked.statusCode, asked.body).toBe(200);
    expect((await send('rs', 'POST', `/api/v1/appeals/tickets/${id}/extension-requests`, { days: 3, reason: '不是我们的' })).statusCode).toBe(404);
    expect(JSON.stringify((await send('agent', 'GET', '/api/v1/me/notifications?pageSize=50')).json())).toContain('延期申请');
    expect((await send('handler', 'POST', `/api/v1/appeals/tickets/${id}/extend`, { version: v.version, days: 3, comment: '自己批' })).statusCode).toBe(403);
    const before = await view('agent', id);
    const granted = await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/extend`, { version: before.version, days: 3, comment: '同意延期 3 个工作日' });
    expect(granted.statusCode, granted.body).toBe(200);
    const calendar = await t.services.calendar.current();
    expect(Date.parse(granted.json().dueAt)).toBe(calendar.dueAt(new Date(before.dueAt), { unit: 'workingDays', value: 3 }).getTime());
    expect(granted.json().extensionCount).toBe(1);
    const beyond = await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/extend`, { version: granted.json().version, days: 30, comment: '再延' });
    expect(beyond.statusCode).toBe(422);
  });
});

describe('the hotline and the office pressing a unit', () => {
  it('reaches the unit with 催办 and 督办, and 督办 needs the office', async () => {
    const id = await dispatched({ title: '久拖未办' }, new Date());
    let v = await view('agent', id);
    v = (await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/urge`, { version: v.version, comment: '请尽快签收' })).json();
    expect(v.timeline.map((e: { kind: string }) => e.kind)).toContain('urge');
    expect((await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/supervise`, { version: v.version, comment: '挂牌督办' })).statusCode).toBe(403);
    const supervised = await send('office', 'POST', `/api/v1/appeals/tickets/${id}/supervise`, { version: v.version, comment: '挂牌督办' });
    expect(supervised.statusCode, supervised.body).toBe(200);
    expect(JSON.stringify((await send('handler', 'GET', '/api/v1/me/notifications?pageSize=50')).json())).toContain('督办');
  });

  it('tells the requester when the hotline corrects the category as it dispatches', async () => {
    const filed = await send('shimin', 'POST', '/api/v1/appeals/tickets', { channel: 'web', kind: 'complain', categoryCode: 'CG-HJWS', areaCode: '150102', title: '楼下饭店油烟', content: '饭店油烟直排，影响居民。' });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id;
    const v = await view('agent', id);
    const res = await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/dispatch`, { version: v.version, leadDepartmentId: t.dept['HHHT-ST'], categoryCode: 'HB-WR' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().categoryCode).toBe('HB-WR');
    const mine = await view('shimin', id);
    expect(mine.timeline.map((e: { kind: string }) => e.kind)).toContain('correction');
    expect(JSON.stringify((await send('shimin', 'GET', '/api/v1/me/notifications?pageSize=50')).json())).toContain('更正分类');
  });
});

describe('privacy', () => {
  it('shows a confidential ticket to the hotline, the office and its lead unit only', async () => {
    const filed = await send('shimin', 'POST', '/api/v1/appeals/tickets', { channel: 'mobile', kind: 'report', categoryCode: 'CG-WJ', areaCode: '150105', title: '邻居违建', content: '楼顶私自加盖。', confidential: true });
    const id = filed.json().id;
    let v = await view('agent', id);
    v = (await send('agent', 'POST', `/api/v1/appeals/tickets/${id}/dispatch`, { version: v.version, leadDepartmentId: t.dept['HHHT-ZJ'], supportDepartmentIds: [t.dept['HHHT-RS']] })).json();
    expect(v.confidential).toBe(true);
    expect((await send('handler', 'GET', `/api/v1/appeals/tickets/${id}`)).statusCode).toBe(200);
    expect((await send('office', 'GET', `/api/v1/appeals/tickets/${id}`)).statusCode).toBe(200);
    for (const who of ['rs', 'leader', 'qiye', 'approver'] as const) expect((await send(who, 'GET', `/api/v1/appeals/tickets/${id}`)).statusCode, who).toBe(404);
    const all = (await send('leader', 'GET', '/api/v1/appeals/tickets?scope=all&pageSize=100')).json();
    expect(all.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });
});

describe('政务失信举报', () => {
  it('is verified by the superior body, put right by the body reported, and answered; a refusal is recorded', async () => {
    const filed = await send('agent', 'POST', '/api/v1/appeals/tickets', callBody({ channel: 'dishonesty', kind: 'report', categoryCode: 'ZW-SX', title: '拖欠工程款不兑现承诺', content: '住建局承诺的工程款至今未付。', accusedDepartmentId: t.dept['HHHT-ZJ'] }));
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id;
    let v = await view('leader', id);
    expect(v).toMatchObject({ state: 'verifying', confidential: true, leadDepartmentId: t.dept['HHHT'] });
    expect((await send('rs', 'GET', `/api/v1/appeals/tickets/${id}`)).statusCode).toBe(404);
    const step = (who: Who, action: string, comment: string) => send(who, 'POST', `/api/v1/appeals/tickets/${id}/dishonesty`, { version: v.version, action, comment });
    let res = await step('leader', 'found', '情况属实，责令限期支付');
    expect(res.statusCode, res.body).toBe(200);
    v = res.json();
    expect(v.state).toBe('rectifying');
    res = await step('handler', 'rectified', '已支付全部工程款');
    expect(res.statusCode, res.body).toBe(200);
    v = res.json();
    res = await step('leader', 'reply', '经核实属实，已督促整改到位');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'closed', outcome: 'solved' });

    const second = (await send('agent', 'POST', '/api/v1/appeals/tickets', callBody({ channel: 'dishonesty', kind: 'report', categoryCode: 'ZW-SX', title: '招商承诺未兑现', content: '承诺的奖励未兑现。', accusedDepartmentId: t.dept['HHHT-ZJ'] }))).json().id;
    v = await view('leader', second);
    const again = (who: Who, action: string, comment: string) => send(who, 'POST', `/api/v1/appeals/tickets/${second}/dishonesty`, { version: v.version, action, comment });
    v = (await again('leader', 'found', '属实')).json();
    expect((await again('rs', 'recordBreach', '拒不整改')).statusCode).toBe(404);
    // The body reported may put it right but not record its own breach: not offered, and refused.
    const keys = (who: Who) => view(who, second).then((x) => x.actions.map((a: { key: string }) => a.key));
    expect(await keys('handler')).toContain('rectified');
    expect(await keys('handler')).not.toContain('recordBreach');
    expect(await keys('leader')).toContain('recordBreach');
    expect((await again('handler', 'recordBreach', '拒不整改')).statusCode).toBe(403);
    res = await again('leader', 'recordBreach', '逾期拒不整改，认定政务失信');
    expect(res.statusCode, res.body).toBe(200);
    v = res.json();
    expect(v.state).toBe('feedback');
    v = (await again('leader', 'reply', '已认定政务失信并记录')).json();
    expect(v).toMatchObject({ state: 'closed', outcome: 'unsolved' });
  });
});

describe('bad input', () => {
  it('never answers a ticket body with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            channel: fc.oneof(fc.constantFrom('phone', 'web', 'dishonesty', 'enterprise', 'open311'), fc.string()),
            kind: fc.oneof(fc.constantFrom('consult', 'complain'), fc.string()),
            categoryCode: fc.oneof(fc.constantFrom('CG-HJWS', 'GY-GS', 'CG'), fc.string({ maxLength: 50 })),
            areaCode: fc.oneof(fc.constant('150105'), fc.string({ maxLength: 8 })),
            title: fc.string({ maxLength: 120 }),
            content: fc.string({ maxLength: 50 }),
            requesterPhone: fc.oneof(fc.constant('13800000000'), fc.string({ maxLength: 15 })),
            enterpriseUscc: fc.string({ minLength: 18, maxLength: 18 }),
            lat: fc.double(),
            lng: fc.double(),
            directAnswer: fc.record({ answer: fc.string({ maxLength: 30 }), knowledgeId: fc.uuid() }),
            accusedDepartmentId: fc.uuid(),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const res = await send('agent', 'POST', '/api/v1/appeals/tickets', body);
          expect(res.statusCode, res.body).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the configurable rules', () => {
  it('lets the office change a limit (new tickets follow it at once), refuses bad weights and a stale save', async () => {
    const shown = await send('agent', 'GET', '/api/v1/appeals/settings');
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toMatchObject({ version: 0, rules: { kindDays: { consult: 3 }, signDays: 1, callbackDays: 2 }, fixed: [] });
    const editable = shown.json().rules;
    const changed = { ...editable, kindDays: { ...editable.kindDays, consult: 5 } };
    expect((await send('agent', 'PUT', '/api/v1/appeals/settings', { rules: changed, version: 0 })).statusCode).toBe(403);
    const badWeights = await send('office', 'PUT', '/api/v1/appeals/settings', { rules: { ...changed, weights: { response: 0.5, resolution: 0.5, satisfaction: 0.5 } }, version: 0 });
    expect(badWeights.statusCode).toBe(400);
    expect(badWeights.body).toContain('权重');
    const saved = await send('office', 'PUT', '/api/v1/appeals/settings', { rules: changed, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, rules: { kindDays: { consult: 5 } } });
    expect((await send('office', 'PUT', '/api/v1/appeals/settings', { rules: changed, version: 0 })).statusCode).toBe(409);

    const monday = new Date('2026-11-16T02:00:00Z');
    const consult = await view('agent', await dispatched({ kind: 'consult', title: '新时限下的咨询' }, monday));
    const calendar = await t.services.calendar.current();
    expect(consult.dueAt).toBe(calendar.dueAt(monday, { unit: 'workingDays', value: 5 }).toISOString());
    // Back to the defaults for whatever runs after.
    expect((await send('office', 'PUT', '/api/v1/appeals/settings', { rules: editable, version: 1 })).statusCode).toBe(200);
  });
});

describe('the sign-for and callback limits', () => {
  it('apply as saved to tickets dispatched and answered afterwards; one dispatched before keeps its own', async () => {
    const monday = new Date('2026-11-16T02:00:00Z');
    const calendar = await t.services.calendar.current();
    const before = await view('agent', await dispatched({ kind: 'help', title: '改时限前派出的求助' }, monday));
    expect(before.stateDueAt).toBe(calendar.dueAt(monday, { unit: 'workingDays', value: 1 }).toISOString());

    const shown = (await send('office', 'GET', '/api/v1/appeals/settings')).json();
    const saved = await send('office', 'PUT', '/api/v1/appeals/settings', { rules: { ...shown.rules, signDays: 3, callbackDays: 4 }, version: shown.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().rules).toMatchObject({ signDays: 3, callbackDays: 4 });
    expect((await send('office', 'PUT', '/api/v1/appeals/settings', { rules: { ...shown.rules, signDays: 0 }, version: saved.json().version })).statusCode).toBe(400);

    try {
      const id = await dispatched({ kind: 'help', title: '改时限后派出的求助' }, monday);
      const signing = await view('agent', id);
      expect(signing.stateDueAt).toBe(calendar.dueAt(monday, { unit: 'workingDays', value: 3 }).toISOString());
      expect((await view('agent', before.id)).stateDueAt).toBe(before.stateDueAt);

      const signed = await send('handler', 'POST', `/api/v1/appeals/tickets/${id}/sign`, { version: signing.version });
      expect(signed.statusCode, signed.body).toBe(200);
      const replied = await send('handler', 'POST', `/api/v1/appeals/tickets/${id}/reply`, { version: signed.json().version, reply: '已安排维修，今天修好。', solved: true });
      expect(replied.statusCode, replied.body).toBe(200);
      const [ticketCase] = await t.services.workflow.ofSubject('appeal_ticket', id);
      expect(ticketCase?.state).toBe('callback');
      expect(ticketCase?.stateDueAt).toBe(calendar.dueAt(new Date(ticketCase!.stateEnteredAt), { unit: 'workingDays', value: 4 }).toISOString());
    } finally {
      const now = (await send('office', 'GET', '/api/v1/appeals/settings')).json();
      expect((await send('office', 'PUT', '/api/v1/appeals/settings', { rules: { ...now.rules, signDays: 1, callbackDays: 2 }, version: now.version })).statusCode).toBe(200);
    }
  });
});
