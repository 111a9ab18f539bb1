// Catalogue search over a handful of documents indexed through `indexDocument`: ranking, typos,
// synonyms (edited through the API), filters, highlighting and validation. Runs on both engines
// against the same expectations, so both give the same ordered results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOHHOT_REGIONS } from '../../../common/ids/index.ts';
import { cliActor } from '../../platform/audit/index.ts';
import { uuidv7 } from '../../platform/db/index.ts';
import { DEMO_PASSWORD } from '../../seed/index.ts';
import { ensureDemoAccounts } from '../../seed/accounts.ts';
import { demoDepartments } from '../../seed/departments.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import type { SearchDocument } from './service/search.ts';

let t: TestApp;
let admin: Browser;
let office: Browser;
let clerk: Browser;
let dept: Record<string, string>;

type Fixture = [kind: 'item' | 'bundle', code: string, name: string, department: string, keywords: string[], body: string];
const FIXTURES: Fixture[] = [
  ['item', 'T-FOOD-1', '食品经营许可', 'HHHT-SCJG', ['餐饮', '饭店', '超市'], '营业执照\n食品安全管理制度\n经营场所平面图'],
  ['item', 'T-FOOD-2', '食品经营许可证延续', 'HHHT-SCJG', [], '食品经营许可证\n经营条件未发生变化的承诺书'],
  ['item', 'T-FOOD-3', '食品生产许可', 'HHHT-SCJG', ['食品厂'], '生产场所平面图'],
  ['item', 'T-DRUG-1', '药品零售企业许可', 'HHHT-SCJG', ['药店'], '营业场所、仓库平面布置图'],
  ['item', 'T-HLTH-1', '公共场所卫生许可', 'HHHT-WJ', ['理发', '宾馆'], '卫生检测报告'],
  ['item', 'T-CONS-1', '建筑工程施工许可证核发', 'HHHT-ZJ', ['开工'], '建设工程规划许可证\n施工合同'],
  ['item', 'T-MKT-1', '企业设立登记', 'HHHT-SCJG', ['营业执照'], '公司章程\n法定代表人身份证件'],
  ['item', 'T-MKT-2', '企业注销登记', 'HHHT-SCJG', [], '清税证明\n清算报告'],
  ['item', 'T-MKT-3', '企业简易注销登记', 'HHHT-SCJG', [], '全体投资人承诺书'],
  ['item', 'T-NET-1', '互联网上网服务营业场所经营单位设立审批', 'HHHT-ZWFW', [], '消防安全检查合格意见'],
  ['item', 'T-PENS-1', '退休人员基本养老金申领', 'HHHT-RS', ['退休'], '居民身份证\n养老保险缴费记录'],
  ['bundle', 'T-B-OPEN', '企业开办一件事', 'HHHT-SCJG', ['开公司'], '企业设立登记\n印章刻制\n发票申领\n社会保险登记'],
  ['bundle', 'T-B-CLOSE', '企业注销一件事', 'HHHT-SCJG', ['公司注销'], '企业注销登记\n清税'],
];

beforeAll(async () => {
  t = await createTestApp();
  const regions = HOHHOT_REGIONS.map((r) => ({ code: r.key, name: r.name, nameEn: r.nameEn, level: r.level, parentCode: r.parent }));
  await t.services.org.departments.ensureStructure(cliActor, regions, demoDepartments());
  await ensureDemoAccounts(t.services, cliActor, 1, () => undefined);
  dept = Object.fromEntries((await t.services.org.departments.listDepartments()).map((d) => [d.code, d.id]));
  const { search } = t.services.catalog;
  await t.services.database.db.transaction(async (tx) => {
    for (const [kind, code, name, department, keywords, body] of FIXTURES) {
      await search.indexDocument(tx, { id: uuidv7(), kind, code, name, departmentId: dept[department]!, keywords, body });
    }
  });
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  office = await signIn(t.app, 'office', DEMO_PASSWORD);
  clerk = await signIn(t.app, 'clerk', DEMO_PASSWORD);
});
afterAll(() => t.close());

interface Hit {
  kind: string;
  code: string;
  name: string;
  score: number;
  departmentName: string | null;
  nameHighlighted: { text: string; match: boolean }[];
}
async function find(q: string, extra: Record<string, string> = {}) {
  const res = await t.app.inject({ url: '/api/v1/catalog/search', query: { q, ...extra } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { terms: string[]; expanded: string[]; hits: Hit[] };
}
const names = async (q: string, extra: Record<string, string> = {}) => (await find(q, extra)).hits.map((h) => h.name);

describe('ranking', () => {
  it('puts the exact name first, then names that contain it, then the rest', async () => {
    const hits = await names('食品经营许可');
    expect(hits.slice(0, 2)).toEqual(['食品经营许可', '食品经营许可证延续']);
    expect(hits).toContain('食品生产许可');
    expect(hits.indexOf('食品生产许可')).toBeGreaterThan(1);
  });

  it('finds a name from a word being typed and from a typo', async () => {
    expect((await names('食品经营许'))[0]).toBe('食品经营许可');
    expect((await names('食品经营徐可'))[0]).toBe('食品经营许可');
    expect((await names('施工许可证'))[0]).toBe('建筑工程施工许可证核发');
    expect((await names('建筑工程施工许可证合发'))[0]).toBe('建筑工程施工许可证核发');
  });

  it('weighs the name above keywords above the rest', async () => {
    // 营业执照: a keyword of 企业设立登记, only in the body of 食品经营许可
    const hits = await names('营业执照');
    expect(hits.indexOf('企业设立登记')).toBeLessThan(hits.indexOf('食品经营许可'));
    // 退休: keyword and name; the pensions item comes first
    expect((await names('办理退休'))[0]).toBe('退休人员基本养老金申领');
  });

  it('answers the same ordered list on both engines: score descending, then code', async () => {
    // The same expectations run in the pglite and the postgres project: every hit, in order.
    const expected: Record<string, string[]> = {
      // the bundle leads the member item that matches alike; then names with fewer of the words
      企业注销: ['企业注销一件事', '企业注销登记', '企业简易注销登记', '企业开办一件事', '企业设立登记', '药品零售企业许可'],
      // equal scores in pairs (names of equal length and matches), each pair in code order
      许可: ['食品经营许可', '食品生产许可', '药品零售企业许可', '公共场所卫生许可', '建筑工程施工许可证核发', '食品经营许可证延续'],
      登记: ['企业设立登记', '企业注销登记', '企业简易注销登记', '企业注销一件事', '企业开办一件事'],
      // a typo: no name has every word, so those with all words but one, the closest name first
      食品经营徐可: ['食品经营许可', '食品经营许可证延续'],
      // no name has both words: any of them; 食品 in the name and a keyword (食品厂) before 食品 in the
      // name and the body, before a name with 卫生 alone
      食品卫生: ['食品生产许可', '食品经营许可', '食品经营许可证延续', '公共场所卫生许可'],
    };
    for (const [q, order] of Object.entries(expected)) expect(await names(q), q).toEqual(order);
    for (const q of ['食品', '许可', '登记', '企业', '一件事', '证', '食品经营徐可']) {
      const { hits } = await find(q);
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1]!, hits[i]!];
        expect(a.score > b.score || (a.score === b.score && a.code < b.code) || (a.score === b.score && a.code === b.code && a.kind < b.kind), `${q}: ${a.name} before ${b.name}`).toBe(true);
      }
    }
  });

  it('marks the matched words and names the department', async () => {
    const { hits, terms } = await find('食品经营许可');
    expect(terms).toEqual(['食品', '经营', '许可']);
    const top = hits[0]!;
    expect(top.nameHighlighted).toEqual([{ text: '食品经营许可', match: true }]);
    expect(top.departmentName).toBe('呼和浩特市市场监督管理局');
    const long = hits.find((h) => h.name === '食品经营许可证延续')!;
    expect(long.nameHighlighted.map((p) => p.text).join('')).toBe(long.name);
    expect(long.nameHighlighted.filter((p) => p.match).map((p) => p.text)).toEqual(['食品经营许可']);
  });
});

describe('filters', () => {
  it('filters by kind', async () => {
    const bundles = await find('企业注销', { kind: 'bundle' });
    expect(bundles.hits.every((h) => h.kind === 'bundle')).toBe(true);
    expect(bundles.hits.map((h) => h.name)).toEqual(['企业注销一件事', '企业开办一件事']);
    const items = await find('企业注销', { kind: 'item' });
    expect(items.hits.every((h) => h.kind === 'item')).toBe(true);
    expect(items.hits.map((h) => h.name).slice(0, 2)).toEqual(['企业注销登记', '企业简易注销登记']);
  });

  it('filters by department and limits the count', async () => {
    const inHealth = await names('许可', { departmentId: dept['HHHT-WJ']! });
    expect(inHealth).toEqual(['公共场所卫生许可']);
    expect(await names('许可', { limit: '2' })).toHaveLength(2);
  });
});

describe('the index', () => {
  it('replaces a document of the same kind and code and removes it on retirement', async () => {
    const { search } = t.services.catalog;
    const doc: SearchDocument = { id: uuidv7(), kind: 'item', code: 'T-TMP-1', name: '临时占用城市道路许可', departmentId: null, keywords: [], body: '' };
    await search.indexDocument(t.services.database.db, doc);
    await search.indexDocument(t.services.database.db, { ...doc, id: uuidv7(), name: '临时占用城市绿地许可' });
    expect(await names('临时占用')).toEqual(['临时占用城市绿地许可']);
    await search.removeDocument(t.services.database.db, 'item', 'T-TMP-1');
    expect(await names('临时占用')).toEqual([]);
    await search.removeDocument(t.services.database.db, 'item', 'T-TMP-1'); // no-op
  });
});

describe('synonyms', () => {
  const url = '/api/v1/catalog/admin/synonyms';

  it('widens a plain-language query once an admin adds one, and stops when it is removed', async () => {
    const before = await find('我要开网吧');
    expect(before.hits.map((h) => h.name)[0]).not.toBe('互联网上网服务营业场所经营单位设立审批');

    const created = await t.app.inject({ method: 'POST', url, headers: admin.headers(true), payload: { term: '开网吧', expansions: ['互联网上网服务', ' 上网服务 ', '上网服务'] } });
    expect(created.statusCode, created.body).toBe(201);
    const synonym = created.json() as { id: string; term: string; expansions: string[]; version: number };
    expect(synonym.expansions).toEqual(['互联网上网服务', '上网服务']);

    const after = await find('我要开网吧');
    expect(after.expanded).toContain('互联网上网服务');
    expect(after.hits[0]!.name).toBe('互联网上网服务营业场所经营单位设立审批');

    const removed = await t.app.inject({ method: 'DELETE', url: `${url}/${synonym.id}`, query: { version: String(synonym.version) }, headers: office.headers(true) });
    expect(removed.statusCode).toBe(204);
    expect((await find('我要开网吧')).expanded).toEqual([]);
  });

  it('lists, edits with versions (409 on a stale one), refuses duplicates, and is audited', async () => {
    const a = (await t.app.inject({ method: 'POST', url, headers: office.headers(true), payload: { term: '开药店', expansions: ['药品零售'] } })).json();
    const dup = await t.app.inject({ method: 'POST', url, headers: admin.headers(true), payload: { term: '开药店', expansions: ['药店'] } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('CONFLICT');

    const edited = await t.app.inject({ method: 'PATCH', url: `${url}/${a.id}`, headers: admin.headers(true), payload: { term: '开药店', expansions: ['药品零售', '药品经营'], version: 1 } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().version).toBe(2);
    const stale = await t.app.inject({ method: 'PATCH', url: `${url}/${a.id}`, headers: office.headers(true), payload: { term: '开药店', expansions: ['药店'], version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const staleDelete = await t.app.inject({ method: 'DELETE', url: `${url}/${a.id}`, query: { version: '1' }, headers: admin.headers(true) });
    expect(staleDelete.statusCode).toBe(409);

    const list = await t.app.inject({ url, headers: office.headers() });
    expect(list.json().synonyms).toContainEqual({ id: a.id, term: '开药店', expansions: ['药品零售', '药品经营'], version: 2 });
    expect((await find('开药店')).hits[0]!.name).toBe('药品零售企业许可');

    const audit = await t.services.audit.list({ entity: 'search_synonym' }, { page: 1, pageSize: 50 });
    const actions = audit.items.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['catalog.synonym.create', 'catalog.synonym.update', 'catalog.synonym.delete']));
  });

  it('lets only admins and the office edit synonyms, and refuses bad ones in both languages', async () => {
    expect((await t.app.inject({ url, headers: clerk.headers() })).statusCode).toBe(403);
    expect((await t.app.inject({ url })).statusCode).toBe(401);
    const empty = await t.app.inject({ method: 'POST', url, headers: admin.headers(true), payload: { term: '开店', expansions: [] } });
    expect(empty.statusCode).toBe(400);
    const same = await t.app.inject({ method: 'POST', url, headers: admin.headers(true), payload: { term: '开店', expansions: ['开店'] } });
    expect(same.statusCode).toBe(400);
    const noWord = await t.app.inject({ method: 'POST', url, headers: { ...admin.headers(true), 'accept-language': 'en' }, payload: { term: '！！', expansions: ['餐饮'] } });
    expect(noWord.statusCode).toBe(400);
    expect(noWord.json().detail).toContain('letter or a digit');
    const missing = await t.app.inject({ method: 'PATCH', url: `${url}/${uuidv7()}`, headers: admin.headers(true), payload: { term: '开店', expansions: ['餐饮'], version: 1 } });
    expect(missing.statusCode).toBe(404);
  });
});

describe('query validation', () => {
  it('refuses an empty or too long query with a clear message in both languages', async () => {
    for (const q of ['', '   ']) {
      const zh = await t.app.inject({ url: '/api/v1/catalog/search', query: { q } });
      expect(zh.statusCode).toBe(400);
      expect(zh.json().detail).toContain('请输入要搜索的内容');
      const en = await t.app.inject({ url: '/api/v1/catalog/search', query: { q }, headers: { 'accept-language': 'en' } });
      expect(en.json().detail).toContain('type what you are looking for');
    }
    expect((await t.app.inject({ url: '/api/v1/catalog/search', query: { q: '许'.repeat(101) } })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/catalog/search' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/catalog/search', query: { q: '许可', kind: 'other' } })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/catalog/search', query: { q: '许可', limit: '0' } })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/catalog/search', query: { q: '许可', departmentId: 'x' } })).statusCode).toBe(400);
  });

  it('answers punctuation, quotes and tsquery operators without an error', async () => {
    for (const q of ['！！！', "it's", "'&|!():*", '\\', '许可 & 登记', '100%', '我要', '怎么办']) {
      const res = await t.app.inject({ url: '/api/v1/catalog/search', query: { q } });
      expect(res.statusCode, `${q}: ${res.body}`).toBe(200);
    }
    expect((await find('！！！')).hits).toEqual([]);
  });
});
