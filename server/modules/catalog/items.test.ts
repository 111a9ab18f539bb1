import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemInput } from '../../../common/api/catalog.ts';
import { checkItem, ITEM_RULES } from '../../../common/catalog/rules.ts';
import { queryRows } from '../../platform/db/index.ts';
import { DEMO_PASSWORD } from '../../seed/index.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { auditActions, createCatalogTestApp, itemBody, newCode, type CatalogTestApp, type ItemBody } from '../../test/catalog-factories.ts';

let t: CatalogTestApp;
let admin: Browser;
let office: Browser;
let clerk: Browser;
const base = '/api/v1/catalog/admin';

beforeAll(async () => {
  t = await createCatalogTestApp();
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  office = await signIn(t.app, 'office', DEMO_PASSWORD);
  clerk = await signIn(t.app, 'clerk', DEMO_PASSWORD);
});
afterAll(() => t.close());

const send = (b: Browser | null, method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: b ? b.headers(method !== 'GET') : {}, ...(payload ? { payload } : {}) });
const create = (body: ItemBody, b = admin) => send(b, 'POST', `${base}/items`, body);
const indexed = async (code: string) => (await queryRows<{ id: string }>(t.services.database.db, sql`select id from catalog_search where kind = 'item' and code = ${code}`)).map((r) => r.id);
const publish = (id: string, version: number) => send(admin, 'POST', `${base}/items/${id}/publish`, { version });

describe('item lifecycle', () => {
  it('keeps the form fields in the order the editor wrote them (jsonb does not)', async () => {
    const body = itemBody(t.dept);
    const schema = body.form!.schema as { properties: Record<string, unknown> };
    // Longest key first: jsonb would put it last.
    const properties = { remarkAboutTheBusiness: { type: 'string', title: '说明' }, ...schema.properties, a: { type: 'string', title: 'A' } };
    const created = await create({ ...body, form: { ...body.form!, schema: { ...schema, properties } } });
    expect(created.statusCode).toBe(201);
    const read = (await send(admin, 'GET', `${base}/items/${created.json().id}`)).json();
    expect(Object.keys(read.form.schema.properties)).toEqual(Object.keys(properties));
    expect(read.form.uiSchema['ui:order']).toEqual(Object.keys(properties));
  });

  it('draft → publish → new edition → publish retires the old edition, which stays readable by id', async () => {
    const body = itemBody(t.dept, { onlineStages: [1, 2, 3, 4], visits: 1, visitsReason: '现场核查经营场所' });
    const created = await create(body);
    expect(created.statusCode).toBe(201);
    const first = created.json();
    expect(first).toMatchObject({ code: body.code, edition: 1, status: 'draft', version: 1, onlineDepth: 4, fullyOnline: false, mobile: true, implementingDepartmentName: '呼和浩特市市场监督管理局' });

    const published = await publish(first.id, 1);
    expect(published.statusCode).toBe(200);
    expect(await indexed(body.code)).toEqual([first.id]);
    expect(published.json()).toMatchObject({ status: 'published', version: 2 });
    expect(published.json().publishedAt).toEqual(expect.any(String));

    const guide = await send(null, 'GET', `/api/v1/catalog/items/${body.code}/guide`);
    expect(guide.statusCode).toBe(200);
    expect(guide.json()).toMatchObject({ id: first.id, edition: 1 });

    const editRefused = await send(admin, 'PATCH', `${base}/items/${first.id}`, { version: 2, name: '食品经营许可（新）' });
    expect(editRefused.statusCode).toBe(409);
    expect(editRefused.json().title).toContain('新建版本');

    const second = await send(admin, 'POST', `${base}/items/${first.id}/new-edition`, { version: 2 });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ code: body.code, edition: 2, status: 'draft', version: 1, name: body.name });
    const onlyOneDraft = await send(admin, 'POST', `${base}/items/${first.id}/new-edition`, { version: 2 });
    expect(onlyOneDraft.statusCode).toBe(409);
    // While it is being revised, the item is listed under published (edition 1) and under draft (edition 2).
    const editionsBy = async (status: string) => (await send(admin, 'GET', `${base}/items?q=${body.code}&status=${status}`)).json().items.map((i: { edition: number }) => i.edition);
    expect(await editionsBy('published')).toEqual([1]);
    expect(await editionsBy('draft')).toEqual([2]);

    const edited = await send(office, 'PATCH', `${base}/items/${second.json().id}`, { version: 1, visits: 0, visitsReason: null, onlineStages: [1, 2, 3, 4, 5, 6] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, visits: 0, fullyOnline: true, onlineDepth: 6, name: body.name, keywords: body.keywords, hallAddress: body.hallAddress });

    const republished = await publish(second.json().id, 2);
    expect(republished.statusCode).toBe(200);
    const old = await send(admin, 'GET', `${base}/items/${first.id}`);
    expect(old.json()).toMatchObject({ edition: 1, status: 'retired', visits: 1 });
    expect(old.json().retiredAt).toEqual(expect.any(String));
    expect((await send(null, 'GET', `/api/v1/catalog/items/${body.code}/guide`)).json()).toMatchObject({ edition: 2, fullyOnline: true });
    expect(await indexed(body.code)).toEqual([second.json().id]);

    const editions = await send(admin, 'GET', `${base}/items/${first.id}/editions`);
    expect(editions.json().editions.map((e: { edition: number; status: string }) => [e.edition, e.status])).toEqual([
      [2, 'published'],
      [1, 'retired'],
    ]);
    const list = await send(admin, 'GET', `${base}/items?q=${body.code}`);
    expect(list.json().items.map((i: { edition: number }) => i.edition)).toEqual([2]);

    expect(await auditActions(t, first.id)).toEqual(['catalog.item.create', 'catalog.item.publish']);
    expect(await auditActions(t, second.json().id)).toEqual(['catalog.item.new-edition', 'catalog.item.update', 'catalog.item.publish']);

    const retired = await send(admin, 'POST', `${base}/items/${second.json().id}/retire`, { version: 3 });
    expect(retired.json()).toMatchObject({ status: 'retired' });
    expect((await send(null, 'GET', `/api/v1/catalog/items/${body.code}/guide`)).statusCode).toBe(404);
    expect(await indexed(body.code)).toEqual([]);
    expect(await auditActions(t, second.json().id)).toContain('catalog.item.retire');
  });

  it('answers 409 VERSION_CONFLICT on a stale version (edit and publish)', async () => {
    const item = (await create(itemBody(t.dept))).json();
    expect((await send(admin, 'PATCH', `${base}/items/${item.id}`, { version: 1, name: '食品经营许可（一）' })).statusCode).toBe(200);
    const stale = await send(admin, 'PATCH', `${base}/items/${item.id}`, { version: 1, name: '食品经营许可（二）' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await publish(item.id, 1)).json().code).toBe('VERSION_CONFLICT');
    expect((await publish(item.id, 2)).statusCode).toBe(200);
    expect((await publish(item.id, 3)).statusCode).toBe(409);
  });

  it('refuses a taken code with 409', async () => {
    const body = itemBody(t.dept);
    expect((await create(body)).statusCode).toBe(201);
    const again = await create(body);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('body.code');
  });
});

// One body per error rule, each breaking exactly that rule.
const breaking: Record<string, (b: ItemBody) => ItemBody> = {
  promise_exceeds_legal: (b) => ({ ...b, promisedLimitDays: 25, steps: [] }),
  fee_basis_missing: (b) => ({ ...b, fee: { charged: true, standard: '每件 10 元' } }),
  fee_standard_missing: (b) => ({ ...b, fee: { charged: true, basis: '发改价格〔2015〕1 号' } }),
  visits_reason_missing: (b) => ({ ...b, visits: 1, onlineStages: [1, 2, 3, 4] }),
  material_condition_missing: (b) => ({ ...b, materials: [{ key: 'lease', name: '租赁合同', source: 'applicant', required: false }] }),
  material_department_missing: (b) => ({ ...b, materials: [{ key: 'cert', name: '不动产权证书', source: 'department' }] }),
  material_licence_type_missing: (b) => ({ ...b, materials: [{ key: 'bl', name: '营业执照', source: 'licence' }] }),
  material_key_duplicate: (b) => ({ ...b, materials: [{ key: 'a', name: '申请书', source: 'applicant' }, { key: 'a', name: '申请表', source: 'applicant' }] }),
  on_the_spot_with_limit: (b) => ({ ...b, onTheSpot: true }),
  post_check_months_missing: (b) => ({ ...b, postCheckMonths: null }),
  commitment_mode_not_allowed: (b) => ({ ...b, commitmentAllowed: false, postCheckMonths: null }),
  online_stages_duplicate: (b) => ({ ...b, onlineStages: [1, 2, 3, 4, 5, 6, 6] }),
  form_schema_invalid: (b) => ({ ...b, form: { schema: { type: 'object', properties: { address: { type: 'object' } } }, prefill: {} } }),
  prefill_unknown_field: (b) => ({ ...b, form: { ...b.form, prefill: { nowhere: 'entity.name' } } }),
  step_limits_exceed_legal: (b) => ({ ...b, steps: [{ name: '审查', limitDays: 15 }, { name: '决定', limitDays: 10 }] }),
};

describe('rules over HTTP', () => {
  it('covers every error rule', () => {
    const errorRules = Object.entries(ITEM_RULES).filter(([, [severity]]) => severity === 'error').map(([rule]) => rule);
    expect(Object.keys(breaking).sort()).toEqual(errorRules.sort());
  });

  it.each(Object.entries(breaking))('refuses %s on create and on edit, in the rule’s own words (its id is not for people)', async (rule, breakIt) => {
    const expected = checkItem(itemInput.parse(breakIt(itemBody(t.dept)))).filter((v) => v.rule === rule);
    expect(expected.length).toBeGreaterThan(0);
    const refused = await create(breakIt(itemBody(t.dept)));
    expect(refused.statusCode).toBe(422);
    const problem = refused.json();
    expect(problem.code).toBe('UNPROCESSABLE');
    const messages = problem.errors.map((e: { message: string }) => e.message);
    expect(messages).toEqual(expect.arrayContaining(expected.map((v) => v.message.zh)));
    expect(messages.join(' ')).not.toContain(rule);
    expect(problem.errors.every((e: { path: string }) => e.path.startsWith('body.'))).toBe(true);

    const draft = (await create(itemBody(t.dept))).json();
    const { code: _code, ...changes } = breakIt(itemBody(t.dept));
    const edit = await t.app.inject({ method: 'PATCH', url: `${base}/items/${draft.id}`, headers: { ...admin.headers(true), 'accept-language': 'en' }, payload: { ...changes, version: 1 } });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().errors.map((e: { message: string }) => e.message)).toEqual(expect.arrayContaining(expected.map((v) => v.message.en)));
    expect(edit.json().detail).not.toContain(rule);
  });

  it('refuses unknown departments on save and unknown licence types at publish', async () => {
    const noDept = await create(itemBody(t.dept, { implementingDepartmentId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }));
    expect(noDept.statusCode).toBe(422);
    expect(noDept.json().errors[0]).toMatchObject({ path: 'body.implementingDepartmentId' });
    expect(noDept.json().errors[0].message).toBe('部门不存在');

    const body = itemBody(t.dept, { materials: [{ key: 'x', name: '某某证', source: 'licence', licenceTypeCode: 'NO_SUCH_TYPE' }] });
    const draft = await create(body);
    expect(draft.statusCode).toBe(201);
    const refused = await publish(draft.json().id, 1);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0]).toMatchObject({ path: 'materials.0.licenceTypeCode' });
    expect(refused.json().errors[0].message).toBe('电子证照库中没有证照类型 NO_SUCH_TYPE');
    expect((await send(admin, 'GET', `${base}/items/${draft.json().id}`)).json().status).toBe('draft');
  });

  it('random bodies never get a 5xx', async () => {
    const valid = itemBody(t.dept);
    const mutated = fc.record(
      Object.fromEntries(Object.keys(valid).map((k) => [k, fc.oneof(fc.constant((valid as Record<string, unknown>)[k]), fc.jsonValue({ maxDepth: 2 }))])),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, fc.jsonValue({ maxDepth: 3 })), async (payload) => {
        const res = await t.app.inject({ method: 'POST', url: `${base}/items`, headers: { ...admin.headers(true), 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});

describe('access', () => {
  it('public routes need no sign-in; admin routes refuse anonymous (401) and a clerk (403)', async () => {
    for (const url of ['/api/v1/catalog/services', '/api/v1/catalog/services/facets', '/api/v1/catalog/bundles', '/api/v1/catalog/stats']) {
      expect((await send(null, 'GET', url)).statusCode).toBe(200);
    }
    expect((await send(null, 'GET', `/api/v1/catalog/items/${newCode()}/guide`)).statusCode).toBe(404);
    for (const url of [`${base}/items`, `${base}/bundles`, `${base}/quality`]) {
      expect((await send(null, 'GET', url)).statusCode).toBe(401);
      expect((await send(clerk, 'GET', url)).statusCode).toBe(403);
    }
    expect((await create(itemBody(t.dept), clerk)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `${base}/items`, payload: itemBody(t.dept) })).statusCode).toBe(401);
  });

  it('the public list shows published editions only', async () => {
    const draft = (await create(itemBody(t.dept))).json();
    const live = (await create(itemBody(t.dept))).json();
    await publish(live.id, 1);
    const codes = (await send(null, 'GET', '/api/v1/catalog/services?pageSize=200')).json().items.map((i: { code: string }) => i.code);
    expect(codes).toContain(live.code);
    expect(codes).not.toContain(draft.code);
    const filtered = (await send(null, 'GET', `/api/v1/catalog/services?event=operation&theme=market_access&type=licensing&departmentId=${t.dept['HHHT-SCJG']}&pageSize=200`)).json();
    expect(filtered.items.map((i: { code: string }) => i.code)).toContain(live.code);
    expect((await send(null, 'GET', '/api/v1/catalog/services?event=birth')).json().items.map((i: { code: string }) => i.code)).not.toContain(live.code);
  });
});
