// 知识库: entries with validity dates, the catalogue's Chinese search, versioned edits and retiring, audit rows,
// permissions, the seat's usage counter and the demo seed. Runs on both engines. Until the lead wires the
// routes into buildApp, this file builds its own app over the test's services and registers them itself.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, shanghaiDate } from '../../../common/calendar/index.ts';
import { buildApp } from '../../app.ts';
import { auditWrite, systemActor } from '../../platform/audit/index.ts';
import { queryRows, runWrites, toNumber, WriteRefused } from '../../platform/db/index.ts';
import type { App } from '../../platform/http/index.ts';
import { DEMO_PASSWORD } from '../../seed/index.ts';
import { RETIRED, seedAppealKnowledge } from '../../seed/appeals-knowledge.ts';
import { createCatalogTestApp, type CatalogTestApp } from '../../test/catalog-factories.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { registerKnowledgeRoutes } from './knowledge-routes.ts';
import { createKnowledgeService, KNOWLEDGE_MISSING, type KnowledgeService } from './service/knowledge.ts';
import { appealCategories } from './tables.ts';

let t: CatalogTestApp;
let app: App;
let closeApp: () => Promise<void>;
let knowledge: KnowledgeService;
const browsers: Record<string, Browser> = {};
const actor = { type: 'user' as const, id: null };
const today = shanghaiDate(new Date());
const yesterday = addCalendarDays(today, -1);

// The demo categories the seed files entries under (the lead's appeals-categories seed has them too).
const CATEGORIES: [code: string, parent: string | null, name: string][] = [
  ['CG', null, '城市管理'], ['CG-ZDJY', 'CG', '占道经营'], ['CG-HJWS', 'CG', '环境卫生'],
  ['ZF', null, '住房'], ['ZF-WY', 'ZF', '物业管理'], ['ZF-GN', 'ZF', '供暖'],
  ['SB', null, '社会保障'], ['SB-SB', 'SB', '社保'], ['SB-YB', 'SB', '医保'],
  ['QY', null, '企业服务'], ['QY-KB', 'QY', '企业开办'], ['QY-SP', 'QY', '审批服务'], ['QY-ZC', 'QY', '惠企政策'],
  ['JT', null, '交通'], ['JT-GJ', 'JT', '公交'],
  ['GY', null, '公用事业'], ['GY-GS', 'GY', '供水'], ['GY-GD', 'GY', '供电'], ['GY-RQ', 'GY', '燃气'],
  ['HB', null, '生态环境'], ['HB-ZS', 'HB', '噪声'], ['GA', null, '公安'], ['GA-HJ', 'GA', '户籍'], ['JY', null, '教育'], ['JY-RX', 'JY', '入学'],
];

const send = (who: string | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, lang = 'zh-CN') =>
  app.inject({ method, url, headers: { 'accept-language': lang, ...(who ? browsers[who]!.headers(method !== 'GET') : {}) }, ...(payload ? { payload } : {}) });

const count = async (query: ReturnType<typeof sql>) => toNumber((await queryRows<{ n: unknown }>(t.services.database.db, query))[0]?.n);
const titles = (reply: { items: { title: string }[] }) => reply.items.map((i) => i.title);

beforeAll(async () => {
  t = await createCatalogTestApp();
  await t.services.database.db
    .insert(appealCategories)
    .values(CATEGORIES.map(([code, parentCode, name], i) => ({ code, parentCode, name, nameEn: code, sortOrder: i })))
    .onConflictDoNothing();
  knowledge = createKnowledgeService(t.services.database, {
    org: { departments: async () => (await t.services.org.departments.listDepartments()).map((d) => ({ id: d.id, name: d.name })) },
    synonyms: () => t.services.catalog.search.synonyms.list(),
  });
  // The routes on an app of our own over the same services (unless buildApp already has them).
  const built = await buildApp(t.services, { logger: false });
  if (!built.app.hasRoute({ method: 'GET', url: '/api/v1/appeals/knowledge' })) registerKnowledgeRoutes(built.app, knowledge);
  await built.app.ready();
  app = built.app;
  closeApp = () => built.app.close();
  for (const who of ['agent', 'handler', 'office', 'leader', 'admin', 'shimin']) browsers[who] = await signIn(app, who, DEMO_PASSWORD);

  const entry = (title: string, categoryCode: string, keywords: string[], answer: string, dates: { validFrom?: string; validTo?: string | null } = {}) =>
    knowledge.create(actor, { title, categoryCode, keywords, answer, departmentId: t.dept['HHHT-RS']!, ...dates });
  await entry('城镇职工基本养老保险缴费基数', 'SB-SB', ['社保', '缴费基数'], '职工个人缴费基数按本人上年度月平均工资确定，低于全区平均工资 60% 的按 60% 确定，高于 300% 的按 300% 确定。');
  await entry('失业保险金申领', 'SB-SB', ['失业金'], '失业前已缴纳失业保险满 1 年、非本人意愿中断就业并已办理失业登记的，可申领失业保险金。');
  await entry('医保异地就医备案', 'SB-YB', ['异地就医', '备案'], '可通过国家医保服务平台 APP 或参保地医保经办窗口办理异地就医备案，备案后直接结算。');
  await entry('住房公积金提取（租房）', 'ZF', ['公积金', '租房提取'], '职工本人及配偶在本市无自有住房且租房自住的，可申请提取住房公积金支付房租。');
  await entry('旧版社保缴费基数口径', 'SB-SB', ['社保', '缴费基数'], '已过期的旧版口径：缴费基数按旧规定执行，此条仅供查阅历史答复。', { validFrom: '2020-01-01', validTo: '2020-12-31' });
  await entry('下年度社保缴费基数口径', 'SB-SB', ['社保', '缴费基数'], '尚未生效的新口径：下年度缴费基数上下限调整后执行，生效前不对外答复。', { validFrom: addCalendarDays(today, 30) });
});
afterAll(async () => {
  await closeApp?.();
  await t?.close();
});

describe('search (the catalogue’s Chinese search)', () => {
  it('finds an entry by the words a seat types, ranked first, with matches marked', async () => {
    for (const q of ['养老保险 基数', '社保缴费', '养老保险缴费基数']) {
      const reply = await knowledge.search({ q });
      expect(reply.items[0]?.title, q).toBe('城镇职工基本养老保险缴费基数');
      const hit = reply.items[0]!;
      expect(hit.titleHighlighted.map((p) => p.text).join('')).toBe(hit.title);
      expect(hit.titleHighlighted.some((p) => p.match)).toBe(true);
      expect(hit.answerHighlighted.map((p) => p.text).join('')).toBe(hit.answer);
      expect(hit.score).toBeGreaterThan(0);
    }
    expect(titles(await knowledge.search({ q: '公积金提取' }))[0]).toBe('住房公积金提取（租房）');
    expect(titles(await knowledge.search({ q: '异地就医怎么备案' }))[0]).toBe('医保异地就医备案');
  });

  it('shows only entries valid today unless asked; the dates decide, both ends included', async () => {
    const plain = titles(await knowledge.search({ q: '社保 缴费基数', pageSize: 50 }));
    expect(plain).toContain('城镇职工基本养老保险缴费基数');
    expect(plain).not.toContain('旧版社保缴费基数口径');
    expect(plain).not.toContain('下年度社保缴费基数口径');
    const all = await knowledge.search({ q: '社保 缴费基数', includeExpired: 'true', pageSize: 50 });
    expect(titles(all)).toEqual(expect.arrayContaining(['旧版社保缴费基数口径', '下年度社保缴费基数口径']));
    expect(all.items.find((i) => i.title === '旧版社保缴费基数口径')!.valid).toBe(false);
    const lastDay = await knowledge.create(actor, { title: '今日到期的口径', answer: '有效期最后一天仍然有效，次日起不再显示。', validFrom: yesterday, validTo: today });
    expect(lastDay.valid).toBe(true);
    expect(titles(await knowledge.search({ q: '今日到期的口径' }))).toContain('今日到期的口径');
  });

  it('lists by standing on the server: 有效, 未生效, 已过期, 已停用 or all, each entry in exactly one of the first four', async () => {
    const of = async (validity: 'valid' | 'pending' | 'expired' | 'retired' | 'all') => {
      const reply = await knowledge.search({ validity, pageSize: 50 });
      expect(reply.total).toBe(reply.items.length);
      return reply.items;
    };
    // One of each standing retired first: a retired entry is 已停用 whatever its dates say.
    for (const [title, dates] of [['停用的有效口径', {}], ['停用的未生效口径', { validFrom: addCalendarDays(today, 30) }]] as const) {
      const e = await knowledge.create(actor, { title, answer: '这条口径已停用，仅供编辑查阅历史答复。', ...dates });
      await knowledge.retire(actor, e.id, { version: 1 });
    }
    const [valid, pending, expired, retired, all] = await Promise.all([of('valid'), of('pending'), of('expired'), of('retired'), of('all')]);
    expect(titles({ items: retired }).sort()).toEqual(['停用的未生效口径', '停用的有效口径'].sort());
    expect(retired.every((i) => i.retiredAt !== null && !i.valid)).toBe(true);
    expect(titles({ items: pending })).toContain('下年度社保缴费基数口径');
    expect(titles({ items: expired })).toContain('旧版社保缴费基数口径');
    expect(titles({ items: valid })).toContain('城镇职工基本养老保险缴费基数');
    // The four standings split the whole base, and each entry's dates say which it is.
    expect([...valid, ...pending, ...expired, ...retired].map((i) => i.id).sort()).toEqual(all.map((i) => i.id).sort());
    expect([...valid, ...pending, ...expired].every((i) => i.retiredAt === null)).toBe(true);
    for (const i of pending) expect(i.validFrom > today && (i.validTo === null || i.validTo >= today)).toBe(true);
    for (const i of expired) expect(i.validTo !== null && i.validTo < today).toBe(true);
    expect(valid.every((i) => i.valid) && [...pending, ...expired, ...retired].every((i) => !i.valid)).toBe(true);
    // With words too, and `validity` decides over the older includeExpired.
    expect(titles(await knowledge.search({ q: '社保 缴费基数', validity: 'expired', includeExpired: 'false' }))).toEqual(['旧版社保缴费基数口径']);
    const bad = await send('agent', 'GET', '/api/v1/appeals/knowledge?validity=soon');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('validity');
  });

  it('lists the newest valid entries for an empty query, filters by category (a parent takes its leaves), pages', async () => {
    const listed = await knowledge.search({});
    expect(listed.items.length).toBeGreaterThan(0);
    expect(listed.items.every((i) => i.valid && i.score === 0)).toBe(true);
    const created = listed.items.map((i) => i.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    const social = await knowledge.search({ categoryCode: 'SB', pageSize: 50 });
    expect(titles(social)).toEqual(expect.arrayContaining(['城镇职工基本养老保险缴费基数', '医保异地就医备案']));
    expect(titles(social)).not.toContain('住房公积金提取（租房）');
    expect(titles(await knowledge.search({ categoryCode: 'SB-YB' }))).toEqual(['医保异地就医备案']);
    const page1 = await knowledge.search({ pageSize: 2 });
    const page2 = await knowledge.search({ pageSize: 2, page: 2 });
    expect(page1.total).toBe(page2.total);
    expect(titles(page1).some((x) => titles(page2).includes(x))).toBe(false);
    expect((await knowledge.search({ page: 999 })).items).toEqual([]);
    expect((await knowledge.search({ page: 999 })).total).toBe(page1.total);
  });

  it('answers a query without words, or with nothing close, with no hits', async () => {
    expect((await knowledge.search({ q: '？？！！' })).items).toEqual([]);
    expect((await knowledge.search({ q: 'zzqqxxyy' })).items).toEqual([]);
  });
});

describe('writes', () => {
  it('creates, edits with the version (409 when stale), and searches the new words; each write audited', async () => {
    const created = await knowledge.create(actor, { title: '生育津贴申领', categoryCode: 'SB-YB', keywords: ['生育津贴, 产假工资'], answer: '由用人单位向参保地医保经办机构申请生育津贴。' });
    expect(created).toMatchObject({ version: 1, valid: true, validFrom: today, validTo: null, keywords: ['生育津贴', '产假工资'], usedCount: 0 });
    const edited = await knowledge.update(actor, created.id, { version: 1, title: '生育津贴申领流程', keywords: ['生育津贴', '产假'], departmentId: t.dept['HHHT-YB']! });
    expect(edited).toMatchObject({ version: 2, title: '生育津贴申领流程', departmentName: '呼和浩特市医疗保障局', answer: created.answer });
    await expect(knowledge.update(actor, created.id, { version: 1, title: '过期的修改' })).rejects.toMatchObject({ code: 'VERSION_CONFLICT', status: 409 });
    expect(titles(await knowledge.search({ q: '产假' }))).toContain('生育津贴申领流程');
    const actions = await queryRows<{ action: string }>(t.services.database.db, sql`select action from audit_log where entity = 'appeal_knowledge' and entity_id = ${created.id} order by at, id`);
    expect(actions.map((a) => a.action)).toEqual(['appeal.knowledge.create', 'appeal.knowledge.update']);
  });

  it('retires an entry: its dates kept, hidden from search, audited; stale or repeated retiring refused; restored, it is found again', async () => {
    const e = await knowledge.create(actor, { title: '临时停水安排口径', categoryCode: 'GY-GS', answer: '临时停水期间请关注供水企业公告，恢复供水时间以公告为准。' });
    expect(titles(await knowledge.search({ q: '临时停水' }))).toContain('临时停水安排口径');
    await expect(knowledge.retire(actor, e.id, { version: 2 })).rejects.toMatchObject({ status: 409 });
    await expect(knowledge.restore(actor, e.id, { version: 1 })).rejects.toMatchObject({ status: 422 });
    const retired = await knowledge.retire(actor, e.id, { version: 1 });
    // Started today: its dates stay as they were (no made-up day of validity before the start).
    expect(retired).toMatchObject({ validFrom: today, validTo: null, valid: false, version: 2 });
    expect(Date.now() - Date.parse(retired.retiredAt!)).toBeLessThan(60_000);
    expect(titles(await knowledge.search({ q: '临时停水' }))).not.toContain('临时停水安排口径');
    expect(titles(await knowledge.search({ q: '临时停水', includeExpired: 'true' }))).toContain('临时停水安排口径');
    expect(titles(await knowledge.search({ q: '临时停水', validity: 'retired' }))).toEqual(['临时停水安排口径']);
    const again = await knowledge.retire(actor, e.id, { version: 2 }).catch((error: unknown) => error);
    expect(again).toMatchObject({ status: 422, text: { zh: `该条目已于 ${today} 停用` } });
    // Someone edits it meanwhile: the restore with the old version is a 409; with the new one it is back in use.
    await knowledge.update(actor, e.id, { version: 2, keywords: ['停水'] });
    await expect(knowledge.restore(actor, e.id, { version: 2 })).rejects.toMatchObject({ status: 409 });
    expect(await knowledge.get(e.id)).toMatchObject({ retiredAt: retired.retiredAt, version: 3 });
    const restored = await knowledge.restore(actor, e.id, { version: 3 });
    expect(restored).toMatchObject({ retiredAt: null, valid: true, validFrom: today, validTo: null, version: 4 });
    expect(titles(await knowledge.search({ q: '临时停水' }))).toContain('临时停水安排口径');
    const actions = await queryRows<{ action: string }>(t.services.database.db, sql`select action from audit_log where entity = 'appeal_knowledge' and entity_id = ${e.id} order by id`);
    expect(actions.map((a) => a.action)).toEqual(['appeal.knowledge.create', 'appeal.knowledge.retire', 'appeal.knowledge.update', 'appeal.knowledge.restore']);
  });

  it('retires and restores over HTTP for the knowledge editors only', async () => {
    const e = await knowledge.create(actor, { title: '施工噪声投诉口径', categoryCode: 'HB-ZS', answer: '夜间施工须持有夜间施工许可，无证施工可向生态环境部门投诉。' });
    expect((await send('shimin', 'POST', `/api/v1/appeals/knowledge/${e.id}/retire`, { version: 1 })).statusCode).toBe(403);
    const retired = await send('agent', 'POST', `/api/v1/appeals/knowledge/${e.id}/retire`, { version: 1 });
    expect(retired.statusCode).toBe(200);
    expect(retired.json()).toMatchObject({ valid: false, version: 2 });
    expect((await send('shimin', 'POST', `/api/v1/appeals/knowledge/${e.id}/restore`, { version: 2 })).statusCode).toBe(403);
    const stale = await send('agent', 'POST', `/api/v1/appeals/knowledge/${e.id}/restore`, { version: 1 }, 'en');
    expect(stale.statusCode).toBe(409);
    const restored = await send('agent', 'POST', `/api/v1/appeals/knowledge/${e.id}/restore`, { version: 2 });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ valid: true, retiredAt: null, version: 3 });
    const twice = await send('agent', 'POST', `/api/v1/appeals/knowledge/${e.id}/restore`, { version: 3 }, 'en');
    expect(twice.statusCode).toBe(422);
    expect(twice.body).toContain('nothing to restore');
  });

  it('migration 0025 turns entries retired the old way (an end date of the day before) back into retirements', async () => {
    // Its repair statement, as the migration runs it, over two entries retired the old way: one whose retiring is its
    // last write, one edited since (left alone: its dates are what an editor chose after).
    const text = readFileSync(new URL('../../db/migrations/0025_knowledge_retired.sql', import.meta.url), 'utf8');
    const repair = text.split('--> statement-breakpoint')[1]!;
    const old = async (title: string, editedAfter: boolean) => {
      const e = await knowledge.create(actor, { title, answer: '按旧办法停用的口径，用于检查迁移的修复。', validTo: '2030-12-31' });
      await t.services.database.db.execute(sql`update appeal_knowledge set valid_to = ${yesterday}::date, valid_from = least(valid_from, ${yesterday}::date), version = 2 where id = ${e.id}`);
      await runWrites(t.services.database.db, [auditWrite(actor, { action: 'appeal.knowledge.retire', entity: 'appeal_knowledge', entityId: e.id, change: { version: 1, validTo: yesterday, validToBefore: '2030-12-31' } })]);
      if (editedAfter) await knowledge.update(actor, e.id, { version: 2, answer: '按旧办法停用后又改过的口径，迁移不应改动它。' });
      return e.id;
    };
    const lastWrite = await old('按旧办法停用的口径', false);
    const edited = await old('按旧办法停用后又改过的口径', true);
    await t.services.database.db.execute(sql.raw(repair));
    const retireAt = await queryRows<{ at: Date }>(t.services.database.db, sql`select at from audit_log where action = 'appeal.knowledge.retire' and entity_id = ${lastWrite}`);
    expect(await knowledge.get(lastWrite)).toMatchObject({ validTo: '2030-12-31', valid: false, retiredAt: new Date(retireAt[0]!.at).toISOString() });
    expect(await knowledge.get(edited)).toMatchObject({ validTo: yesterday, retiredAt: null });
  });

  it('counts a seat’s answers without touching the version; a missing entry refuses the batch', async () => {
    const e = await knowledge.create(actor, { title: '居住证办理', categoryCode: 'GA-HJ', answer: '在本市居住半年以上并符合条件的，可到居住地派出所申领居住证。' });
    await knowledge.markUsed(t.services.database.db, e.id);
    await runWrites(t.services.database.db, [knowledge.usedWrite(e.id)]);
    expect(await knowledge.get(e.id)).toMatchObject({ usedCount: 2, version: 1 });
    const missing = '01900000-0000-7000-8000-000000000000';
    await expect(knowledge.markUsed(t.services.database.db, missing)).rejects.toMatchObject({ status: 422 });
    const error = await runWrites(t.services.database.db, [knowledge.usedWrite(missing)]).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(WriteRefused);
    expect((error as WriteRefused).reason).toBe(KNOWLEDGE_MISSING);
  });

  it('seeds the demo entries once (idempotent by title), seasonal ones with their dates', async () => {
    const services = { appeals: { knowledge }, org: t.services.org };
    const added = await seedAppealKnowledge(services, systemActor);
    expect(added).toBeGreaterThanOrEqual(30);
    expect(await seedAppealKnowledge(services, systemActor)).toBe(0);
    // The demo's retired answer: 已停用, once (the second seeding left it as it was).
    const retired = await knowledge.search({ validity: 'retired', pageSize: 50 });
    expect(retired.items.filter((i) => RETIRED.includes(i.title)).map((i) => i.version)).toEqual([2]);
    const heating = await knowledge.search({ q: '供暖费', includeExpired: 'true', pageSize: 50 });
    const seasons = heating.items.filter((i) => i.title.startsWith('供暖收费标准'));
    expect(seasons.map((s) => s.valid).sort()).toEqual([false, true]);
    expect(seasons.every((s) => s.validTo !== null && s.validTo.endsWith('-04-15'))).toBe(true);
    expect(titles(await knowledge.search({ q: '占道经营投诉' }))[0]).toBe('城市占道经营投诉处理流程');
    expect(titles(await knowledge.search({ q: '新生儿上户口' }))[0]).toBe('新生儿落户（出生一件事）');
    expect(await count(sql`select count(*) as n from audit_log where action = 'appeal.knowledge.create' and actor_type = 'system'`)).toBe(added);
  });
});

describe('HTTP', () => {
  it('lets staff read and the hotline and office write; applicants 403, nobody 401', async () => {
    expect((await send('handler', 'GET', '/api/v1/appeals/knowledge?q=养老保险')).statusCode).toBe(200);
    expect((await send('leader', 'GET', '/api/v1/appeals/knowledge')).statusCode).toBe(200);
    expect((await send('shimin', 'GET', '/api/v1/appeals/knowledge')).statusCode).toBe(403);
    expect((await send(null, 'GET', '/api/v1/appeals/knowledge')).statusCode).toBe(401);
    const body = { title: '公交老年卡办理', categoryCode: 'JT-GJ', keywords: ['老年卡'], answer: '携带身份证到公交卡服务网点办理老年公交卡。' };
    expect((await send('handler', 'POST', '/api/v1/appeals/knowledge', body)).statusCode).toBe(403);
    expect((await send('shimin', 'POST', '/api/v1/appeals/knowledge', body)).statusCode).toBe(403);
    expect((await send(null, 'POST', '/api/v1/appeals/knowledge', body)).statusCode).toBe(401);
    const created = await send('agent', 'POST', '/api/v1/appeals/knowledge', body);
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };
    expect((await send('shimin', 'GET', `/api/v1/appeals/knowledge/${id}`)).statusCode).toBe(403);
    expect((await send('handler', 'GET', `/api/v1/appeals/knowledge/${id}`)).json()).toMatchObject({ id, title: '公交老年卡办理', valid: true });
    const patched = await send('office', 'PATCH', `/api/v1/appeals/knowledge/${id}`, { version: 1, answer: '携带身份证到任一公交卡服务网点办理老年公交卡，也可在线申请。' });
    expect(patched.json()).toMatchObject({ version: 2 });
    expect((await send('office', 'PATCH', `/api/v1/appeals/knowledge/${id}`, { version: 1, title: '旧版本' })).json()).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect((await send('handler', 'POST', `/api/v1/appeals/knowledge/${id}/retire`, { version: 2 })).statusCode).toBe(403);
    const retired = await send('admin', 'POST', `/api/v1/appeals/knowledge/${id}/retire`, { version: 2 });
    expect(retired.statusCode).toBe(200);
    expect(retired.json()).toMatchObject({ validTo: null, valid: false, retiredAt: expect.any(String) });
    expect((await send('agent', 'GET', '/api/v1/appeals/knowledge/01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    const search = (await send('agent', 'GET', `/api/v1/appeals/knowledge?q=${encodeURIComponent('社保缴费')}&categoryCode=SB`)).json() as { items: { title: string }[]; terms: string[] };
    expect(search.items[0]?.title).toBe('城镇职工基本养老保险缴费基数');
    expect(search.terms).toEqual(expect.arrayContaining(['社保', '缴费']));
    const openapi = await send(null, 'GET', '/api/v1/openapi.json');
    expect(Object.keys((openapi.json() as { paths: object }).paths)).toEqual(expect.arrayContaining(['/api/v1/appeals/knowledge', '/api/v1/appeals/knowledge/{id}/retire', '/api/v1/appeals/knowledge/{id}/restore']));
  });

  it('refuses bad input with a 4xx naming the field, in the caller’s language', async () => {
    const body = { title: '日期颠倒的口径', answer: '这条口径的截止日期早于起始日期，应被拒绝。', validFrom: '2026-03-01', validTo: '2026-02-01' };
    const zh = await send('agent', 'POST', '/api/v1/appeals/knowledge', body);
    const en = await send('agent', 'POST', '/api/v1/appeals/knowledge', body, 'en');
    expect(zh.statusCode).toBe(422);
    expect(zh.json().errors).toEqual([{ path: 'body.validTo', message: expect.stringContaining('不能早于') }]);
    expect(en.json().errors).toEqual([{ path: 'body.validTo', message: expect.stringContaining('must not be before') }]);
    const long = await send('agent', 'POST', '/api/v1/appeals/knowledge', { title: '长'.repeat(101), answer: '短' }, 'en');
    expect(long.statusCode).toBe(400);
    expect((long.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual(['body.answer', 'body.title']);
    expect((await send('agent', 'POST', '/api/v1/appeals/knowledge', { ...body, validTo: null, categoryCode: 'NOPE' })).json()).toMatchObject({ status: 422, errors: [{ path: 'body.categoryCode' }] });
    expect((await send('agent', 'POST', '/api/v1/appeals/knowledge', { ...body, validTo: '2026-02-30' })).statusCode).toBe(400);
    expect((await send('agent', 'POST', '/api/v1/appeals/knowledge', { ...body, validTo: null, title: 'a\u0000b' })).statusCode).toBe(400);
    expect((await send('agent', 'POST', '/api/v1/appeals/knowledge', { ...body, validTo: null, departmentId: '01900000-0000-7000-8000-000000000000' })).statusCode).toBe(422);
    // The same rules when the service is called directly (the seed): the field path and both languages.
    await expect(knowledge.create(actor, { title: '日期颠倒', answer: body.answer, validFrom: '2026-03-01', validTo: '2026-02-01' })).rejects.toMatchObject({
      status: 422,
      fields: [{ path: 'body.validTo', message: { zh: expect.stringContaining('不能早于'), en: expect.stringContaining('must not be before') } }],
    });
  });

  it('never answers an arbitrary query with a 5xx', async () => {
    const chinese = fc.constantFrom(...'社保缴费基数养老保险公积金提取供暖居住证的了吗怎么办');
    const special = fc.constantFrom(...`'":*&|!()<>\\%_ \t\n-—，。？：；、`);
    const q = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: fc.oneof(chinese, special), maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(q, fc.option(fc.string({ maxLength: 12 })), fc.constantFrom('true', 'false', 'x'), async (text, category, expired) => {
        const query = new URLSearchParams({ q: text, includeExpired: expired, ...(category === null ? {} : { categoryCode: category }) });
        const res = await send('agent', 'GET', `/api/v1/appeals/knowledge?${query.toString()}`);
        expect(res.statusCode, `${res.statusCode} ${res.body}`).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
