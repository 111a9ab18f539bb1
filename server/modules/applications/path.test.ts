// The application's rules over time: 补正 (one complete list, the clock paused, the 5-working-day
// rule and deemed acceptance), extensions and suspensions, 告知承诺 with a failed post-check, a bundle
// with a refused member, the window channel, postal delivery and the statistics.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/audit/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { eventsAfter, EVENT_TYPES } from '../../platform/events/index.ts';
import { bundleBody } from '../../test/catalog-factories.ts';
import { pdfBytes } from '../../test/file-samples.ts';
import { createApplicationsTestApp, foodForm, principalOf, sender, type ApplicationsTestApp } from '../../test/applications-factories.ts';

let t: ApplicationsTestApp;
let send: ReturnType<typeof sender>;
const actor = (id: string) => ({ type: 'user' as const, id });

beforeAll(async () => {
  t = await createApplicationsTestApp();
  send = sender(t);
}, 60_000);
afterAll(() => t.close());

async function upload(who: 'qiye' | 'clerk') {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/files?purpose=application.material&name=a.pdf', headers: { ...t.browsers[who].headers(true), 'content-type': 'application/pdf' }, payload: pdfBytes() });
  return res.json().id as string;
}

/** Submits qiye's food application at `at` through the service (so the clock can be tested at chosen instants). */
async function submitAt(at: Date, overrides: object = {}) {
  const qiye = await principalOf(t, 'qiye');
  const id = await t.services.applications.drafts.create(actor(qiye.userId!), qiye, {
    itemCode: t.food.code,
    channel: 'online',
    uscc: t.uscc,
    formData: foodForm(t.uscc),
    materials: [{ key: 'application', fileIds: [await upload('qiye')], paper: false }],
    commitment: false,
    delivery: 'electronic',
    ...overrides,
  });
  await t.services.applications.submit(actor(qiye.userId!), qiye, id, 1, at);
  return id;
}

async function actAt(who: 'approver' | 'qiye' | 'leader', id: string, body: Record<string, unknown>, at: Date) {
  const p = await principalOf(t, who);
  const d = await t.services.applications.queries.detail(p, id, at);
  await t.services.applications.act(actor(p.userId!), p, id, { version: d.version, ...body } as never, at);
  return t.services.applications.queries.detail(p, id, at);
}

// Monday 2026-03-02 10:00 Shanghai; no holidays in the following weeks.
const mon = new Date('2026-03-02T02:00:00Z');
const day = (n: number) => new Date(mon.getTime() + n * 86_400_000);

describe('补正 and the intake clock', () => {
  it('asks once with the complete list, pauses until the applicant answers, and refuses a second intake notice', async () => {
    const id = await submitAt(mon);
    const asked = await actAt('approver', id, { action: 'requestCorrection', comment: '请补充材料', missing: ['经营场所使用证明', '申请书签字页'] }, day(1));
    expect(asked.state).toBe('correction');
    expect(asked.paused).toBe(true);
    expect(asked.correction?.missing).toEqual(['经营场所使用证明', '申请书签字页']);
    const qiye = await principalOf(t, 'qiye');
    const mine = await t.services.applications.queries.detail(qiye, id, day(2));
    expect(mine.actions.map((a) => a.key)).toEqual(expect.arrayContaining(['submitCorrection', 'withdraw']));
    const answered = await actAt('qiye', id, { action: 'submitCorrection', materials: [{ key: 'lease', fileIds: [await upload('qiye')], paper: false }] }, day(3));
    expect(answered.state).toBe('submitted');
    expect(answered.materials.find((m) => m.key === 'lease')?.status).toBe('uploaded');
    await expect(actAt('approver', id, { action: 'requestCorrection', comment: '再补', missing: ['x'] }, day(3))).rejects.toMatchObject({ status: 422 });
  });

  it('counts an application as accepted when no notice came within 5 working days: the clock runs from then, and no 补正 can be asked', async () => {
    const id = await submitAt(mon);
    // Day 9 (Wednesday of the next week) is past Monday + 5 working days.
    await expect(actAt('approver', id, { action: 'requestCorrection', comment: '补', missing: ['x'] }, day(9))).rejects.toMatchObject({ status: 422 });
    const accepted = await actAt('approver', id, { action: 'accept' }, day(9));
    const clockStart = (await t.services.workflow.history((await queryRows<{ case_id: string }>(t.services.database.db, sql`select case_id from application where id = ${id}`))[0]!.case_id)).at(-1)!;
    expect(clockStart.data).toMatchObject({ deemed: true });
    // Promised 5 working days from the deemed acceptance (Monday 9 March) → due Monday 16 March, not 5 days from day 9.
    expect(accepted.dueAt!.slice(0, 10)).toBe('2026-03-16');
  });

  it('the sweep accepts on its own what nobody answered in time', async () => {
    const id = await submitAt(mon);
    expect(await t.services.applications.deemAcceptOverdue(day(3))).toBe(0);
    expect(await t.services.applications.deemAcceptOverdue(day(10))).toBeGreaterThanOrEqual(1);
    const p = await principalOf(t, 'approver');
    const d = await t.services.applications.queries.detail(p, id, day(10));
    expect(d.state).toBe('review');
    expect(d.history.at(-1)).toMatchObject({ action: 'deemAccept', actorName: '系统 / System' });
  });
});

describe('extensions and suspensions', () => {
  it('extends by a leader within the legal bound and stops the clock while suspended for testing', async () => {
    const id = await submitAt(mon);
    const reviewing = await actAt('approver', id, { action: 'accept' }, mon);
    expect(reviewing.dueAt!.slice(0, 10)).toBe('2026-03-09');
    const extended = await actAt('leader', id, { action: 'extend', extension: 3, comment: '现场核查需要' }, day(1));
    expect(extended.dueAt!.slice(0, 10)).toBe('2026-03-12');
    // Legal 20 − promised 5 + 10 for 行政许可 = at most 25 more.
    await expect(actAt('leader', id, { action: 'extend', extension: 23, comment: '再延' }, day(1))).rejects.toMatchObject({ status: 422 });
    await actAt('approver', id, { action: 'suspend', comment: '送检' }, day(1));
    const resumed = await actAt('approver', id, { action: 'resume' }, day(8));
    // Suspended Tue 3 → Tue 10 March: 5 working days excluded.
    expect(resumed.dueAt!.slice(0, 10)).toBe('2026-03-19');
  });
});

describe('告知承诺 and the post-check', () => {
  it('grants on the commitment, opens a post-check, and a false commitment revokes the licence, records the breach and bars the applicant', async () => {
    const id = await submitAt(mon, { commitment: true });
    const granted = await actAt('approver', id, { action: 'approveOnCommitment' }, mon);
    expect(granted.outcome).toBe('approved');
    expect(granted.postCheck).toMatchObject({ result: 'pending', dueOn: '2026-05-02' });
    const approver = await principalOf(t, 'approver');
    const checks = await t.services.applications.listPostChecks(approver, { result: 'pending', limit: 50 });
    const check = checks.items.find((c) => c.applicationId === id)!;
    const before = await eventsAfter(t.services.database.db, EVENT_TYPES.commitmentBreached);
    await t.services.applications.postChecks.act(actor(approver.userId!), approver, check.id, { action: 'fail', version: check.caseVersion, comment: '现场核查：经营场所与承诺不符' }, day(20));
    const after = await t.services.applications.queries.detail(approver, id, day(20));
    expect(after.outcome).toBe('revoked');
    expect(after.result?.revoked).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/verify/${after.result!.verificationCode}` })).json().result).toBe('revoked');
    const events = await eventsAfter(t.services.database.db, EVENT_TYPES.commitmentBreached, before.at(-1)?.id ?? 0);
    expect(events).toHaveLength(1);
    expect(events[0]!.subjectId).toBe(t.uscc);
    // Barred: a new commitment-based application is refused; an ordinary one is still accepted.
    await expect(submitAt(day(21), { commitment: true })).rejects.toMatchObject({ status: 403 });
    await expect(submitAt(day(21))).resolves.toBeTypeOf('string');
    // The office lifts the bar (信用修复) and commitment works again.
    const blocks = (await send('office', 'GET', '/api/v1/commitment-blocks')).json().items as { id: string; applicantKey: string; applicantName: string | null; applicationId: string; applicationNumber: string | null }[];
    // The list names whom it bars and by which application, not only a code.
    const bar = blocks.find((b) => b.applicationId === id && b.applicantKey === `uscc:${t.uscc}`)!;
    expect([bar.applicantName, bar.applicationNumber]).toEqual([after.applicantName, after.number]);
    for (const b of blocks) expect((await send('office', 'POST', `/api/v1/commitment-blocks/${b.id}/lift`, { reason: '已整改并完成信用修复' })).statusCode).toBe(204);
    await expect(submitAt(day(22), { commitment: true })).resolves.toBeTypeOf('string');
  });
});

describe('bundles (一件事)', () => {
  it('opens one case per member in parallel; results wait for every member; a refused member leaves the bundle done but not approved', async () => {
    const fields = [
      { key: 'name', label: '名称', type: 'string' as const, required: true, mapsTo: [{ itemCode: t.food.code, field: 'entityName' }, { itemCode: t.spot.code, field: 'entityName' }] },
      { key: 'uscc', label: '统一社会信用代码', type: 'string' as const, required: true, mapsTo: [{ itemCode: t.food.code, field: 'uscc' }, { itemCode: t.spot.code, field: 'uscc' }] },
      { key: 'area', label: '面积', type: 'number' as const, required: true, mapsTo: [{ itemCode: t.food.code, field: 'area' }, { itemCode: t.spot.code, field: 'area' }] },
      { key: 'category', label: '类别', type: 'enum' as const, options: ['餐饮服务', '食品销售'], required: true, mapsTo: [{ itemCode: t.food.code, field: 'category' }, { itemCode: t.spot.code, field: 'category' }] },
    ];
    const created = await t.services.catalog.bundles.create(systemActor, bundleBody(t.dept, { members: [{ itemCode: t.food.code }, { itemCode: t.spot.code }], fields }));
    const bundle = await t.services.catalog.bundles.publish(systemActor, created.id, created.version);
    const fileId = await upload('qiye');
    const d = (await send('qiye', 'POST', '/api/v1/applications', { bundleCode: bundle.code, channel: 'online', uscc: t.uscc, formData: { name: '测试青城餐饮有限公司', uscc: t.uscc, area: 80, category: '餐饮服务' }, materials: [{ key: 'application', fileIds: [fileId] }] })).json();
    const submitted = await send('qiye', 'POST', `/api/v1/applications/${d.id}/submit`, { version: d.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const parent = submitted.json();
    expect(parent.state).toBe('inProgress');
    expect(parent.members).toHaveLength(2);
    const [food, spot] = [parent.members.find((m: { itemCode: string }) => m.itemCode === t.food.code), parent.members.find((m: { itemCode: string }) => m.itemCode === t.spot.code)];
    // Each member is its own case with its own number, in the department's queue at once.
    expect(new Set([parent.number, food.number, spot.number]).size).toBe(3);
    const spotDetail = (await send('approver', 'GET', `/api/v1/applications/${spot.id}`)).json();
    const spotGranted = (await send('approver', 'POST', `/api/v1/applications/${spot.id}/actions`, { action: 'approveOnSpot', version: spotDetail.version })).json();
    // Results are handed out together: the granted member cannot be delivered while the other is open.
    const early = await send('approver', 'POST', `/api/v1/applications/${spot.id}/actions`, { action: 'deliver', version: spotGranted.version });
    expect(early.statusCode).toBe(422);
    let f = (await send('approver', 'GET', `/api/v1/applications/${food.id}`)).json();
    for (const body of [{ action: 'accept' }, { action: 'passReview' }, { action: 'reject', comment: '依据《食品安全法》第三十五条，场所不符合要求' }]) {
      f = (await send('approver', 'POST', `/api/v1/applications/${food.id}/actions`, { ...body, version: f.version })).json();
    }
    expect(f.state).toBe('rejected');
    const delivered = await send('approver', 'POST', `/api/v1/applications/${spot.id}/actions`, { action: 'deliver', version: spotGranted.version });
    expect(delivered.statusCode, delivered.body).toBe(200);
    const done = (await send('qiye', 'GET', `/api/v1/applications/${parent.id}`)).json();
    expect([done.state, done.outcome]).toEqual(['done', 'rejected']);
    expect(done.members.map((m: { state: string }) => m.state).sort()).toEqual(['done', 'rejected']);
  });
});

describe('the window, post and statistics', () => {
  it('a clerk files at the window: accepted at once, routed to the competent department, recorded as window intake', async () => {
    const fileId = await upload('clerk');
    const d = (await send('clerk', 'POST', '/api/v1/applications', { itemCode: t.food.code, channel: 'window', uscc: t.uscc, contactPhone: '13800001234', formData: foodForm(t.uscc), materials: [{ key: 'application', fileIds: [fileId] }], delivery: 'post', postAddress: '呼和浩特市赛罕区大学西街 1 号' })).json();
    const s = await send('clerk', 'POST', `/api/v1/applications/${d.id}/submit`, { version: d.version });
    expect(s.statusCode, s.body).toBe(200);
    const a = s.json();
    expect([a.state, a.channel, a.contactPhone]).toEqual(['review', 'window', '138****1234']);
    expect(a.intakeDepartmentName).toContain('政务服务');
    expect(a.holders.join()).toContain('市场监督管理局');
    let x = a;
    for (const action of ['passReview', 'approve']) x = (await send('approver', 'POST', `/api/v1/applications/${a.id}/actions`, { action, version: x.version })).json();
    expect(x.postStatus).toBe('pending');
    const posted = await send('clerk', 'POST', `/api/v1/applications/${a.id}/post`, { version: x.version, status: 'sent', tracking: 'SF1234567890' });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.json()).toMatchObject({ postStatus: 'sent', postTracking: 'SF1234567890' });
    expect((await send('clerk', 'POST', `/api/v1/applications/${a.id}/post`, { version: x.version, status: 'pending' })).statusCode).toBe(409);
  });

  it('counts by channel, state and department, with exempted materials, bundles and commitments; lists and exports for the office', async () => {
    const stats = (await send('office', 'GET', '/api/v1/applications/stats')).json();
    const total = (await queryRows<{ n: number }>(t.services.database.db, sql`select count(*)::int as n from application where kind in ('item','member') and submitted_at is not null`))[0]!.n;
    expect(stats.total).toBe(Number(total));
    expect(stats.byChannel.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(stats.total);
    expect(stats.materialsExempted).toBeGreaterThan(0);
    const list = (await send('office', 'GET', '/api/v1/applications?pageSize=5')).json();
    expect(list.total).toBeGreaterThan(0);
    const qiyeList = await send('qiye', 'GET', '/api/v1/applications');
    expect(qiyeList.statusCode).toBe(403);
    const xlsx = await send('office', 'GET', '/api/v1/applications/export.xlsx?channel=window');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
