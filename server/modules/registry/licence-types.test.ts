import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, generateUscc } from '../../../common/ids/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../../seed/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { inUseProblems } from './service/licence-types.ts';

let t: TestApp;
let admin: Browser;
let approver: Browser; // 市场监管局
let dept: Record<string, string>;
const rng = createRng(4242);

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
  const list = (await t.app.inject({ url: '/api/v1/org/departments' })).json().departments as { id: string; code: string }[];
  dept = Object.fromEntries(list.map((d) => [d.code, d.id]));
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  approver = await signIn(t.app, 'approver', DEMO_PASSWORD);
});
afterAll(() => t.close());

const send = (b: Browser, method: 'POST' | 'PATCH', url: string, payload: unknown) => t.app.inject({ method, url, headers: b.headers(true), payload: payload as object });
const typeBody = (code: string, extra: object = {}) => ({
  code,
  name: '药品经营许可证',
  holderKind: 'entity',
  issuingDepartmentId: dept['HHHT-SCJG']!,
  fields: [
    { key: 'name', label: '企业名称', type: 'text' },
    { key: 'scope', label: '经营范围', type: 'text' },
    { key: 'expiresOn', label: '截止日期', type: 'date' },
  ],
  validityYears: 5,
  numberPrefix: '蒙AA',
  ...extra,
});
const auditCount = async (action: string, id: string) => {
  const [row] = await queryRows<{ n: unknown }>(t.services.database.db, sql`select count(*) as n from audit_log where action = ${action} and entity_id = ${id}`);
  return Number(row!.n);
};

describe('creating licence types', () => {
  it('an admin creates a type (audited) that the list shows, not in use, at version 1', async () => {
    const res = await send(admin, 'POST', '/api/v1/registry/licence-types', typeBody('DRUG_RETAIL'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'DRUG_RETAIL', issuingDepartmentName: '呼和浩特市市场监督管理局', inUse: false, version: 1, numberPrefix: '蒙AA' });
    expect(await auditCount('registry.licence-type.create', res.json().id)).toBe(1);
    const list = (await t.app.inject({ url: '/api/v1/registry/licence-types', headers: approver.headers() })).json().types as { code: string; inUse: boolean }[];
    expect(list.find((x) => x.code === 'DRUG_RETAIL')).toMatchObject({ inUse: false });
    expect(list.find((x) => x.code === 'BUSINESS_LICENCE')).toMatchObject({ inUse: true });
  });

  it('only admins may create or edit types', async () => {
    expect((await send(approver, 'POST', '/api/v1/registry/licence-types', typeBody('NOT_MINE'))).statusCode).toBe(403);
    const types = (await t.app.inject({ url: '/api/v1/registry/licence-types', headers: admin.headers() })).json().types as { id: string; version: number }[];
    expect((await send(approver, 'PATCH', `/api/v1/registry/licence-types/${types[0]!.id}`, { version: types[0]!.version, name: '改名' })).statusCode).toBe(403);
  });

  it('refuses a taken code (409), a lower-case code, duplicate field keys and an unknown department (400), with field paths', async () => {
    expect((await send(admin, 'POST', '/api/v1/registry/licence-types', typeBody('BUSINESS_LICENCE'))).statusCode).toBe(409);
    const lower = await send(admin, 'POST', '/api/v1/registry/licence-types', typeBody('drug_retail'));
    expect(lower.statusCode).toBe(400);
    expect(lower.json().errors[0]).toMatchObject({ path: 'body.code' });
    const twice = await send(admin, 'POST', '/api/v1/registry/licence-types', typeBody('TWICE', { fields: [{ key: 'a', label: 'A', type: 'text' }, { key: 'a', label: 'B', type: 'date' }] }));
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].path).toBe('body.fields.1.key');
    expect(twice.json().errors[0].message).toContain('重复');
    const nowhere = await send(admin, 'POST', '/api/v1/registry/licence-types', typeBody('NOWHERE', { issuingDepartmentId: '01900000-0000-7000-8000-000000000000' }));
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().errors[0].path).toBe('body.issuingDepartmentId');
  });

  it('answers any malformed body with a 4xx, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            code: fc.oneof(fc.string(), fc.constantFrom('OK_CODE', 'X')),
            name: fc.string(),
            holderKind: fc.oneof(fc.string(), fc.constantFrom('entity', 'person')),
            issuingDepartmentId: fc.oneof(fc.uuid(), fc.string()),
            fields: fc.array(fc.record({ key: fc.string(), label: fc.string(), type: fc.oneof(fc.string(), fc.constantFrom('text', 'date', 'number')) }), { maxLength: 3 }),
            validityYears: fc.oneof(fc.integer(), fc.constant(null), fc.string()),
            numberPrefix: fc.string(),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const res = await send(admin, 'POST', '/api/v1/registry/licence-types', body);
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('editing licence types', () => {
  let id: string;
  let version: number;
  const patch = (b: Browser, body: object) => send(b, 'PATCH', `/api/v1/registry/licence-types/${id}`, body);

  beforeAll(async () => {
    const created = (await send(admin, 'POST', '/api/v1/registry/licence-types', typeBody('MEDICAL_DEVICE', { name: '医疗器械经营许可证' }))).json();
    id = created.id;
    version = created.version;
  });

  it('edits freely while no licence exists, and refuses a stale version (409) and a new code (422)', async () => {
    const res = await patch(admin, { version, holderKind: 'person', fields: [{ key: 'holder', label: '持证人', type: 'text' }], validityYears: null });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ holderKind: 'person', validityYears: null, version: version + 1 });
    expect(await auditCount('registry.licence-type.update', id)).toBe(1);
    expect((await patch(admin, { version, name: '旧版本' })).statusCode).toBe(409);
    version += 1;
    const recoded = await patch(admin, { version, code: 'OTHER_CODE' });
    expect(recoded.statusCode).toBe(422);
    expect(recoded.json().errors[0].path).toBe('body.code');
    const back = await patch(admin, { version, holderKind: 'entity', fields: typeBody('X').fields, validityYears: 5 });
    expect(back.statusCode).toBe(200);
    version = back.json().version;
  });

  it('once a licence exists: adding and relabelling fields pass; removing, re-keying, retyping or a new holder kind are refused (422, in both languages)', async () => {
    const holder = generateUscc(rng, { regionCode: '150105' });
    const entity = await send(approver, 'POST', '/api/v1/registry/entities', {
      uscc: holder, name: '呼和浩特青城医疗器械有限公司', legalRepresentative: '王五', industrySection: 'F', industryClass: '5251',
      address: '呼和浩特市赛罕区大学东街 9 号', districtCode: '150105', establishedOn: '2018-03-01',
    });
    expect(entity.statusCode).toBe(201);
    const issued = await send(approver, 'POST', '/api/v1/registry/licences', { typeId: id, holderUscc: holder, fields: { name: '呼和浩特青城医疗器械有限公司', scope: '第二类医疗器械', expiresOn: '2030-01-01' } });
    expect(issued.statusCode).toBe(201);
    expect(issued.json().number).toMatch(/^蒙AA\d{12}$/);

    const fields = typeBody('X').fields;
    const relabelled = await patch(admin, { version, name: '医疗器械经营许可证（新版）', fields: [...fields.map((f) => (f.key === 'scope' ? { ...f, label: '经营范围（分类）' } : f)), { key: 'warehouse', label: '库房地址', type: 'text' }] });
    expect(relabelled.statusCode).toBe(200);
    expect(relabelled.json()).toMatchObject({ inUse: true, name: '医疗器械经营许可证（新版）' });
    version = relabelled.json().version;
    const current = relabelled.json().fields as { key: string; label: string; type: string }[];

    const refused = [
      { fields: current.filter((f) => f.key !== 'scope') },
      { fields: current.map((f) => (f.key === 'scope' ? { ...f, key: 'businessScope' } : f)) },
      { fields: current.map((f) => (f.key === 'expiresOn' ? { ...f, type: 'text' } : f)) },
      { holderKind: 'person' },
    ];
    for (const change of refused) {
      const en = await t.app.inject({ method: 'PATCH', url: `/api/v1/registry/licence-types/${id}`, headers: { ...admin.headers(true), 'accept-language': 'en' }, payload: { version, ...change } });
      expect(en.statusCode, JSON.stringify(change)).toBe(422);
      expect(en.json().title).toMatch(/licences of this type exist/);
      const zh = await patch(admin, { version, ...change });
      expect(zh.json().title).toContain('已签发此类证照');
    }
    // Nothing changed meanwhile, and the licence still verifies.
    const after = (await t.app.inject({ url: '/api/v1/registry/licence-types', headers: admin.headers() })).json().types.find((x: { id: string }) => x.id === id);
    expect(after).toMatchObject({ version, holderKind: 'entity' });
    expect((await t.app.inject({ url: `/api/v1/verify/${issued.json().verificationCode}` })).json().result).toBe('valid');
  });
});

describe('inUseProblems', () => {
  const before = { holderKind: 'entity', fields: [{ key: 'a', label: 'A', type: 'text' as const }, { key: 'b', label: 'B', type: 'date' as const }] };
  it('allows any superset of the keys with the same types, in any order, relabelled', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([{ key: 'c', label: 'C', type: 'number' as const }, { key: 'd', label: 'D', type: 'text' as const }]), fc.string(), (extra, label) => {
        const fields = [...extra, { key: 'b', label, type: 'date' as const }, { key: 'a', label: 'A2', type: 'text' as const }];
        expect(inUseProblems(before, { fields, holderKind: 'entity' })).toEqual([]);
      }),
    );
  });
  it('names every key removed', () => {
    const problems = inUseProblems(before, { fields: [{ key: 'z', label: 'Z', type: 'text' }] });
    expect(problems[0]!.message.zh).toContain('a、b');
    expect(problems[0]!.message.en).toContain('a, b');
  });
});
