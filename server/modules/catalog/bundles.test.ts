import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/audit/index.ts';
import { DEMO_PASSWORD } from '../../seed/index.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { auditActions, bundleBody, createCatalogTestApp, itemBody, type CatalogTestApp } from '../../test/catalog-factories.ts';

let t: CatalogTestApp;
let admin: Browser;
const base = '/api/v1/catalog/admin';
let food: { id: string; code: string };
let seal: { id: string; code: string };

const send = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) => t.app.inject({ method, url, headers: admin.headers(method !== 'GET'), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createCatalogTestApp();
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  // Two member items published through the service, as the demo seed does.
  const { items } = t.services.catalog;
  const a = await items.create(systemActor, itemBody(t.dept));
  food = await items.publish(systemActor, a.id, a.version);
  const b = await items.create(
    systemActor,
    itemBody(t.dept, {
      name: '公章刻制备案',
      type: 'filing',
      implementingDepartmentId: t.dept['HHHT-GA']!,
      competentDepartmentId: t.dept['HHHT-GA']!,
      reformMode: null,
      commitmentAllowed: false,
      postCheckMonths: null,
      materials: [
        { key: 'business_licence', name: '营业执照', source: 'licence', licenceTypeCode: 'TEST_BUSINESS_LICENCE' },
        { key: 'id_card', name: '法定代表人身份证', source: 'applicant' },
      ],
      form: {
        schema: {
          type: 'object',
          required: ['companyName', 'sealCount', 'legalPerson'],
          properties: {
            companyName: { type: 'string', title: '单位名称' },
            sealCount: { type: 'integer', title: '印章数量', minimum: 1 },
            legalPerson: { type: 'string', title: '法定代表人' },
            category: { type: 'string', title: '经营类别', enum: ['餐饮服务', '食品销售', '其他'] },
          },
        },
        uiSchema: { legalPerson: { 'ui:widget': 'textarea' } },
        prefill: { legalPerson: 'entity.legalRepresentative' },
      },
    }),
  );
  seal = await items.publish(systemActor, b.id, b.version);
});
afterAll(() => t.close());

const members = () => [{ itemCode: food.code }, { itemCode: seal.code, note: '可选刻制' }];
const fullFields = () => [
  { key: 'name', label: '企业名称', type: 'string' as const, required: true, mapsTo: [{ itemCode: food.code, field: 'entityName' }, { itemCode: seal.code, field: 'companyName' }] },
  { key: 'uscc', label: '统一社会信用代码', type: 'string' as const, required: true, prefill: 'entity.uscc' as const, mapsTo: [{ itemCode: food.code, field: 'uscc' }] },
  { key: 'area', label: '经营面积', type: 'number' as const, required: true, mapsTo: [{ itemCode: food.code, field: 'area' }] },
  { key: 'category', label: '经营类别', type: 'enum' as const, options: ['餐饮服务'], required: true, mapsTo: [{ itemCode: food.code, field: 'category' }, { itemCode: seal.code, field: 'category' }] },
  { key: 'seals', label: '印章数量', type: 'integer' as const, required: true, mapsTo: [{ itemCode: seal.code, field: 'sealCount' }] },
];

describe('bundles', () => {
  it('refuses to publish with an unmapped required field, listing it; check says the same', async () => {
    const draft = await send('POST', `${base}/bundles`, bundleBody(t.dept, { members: members(), fields: fullFields().filter((f) => f.key !== 'seals') }));
    expect(draft.statusCode).toBe(201);
    const check = await send('POST', `${base}/bundles/${draft.json().id}/check`);
    expect(check.json().ok).toBe(false);
    expect(check.json().violations.map((v: { rule: string }) => v.rule)).toEqual(['bundle_required_unmapped']);
    expect(check.json().violations[0].message.zh).toContain('印章数量');
    const refused = await send('POST', `${base}/bundles/${draft.json().id}/publish`, { version: 1 });
    expect(refused.statusCode).toBe(422);
    // The same words as the check, without the rule's internal id.
    expect(refused.json().errors.map((e: { message: string }) => e.message)).toEqual(check.json().violations.map((v: { message: { zh: string } }) => v.message.zh));
    expect(refused.json().detail).not.toContain('bundle_required_unmapped');
  });

  it('refuses a type mismatch, then publishes once the mapping agrees; the guide merges materials', async () => {
    const wrong = fullFields().map((f) => (f.key === 'seals' ? { ...f, type: 'string' as const } : f));
    const draft = (await send('POST', `${base}/bundles`, bundleBody(t.dept, { members: members(), fields: wrong }))).json();
    const refused = await send('POST', `${base}/bundles/${draft.id}/publish`, { version: 1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { message: string }) => e.message).join()).toContain('“印章数量”是 string');

    const fixed = await send('PATCH', `${base}/bundles/${draft.id}`, { version: 1, fields: fullFields() });
    expect(fixed.statusCode).toBe(200);
    expect((await send('POST', `${base}/bundles/${draft.id}/check`)).json()).toEqual({ ok: true, violations: [] });
    const published = await send('POST', `${base}/bundles/${draft.id}/publish`, { version: 2 });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', fullyOnline: true, leadDepartmentName: '呼和浩特市政务服务与数据管理局' });

    const guide = (await t.app.inject({ url: `/api/v1/catalog/bundles/${draft.code}/guide` })).json();
    expect(guide.memberItems).toEqual([
      { itemCode: food.code, itemId: food.id, name: '食品经营许可证核发', departmentName: '呼和浩特市市场监督管理局', promisedLimitDays: 5, note: '' },
      { itemCode: seal.code, itemId: seal.id, name: '公章刻制备案', departmentName: '呼和浩特市公安局', promisedLimitDays: 5, note: '可选刻制' },
    ]);
    const materials = guide.materials.map((m: { key: string; usedBy: string[]; fetched: boolean }) => [m.key, m.usedBy, m.fetched]);
    expect(materials).toEqual([
      ['application', [food.code], false],
      ['business_licence', [food.code, seal.code], true],
      ['lease', [food.code], false],
      ['id_card', [seal.code], false],
    ]);
    const list = (await t.app.inject({ url: '/api/v1/catalog/bundles?kind=business' })).json();
    expect(list.items.find((b: { code: string }) => b.code === draft.code)).toMatchObject({ memberCount: 2, fullyOnline: true });
    expect(await auditActions(t, draft.id)).toEqual(['catalog.bundle.create', 'catalog.bundle.update', 'catalog.bundle.publish']);

    // Editing a published bundle opens a new edition; publishing it retires the old one.
    expect((await send('PATCH', `${base}/bundles/${draft.id}`, { version: 3, name: '开办餐馆' })).statusCode).toBe(409);
    const next = await send('POST', `${base}/bundles/${draft.id}/new-edition`, { version: 3 });
    expect(next.json()).toMatchObject({ edition: 2, status: 'draft' });
    expect((await send('POST', `${base}/bundles/${next.json().id}/publish`, { version: 1 })).statusCode).toBe(200);
    expect((await send('GET', `${base}/bundles/${draft.id}`)).json().status).toBe('retired');
    const editions = (await send('GET', `${base}/bundles/${draft.id}/editions`)).json().editions;
    expect(editions.map((e: { edition: number; status: string }) => [e.edition, e.status])).toEqual([
      [2, 'published'],
      [1, 'retired'],
    ]);
  });

  it('refuses on save a mapping to a non-member or a duplicate member; at publish an unpublished member', async () => {
    const foreign = await send('POST', `${base}/bundles`, bundleBody(t.dept, { members: members(), fields: [{ key: 'x', label: 'x', type: 'string', required: true, mapsTo: [{ itemCode: 'NOPE-0001', field: 'x' }] }] }));
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0]).toMatchObject({ path: 'body.fields.0.mapsTo.0.itemCode' });
    const twice = await send('POST', `${base}/bundles`, bundleBody(t.dept, { members: [{ itemCode: food.code }, { itemCode: food.code }], fields: [] }));
    expect(twice.statusCode).toBe(422);
    const ghost = (await send('POST', `${base}/bundles`, bundleBody(t.dept, { members: [...members(), { itemCode: 'GHOST-0001' }], fields: fullFields() }))).json();
    const refused = await send('POST', `${base}/bundles/${ghost.id}/publish`, { version: 1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('成员事项 GHOST-0001 没有已发布的版本');
    expect((await send('GET', `${base}/bundles/${ghost.id}`)).json().memberItems[2]).toMatchObject({ itemCode: 'GHOST-0001', itemId: null, name: null });
  });
});
