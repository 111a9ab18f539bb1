// Test set-up for the applications room: the catalogue's test app plus an enterprise linked to the demo
// applicant `qiye`, a business licence the market regulator may fetch through a sharing rule, a result
// licence type, a published food-licence item (commitment allowed, issuing that licence), an on-the-spot
// item, and a second approver in the market regulator.
import { createRng, generateUscc } from '../../common/ids/index.ts';
import { systemActor } from '../platform/audit/index.ts';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { signIn, type Browser } from './sign-in.ts';
import { createCatalogTestApp, itemBody, TEST_LICENCE_TYPE, type CatalogTestApp } from './catalog-factories.ts';

export const RESULT_TYPE = 'TEST_FOOD_PERMIT';

export interface ApplicationsTestApp extends CatalogTestApp {
  uscc: string;
  food: { id: string; code: string };
  spot: { id: string; code: string };
  browsers: Record<'qiye' | 'shimin' | 'clerk' | 'approver' | 'approver2' | 'leader' | 'office' | 'admin', Browser>;
}

let seed = 1;

export async function createApplicationsTestApp(): Promise<ApplicationsTestApp> {
  const t = await createCatalogTestApp();
  const { registry, catalog, org } = t.services;
  const uscc = generateUscc(createRng(seed++ * 7919 + Date.now() % 1000), { regionCode: '150105' });
  await registry.entities.create(systemActor, null, {
    uscc,
    name: '测试青城餐饮有限公司',
    legalRepresentative: '张三',
    industrySection: 'H',
    address: '呼和浩特市赛罕区大学西街 1 号',
    districtCode: '150105',
    establishedOn: '2020-05-01',
    status: 'active',
    tags: [],
  });
  const types = await registry.licences.types();
  const bl = types.find((x) => x.code === TEST_LICENCE_TYPE)!;
  await registry.licences.issue(systemActor, null, { typeId: bl.id, holderUscc: uscc, fields: {} });
  await registry.licenceTypes.create(systemActor, {
    code: RESULT_TYPE,
    name: '食品经营许可证（测试）',
    holderKind: 'entity',
    issuingDepartmentId: t.dept['HHHT-SCJG']!,
    fields: [
      { key: 'name', label: '经营者名称', type: 'text' },
      { key: 'address', label: '经营场所', type: 'text' },
      { key: 'category', label: '主体业态', type: 'text' },
    ],
    validityYears: 5,
    numberPrefix: 'JYT',
  });
  await registry.sharing.addRule(systemActor, { consumerDepartmentId: t.dept['HHHT-SCJG']!, resource: TEST_LICENCE_TYPE, purposes: ['case_handling'], note: '测试：核验营业执照' });
  await registry.accounts.link(systemActor, uscc, { username: 'qiye', role: 'legal_representative' });

  const a = await catalog.items.create(systemActor, itemBody(t.dept, { resultLicenceTypeCode: RESULT_TYPE }));
  const food = await catalog.items.publish(systemActor, a.id, a.version);
  const b = await catalog.items.create(
    systemActor,
    itemBody(t.dept, {
      name: '食品小作坊登记',
      type: 'filing',
      onTheSpot: true,
      promisedLimitDays: 0,
      legalLimitDays: 0,
      steps: [{ name: '办结', limitDays: 0 }],
      reformMode: null,
      commitmentAllowed: false,
      postCheckMonths: null,
      materials: [{ key: 'application', name: '登记申请表', source: 'applicant' }],
    }),
  );
  const spot = await catalog.items.publish(systemActor, b.id, b.version);
  await org.users.create(systemActor, { username: 'approver2', name: '钱敏', kind: 'staff', departmentId: t.dept['HHHT-SCJG']!, roles: [{ role: 'approver', departmentId: t.dept['HHHT-SCJG']! }] }, { password: DEMO_PASSWORD, mustChangePassword: false });

  const names = ['qiye', 'shimin', 'clerk', 'approver', 'approver2', 'leader', 'office', 'admin'] as const;
  const browsers = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await signIn(t.app, n, DEMO_PASSWORD)] as const))) as ApplicationsTestApp['browsers'];
  return { ...t, uscc, food: { id: food.id, code: food.code }, spot: { id: spot.id, code: spot.code }, browsers };
}

/** A form that satisfies the food item's schema. */
export const foodForm = (uscc: string) => ({ entityName: '测试青城餐饮有限公司', uscc, area: 120, category: '餐饮服务' });

/** Sends a JSON request as one of the test's users. */
export function sender(t: ApplicationsTestApp) {
  return (who: keyof ApplicationsTestApp['browsers'], method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: t.browsers[who].headers(method !== 'GET'), ...(payload ? { payload } : {}) });
}

/** The principal behind one of the test's browsers, for calling services at a chosen time. */
export async function principalOf(t: ApplicationsTestApp, who: keyof ApplicationsTestApp['browsers']) {
  const token = t.browsers[who].cookie.slice('ys_session='.length);
  const p = await t.services.sessions.principalFor(token, (s) => t.services.org.auth.loadSessionPrincipal(s));
  if (!p) throw new Error(`no principal for ${who}`);
  return p;
}
