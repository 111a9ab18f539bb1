import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, generateUscc, maskIdCard } from '../../../common/ids/index.ts';
import { queryRows, uuidv7 } from '../../platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../../seed/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { insertLicenceType } from './licences-repository.ts';
import { insertPerson } from './entities-repository.ts';
import { insertRule } from './sharing-repository.ts';

let t: TestApp;
let admin: Browser;
let approver: Browser; // 市场监管局
let handler: Browser; // 住建局
let dept: Record<string, string>;
const rng = createRng(42);
const uscc = () => generateUscc(rng, { regionCode: '150105' });
let typeId: string;

const body = (code: string, extra: object = {}) => ({
  uscc: code,
  name: `内蒙古青城测试${code.slice(-4)}有限公司`,
  legalRepresentative: '张三',
  registeredCapitalFen: 100_000_000,
  industrySection: 'C',
  industryClass: '1441',
  address: '呼和浩特市赛罕区大学西街 1 号',
  districtCode: '150105',
  establishedOn: '2020-05-01',
  tags: ['new_economy'],
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
  const list = (await t.app.inject({ url: '/api/v1/org/departments' })).json().departments as { id: string; code: string }[];
  dept = Object.fromEntries(list.map((d) => [d.code, d.id]));
  typeId = uuidv7();
  await insertLicenceType(t.services.database.db, {
    id: typeId,
    code: 'TEST_FOOD',
    name: '食品经营许可证',
    holderKind: 'entity',
    issuingDepartmentId: dept['HHHT-SCJG']!,
    fields: [{ key: 'scope', label: '经营项目', type: 'text' }],
    validityYears: 5,
    numberPrefix: 'JY1150105',
  });
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  approver = await signIn(t.app, 'approver', DEMO_PASSWORD);
  handler = await signIn(t.app, 'handler', DEMO_PASSWORD);
});
afterAll(() => t.close());

const post = (b: Browser, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: b.headers(true), payload });

describe('market entities', () => {
  it('registers an entity with a valid USCC and finds it by name prefix, USCC and legal representative', async () => {
    const code = uscc();
    const res = await post(approver, '/api/v1/registry/entities', body(code));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ uscc: code, kind: 'enterprise', status: 'active', industryName: '液体乳制造', usccOverride: false });
    for (const q of ['内蒙古青城测试', code, '张三']) {
      const found = await t.app.inject({ url: `/api/v1/registry/entities?q=${encodeURIComponent(q)}`, headers: handler.headers() });
      expect(found.json().items.map((e: { uscc: string }) => e.uscc)).toContain(code);
    }
    const dup = await post(approver, '/api/v1/registry/entities', body(code, { name: '另一家测试有限公司' }));
    expect(dup.statusCode).toBe(409);
    // The field error names the entity that holds the code, in both languages.
    const holder = res.json().name as string;
    expect(dup.json().errors).toEqual([{ path: 'body.uscc', message: `该统一社会信用代码已登记为「${holder}」` }]);
    const dupEn = await t.app.inject({ method: 'POST', url: '/api/v1/registry/entities', headers: { ...approver.headers(true), 'accept-language': 'en' }, payload: body(code) });
    expect(dupEn.json().errors[0].message).toBe(`This USCC is already registered to “${holder}”`);
  });

  it('refuses a USCC failing its check with the reason in Chinese; only an admin may admit it, with a reason, audited', async () => {
    const good = uscc();
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const refused = await post(approver, '/api/v1/registry/entities', body(wrongCheck, { overrideUsccCheck: true, overrideReason: '历史遗留代码' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ path: 'body.uscc' });
    expect(refused.json().errors[0].message).toContain('校验码');
    const noReason = await post(admin, '/api/v1/registry/entities', body(wrongCheck, { overrideUsccCheck: true }));
    expect(noReason.statusCode).toBe(400);
    const admitted = await post(admin, '/api/v1/registry/entities', body(wrongCheck, { overrideUsccCheck: true, overrideReason: '历史遗留代码，经核实' }));
    expect(admitted.statusCode).toBe(201);
    expect(admitted.json().usccOverride).toBe(true);
    const [row] = await queryRows<{ n: unknown }>(t.services.database.db, sql`select count(*) as n from audit_log where action = 'registry.entity.create-override'`);
    expect(Number(row!.n)).toBe(1);
  });

  it('answers bad entity data with field messages, never a 5xx', async () => {
    const res = await post(approver, '/api/v1/registry/entities', body('NOT-A-CODE', { districtCode: '990000', establishedOn: '2999-01-01', industryClass: '6513' }));
    expect(res.statusCode).toBe(400);
    const paths = (res.json().errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.uscc', 'body.districtCode', 'body.establishedOn', 'body.industryClass']));
  });

  it('refuses a stale edit with 409', async () => {
    const code = uscc();
    const created = (await post(approver, '/api/v1/registry/entities', body(code))).json();
    const patch = (b: object) => t.app.inject({ method: 'PATCH', url: `/api/v1/registry/entities/${code}`, headers: approver.headers(true), payload: b });
    expect((await patch({ version: created.version, address: '呼和浩特市新城区新华大街 2 号' })).statusCode).toBe(200);
    expect((await patch({ version: created.version, address: '旧版本' })).statusCode).toBe(409);
  });

  it('changes only the fields a PATCH names (defaults do not reset the rest)', async () => {
    const code = uscc();
    const created = (await post(approver, '/api/v1/registry/entities', body(code, { status: 'suspended', tags: ['key_project'] }))).json();
    const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/registry/entities/${code}`, headers: approver.headers(true), payload: { version: created.version, name: `${created.name}（更名）` } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'suspended', tags: ['key_project'], name: `${created.name}（更名）` });
  });
});

describe('electronic licences', () => {
  let holder: string;
  beforeAll(async () => {
    holder = uscc();
    await post(approver, '/api/v1/registry/entities', body(holder, { industrySection: 'H', industryClass: '6210' }));
  });

  it('issues a licence that anyone can verify by its code without signing in', async () => {
    const res = await post(approver, '/api/v1/registry/licences', { typeId, holderUscc: holder, fields: { scope: '热食类食品制售' } });
    expect(res.statusCode).toBe(201);
    const licence = res.json();
    expect(licence).toMatchObject({ status: 'valid', holderCode: holder, issuingDepartmentName: '呼和浩特市市场监督管理局' });
    expect(licence.verificationCode).toMatch(/^[A-Z2-9]{12}$/);
    const check = await t.app.inject({ url: `/api/v1/verify/${licence.verificationCode}` });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ result: 'valid', number: licence.number, holderCode: holder });
    expect((await t.app.inject({ url: '/api/v1/verify/NOSUCHCODE99' })).statusCode).toBe(404);
  });

  it('a licence issued on 29 February runs to 28 February when the end year has none', async () => {
    const res = await post(approver, '/api/v1/registry/licences', { typeId, holderUscc: holder, issuedOn: '2024-02-29', fields: { scope: '闰日' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().validTo).toBe('2029-02-28');
  });

  it('only the issuing department issues it', async () => {
    const res = await post(handler, '/api/v1/registry/licences', { typeId, holderUscc: holder, fields: { scope: 'x' } });
    expect(res.statusCode).toBe(403);
  });

  it('a record altered in the database fails verification; revocation is signed and shows', async () => {
    const licence = (await post(approver, '/api/v1/registry/licences', { typeId, holderUscc: holder, fields: { scope: '预包装食品销售' } })).json();
    const db = t.services.database;
    await db.exec(`update licence set valid_to = '2099-12-31' where id = '${licence.id}'`);
    expect((await t.app.inject({ url: `/api/v1/verify/${licence.verificationCode}` })).json().result).toBe('tampered');
    await db.exec(`update licence set valid_to = '${licence.validTo}' where id = '${licence.id}'`);
    expect((await t.app.inject({ url: `/api/v1/verify/${licence.verificationCode}` })).json().result).toBe('valid');

    const revoked = await post(approver, `/api/v1/registry/licences/${licence.id}/revoke`, { reason: '虚假承诺' });
    expect(revoked.json().status).toBe('revoked');
    expect((await t.app.inject({ url: `/api/v1/verify/${licence.verificationCode}` })).json().result).toBe('revoked');
    // Quietly un-revoking it in SQL is caught.
    await db.exec(`update licence set revoked_at = null where id = '${licence.id}'`);
    expect((await t.app.inject({ url: `/api/v1/verify/${licence.verificationCode}` })).json().result).toBe('tampered');
  });

  it('refuses missing or unknown licence fields', async () => {
    const missing = await post(approver, '/api/v1/registry/licences', { typeId, holderUscc: holder, fields: {} });
    expect(missing.json().errors[0].path).toBe('body.fields.scope');
    const unknown = await post(approver, '/api/v1/registry/licences', { typeId, holderUscc: holder, fields: { scope: 'x', colour: 'red' } });
    expect(unknown.json().errors[0].path).toBe('body.fields.colour');
  });
});

describe('data sharing', () => {
  let subject: string;
  const idNumber = '150102198807150023';
  beforeAll(async () => {
    subject = uscc();
    await post(approver, '/api/v1/registry/entities', body(subject));
    await insertRule(t.services.database.db, { id: uuidv7(), consumerDepartmentId: dept['HHHT-ZJ']!, resource: 'record', purposes: ['case_handling'], note: '住建局办件核验主体信息' });
    const c = t.services.crypto;
    await insertPerson(t.services.database.db, { id: uuidv7(), idNumberEnc: c.encrypt(idNumber), idNumberIndex: c.blindIndex(idNumber), idNumberMasked: maskIdCard(idNumber), name: '王五' });
    await insertRule(t.services.database.db, { id: uuidv7(), consumerDepartmentId: dept['HHHT-ZJ']!, resource: 'record', purposes: ['supervision'], note: '' });
  });

  const share = (b: Browser, payload: object) => post(b, '/api/v1/registry/share', payload);

  it('allows a request a rule covers, and logs it with purpose and case', async () => {
    const res = await share(handler, { subject: { kind: 'entity', uscc: subject }, resource: 'record', purpose: 'case_handling', caseNumber: 'ZJ2026112600001' });
    expect(res.statusCode).toBe(200);
    expect(res.json().record.uscc).toBe(subject);
    const log = await t.app.inject({ url: `/api/v1/registry/share-log?uscc=${subject}`, headers: handler.headers() });
    expect(log.json().items[0]).toMatchObject({ allowed: true, purpose: 'case_handling', caseNumber: 'ZJ2026112600001', consumerDepartmentName: '呼和浩特市住房和城乡建设局' });
    // The reply carries the log's own id and moment (the dialog's receipt shows the server's time, not the browser's).
    expect(log.json().items[0]).toMatchObject({ id: res.json().requestId, at: res.json().at });
  });

  it('refuses a request no rule covers, and logs the refusal too', async () => {
    const res = await share(handler, { subject: { kind: 'entity', uscc: subject }, resource: 'record', purpose: 'statistics', caseNumber: 'ZJ2026112600002' });
    expect(res.statusCode).toBe(403);
    // Said once: why it was refused, then that it was logged (the dialog adds only what to do next).
    expect(res.json().title).toBe('共享规则不允许本部门为此用途调取该数据；本次请求已记入共享日志');
    expect(res.json().title).not.toContain('已记录');
    const other = await share(approver, { subject: { kind: 'entity', uscc: subject }, resource: 'record', purpose: 'case_handling', caseNumber: 'SC2026112600001' });
    expect(other.statusCode).toBe(403);
    const log = await t.app.inject({ url: `/api/v1/registry/share-log?uscc=${subject}&allowed=false`, headers: admin.headers() });
    expect(log.json().items.map((r: { caseNumber: string }) => r.caseNumber).sort()).toEqual(['SC2026112600001', 'ZJ2026112600002']);
    // Both departments have a rule for the record, but not for these purposes.
    expect(log.json().items.map((r: { reason: string }) => r.reason)).toEqual(['purpose_not_allowed', 'purpose_not_allowed']);
    expect(log.json().items[0]).toMatchObject({ resource: 'record', resourceName: '登记信息', subjectCode: subject });
  });

  it('shares a person’s record with the ID number masked', async () => {
    const res = await share(handler, { subject: { kind: 'person', idNumber }, resource: 'record', purpose: 'supervision', caseNumber: 'ZJ2026112600003' });
    expect(res.statusCode).toBe(200);
    expect(res.json().record).toMatchObject({ name: '王五', idNumber: '150102********0023' });
    expect(res.body).not.toContain(idNumber);
  });

  it('shows the file of an enterprise with its licences and who read it', async () => {
    const res = await t.app.inject({ url: `/api/v1/registry/entities/${subject}/profile`, headers: handler.headers() });
    expect(res.statusCode).toBe(200);
    const keys = res.json().sections.map((s: { key: string }) => s.key);
    // The registry's own sections; 企业服务's are the office's, not shown to a unit's handler.
    expect(keys).toEqual(['licences', 'sharing']);
    const sharing = res.json().sections[keys.indexOf('sharing')];
    expect(sharing.count).toBe(3);
    expect(sharing.columns.map((c: { key: string }) => c.key)).toEqual(['at', 'department', 'resource', 'purpose', 'caseNumber', 'result', 'reason']);
    const purpose = sharing.columns.find((c: { key: string }) => c.key === 'purpose');
    expect(purpose).toMatchObject({ type: 'status', statusLabels: { supervision: { zh: '监管执法', en: 'Supervision' } } });
    expect(sharing.rows.map((r: { cells: { result: string; reason: string | null } }) => [r.cells.result, r.cells.reason])).toEqual(
      expect.arrayContaining([['allowed', null], ['refused', 'purpose_not_allowed']]),
    );
    for (const row of sharing.rows) expect(row.link).toBe(`/registry/sharing?uscc=${subject}`);
  });

  it('logs each kind of refusal with its reason code: no rule, no licence type, no subject', async () => {
    const noRule = await share(handler, { subject: { kind: 'entity', uscc: subject }, resource: 'PUBLIC_HEALTH', purpose: 'supervision', caseNumber: 'ZJ2026112600004' });
    expect(noRule.statusCode).toBe(403);
    expect(noRule.json().title).toBe('没有共享规则允许本部门为此用途调取该数据；本次请求已记入共享日志');
    expect(noRule.json().title.match(/记入共享日志|已记录/g)).toHaveLength(1);
    const noType = await share(handler, { subject: { kind: 'entity', uscc: subject }, resource: 'NO_SUCH_TYPE', purpose: 'supervision', caseNumber: 'ZJ2026112600005' });
    expect(noType.statusCode).toBe(400);
    expect(noType.json().errors[0].path).toBe('body.resource');
    const nobody = generateUscc(rng, { regionCode: '150105' });
    expect((await share(handler, { subject: { kind: 'entity', uscc: nobody }, resource: 'record', purpose: 'supervision', caseNumber: 'ZJ2026112600006' })).statusCode).toBe(404);
    const log = (await t.app.inject({ url: '/api/v1/registry/share-log?allowed=false&pageSize=100', headers: admin.headers() })).json().items as { caseNumber: string; reason: string; resourceName: string }[];
    const byCase = Object.fromEntries(log.map((r) => [r.caseNumber, r]));
    expect(byCase.ZJ2026112600004).toMatchObject({ reason: 'no_rule', resourceName: '公共场所卫生许可证' });
    expect(byCase.ZJ2026112600005).toMatchObject({ reason: 'no_licence_type', resourceName: 'NO_SUCH_TYPE' });
    expect(byCase.ZJ2026112600006).toMatchObject({ reason: 'no_subject' });
  });

  it('an applicant cannot search the registry or read the share log', async () => {
    const citizen = await signIn(t.app, 'shimin', DEMO_PASSWORD);
    expect((await t.app.inject({ url: '/api/v1/registry/entities', headers: citizen.headers() })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/registry/share-log', headers: citizen.headers() })).statusCode).toBe(403);
    const mine = await t.app.inject({ url: '/api/v1/registry/my-data-access', headers: citizen.headers() });
    expect(mine.statusCode).toBe(200);
  });
});

describe('who looked at my data', () => {
  it('a citizen sees the requests made for their own record', async () => {
    const user = (await t.services.org.users.findByUsername('shimin'))!;
    const own = t.services.crypto.decrypt(user.idNumberEnc!);
    const c = t.services.crypto;
    await insertPerson(t.services.database.db, { id: uuidv7(), idNumberEnc: c.encrypt(own), idNumberIndex: c.blindIndex(own), idNumberMasked: maskIdCard(own), name: '李娜' });
    await post(handler, '/api/v1/registry/share', { subject: { kind: 'person', idNumber: own }, resource: 'record', purpose: 'supervision', caseNumber: 'ZJ2026112600009' });
    const citizen = await signIn(t.app, 'shimin', DEMO_PASSWORD);
    const mine = (await t.app.inject({ url: '/api/v1/registry/my-data-access?pageSize=100', headers: citizen.headers() })).json();
    const ours = mine.items.filter((r: { caseNumber: string }) => r.caseNumber === 'ZJ2026112600009');
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ caseNumber: 'ZJ2026112600009', consumerDepartmentName: '呼和浩特市住房和城乡建设局', allowed: true });
  });
});
