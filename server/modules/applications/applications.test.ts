import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.ts';
import { pdfBytes } from '../../test/file-samples.ts';
import {
  createApplicationsTestApp,
  foodForm,
  RESULT_TYPE,
  sender,
  type ApplicationsTestApp,
} from '../../test/applications-factories.ts';

let t: ApplicationsTestApp;
let send: ReturnType<typeof sender>;

beforeAll(async () => {
  t = await createApplicationsTestApp();
  send = sender(t);
}, 60_000);
afterAll(() => t.close());

async function upload(who: 'qiye' | 'clerk' | 'shimin', name = '申请书.pdf') {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/files?purpose=application.material&name=${encodeURIComponent(name)}`,
    headers: { ...t.browsers[who].headers(true), 'content-type': 'application/pdf' },
    payload: pdfBytes(),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** qiye's draft for the food item with everything it needs. */
async function draft(overrides: object = {}) {
  const fileId = await upload('qiye');
  const res = await send('qiye', 'POST', '/api/v1/applications', {
    itemCode: t.food.code,
    channel: 'online',
    uscc: t.uscc,
    formData: foodForm(t.uscc),
    materials: [{ key: 'application', fileIds: [fileId] }],
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function submitted(overrides: object = {}) {
  const d = await draft(overrides);
  const res = await send('qiye', 'POST', `/api/v1/applications/${d.id}/submit`, { version: d.version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const act = async (who: Parameters<typeof send>[0], id: string, body: object) =>
  send(who, 'POST', `/api/v1/applications/${id}/actions`, body);
const detail = async (who: Parameters<typeof send>[0], id: string) =>
  (await send(who, 'GET', `/api/v1/applications/${id}`)).json();

describe('submitting online', () => {
  it('draws the 办件编号, fetches the business licence instead of asking for it, and lands in the department queue', async () => {
    const a = await submitted();
    expect(a.state).toBe('submitted');
    // 实施编码 (18 + 1 + basic code) + yyyyMMdd + 4-digit sequence.
    expect(a.number).toMatch(/^[0-9A-Z]{18}[1-3]000101001000\d{8}\d{4}$/);
    const licence = a.materials.find((m: { key: string }) => m.key === 'business_licence');
    expect(licence.status).toBe('fetched');
    expect(a.exemptedCount).toBe(1);
    const log = await queryRows<{ n: number }>(
      t.services.database.db,
      sql`select count(*)::int as n from share_log where case_number = ${a.number} and allowed`,
    );
    expect(Number(log[0]!.n)).toBe(1);
    // Logged as read for the applicant, under their plain name: the share log says "for the applicant" in either language.
    const me = (await send('qiye', 'GET', '/api/v1/auth/me')).json();
    const logged = (await send('approver', 'GET', `/api/v1/registry/share-log?uscc=${t.uscc}&pageSize=100`)).json();
    expect(logged.items.find((i: { caseNumber: string }) => i.caseNumber === a.number)).toMatchObject({ forApplicant: true, requesterName: me.user.name, allowed: true });
    const queue = (await send('approver', 'GET', '/api/v1/applications/queue')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(a.id);
    expect((await detail('approver', a.id)).actions.map((x: { key: string }) => x.key)).toEqual(
      expect.arrayContaining(
        ['accept', 'refuse', 'requestCorrection', 'approveOnCommitment'].filter(
          (k) => k !== 'approveOnCommitment',
        ),
      ),
    );
  });


  it('migration 0027 rewrites a read logged the old way, with "（一网通办申请）" after the name, and no other row', async () => {
    const a = await submitted();
    const db = t.services.database.db;
    const officer = randomUUID();
    await db.execute(sql`insert into share_log (id, requester_type, requester_name, subject_kind, resource, purpose, case_number, allowed)
      values (${officer}, 'user', '王五（稽查）', 'entity', 'record', 'supervision', 'ZF-1', true)`);
    const shape = () => queryRows<{ requester_type: string; requester_name: string }>(db, sql`select requester_type, requester_name from share_log where case_number in (${a.number}, 'ZF-1') order by case_number`);
    const now = await shape();
    await db.execute(sql`update share_log set requester_type = 'user', requester_name = requester_name || '（一网通办申请）' where case_number = ${a.number}`);
    await db.execute(sql.raw(readFileSync(new URL('../../db/migrations/0027_share_log_for_applicant.sql', import.meta.url), 'utf8')));
    expect(await shape()).toEqual(now);
    expect(now.map((r) => r.requester_type).sort()).toEqual(['application', 'user']);
  });
  it('refuses a form that breaks the schema and a missing required material, naming each, and keeps the draft', async () => {
    const bad = await send('qiye', 'POST', '/api/v1/applications', {
      itemCode: t.food.code,
      channel: 'online',
      uscc: t.uscc,
      formData: { ...foodForm(t.uscc), area: 0 },
      materials: [],
    });
    const d = bad.json();
    const r1 = await send('qiye', 'POST', `/api/v1/applications/${d.id}/submit`, { version: d.version });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().errors.map((e: { path: string }) => e.path)).toContain('body.formData.area');
    await send('qiye', 'PATCH', `/api/v1/applications/${d.id}`, {
      version: d.version,
      formData: foodForm(t.uscc),
    });
    const r2 = await send('qiye', 'POST', `/api/v1/applications/${d.id}/submit`, { version: d.version + 1 });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.materials.application']);
    expect(r2.json().detail ?? r2.body).toContain('申请书');
    expect((await detail('qiye', d.id)).state).toBe('draft');
  });

  it('saves only what a draft save sends (the rest of the draft is kept)', async () => {
    const d = await draft();
    const saved = await send('qiye', 'PATCH', `/api/v1/applications/${d.id}`, { version: d.version, contactPhone: '13900001111' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().formData).toEqual(foodForm(t.uscc));
    expect(saved.json().materials.find((m: { key: string }) => m.key === 'application').files).toHaveLength(1);
    expect(saved.json().contactPhone).toBe('139****1111');
  });

  it('hides an application from other applicants and refuses to file for an entity the applicant does not represent', async () => {
    const a = await submitted();
    expect((await send('shimin', 'GET', `/api/v1/applications/${a.id}`)).statusCode).toBe(404);
    const res = await send('shimin', 'POST', '/api/v1/applications', {
      itemCode: t.food.code,
      channel: 'online',
      uscc: t.uscc,
    });
    expect(res.statusCode).toBe(403);
    const staffChannel = await send('qiye', 'POST', '/api/v1/applications', {
      itemCode: t.food.code,
      channel: 'window',
    });
    expect(staffChannel.statusCode).toBe(422);
  });

  it('leaves no half-written case when the submission fails midway: the number is given back', async () => {
    // A file of another applicant makes the transaction fail after the number was drawn.
    const foreign = await upload('shimin');
    const d = await draft({ materials: [{ key: 'application', fileIds: [foreign] }] });
    const res = await send('qiye', 'POST', `/api/v1/applications/${d.id}/submit`, { version: d.version });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    const after = await detail('qiye', d.id);
    expect(after.state).toBe('draft');
    expect(after.number).toBeNull();
    const cases = await queryRows<{ n: number }>(
      t.services.database.db,
      sql`select count(*)::int as n from workflow_case where subject_id = ${d.id}`,
    );
    expect(Number(cases[0]!.n)).toBe(0);
    // The next submission takes the number right after the last one: no gap.
    const before = (
      await queryRows<{ last: number }>(
        t.services.database.db,
        sql`select max(last)::int as last from application_sequence`,
      )
    )[0]!.last;
    const next = await submitted();
    expect(Number(next.number.slice(-4))).toBe(Number(before) + 1);
  });
});

describe('the standard path', () => {
  it('accepts, reviews, grants (issuing the e-licence into the registry) and delivers; the applicant sees the result', async () => {
    const a = await submitted();
    let d = a;
    for (const [who, action] of [
      ['approver', 'accept'],
      ['approver', 'passReview'],
      ['approver', 'approve'],
      ['approver', 'deliver'],
    ] as const) {
      const res = await act(who, a.id, { action, version: d.version });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      d = res.json();
    }
    expect(d.state).toBe('done');
    expect(d.outcome).toBe('approved');
    expect(d.result.typeName).toBe('食品经营许可证（测试）');
    const verify = (
      await t.app.inject({ method: 'GET', url: `/api/v1/verify/${d.result.verificationCode}` })
    ).json();
    expect(verify.result).toBe('valid');
    expect(verify.holderName).toBe('测试青城餐饮有限公司');
    const mine = await detail('qiye', a.id);
    expect(mine.history.map((h: { action: string }) => h.action)).toEqual([
      'open',
      'accept',
      'passReview',
      'approve',
      'deliver',
    ]);
    expect(mine.workingDays).not.toBeNull();
    const licences = await queryRows<{ n: number }>(
      t.services.database.db,
      sql`select count(*)::int as n from licence l join licence_type t on t.id = l.type_id where t.code = ${RESULT_TYPE}`,
    );
    expect(Number(licences[0]!.n)).toBeGreaterThanOrEqual(1);
  });

  it('lets exactly one of two approvers acting at once win; the other gets 409 with the new state', async () => {
    const a = await submitted();
    const [r1, r2] = await Promise.all([
      act('approver', a.id, { action: 'accept', version: a.version }),
      act('approver2', a.id, { action: 'accept', version: a.version }),
    ]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 409]);
    const loser = r1.statusCode === 409 ? r1 : r2;
    expect(loser.body).toContain('审查中');
    const history = (await detail('approver', a.id)).history.filter(
      (h: { action: string }) => h.action === 'accept',
    );
    expect(history).toHaveLength(1);
  });

  it('refuses with reasons and rejects with legal grounds (a comment is required)', async () => {
    const a = await submitted();
    expect((await act('approver', a.id, { action: 'refuse', version: a.version })).statusCode).toBe(400);
    const refused = (
      await act('approver', a.id, { action: 'refuse', version: a.version, comment: '不属于本部门职权范围' })
    ).json();
    expect([refused.state, refused.outcome]).toEqual(['refused', 'refused']);
    expect(refused.finishedAt).not.toBeNull();
  });

  it('grants an on-the-spot item at once, and not an ordinary one', async () => {
    const fileId = await upload('qiye');
    const d = (
      await send('qiye', 'POST', '/api/v1/applications', {
        itemCode: t.spot.code,
        channel: 'online',
        uscc: t.uscc,
        formData: foodForm(t.uscc),
        materials: [{ key: 'application', fileIds: [fileId] }],
      })
    ).json();
    const s = (
      await send('qiye', 'POST', `/api/v1/applications/${d.id}/submit`, { version: d.version })
    ).json();
    expect(s.actions.map((x: { key: string }) => x.key)).not.toContain('approveOnSpot'); // the applicant holds nothing
    const granted = await act('approver', s.id, { action: 'approveOnSpot', version: s.version });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().state).toBe('delivery');
    const ordinary = await submitted();
    expect(
      (await act('approver', ordinary.id, { action: 'approveOnSpot', version: ordinary.version })).statusCode,
    ).toBe(422);
  });
});

describe('bad input', () => {
  it('answers any draft, action or query body with a 4xx and a message, never a 5xx', async () => {
    const a = await submitted();
    const anything = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
    );
    const body = fc.dictionary(
      fc.constantFrom(
        'itemCode',
        'bundleCode',
        'channel',
        'uscc',
        'formData',
        'materials',
        'action',
        'version',
        'missing',
        'toState',
        'extension',
        'comment',
        'toUserId',
      ),
      anything,
      { maxKeys: 6 },
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('draft', 'action', 'submit', 'list'), async (payload, where) => {
        const res =
          where === 'draft'
            ? await send('qiye', 'POST', '/api/v1/applications', payload)
            : where === 'action'
              ? await act('approver', a.id, payload)
              : where === 'submit'
                ? await send('qiye', 'POST', `/api/v1/applications/${a.id}/submit`, payload)
                : await send(
                    'office',
                    'GET',
                    `/api/v1/applications?${new URLSearchParams(Object.entries(payload).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString()}`,
                  );
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.json().detail ?? res.json().title).toBeTruthy();
      }),
      { numRuns: 60 },
    );
  });
});
