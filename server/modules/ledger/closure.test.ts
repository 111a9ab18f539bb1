// 销号 on the workflow engine: the lead unit asks with evidence, the office approves or sends back with reasons;
// a task that needs the province's approval goes through submitProvince → provincialAccept / provincialReject;
// a stale screen gets 409; 挂牌督办 is escalated and lifted with its own version.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.ts';
import { createLedgerTestApp, detailOf, ledgerSender, makeTask, uploadEvidence, type LedgerTestApp } from '../../test/ledger-factories.ts';

let t: LedgerTestApp;
let send: ReturnType<typeof ledgerSender>;

beforeAll(async () => {
  t = await createLedgerTestApp();
  send = ledgerSender(t);
});
afterAll(async () => t?.close());

const keys = (d: { actions: { key: string }[] }) => d.actions.map((a) => a.key);

async function askClosure(id: string) {
  const evidence = await uploadEvidence(t, 'handler');
  const d = await detailOf(t, 'handler', id);
  const res = await send('handler', 'POST', `/tasks/${id}/actions`, { action: 'requestClosure', version: d.version, comment: '审批时限已压减至 58 个工作日', attachmentIds: [evidence] });
  expect(res.statusCode, res.body).toBe(200);
  return { detail: res.json(), evidence };
}

describe('closure (销号)', () => {
  it('asks for closure with evidence, is approved by the office, and keeps the whole history', async () => {
    const { id } = await makeTask(t);
    expect(keys(await detailOf(t, 'handler', id))).toEqual(expect.arrayContaining(['requestClosure', 'report']));
    const { detail, evidence } = await askClosure(id);
    expect(detail.state).toBe('reviewing');
    expect(detail.reports[0]).toMatchObject({ kind: 'closure', attachments: [{ id: evidence, name: '整改佐证材料.pdf' }] });
    // The office's queue holds it now: the unit may no longer act, the office sees approve but not submitProvince.
    expect(keys(await detailOf(t, 'handler', id))).not.toContain('requestClosure');
    const office = await detailOf(t, 'office', id);
    expect(keys(office)).toEqual(expect.arrayContaining(['approve', 'sendBack']));
    expect(keys(office)).not.toContain('submitProvince');
    // The office was told of the closure to review.
    const notices = await t.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers: t.browsers.office.headers() });
    expect(JSON.stringify(notices.json())).toContain('销号申请待审核');
    // The evidence is readable by the office (the task's readers), not by an outsider.
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/files/${evidence}`, headers: t.browsers.office.headers() })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/files/${evidence}`, headers: t.browsers.clerk.headers() })).statusCode).toBe(404);

    const approved = await send('office', 'POST', `/tasks/${id}/actions`, { action: 'approve', version: office.version, comment: '佐证充分，同意销号' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'closed', light: 'done' });
    expect(approved.json().closedAt).not.toBeNull();
    expect(approved.json().reports.map((r: { kind: string }) => r.kind)).toEqual(['review', 'closure']);
    expect(keys(approved.json())).toEqual([]);
  });

  it('sends back with reasons to the unit, which may then file progress and ask again', async () => {
    const { id } = await makeTask(t);
    await askClosure(id);
    const office = await detailOf(t, 'office', id);
    const noReason = await send('office', 'POST', `/tasks/${id}/actions`, { action: 'sendBack', version: office.version });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().detail).toContain('退回原因');
    const back = await send('office', 'POST', `/tasks/${id}/actions`, { action: 'sendBack', version: office.version, comment: '缺少并联审批系统截图' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().state).toBe('doing');
    const [row] = await queryRows<{ n: number }>(t.services.database.db, sql`select sent_back_count as n from ledger_task where id = ${id}`);
    expect(Number(row!.n)).toBe(1);
    const notices = await t.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers: t.browsers.handler.headers() });
    expect(JSON.stringify(notices.json())).toContain('缺少并联审批系统截图');
    expect(keys(await detailOf(t, 'handler', id))).toEqual(expect.arrayContaining(['requestClosure', 'report']));
    const again = await askClosure(id);
    expect(again.detail.state).toBe('reviewing');
  });

  it('needs evidence and a comment to ask for closure (422, both languages)', async () => {
    const { id } = await makeTask(t);
    const d = await detailOf(t, 'handler', id);
    const bare = await send('handler', 'POST', `/tasks/${id}/actions`, { action: 'requestClosure', version: d.version, comment: '已完成' });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().detail).toContain('佐证材料');
    const english = await t.app.inject({ method: 'POST', url: `/api/v1/ledger/tasks/${id}/actions`, headers: { ...t.browsers.handler.headers(true), 'accept-language': 'en' }, payload: { action: 'requestClosure', version: d.version, comment: 'done' } });
    expect(english.json().detail).toContain('evidence');
    const evidence = await uploadEvidence(t, 'handler');
    const silent = await send('handler', 'POST', `/tasks/${id}/actions`, { action: 'requestClosure', version: d.version, attachmentIds: [evidence] });
    expect(silent.statusCode).toBe(422);
    expect((await detailOf(t, 'handler', id)).state).toBe('doing');
  });

  it('lets a support unit file progress but not ask for closure', async () => {
    const { id } = await makeTask(t);
    const filed = await send('approver', 'POST', `/tasks/${id}/reports`, { text: '已完成市场主体登记环节的数据对接', progress: 40 });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().progress).toBe(40);
    expect(keys(filed.json())).not.toContain('requestClosure');
    const evidence = await uploadEvidence(t, 'approver');
    const asked = await send('approver', 'POST', `/tasks/${id}/actions`, { action: 'requestClosure', version: filed.json().version, comment: '完成', attachmentIds: [evidence] });
    expect(asked.statusCode).toBe(403);
  });

  it('refuses a stale version with 409', async () => {
    const { id } = await makeTask(t);
    const before = await detailOf(t, 'office', id);
    await send('handler', 'POST', `/tasks/${id}/reports`, { text: '进展：完成方案起草', progress: 20 });
    const late = await send('office', 'POST', `/tasks/${id}/actions`, { action: 'urge', version: before.version, comment: '请加快进度' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('VERSION_CONFLICT');
    const edit = await send('office', 'PUT', `/tasks/${id}`, { version: before.version, title: '改名' });
    expect(edit.statusCode).toBe(409);
    const fresh = await detailOf(t, 'office', id);
    const urged = await send('office', 'POST', `/tasks/${id}/actions`, { action: 'urge', version: fresh.version, comment: '请加快进度' });
    expect(urged.statusCode, urged.body).toBe(200);
    expect(urged.json().reports[0]).toMatchObject({ kind: 'note', text: '催办：请加快进度' });
  });
});

describe('the province’s second approval (自治区销号)', () => {
  it('is submitted and accepted; approve is refused on such a task', async () => {
    const { id } = await makeTask(t, { needsSecondApproval: true });
    await askClosure(id);
    const office = await detailOf(t, 'office', id);
    expect(keys(office)).toContain('submitProvince');
    expect(keys(office)).not.toContain('approve');
    const approve = await send('office', 'POST', `/tasks/${id}/actions`, { action: 'approve', version: office.version });
    expect(approve.statusCode).toBe(422);
    expect(approve.json().detail).toContain('自治区');
    const submitted = await send('office', 'POST', `/tasks/${id}/actions`, { action: 'submitProvince', version: office.version, comment: '报自治区营商办' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ state: 'provincial' });
    expect(submitted.json().provincialSubmittedAt).not.toBeNull();
    const accepted = await send('office', 'POST', `/tasks/${id}/actions`, { action: 'provincialAccept', version: submitted.json().version, comment: '自治区已销号' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'closed' });
    expect(accepted.json().provincialAcceptedAt).not.toBeNull();
    expect(accepted.json().reports.map((r: { kind: string }) => r.kind)).toEqual(['provincial', 'review', 'closure']);
  });

  it('is refused for a task that does not need it; the province may send one back', async () => {
    const plain = await makeTask(t);
    await askClosure(plain.id);
    const d = await detailOf(t, 'office', plain.id);
    const submit = await send('office', 'POST', `/tasks/${plain.id}/actions`, { action: 'submitProvince', version: d.version });
    expect(submit.statusCode).toBe(422);

    const second = await makeTask(t, { needsSecondApproval: true });
    await askClosure(second.id);
    const s = await detailOf(t, 'office', second.id);
    const submitted = await send('office', 'POST', `/tasks/${second.id}/actions`, { action: 'submitProvince', version: s.version });
    const rejected = await send('office', 'POST', `/tasks/${second.id}/actions`, { action: 'provincialReject', version: submitted.json().version, comment: '自治区要求补充第三方评估报告' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json().state).toBe('doing');
    expect(keys(await detailOf(t, 'handler', second.id))).toContain('requestClosure');
  });
});

describe('挂牌督办', () => {
  it('escalates with a reason, level and answer-by date, tells the unit, and is lifted with a note', async () => {
    const { id } = await makeTask(t);
    const d = await detailOf(t, 'office', id);
    expect((await send('handler', 'POST', `/tasks/${id}/escalations`, { version: d.version, reason: '进度滞后' })).statusCode).toBe(403);
    const up = await send('office', 'POST', `/tasks/${id}/escalations`, { version: d.version, reason: '连续两月无实质进展', level: 'government', answerBy: '2026-12-15' });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ escalated: true, escalations: [{ level: 'government', answerBy: '2026-12-15', liftedAt: null }] });
    expect(keys(up.json())).toContain('lift');
    const twice = await send('office', 'POST', `/tasks/${id}/escalations`, { version: up.json().version, reason: '再次督办' });
    expect(twice.statusCode).toBe(422);
    const notices = await t.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers: t.browsers.handler.headers() });
    expect(JSON.stringify(notices.json())).toContain('挂牌督办');
    const list = await send('office', 'GET', '/tasks?escalated=true');
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(id);

    const escalation = up.json().escalations[0] as { id: string; version: number };
    const stale = await send('office', 'POST', `/tasks/${id}/escalations/${escalation.id}/lift`, { version: escalation.version + 1, note: '已整改' });
    expect(stale.statusCode).toBe(409);
    const lifted = await send('office', 'POST', `/tasks/${id}/escalations/${escalation.id}/lift`, { version: escalation.version, note: '单位已制定整改计划并按期推进' });
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json()).toMatchObject({ escalated: false, escalations: [{ liftNote: '单位已制定整改计划并按期推进', version: 2 }] });
    expect(lifted.json().reports.filter((r: { kind: string }) => r.kind === 'escalation')).toHaveLength(2);
  });

  it('cancels a task with a reason', async () => {
    const { id } = await makeTask(t);
    const d = await detailOf(t, 'office', id);
    expect((await send('office', 'POST', `/tasks/${id}/actions`, { action: 'cancel', version: d.version })).statusCode).toBe(422);
    const cancelled = await send('office', 'POST', `/tasks/${id}/actions`, { action: 'cancel', version: d.version, comment: '与另一任务合并' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', light: 'done', closedAt: null });
  });
});
