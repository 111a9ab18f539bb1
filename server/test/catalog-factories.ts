// Test set-up for the catalogue's tests: an app with the demo departments and accounts (without the
// registry's thousands of demo entities), and builders of valid item and bundle inputs.
import type { z } from 'zod';
import type { itemInput } from '../../common/api/catalog.ts';
import type { bundleInput } from '../../common/api/catalog-bundles.ts';
import { HOHHOT_REGIONS } from '../../common/ids/index.ts';
import { systemActor } from '../platform/audit/index.ts';
import { sql } from 'drizzle-orm';
import { queryRows, uuidv7 } from '../platform/db/index.ts';
import { ensureDemoAccounts } from '../seed/accounts.ts';
import { demoDepartments } from '../seed/departments.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { registryBulk } from '../modules/registry/index.ts';

export interface CatalogTestApp extends TestApp {
  /** Department ids by code (HHHT-SCJG …). */
  dept: Record<string, string>;
}

export const TEST_LICENCE_TYPE = 'TEST_BUSINESS_LICENCE';

export async function createCatalogTestApp(): Promise<CatalogTestApp> {
  const t = await createTestApp();
  const regions = HOHHOT_REGIONS.map((r) => ({ code: r.key, name: r.name, nameEn: r.nameEn, level: r.level, parentCode: r.parent }));
  await t.services.org.departments.ensureStructure(systemActor, regions, demoDepartments());
  await ensureDemoAccounts(t.services, systemActor, 1, () => undefined);
  const dept = Object.fromEntries((await t.services.org.departments.listDepartments()).map((d) => [d.code, d.id]));
  await registryBulk.insertLicenceType(t.services.database.db, {
    id: uuidv7(),
    code: TEST_LICENCE_TYPE,
    name: '营业执照',
    holderKind: 'entity',
    issuingDepartmentId: dept['HHHT-SCJG']!,
    fields: [],
    validityYears: null,
    numberPrefix: 'YZ',
  });
  return { ...t, dept };
}

let serial = 0;
/** A unique item code for a test. */
export const newCode = (prefix = 'T') => `${prefix}-${Date.now().toString(36).toUpperCase()}-${(serial++).toString().padStart(4, '0')}`;

export type ItemBody = z.input<typeof itemInput>;

/** An item breaking no rule (errors nor warnings), implemented by 市场监管局. */
export function itemBody(dept: Record<string, string>, overrides: Partial<ItemBody> = {}): ItemBody {
  const scjg = dept['HHHT-SCJG']!;
  return {
    code: newCode(),
    baseCode: '000101001000',
    name: '食品经营许可证核发',
    type: 'licensing',
    target: 'entity',
    competentDepartmentId: scjg,
    implementingDepartmentId: scjg,
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    legalLimitDays: 20,
    promisedLimitDays: 5,
    onTheSpot: false,
    visits: 0,
    onlineStages: [1, 2, 3, 4, 5, 6, 7],
    mobileChannel: true,
    fee: { charged: false },
    materials: [
      { key: 'application', name: '食品经营许可申请书', source: 'applicant' },
      { key: 'business_licence', name: '营业执照', source: 'licence', licenceTypeCode: TEST_LICENCE_TYPE },
      { key: 'lease', name: '经营场所使用证明', source: 'applicant', required: false, condition: '经营场所为租赁的' },
    ],
    conditions: ['已取得营业执照', '有与经营食品相适应的场所'],
    steps: [
      { name: '受理', limitDays: 1 },
      { name: '审查', limitDays: 3 },
      { name: '决定', limitDays: 1 },
    ],
    crossRegion: 'city',
    reformMode: 'commitment',
    commitmentAllowed: true,
    postCheckMonths: 2,
    events: ['operation'],
    themes: ['market_access'],
    keywords: ['开饭店', '餐饮'],
    hallAddress: '赛罕区敕勒川大街 1 号政务服务中心',
    hallHours: '工作日 9:00–17:00',
    consultPhone: '0471-12345',
    complaintPhone: '0471-12345',
    form: {
      schema: {
        type: 'object',
        required: ['entityName', 'uscc', 'area', 'category'],
        properties: {
          entityName: { type: 'string', title: '经营者名称', maxLength: 50 },
          uscc: { type: 'string', title: '统一社会信用代码', pattern: '^[0-9A-Z]{18}$' },
          area: { type: 'number', title: '经营面积', minimum: 1 },
          category: { type: 'string', title: '经营类别', enum: ['餐饮服务', '食品销售'] },
          openedOn: { type: 'string', title: '开业日期', format: 'date' },
          remark: { type: 'string', title: '备注' },
        },
      },
      uiSchema: { remark: { 'ui:widget': 'textarea' } },
      prefill: { entityName: 'entity.name', uscc: 'entity.uscc' },
    },
    ...overrides,
  };
}

export type BundleBody = z.input<typeof bundleInput>;

export function bundleBody(dept: Record<string, string>, overrides: Partial<BundleBody> & Pick<BundleBody, 'members' | 'fields'>): BundleBody {
  return {
    code: newCode('B'),
    name: '开办餐馆一件事',
    kind: 'business',
    event: 'startup',
    themes: ['market_access'],
    description: '一次申请，同时办理营业执照、食品经营许可等事项',
    leadDepartmentId: dept['HHHT-ZWFW']!,
    promisedLimitDays: 3,
    keywords: ['开饭店'],
    hallAddress: '政务服务中心一楼',
    consultPhone: '0471-12345',
    ...overrides,
  };
}

/** The audit actions written for a row, oldest first. */
export async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(t.services.database.db, sql`select action from audit_log where entity_id = ${entityId} order by at, id`);
  return rows.map((r) => r.action);
}
