import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, generateUscc } from '../../../common/ids/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../../seed/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';

let t: TestApp;
let admin: Browser;
let office: Browser;
let approver: Browser;
let handler: Browser;
let citizen: Browser; // shimin: an applicant who represents nothing yet
let enterprise: Browser; // qiye: linked by the demo seed to 青城乳业有限公司
const rng = createRng(777);
let dairy: string;
let other: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
  const as = (username: string) => signIn(t.app, username, DEMO_PASSWORD);
  admin = await as('admin');
  office = await as('office');
  approver = await as('approver');
  handler = await as('handler');
  citizen = await as('shimin');
  enterprise = await as('qiye');
  dairy = (await t.services.registry.entities.search({ q: '青城乳业有限公司', page: 1, pageSize: 1 })).items[0]!.uscc;
  other = generateUscc(rng, { regionCode: '150102' });
  const created = await t.app.inject({
    method: 'POST', url: '/api/v1/registry/entities', headers: approver.headers(true),
    payload: { uscc: other, name: '呼和浩特新城关联测试商贸有限公司', legalRepresentative: '李娜', industrySection: 'F', address: '呼和浩特市新城区新华大街 8 号', districtCode: '150102', establishedOn: '2021-01-04' },
  });
  expect(created.statusCode).toBe(201);
});
afterAll(() => t.close());

const get = (b: Browser, url: string) => t.app.inject({ url, headers: b.headers() });
const accountsOf = (uscc: string) => `/api/v1/registry/entities/${uscc}/accounts`;

describe('the demo seed', () => {
  it('links qiye to 青城乳业 as its legal representative, which has licences and share-log reads', async () => {
    const mine = await get(enterprise, '/api/v1/me/entities');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toHaveLength(1);
    expect(mine.json().items[0]).toMatchObject({ role: 'legal_representative', entity: { name: '青城乳业有限公司', uscc: dairy } });
    const file = (await get(enterprise, `/api/v1/me/entities/${dairy}/profile`)).json();
    const [licences, sharing] = file.sections;
    expect(licences.count).toBeGreaterThanOrEqual(2);
    expect(sharing.count).toBeGreaterThanOrEqual(3);
    const user = (await t.services.org.users.findByUsername('qiye'))!;
    expect(await t.services.registry.represents(user.id, dairy)).toBe(true);
    expect(await t.services.registry.represents(user.id, other)).toBe(false);
    expect(await t.services.registry.represents('not-a-user-id', dairy)).toBe(false);
  });
});

describe('linking accounts (staff)', () => {
  it('an office user links an applicant by username (audited); the list names the account and who linked it', async () => {
    const res = await t.app.inject({ method: 'POST', url: accountsOf(other), headers: office.headers(true), payload: { username: 'shimin', role: 'agent' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ role: 'agent', accountName: '李娜（shimin）', grantedByName: '刘晓燕（office）' });
    const [audit] = await queryRows<{ n: unknown }>(t.services.database.db, sql`select count(*) as n from audit_log where action = 'registry.account.link'`);
    expect(Number(audit!.n)).toBe(1);
    const list = await get(approver, accountsOf(other));
    expect(list.json().accounts.map((a: { accountName: string }) => a.accountName)).toEqual(['李娜（shimin）']);
    expect((await t.app.inject({ method: 'POST', url: accountsOf(other), headers: admin.headers(true), payload: { username: 'shimin', role: 'legal_representative' } })).statusCode).toBe(409);
  });

  it('refuses a staff account, an unknown username and an unknown entity, with reasons under the field', async () => {
    const staff = await t.app.inject({ method: 'POST', url: accountsOf(other), headers: admin.headers(true), payload: { username: 'clerk', role: 'agent' } });
    expect(staff.statusCode).toBe(400);
    expect(staff.json().errors[0]).toMatchObject({ path: 'body.username' });
    expect(staff.json().errors[0].message).toContain('只能关联企业/群众账号');
    const nobody = await t.app.inject({ method: 'POST', url: accountsOf(other), headers: admin.headers(true), payload: { username: 'nobody-here', role: 'agent' } });
    expect(nobody.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: accountsOf(generateUscc(rng, { regionCode: '150102' })), headers: admin.headers(true), payload: { username: 'shimin', role: 'agent' } })).statusCode).toBe(404);
  });

  it('only admin, office and approver manage links; applicants and other staff are refused', async () => {
    expect((await get(handler, accountsOf(other))).statusCode).toBe(403);
    expect((await get(enterprise, accountsOf(dairy))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: accountsOf(dairy), headers: handler.headers(true), payload: { username: 'shimin', role: 'agent' } })).statusCode).toBe(403);
  });
});

describe('what an applicant sees', () => {
  it('their entities and each one’s file with licence links to the public check; another entity answers 404', async () => {
    const mine = (await get(citizen, '/api/v1/me/entities')).json().items as { entity: { uscc: string }; role: string }[];
    expect(mine.map((m) => [m.entity.uscc, m.role])).toEqual([[other, 'agent']]);
    const file = await get(enterprise, `/api/v1/me/entities/${dairy}/profile`);
    expect(file.statusCode).toBe(200);
    const licences = file.json().sections.find((s: { key: string }) => s.key === 'licences');
    expect(licences.columns.map((c: { key: string }) => c.key)).toContain('status');
    for (const row of licences.rows) expect(row.link).toMatch(/^\/verify\/[A-Z2-9]{12}$/);
    expect((await get(enterprise, `/api/v1/me/entities/${other}/profile`)).statusCode).toBe(404);
    expect((await get(citizen, `/api/v1/me/entities/${dairy}/profile`)).statusCode).toBe(404);
    // Staff may not use the applicant's door, nor the applicant the staff one.
    expect((await get(approver, '/api/v1/me/entities')).statusCode).toBe(403);
    expect((await get(enterprise, `/api/v1/registry/entities/${dairy}/profile`)).statusCode).toBe(403);
  });

  it('"who looked at my data" lists reads of the entities they represent, with what was read', async () => {
    const reads = (await get(enterprise, '/api/v1/registry/my-data-access?pageSize=100')).json();
    expect(reads.total).toBeGreaterThanOrEqual(3);
    for (const item of reads.items) expect(item).toMatchObject({ subjectKind: 'entity', subjectCode: dairy, subjectName: '青城乳业有限公司' });
    const names = reads.items.map((i: { resourceName: string }) => i.resourceName);
    expect(names).toEqual(expect.arrayContaining(['营业执照', '登记信息']));
    const refused = reads.items.filter((i: { allowed: boolean }) => !i.allowed);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(['no_rule', 'purpose_not_allowed']).toContain(r.reason);
  });

  it('unlinking (audited) takes the entity away from the applicant at once', async () => {
    const user = (await t.services.org.users.findByUsername('shimin'))!;
    const res = await t.app.inject({ method: 'DELETE', url: `${accountsOf(other)}/${user.id}`, headers: approver.headers(true) });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url: `${accountsOf(other)}/${user.id}`, headers: approver.headers(true) })).statusCode).toBe(404);
    expect((await get(citizen, '/api/v1/me/entities')).json().items).toEqual([]);
    expect((await get(citizen, `/api/v1/me/entities/${other}/profile`)).statusCode).toBe(404);
    const [audit] = await queryRows<{ n: unknown }>(t.services.database.db, sql`select count(*) as n from audit_log where action = 'registry.account.unlink'`);
    expect(Number(audit!.n)).toBe(1);
  });
});
