// Two staff paths around 一窗受理 and 事后核查: a clerk files a 一件事 (bundle) at the window — one merged form,
// materials checked on paper — and the bundle gets its own 办件编号 with one case per member in each member's
// department; and a post-check is handed over (转办) to a named approver or inspector of its department, who
// then holds it alone.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/audit/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { bundleBody } from '../../test/catalog-factories.ts';
import { pdfBytes } from '../../test/file-samples.ts';
import { createApplicationsTestApp, foodForm, sender, type ApplicationsTestApp } from '../../test/applications-factories.ts';

let t: ApplicationsTestApp;
let send: ReturnType<typeof sender>;

beforeAll(async () => {
  t = await createApplicationsTestApp();
  send = sender(t);
}, 60_000);
afterAll(() => t.close());

interface Member {
  itemCode: string;
  number: string | null;
  departmentName: string | null;
  state: string;
}

describe('a 一件事 at the window', () => {
  it('is filed by a clerk on paper: the bundle numbered, each member a case of its own department, the window recorded', async () => {
    const fields = [
      { key: 'name', label: '名称', type: 'string' as const, required: true, prefill: 'entity.name' as const, mapsTo: [{ itemCode: t.food.code, field: 'entityName' }, { itemCode: t.spot.code, field: 'entityName' }] },
      { key: 'uscc', label: '统一社会信用代码', type: 'string' as const, required: true, mapsTo: [{ itemCode: t.food.code, field: 'uscc' }, { itemCode: t.spot.code, field: 'uscc' }] },
      { key: 'area', label: '面积', type: 'number' as const, required: true, mapsTo: [{ itemCode: t.food.code, field: 'area' }, { itemCode: t.spot.code, field: 'area' }] },
      { key: 'category', label: '类别', type: 'enum' as const, options: ['餐饮服务', '食品销售'], required: true, mapsTo: [{ itemCode: t.food.code, field: 'category' }, { itemCode: t.spot.code, field: 'category' }] },
    ];
    const created = await t.services.catalog.bundles.create(systemActor, bundleBody(t.dept, { members: [{ itemCode: t.food.code }, { itemCode: t.spot.code }], fields }));
    const bundle = await t.services.catalog.bundles.publish(systemActor, created.id, created.version);
    const form = foodForm(t.uscc);
    const draft = await send('clerk', 'POST', '/api/v1/applications', {
      bundleCode: bundle.code,
      channel: 'window',
      uscc: t.uscc,
      contactPhone: '13800001234',
      formData: { name: form.entityName, uscc: t.uscc, area: form.area, category: form.category },
      // The application form is shown on paper; the business licence is fetched from the registry.
      materials: [{ key: 'application', fileIds: [], paper: true }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const submitted = await send('clerk', 'POST', `/api/v1/applications/${draft.json().id}/submit`, { version: draft.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const parent = submitted.json();
    expect([parent.kind, parent.state, parent.channel, parent.bundleCode]).toEqual(['bundle', 'inProgress', 'window', bundle.code]);
    expect(parent.number).toMatch(/\d{4}$/);
    expect(parent.intakeDepartmentName).toContain('政务服务');
    expect(parent.assistedByName).toContain('王丽');
    const members = parent.members as Member[];
    expect(members.map((m) => m.itemCode).sort()).toEqual([t.food.code, t.spot.code].sort());
    expect(new Set([parent.number, ...members.map((m) => m.number)]).size).toBe(3);
    for (const m of members) expect(m.departmentName).toContain('市场监督管理局');
    // The window accepts at once, except what is decided on the spot.
    expect(members.find((m) => m.itemCode === t.food.code)?.state).toBe('review');
    // The bundle promises 3 working days for the whole: the member item that alone promises 5 runs to the bundle's 3.
    const clocks = await queryRows<{ item: string; days: number }>(t.services.database.db, sql`select a.item_code as item, (c.clock->'limit'->>'value')::int as days from application a join workflow_case c on c.id = a.case_id where a.parent_id = ${parent.id}`);
    expect(clocks.find((c) => c.item === t.food.code)?.days).toBe(3);
    expect((await t.services.catalog.items.get(t.food.id)).promisedLimitDays).toBe(5);
    expect(parent.materials.find((m: { key: string }) => m.key === 'application')?.status).toBe('paper');
    // The clerk reads it back (the receipt printed again later).
    expect((await send('clerk', 'GET', `/api/v1/applications/${parent.id}`)).json().members).toHaveLength(2);
  });
});

describe('转办 of a post-check', () => {
  async function pendingCheck() {
    const upload = await t.app.inject({ method: 'POST', url: '/api/v1/files?purpose=application.material&name=a.pdf', headers: { ...t.browsers.qiye.headers(true), 'content-type': 'application/pdf' }, payload: pdfBytes() });
    const draft = (await send('qiye', 'POST', '/api/v1/applications', { itemCode: t.food.code, channel: 'online', uscc: t.uscc, formData: foodForm(t.uscc), materials: [{ key: 'application', fileIds: [upload.json().id] }], commitment: true })).json();
    const app = (await send('qiye', 'POST', `/api/v1/applications/${draft.id}/submit`, { version: draft.version })).json();
    const granted = await send('approver', 'POST', `/api/v1/applications/${app.id}/actions`, { action: 'approveOnCommitment', version: app.version });
    expect(granted.statusCode, granted.body).toBe(200);
    return app.id as string;
  }
  const checkOf = async (who: 'approver' | 'approver2', applicationId: string) =>
    ((await send(who, 'GET', '/api/v1/post-checks?result=pending')).json().items as { id: string; applicationId: string; departmentId: string; holders: string[]; actions: string[]; caseVersion: number }[]).find((c) => c.applicationId === applicationId)!;
  const userId = async (username: string) => ((await send('admin', 'GET', `/api/v1/org/users?q=${username}`)).json().items as { id: string; username: string }[]).find((u) => u.username === username)!.id;

  it('goes to a named approver of the department, who alone may then decide it; a stale version and an outsider are refused', async () => {
    const applicationId = await pendingCheck();
    const before = await checkOf('approver', applicationId);
    expect(before.departmentId).toBe(t.dept['HHHT-SCJG']);
    expect(before.holders).toEqual(['呼和浩特市市场监督管理局']);
    expect(before.actions).toEqual(expect.arrayContaining(['pass', 'fail', 'handover']));

    // Only an approver or inspector of the check's department may receive it.
    const outsider = await send('approver', 'POST', `/api/v1/post-checks/${before.id}/actions`, { action: 'handover', version: before.caseVersion, toUserId: await userId('clerk') });
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json().errors[0].path).toBe('body.toUserId');
    const nobody = await send('approver', 'POST', `/api/v1/post-checks/${before.id}/actions`, { action: 'handover', version: before.caseVersion });
    expect(nobody.statusCode).toBe(422);

    const colleague = await userId('approver2');
    const handed = await send('approver', 'POST', `/api/v1/post-checks/${before.id}/actions`, { action: 'handover', version: before.caseVersion, toUserId: colleague, comment: '请钱敏现场核查' });
    expect(handed.statusCode, handed.body).toBe(200);
    // The colleague is told, in their own messages, with a way to the list; the one who handed it over is not.
    const noticesOf = async (who: 'approver' | 'approver2') =>
      ((await send(who, 'GET', '/api/v1/me/notifications?pageSize=50')).json().items as { kind: string; title: { zh: string }; body: { zh: string }; link: string | null }[]).filter((n) => n.kind === 'application.postCheck.handover');
    const told = await noticesOf('approver2');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ title: { zh: '事后核查转办给您' }, link: '/work/post-checks' });
    expect(told[0]!.body.zh).toContain(((await send('approver', 'GET', `/api/v1/applications/${applicationId}`)).json() as { number: string }).number);
    expect(await noticesOf('approver')).toHaveLength(0);
    // Someone acting on what they saw before the handover gets 409.
    const stale = await send('approver', 'POST', `/api/v1/post-checks/${before.id}/actions`, { action: 'handover', version: before.caseVersion, toUserId: colleague });
    expect(stale.statusCode).toBe(409);

    const mine = await checkOf('approver2', applicationId);
    expect(mine.holders).toEqual([expect.stringContaining('钱敏')]);
    expect(mine.actions).toEqual(expect.arrayContaining(['pass', 'fail', 'handover']));
    const theirs = await checkOf('approver', applicationId);
    expect(theirs.holders).toEqual(mine.holders);
    expect(theirs.actions).not.toContain('pass');
    const refused = await send('approver', 'POST', `/api/v1/post-checks/${before.id}/actions`, { action: 'pass', version: theirs.caseVersion });
    expect(refused.statusCode).toBe(403);

    const passed = await send('approver2', 'POST', `/api/v1/post-checks/${before.id}/actions`, { action: 'pass', version: mine.caseVersion, comment: '现场核查属实' });
    expect(passed.statusCode, passed.body).toBe(200);
    expect(passed.json().result).toBe('passed');
  });
});
