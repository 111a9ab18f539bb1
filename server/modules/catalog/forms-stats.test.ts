import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, generateUscc } from '../../../common/ids/index.ts';
import { systemActor } from '../../platform/audit/index.ts';
import { DEMO_PASSWORD } from '../../seed/index.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { bundleBody, createCatalogTestApp, itemBody, type CatalogTestApp, type ItemBody } from '../../test/catalog-factories.ts';

let t: CatalogTestApp;
let admin: Browser;
let applicant: Browser;
let food: { id: string; code: string };
const uscc = generateUscc(createRng(7), { regionCode: '150105' });

const publishItem = async (body: ItemBody) => {
  const { items } = t.services.catalog;
  const draft = await items.create(systemActor, body);
  return items.publish(systemActor, draft.id, draft.version);
};

beforeAll(async () => {
  t = await createCatalogTestApp();
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  applicant = await signIn(t.app, 'qiye', DEMO_PASSWORD);
  await t.services.registry.entities.create(systemActor, null, {
    uscc,
    name: '呼和浩特市青城餐饮有限公司',
    legalRepresentative: '王五',
    registeredCapitalFen: 50_000_000,
    industrySection: 'H',
    industryClass: '6210',
    address: '回民区中山西路 8 号',
    districtCode: '150103',
    establishedOn: '2021-03-15',
    status: 'active',
    tags: [],
  });
  food = await publishItem(
    itemBody(t.dept, {
      form: {
        ...itemBody(t.dept).form,
        schema: { ...(itemBody(t.dept).form.schema as object), properties: { ...((itemBody(t.dept).form.schema as { properties: object }).properties), capital: { type: 'number', title: '注册资本（元）' }, contact: { type: 'string', title: '联系人' } } },
        prefill: { entityName: 'entity.name', uscc: 'entity.uscc', capital: 'entity.registeredCapitalYuan', contact: 'applicant.name' },
      },
    }),
  );
});
afterAll(() => t.close());

const validate = (id: string, data: object, lang = 'zh-CN') =>
  t.app.inject({ method: 'POST', url: `/api/v1/catalog/items/${id}/validate-form`, headers: { 'accept-language': lang }, payload: { data } });

describe('item forms', () => {
  it('checks an applicant’s answers without sign-in, one bilingual message per field', async () => {
    const ok = await validate(food.id, { entityName: '青城餐饮', uscc, area: 80, category: '餐饮服务', openedOn: '2026-03-01' });
    expect(ok.json()).toEqual({ valid: true, errors: [] });

    const bad = await validate(food.id, { entityName: 'x'.repeat(51), uscc: 'abc', area: 0, category: '网吧', openedOn: '2026-02-30', remark: '' });
    expect(bad.statusCode).toBe(200);
    const byField = Object.fromEntries(bad.json().errors.map((e: { field: string; message: { zh: string; en: string } }) => [e.field, e.message]));
    expect(byField).toEqual({
      entityName: { zh: '“经营者名称”最多 50 个字', en: '"经营者名称" must be at most 50 characters' },
      uscc: { zh: '“统一社会信用代码”格式不正确', en: '"统一社会信用代码" is not in the expected format' },
      area: { zh: '“经营面积”不能小于 1', en: '"经营面积" must be at least 1' },
      category: { zh: '“经营类别”应为以下之一：餐饮服务、食品销售', en: '"经营类别" must be one of: 餐饮服务, 食品销售' },
      openedOn: { zh: '“开业日期”应为日期（YYYY-MM-DD）', en: '"开业日期" must be a date (YYYY-MM-DD)' },
    });

    const missing = (await validate(food.id, { area: '80', entityName: '' })).json();
    expect(missing.valid).toBe(false);
    expect(missing.errors).toEqual(
      expect.arrayContaining([
        { field: 'entityName', message: { zh: '请填写“经营者名称”', en: '"经营者名称" is required' } },
        { field: 'area', message: { zh: '“经营面积”应为数字', en: '"经营面积" must be a number' } },
      ]),
    );
  });

  it('does not validate against a draft or an unknown edition (404)', async () => {
    const draft = await t.services.catalog.items.create(systemActor, itemBody(t.dept));
    expect((await validate(draft.id, {})).statusCode).toBe(404);
    expect((await validate('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', {})).statusCode).toBe(404);
  });

  it('pre-fills from the registry entity by USCC for staff, and for an applicant who represents it', async () => {
    const res = await t.app.inject({ url: `/api/v1/catalog/items/${food.id}/prefill?uscc=${uscc}`, headers: admin.headers() });
    expect(res.statusCode).toBe(200);
    expect(res.json().values).toEqual({ entityName: '呼和浩特市青城餐饮有限公司', uscc, capital: 500000, contact: '系统管理员' });
    const unknown = await t.app.inject({ url: `/api/v1/catalog/items/${food.id}/prefill?uscc=${generateUscc(createRng(99), { regionCode: '150105' })}`, headers: admin.headers() });
    expect(unknown.statusCode).toBe(404);
    const asApplicant = () => t.app.inject({ url: `/api/v1/catalog/items/${food.id}/prefill?uscc=${uscc}`, headers: applicant.headers() });
    const refused = await asApplicant();
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('经办人');
    // Once the registry links the account to the enterprise, its data pre-fills the applicant's form too.
    const linked = await t.app.inject({ method: 'POST', url: `/api/v1/registry/entities/${uscc}/accounts`, headers: admin.headers(true), payload: { username: 'qiye', role: 'agent' } });
    expect(linked.statusCode).toBe(201);
    expect((await asApplicant()).json().values).toMatchObject({ entityName: '呼和浩特市青城餐饮有限公司', uscc });
    const own = await t.app.inject({ url: `/api/v1/catalog/items/${food.id}/prefill`, headers: applicant.headers() });
    expect(own.json().values).toMatchObject({ entityName: null, contact: '高峰（青城乳业有限公司）' });
    expect((await t.app.inject({ url: `/api/v1/catalog/items/${food.id}/prefill` })).statusCode).toBe(401);
  });
});

describe('statistics, facets and the quality check', () => {
  it('counts published editions only', async () => {
    // Besides `food` (fully online, mobile, licensing, commitment, city): three more, one left a draft.
    await publishItem(itemBody(t.dept, { type: 'filing', onlineStages: [1, 2, 3], mobileChannel: false, visits: 1, visitsReason: '核验原件', reformMode: 'filing', commitmentAllowed: false, postCheckMonths: null, crossRegion: 'none', events: ['startup'], themes: ['tax'] }));
    await publishItem(
      itemBody(t.dept, { type: 'public_service', onTheSpot: true, promisedLimitDays: 0, legalLimitDays: 0, steps: [{ name: '办结', limitDays: 0 }], reformMode: null, commitmentAllowed: false, postCheckMonths: null, crossRegion: 'national', implementingDepartmentId: t.dept['HHHT-GA']!, events: ['birth'] }),
    );
    await publishItem(itemBody(t.dept, { legalLimitDays: 10, promisedLimitDays: 5 }));
    await t.services.catalog.items.create(systemActor, itemBody(t.dept));
    const members = [{ itemCode: food.code }, { itemCode: (await t.services.catalog.items.list({ page: 1, pageSize: 50, event: 'birth' }, 'public')).items[0]!.code }];
    const bundle = await t.services.catalog.bundles.create(systemActor, bundleBody(t.dept, { kind: 'life', event: 'birth', members, fields: [] }));
    // A draft bundle, its required member fields unmapped: not counted, and listed by the quality check.
    expect((await t.services.catalog.bundles.check(bundle.id)).ok).toBe(false);

    const stats = (await t.app.inject({ url: '/api/v1/catalog/stats' })).json();
    expect(stats).toMatchObject({ items: 4, fullyOnline: 3, mobile: 3, onTheSpot: 1, zeroVisits: 3, commitmentAllowed: 2, bundles: { total: 0, life: 0, business: 0 } });
    expect(stats.byType).toEqual([
      { key: 'filing', count: 1 },
      { key: 'licensing', count: 2 },
      { key: 'public_service', count: 1 },
    ]);
    expect(stats.byOnlineDepth).toEqual([
      { key: 3, count: 1 },
      { key: 7, count: 3 },
    ]);
    expect(stats.byReformMode).toEqual([
      { key: 'commitment', count: 2 },
      { key: 'filing', count: 1 },
    ]);
    expect(stats.byCrossRegion).toEqual([
      { key: 'city', count: 2 },
      { key: 'national', count: 1 },
      { key: 'none', count: 1 },
    ]);
    expect(stats.byDepartment).toEqual([
      { departmentId: t.dept['HHHT-SCJG'], name: '呼和浩特市市场监督管理局', count: 3, fullyOnline: 2 },
      { departmentId: t.dept['HHHT-GA'], name: '呼和浩特市公安局', count: 1, fullyOnline: 1 },
    ]);
    // 5/20, 5/20, 5/10 over the items with a legal limit.
    expect(stats.promisedToLegalRatio).toBeCloseTo((0.25 + 0.25 + 0.5) / 3, 6);

    const facets = (await t.app.inject({ url: '/api/v1/catalog/services/facets' })).json();
    expect(facets.departments[0]).toEqual({ id: t.dept['HHHT-SCJG'], name: '呼和浩特市市场监督管理局', count: 3 });
    expect(facets.events).toEqual([
      { event: 'birth', count: 1, bundles: 0 },
      { event: 'startup', count: 1, bundles: 0 },
      { event: 'operation', count: 2, bundles: 0 },
    ]);
    expect(facets.themes).toEqual([
      { theme: 'market_access', count: 3 },
      { theme: 'tax', count: 1 },
    ]);
  });

  it('lists items and bundles breaking rules, with counts per rule', async () => {
    const warned = await t.services.catalog.items.create(systemActor, itemBody(t.dept, { consultPhone: '', conditions: [], promisedLimitDays: 20, steps: [] }));
    const res = await t.app.inject({ url: '/api/v1/catalog/admin/quality', headers: admin.headers() });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    const entry = report.items.find((i: { id: string }) => i.id === warned.id);
    expect(entry).toMatchObject({ kind: 'item', status: 'draft' });
    expect(entry.violations.map((v: { rule: string }) => v.rule).sort()).toEqual(['conditions_missing', 'consult_phone_missing', 'no_time_compression', 'steps_missing']);
    const bundle = report.items.find((i: { kind: string }) => i.kind === 'bundle');
    expect(bundle.violations.map((v: { rule: string }) => v.rule)).toContain('bundle_required_unmapped');
    const required = report.rules.find((r: { rule: string }) => r.rule === 'bundle_required_unmapped');
    expect(required).toMatchObject({ severity: 'error' });
    expect(report.rules.find((r: { rule: string }) => r.rule === 'steps_missing')).toEqual({ rule: 'steps_missing', severity: 'warning', count: 1 });
    expect(report.rules[0].severity).toBe('error');
  });
});
