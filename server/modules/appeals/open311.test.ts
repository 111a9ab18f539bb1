// The Open311 GeoReport v2 API as a client written from the spec sees it: discovery, services and a service
// definition, a request POSTed form-encoded with an api_key and read back in JSON and XML, the list's filters and
// paging, tokens, FixMyStreet's servicerequestupdates both ways, the spec's errors — and no 5xx for any form.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOHHOT_REGIONS } from '../../../common/ids/index.ts';
import { buildApp } from '../../app.ts';
import { systemActor } from '../../platform/audit/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import type { App } from '../../platform/http/index.ts';
import { createServices, type Services } from '../../services.ts';
import { ensureDemoAccounts } from '../../seed/accounts.ts';
import { seedAppealCatalogue } from '../../seed/appeals.ts';
import { demoDepartments } from '../../seed/departments.ts';
import { DEMO_PASSWORD } from '../../seed/index.ts';
import { openTestDatabase, testConfig, type TestDatabase } from '../../test/harness.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { createOpen311Keys } from './open311/keys.ts';

// ---- a tiny XML reader: well-formedness (matching tags, one root, legal entities) and a tree to check ----
interface XmlNode { name: string; children: XmlNode[]; text: string }
function parseXml(xml: string): XmlNode {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/, '');
  if (body === xml) throw new Error('missing XML declaration');
  const root: XmlNode = { name: '#document', children: [], text: '' };
  const stack = [root];
  const token = /<(\/?)([A-Za-z_][\w.-]*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = token.exec(body))) {
    at = token.lastIndex;
    const top = stack[stack.length - 1]!;
    if (m[4] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(m[4])) throw new Error(`bad entity in ${m[4]}`);
      top.text += m[4].replace(/&(amp|lt|gt|quot|apos);/g, (_e, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[n]!);
    } else if (m[1]) {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
    } else {
      const node = { name: m[2]!, children: [], text: '' };
      top.children.push(node);
      if (!m[3]) stack.push(node);
    }
  }
  if (at !== body.length || stack.length !== 1 || root.children.length !== 1) throw new Error('not well-formed XML');
  return root.children[0]!;
}
const child = (n: XmlNode, name: string) => n.children.find((c) => c.name === name);
const fields = (n: XmlNode) => Object.fromEntries(n.children.map((c) => [c.name, c.text.trim()]));

const SERVICE_FIELDS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'];
const REQUEST_FIELDS = ['service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible', 'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'address_id', 'zipcode', 'lat', 'long', 'media_url'];
const W3C_SHANGHAI = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

let app: App;
let services: Services;
let db: TestDatabase;
let key: string;
let admin: Browser;
let agent: Browser;

beforeAll(async () => {
  db = await openTestDatabase();
  services = createServices(testConfig(), db.database);
  const built = await buildApp(services, { logger: false });
  await built.app.ready();
  app = built.app;
  const regions = HOHHOT_REGIONS.map((r) => ({ code: r.key, name: r.name, nameEn: r.nameEn, level: r.level, parentCode: r.parent }));
  await services.org.departments.ensureStructure(systemActor, regions, demoDepartments());
  await ensureDemoAccounts(services, systemActor, 1, () => undefined);
  await seedAppealCatalogue(services, systemActor);
  await services.appeals.categories.ensure(systemActor, [
    {
      code: 'CG-TEST',
      parentCode: 'CG',
      name: '测试分类',
      nameEn: 'Test category',
      keywords: '测试 试验',
      defaultKind: 'report',
      sortOrder: 999,
      attributes: [
        { code: 'count', datatype: 'number', required: true, description: '数量 / how many', order: 2 },
        { code: 'seen', datatype: 'datetime', required: false, description: '发现时间 / when seen', order: 3 },
        { code: 'kinds', datatype: 'multivaluelist', required: false, description: '类型 / kinds', order: 1, values: [{ key: 'a', name: '甲' }, { key: 'b', name: '乙' }] },
      ],
    },
  ]);
  admin = await signIn(app, 'admin', DEMO_PASSWORD);
  agent = await signIn(app, 'agent', DEMO_PASSWORD);
  const issued = await app.inject({ method: 'POST', url: '/api/v1/appeals/open311-keys', headers: admin.headers(true), payload: { name: 'FixMyStreet 测试' } });
  expect(issued.statusCode, issued.body).toBe(201);
  key = issued.json().secret;
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
const form = (fieldsIn: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fieldsIn)) for (const one of Array.isArray(v) ? v : [v]) p.append(k, one);
  return p.toString();
};
const post = (url: string, body: string) => app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, payload: body });
const file = async (extra: Record<string, string | string[]> = {}) => {
  const res = await post('/open311/v2/requests.json', form({ api_key: key, jurisdiction_id: 'hohhot.gov.cn', service_code: 'CG-HJWS', lat: '40.817', long: '111.765', address_string: '赛罕区大学西街 100 号', description: '小区门口垃圾堆放三天无人清运，联系电话 13804715678', email: 'wang@example.com', first_name: '建华', last_name: '王', phone: '13804715678', account_id: 'acc-7', media_url: 'https://img.example.com/1.jpg', ...extra }));
  expect(res.statusCode, res.body).toBe(200);
  return res.json()[0] as { service_request_id: string; service_notice: string; account_id: string | null };
};
const expectError = (res: { statusCode: number; body: string; json: () => unknown }, status: number, xml = false) => {
  expect(res.statusCode, res.body).toBe(status);
  if (xml) {
    const errors = parseXml(res.body);
    expect(errors.name).toBe('errors');
    expect(fields(child(errors, 'error')!)).toMatchObject({ code: String(status) });
    return child(errors, 'error')!;
  }
  const body = res.json() as { code: number; description: string }[];
  expect(body).toEqual([{ code: status, description: expect.stringMatching(/ \/ /) }]);
  return body[0];
};

describe('discovery and services', () => {
  it('describes the endpoint in both formats', async () => {
    const json = await get('/open311/v2/discovery.json');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const d = json.json();
    expect(Object.keys(d)).toEqual(['changeset', 'contact', 'key_service', 'endpoints']);
    expect(d.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', url: expect.stringMatching(/\/open311\/v2$/), formats: ['text/xml', 'application/json'] });
    const xml = await get('/open311/discovery.xml');
    expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8');
    const root = parseXml(xml.body);
    expect(root.name).toBe('discovery');
    expect(child(child(child(root, 'endpoints')!, 'endpoint')!, 'formats')!.children.map((c) => c.text)).toEqual(['text/xml', 'application/json']);
  });

  it('lists the leaf categories as services in JSON and XML', async () => {
    const list = (await get('/open311/v2/services.json?jurisdiction_id=any')).json() as Record<string, unknown>[];
    for (const s of list) expect(Object.keys(s)).toEqual(SERVICE_FIELDS);
    expect(list.find((s) => s.service_code === 'CG')).toBeUndefined();
    expect(list.find((s) => s.service_code === 'CG-ZDJY')).toMatchObject({ service_name: '占道经营', metadata: true, type: 'realtime', group: '城市管理', keywords: '占道, 摆摊, 流动摊贩, 出店经营' });
    expect(list.find((s) => s.service_code === 'CG-HJWS')).toMatchObject({ metadata: false });
    const xml = parseXml((await get('/open311/v2/services.xml')).body);
    expect(xml.name).toBe('services');
    expect(xml.children.length).toBe(list.length);
    expect(xml.children.every((c) => c.name === 'service' && c.children.map((f) => f.name).join() === SERVICE_FIELDS.join())).toBe(true);
    const english = (await get('/open311/v2/services.json', { 'accept-language': 'en' })).json() as Record<string, unknown>[];
    expect(english.find((s) => s.service_code === 'CG-ZDJY')).toMatchObject({ service_name: 'Street vending', group: 'City management' });
  });

  it('gives a service definition with its attributes, and 404 for an unknown code', async () => {
    const def = (await get('/open311/v2/services/GY-GS.json')).json();
    expect(def).toEqual({
      service_code: 'GY-GS',
      attributes: [{ variable: true, code: 'outage', datatype: 'singlevaluelist', required: true, datatype_description: expect.any(String), order: 1, description: '影响范围 / how far it reaches', values: [{ key: 'home', name: '本户 / this home' }, { key: 'building', name: '整栋楼 / the building' }, { key: 'area', name: '片区 / the area' }] }],
    });
    const xml = parseXml((await get('/open311/v2/services/CG-TEST.xml')).body);
    expect(xml.name).toBe('service_definition');
    const attrs = child(xml, 'attributes')!.children;
    expect(attrs.map((a) => [fields(a).code, fields(a).order])).toEqual([['kinds', '1'], ['count', '2'], ['seen', '3']]);
    expect(child(child(attrs[0]!, 'values')!, 'value')!.children.map((c) => c.name)).toEqual(['key', 'name']);
    expectError(await get('/open311/v2/services/NOPE.json'), 404);
    expectError(await get('/open311/v2/services/NOPE.xml'), 404, true);
  });
});

describe('API keys', () => {
  it('are issued once, listed by prefix, revoked once — by an administrator only, and audited', async () => {
    const issued = await app.inject({ method: 'POST', url: '/api/v1/appeals/open311-keys', headers: admin.headers(true), payload: { name: '一次性' } });
    const { key: k, secret } = issued.json();
    expect(secret).toMatch(/^o311_/);
    expect(k.prefix).toBe(secret.slice(0, 9));
    const listed = (await app.inject({ method: 'GET', url: '/api/v1/appeals/open311-keys', headers: admin.headers() })).json().keys;
    expect(listed.find((x: { id: string }) => x.id === k.id)).toMatchObject({ name: '一次性', revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await app.inject({ method: 'GET', url: '/api/v1/appeals/open311-keys', headers: agent.headers() })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/appeals/open311-keys', headers: agent.headers(true), payload: { name: 'x' } })).statusCode).toBe(403);
    const revoke = () => app.inject({ method: 'POST', url: `/api/v1/appeals/open311-keys/${k.id}/revoke`, headers: admin.headers(true) });
    expect((await revoke()).json()).toMatchObject({ id: k.id, revokedAt: expect.any(String) });
    expect((await revoke()).statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: '/api/v1/appeals/open311-keys/00000000-0000-7000-8000-000000000000/revoke', headers: admin.headers(true) })).statusCode).toBe(404);
    const audit = await queryRows<{ action: string }>(db.database.db, sql`select action from audit_log where entity_id = ${k.id} order by at`);
    expect(audit.map((r) => r.action)).toEqual(['appeal.open311Key.issue', 'appeal.open311Key.revoke']);
    expectError(await post('/open311/v2/requests.json', form({ api_key: secret, service_code: 'CG-HJWS', address_string: '新城区' })), 403);
  });

  it('ensureKey creates the demo key once', async () => {
    const keys = createOpen311Keys(db.database);
    const id = await keys.ensureKey(systemActor, 'Demo', 'demo-open311-key');
    expect(await keys.ensureKey(systemActor, 'Demo', 'demo-open311-key')).toBe(id);
    expect((await keys.list()).find((k) => k.id === id)).toMatchObject({ prefix: 'demo-open' });
    expect(await keys.verify('demo-open311-key')).toBe(id);
    expect(await keys.verify('demo-open311-kez')).toBeNull();
  });
});

describe('service requests', () => {
  it('files a request form-encoded with the key and reads it back in JSON and XML', async () => {
    const created = await file();
    expect(created).toMatchObject({ service_request_id: expect.stringMatching(/^GD\d{14}$/), account_id: 'acc-7', service_notice: expect.stringContaining(created.service_request_id) });
    const [r] = (await get(`/open311/v2/requests/${created.service_request_id}.json`)).json();
    expect(Object.keys(r)).toEqual(REQUEST_FIELDS);
    expect(r).toMatchObject({ status: 'open', status_notes: '待派单', service_code: 'CG-HJWS', service_name: '环境卫生', address: '赛罕区大学西街 100 号', address_id: '150105', lat: 40.817, long: 111.765, media_url: 'https://img.example.com/1.jpg', agency_responsible: null, zipcode: null });
    // What a caller dictated stays out of the public record.
    expect(r.description).toContain('138****5678');
    expect(r.requested_datetime).toMatch(W3C_SHANGHAI);
    expect(JSON.stringify(r)).not.toMatch(/王|wang@|13804715678/);
    const xml = parseXml((await get(`/open311/v2/requests/${created.service_request_id}.xml`)).body);
    expect(xml.name).toBe('service_requests');
    const req = child(xml, 'request')!;
    expect(req.children.map((c) => c.name)).toEqual(REQUEST_FIELDS);
    expect(fields(req)).toMatchObject({ service_request_id: created.service_request_id, status: 'open', lat: '40.817', zipcode: '' });
    const posted = parseXml((await post('/open311/v2/requests.xml', form({ api_key: key, service_code: 'GY-GS', address_id: '150102', 'attribute[outage]': 'building' }))).body);
    expect(child(child(posted, 'request')!, 'service_request_id')!.text).toMatch(/^GD/);
  });

  it('checks the service attributes, the location and the key with the spec\'s codes', async () => {
    expectError(await post('/open311/v2/requests.json', form({ api_key: key, service_code: 'NOPE', lat: '40.8', long: '111.7' })), 400);
    expectError(await post('/open311/v2/requests.xml', form({ api_key: key, service_code: 'CG-HJWS', description: '没有位置' })), 400, true);
    expectError(await post('/open311/v2/requests.json', form({ api_key: key, service_code: 'CG-HJWS', lat: '40.8' })), 400);
    expectError(await post('/open311/v2/requests.json', form({ service_code: 'CG-HJWS', address_string: '新城区' })), 403);
    expectError(await post('/open311/v2/requests.xml', form({ api_key: 'o311_wrong', service_code: 'CG-HJWS', address_string: '新城区' })), 403, true);
    expectError(await post('/open311/v2/requests.json', form({ api_key: key, service_code: 'GY-GS', address_string: '新城区' })), 400);
    expectError(await post('/open311/v2/requests.json', form({ api_key: key, service_code: 'GY-GS', address_string: '新城区', 'attribute[outage]': 'street' })), 400);
    expectError(await post('/open311/v2/requests.json', form({ api_key: key, service_code: 'CG-TEST', address_string: '新城区', 'attribute[count]': 'many' })), 400);
    const ok = await post('/open311/v2/requests.json', form({ api_key: key, service_code: 'CG-TEST', address_string: '回民区中山西路', 'attribute[count]': '3', 'attribute[kinds][]': ['a', 'b'], 'attribute[seen]': '2025-03-01T09:00:00+08:00' }));
    expect(ok.statusCode, ok.body).toBe(200);
    const [r] = (await get(`/open311/v2/requests/${ok.json()[0].service_request_id}.json`)).json();
    expect(r).toMatchObject({ address_id: '150103', service_name: '测试分类', lat: null });
    expectError(await post('/open311/v2/requests.json', form({ api_key: key, service_code: 'CG-HJWS', address_string: '新城区', phone: '12345' })), 400);
    const json = await app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers: { 'content-type': 'text/plain' }, payload: 'x' });
    expectError(json, 400);
  });

  it('lists with the spec\'s filters, newest first, paged, never a confidential ticket', async () => {
    const a = await file({ service_code: 'CG-ZDJY', description: '夜市摊位占道' });
    const b = await file({ service_code: 'CG-ZDJY', description: '早市摊位占道' });
    const answered = await app.inject({ method: 'POST', url: '/api/v1/appeals/tickets', headers: agent.headers(true), payload: { channel: 'phone', kind: 'consult', categoryCode: 'CG-ZDJY', areaCode: '150102', title: '摆摊许可咨询', content: '想在夜市摆摊需要办什么手续', directAnswer: { answer: '请到区城管局办理临时占道许可。' } } });
    expect(answered.statusCode, answered.body).toBe(201);
    const secret = await app.inject({ method: 'POST', url: '/api/v1/appeals/tickets', headers: agent.headers(true), payload: { channel: 'phone', kind: 'report', categoryCode: 'CG-ZDJY', areaCode: '150102', title: '保密举报', content: '保密内容', confidential: true } });
    expect(secret.statusCode, secret.body).toBe(201);
    const numbers = (q: string) => get(`/open311/v2/requests.json?${q}`).then((r) => (r.json() as { service_request_id: string }[]).map((x) => x.service_request_id));

    const all = await numbers('service_code=CG-ZDJY');
    expect(all.slice(0, 3)).toEqual([answered.json().number, b.service_request_id, a.service_request_id]);
    expect(all).not.toContain(secret.json().number);
    expectError(await get(`/open311/v2/requests/${secret.json().number}.json`), 404);
    expect(await numbers('service_code=CG-ZDJY&status=closed')).toEqual([answered.json().number]);
    const [closed] = (await get(`/open311/v2/requests/${answered.json().number}.json`)).json();
    expect(closed).toMatchObject({ status: 'closed', status_notes: '已办结：直接答复；请到区城管局办理临时占道许可。' });
    expect(await numbers('service_code=CG-ZDJY&status=open')).toEqual(all.filter((n) => n !== answered.json().number));
    expect(await numbers('service_code=CG-ZDJY,CG-HJWS&status=open,closed')).toEqual(expect.arrayContaining(all));
    expect(await numbers('service_code=CG-ZDJY&page_size=1&page=2')).toEqual([b.service_request_id]);
    expect(await numbers(`service_request_id=${a.service_request_id},${secret.json().number},GDX`)).toEqual([a.service_request_id]);
    expect(await numbers('start_date=2020-01-01T00:00:00Z&end_date=2020-03-01T00:00:00Z')).toEqual([]);
    const today = new Date(Date.now() - 3600_000).toISOString();
    expect(await numbers(`service_code=CG-ZDJY&start_date=${encodeURIComponent(today)}`)).toEqual(all);
    expect(await numbers(`service_code=CG-ZDJY&end_date=${encodeURIComponent(today)}`)).toEqual([]);
    const xml = parseXml((await get('/open311/v2/requests.xml?service_code=CG-ZDJY&page_size=2')).body);
    expect(xml.children.map((c) => child(c, 'service_request_id')!.text)).toEqual(all.slice(0, 2));
  });

  it('refuses malformed dates, statuses and paging with 400, unknown ids and formats with 404', async () => {
    for (const q of ['start_date=yesterday', 'end_date=2025-02-30T00:00:00Z', 'start_date=2025-01-01T00:00:00Z&end_date=2025-06-01T00:00:00Z', 'start_date=2025-03-01&end_date=2025-02-01', 'status=pending', 'page_size=5000', 'page=0', 'page=abc']) {
      expectError(await get(`/open311/v2/requests.json?${q}`), 400);
    }
    expectError(await get('/open311/v2/requests.xml?start_date=2025-13-01'), 400, true);
    expectError(await get('/open311/v2/requests/GD20990101000001.json'), 404);
    expectError(await get('/open311/v2/requests/GD20990101000001.xml'), 404, true);
    expectError(await get('/open311/v2/requests.csv'), 404);
    expectError(await get('/open311/v2/requests'), 404);
    expectError(await get('/open311/v2/nothing.json'), 404);
    expectError(await get('/open311/v3/services.xml'), 404, true);
  });

  it('names the lead unit and the due time once dispatched, and the ticket a merged one went into', async () => {
    const idOf = async (number: string) => (await app.inject({ method: 'GET', url: `/api/v1/appeals/tickets?q=${number}`, headers: agent.headers() })).json().items[0] as { id: string; version: number };
    const a = await file({ description: '路灯不亮' });
    const b = await file({ description: '路灯不亮（重复）' });
    const ta = await idOf(a.service_request_id);
    const zj = (await services.org.departments.listDepartments()).find((d) => d.code === 'HHHT-ZJ')!;
    const dispatched = await app.inject({ method: 'POST', url: `/api/v1/appeals/tickets/${ta.id}/dispatch`, headers: agent.headers(true), payload: { version: ta.version, leadDepartmentId: zj.id } });
    expect(dispatched.statusCode, dispatched.body).toBe(200);
    const [ra] = (await get(`/open311/v2/requests/${a.service_request_id}.json`)).json();
    expect(ra).toMatchObject({ status: 'open', status_notes: '待签收', agency_responsible: zj.name, expected_datetime: expect.stringMatching(W3C_SHANGHAI) });
    const tb = await idOf(b.service_request_id);
    const merged = await app.inject({ method: 'POST', url: `/api/v1/appeals/tickets/${tb.id}/merge`, headers: agent.headers(true), payload: { version: tb.version, intoTicketId: ta.id, comment: '同一路灯' } });
    expect(merged.statusCode, merged.body).toBe(200);
    const [rb] = (await get(`/open311/v2/requests/${b.service_request_id}.json`)).json();
    expect(rb).toMatchObject({ status: 'closed', status_notes: `已并单：并入 ${a.service_request_id}` });
    const [en] = (await get(`/open311/v2/requests/${b.service_request_id}.json`, { 'accept-language': 'en' })).json();
    expect(en.status_notes).toBe(`Merged: merged into ${a.service_request_id}`);
  });

  it('answers tokens', async () => {
    const { service_request_id } = await file();
    await db.database.db.execute(sql`update appeal_ticket set token = 'tok-123' where number = ${service_request_id}`);
    expect((await get('/open311/v2/tokens/tok-123.json')).json()).toEqual([{ service_request_id, token: 'tok-123' }]);
    expect(fields(child(parseXml((await get('/open311/v2/tokens/tok-123.xml')).body), 'request')!)).toEqual({ service_request_id, token: 'tok-123' });
    expectError(await get('/open311/v2/tokens/nope.json'), 404);
  });

  it('escapes what a requester typed in XML, and keeps only characters XML can carry', async () => {
    const { service_request_id } = await file({ description: 'a < b & "c" \'d\' > e \u0001\u0007 end 😀' });
    const req = child(parseXml((await get(`/open311/v2/requests/${service_request_id}.xml`)).body), 'request')!;
    expect(child(req, 'description')!.text).toBe('a < b & "c" \'d\' > e  end 😀');
  });
});

describe('servicerequestupdates (FixMyStreet)', () => {
  it('lists public updates of non-confidential tickets and takes updates posted with a key', async () => {
    const answered = await app.inject({ method: 'POST', url: '/api/v1/appeals/tickets', headers: agent.headers(true), payload: { channel: 'phone', kind: 'consult', categoryCode: 'CG-HJWS', areaCode: '150105', title: '垃圾分类咨询', content: '厨余垃圾怎么投放', directAnswer: { answer: '厨余垃圾请沥干后投放到绿色桶。' } } });
    const number = answered.json().number as string;
    const updates = (await get('/open311/v2/servicerequestupdates.json')).json() as Record<string, unknown>[];
    const mine = updates.find((u) => u.service_request_id === number);
    expect(mine).toEqual({ update_id: expect.any(String), service_request_id: number, status: 'closed', updated_datetime: expect.stringMatching(W3C_SHANGHAI), description: '厨余垃圾请沥干后投放到绿色桶。', media_url: null });
    const xml = parseXml((await get('/open311/v2/servicerequestupdates.xml?page_size=5')).body);
    expect(xml.name).toBe('service_request_updates');
    expect(xml.children.every((c) => c.name === 'request_update')).toBe(true);
    expectError(await get('/open311/v2/servicerequestupdates.json?start_date=2025-01-01T00:00:00+0800&end_date=x'), 400);

    const { service_request_id } = await file();
    const posted = await post('/open311/v2/servicerequestupdates.json', form({ api_key: key, service_request_id, update_id: 'fms-42', updated_datetime: '2025-03-01T10:00:00Z', status: 'OPEN', description: '现场照片已补充' }));
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.json()).toEqual([{ update_id: expect.any(String) }]);
    const rows = await queryRows(db.database.db, sql`select u.kind, u.text from appeal_update u join appeal_ticket t on t.id = u.ticket_id where t.number = ${service_request_id} and u.kind = 'external'`);
    expect(rows).toEqual([{ kind: 'external', text: '现场照片已补充' }]);
    expectError(await post('/open311/v2/servicerequestupdates.json', form({ api_key: key, service_request_id: 'GD20990101000001', description: 'x' })), 404);
    expectError(await post('/open311/v2/servicerequestupdates.json', form({ api_key: key, service_request_id })), 400);
    expectError(await post('/open311/v2/servicerequestupdates.xml', form({ api_key: 'bad', service_request_id, description: 'x' })), 403, true);
  });
});

describe('robustness', () => {
  const names = fc.constantFrom('api_key', 'service_code', 'lat', 'long', 'address_string', 'address_id', 'description', 'email', 'phone', 'first_name', 'last_name', 'media_url', 'attribute[outage]', 'attribute[count]', 'attribute[kinds][]', 'attribute[seen]', 'status', 'service_request_id', 'updated_datetime', 'jurisdiction_id', 'x');
  const values = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('GY-GS', 'CG-TEST', 'CG-HJWS', '40.8', '111.7', '-91', '1e309', 'building', '2025-03-01', '13804715678', 'https://a.b/c', '150102', 'closed'), fc.string({ unit: 'binary', maxLength: 20 }));
  const bodies = fc.oneof(
    fc.array(fc.tuple(names, values), { maxLength: 10 }).map((pairs) => new URLSearchParams(pairs).toString()),
    fc.string({ maxLength: 200 }),
  );

  it('never answers a form body with a 5xx, in either format, with or without a key', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, fc.boolean(), fc.constantFrom('requests', 'servicerequestupdates'), fc.constantFrom('json', 'xml'), async (body, withKey, what, format) => {
        const res = await post(`/open311/v2/${what}.${format}`, withKey ? `api_key=${encodeURIComponent(key)}&${body}` : body);
        expect(res.statusCode).toBeLessThan(500);
        if (format === 'xml') parseXml(res.body);
        else JSON.parse(res.body);
        expect(res.body).not.toMatch(/<code>500<|"code":500/);
      }),
      { numRuns: 80 },
    );
  });

  it('never answers a query string with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('start_date', 'end_date', 'status', 'service_code', 'service_request_id', 'page', 'page_size'), values), { maxLength: 6 }), async (pairs) => {
        const res = await get(`/open311/v2/requests.xml?${new URLSearchParams(pairs).toString()}`);
        expect(res.statusCode).toBeLessThan(500);
        parseXml(res.body);
      }),
      { numRuns: 60 },
    );
  });
});
