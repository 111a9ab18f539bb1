// The demo city's data-sharing rules (which department may read what, for which purposes) and a
// few logged requests, so "who looked at my data" and the share log have something to show.
import type { SHARE_PURPOSES, ShareRefusalReason } from '../../common/api/registry.ts';
import type { registryBulk } from '../modules/registry/index.ts';
import { uuidv7 } from '../platform/db/index.ts';
import type { Services } from '../services.ts';

type Purpose = (typeof SHARE_PURPOSES)[number];

export const SHARING_RULES: { department: string; resource: string; purposes: Purpose[]; note: string }[] = [
  { department: 'HHHT-ZWFW', resource: 'record', purposes: ['case_handling'], note: '一网通办受理时核验申请主体的登记信息，申请人免填免交' },
  { department: 'HHHT-ZWFW', resource: 'BUSINESS_LICENCE', purposes: ['case_handling'], note: '办件受理时调用电子营业执照，免交营业执照复印件' },
  { department: 'HHHT-ZJ', resource: 'BUSINESS_LICENCE', purposes: ['case_handling', 'supervision'], note: '施工许可审批和建筑市场监管中核验建设单位、施工单位的主体资格' },
  { department: 'HHHT-SW', resource: 'record', purposes: ['case_handling'], note: '新办纳税人“套餐式”服务，复用市场主体登记信息' },
  { department: 'HHHT-12345', resource: 'record', purposes: ['case_handling'], note: '工单办理中核实被反映主体的登记信息' },
  { department: 'HHHT-SCJG', resource: 'record', purposes: ['supervision', 'credit_check'], note: '双随机抽查、信用监管中调取主体登记信息' },
  { department: 'HHHT-SCJG', resource: 'PUBLIC_HEALTH', purposes: ['supervision'], note: '食品、公共场所联合检查时查看卫生许可' },
  { department: 'HHHT-SCJG', resource: 'DISCHARGE_PERMIT', purposes: ['supervision'], note: '部门联合双随机抽查时查看排污许可' },
  { department: 'HHHT-SCJG', resource: 'ROAD_TRANSPORT', purposes: ['supervision'], note: '部门联合双随机抽查时查看道路运输许可' },
  { department: 'HHHT-SCJG', resource: 'CONSTRUCTION_PERMIT', purposes: ['supervision'], note: '部门联合双随机抽查时查看施工许可' },
  { department: 'HHHT-SCJG', resource: 'CONSTRUCTOR_CERT', purposes: ['supervision'], note: '部门联合双随机抽查时核验建造师注册' },
  { department: 'HHHT-WJ', resource: 'BUSINESS_LICENCE', purposes: ['case_handling'], note: '公共场所卫生许可审批中核验营业执照，免交复印件' },
  { department: 'HHHT-WJ', resource: 'FOOD_BUSINESS', purposes: ['supervision'], note: '公共场所卫生监督中核对食品经营许可' },
  { department: 'HHHT-ST', resource: 'BUSINESS_LICENCE', purposes: ['case_handling'], note: '排污许可审批中核验营业执照' },
  { department: 'HHHT-JT', resource: 'BUSINESS_LICENCE', purposes: ['case_handling'], note: '道路运输经营许可审批中核验营业执照' },
  { department: 'HHHT-ZY', resource: 'record', purposes: ['judicial'], note: '案件审理中依法查询当事人登记信息' },
];

type ShareLogRow = registryBulk.ShareLogInsert & { at: Date };

/** Why the demo rules refuse a request (the service's own reasons, common/api/registry.ts). */
export function refusalOf(department: string, resource: string, purpose: Purpose): ShareRefusalReason | null {
  const rules = SHARING_RULES.filter((r) => r.department === department && r.resource === resource);
  if (rules.length === 0) return 'no_rule';
  return rules.some((r) => r.purposes.includes(purpose)) ? null : 'purpose_not_allowed';
}

const DAY = 86_400_000;

/** Requests made over the last weeks by demo staff (or a department's system, when the account is missing). */
export async function seedShareLog(
  services: Services,
  ctx: { citizenPersonId: string; dairy: { id: string } | null; departmentId: (code: string) => string; now: Date },
): Promise<ShareLogRow[]> {
  const requests: [username: string, department: string, subject: 'citizen' | 'dairy', resource: string, purpose: Purpose, caseNumber: string, allowed: boolean, daysAgo: number][] = [
    ['clerk', 'HHHT-ZWFW', 'citizen', 'record', 'case_handling', 'BJ20261103000217', true, 23],
    ['agent', 'HHHT-12345', 'citizen', 'record', 'case_handling', 'GD20261112004836', true, 14],
    ['handler', 'HHHT-ZJ', 'citizen', 'record', 'statistics', 'TJ2026-11-住房调查', false, 9],
    ['', 'HHHT-SW', 'citizen', 'record', 'credit_check', 'XY20261120000031', false, 5],
    ['clerk', 'HHHT-ZWFW', 'dairy', 'BUSINESS_LICENCE', 'case_handling', 'BJ20261028000094', true, 29],
    ['inspector', 'HHHT-SCJG', 'dairy', 'DISCHARGE_PERMIT', 'supervision', 'SJ2026-0187', true, 12],
    ['handler', 'HHHT-ZJ', 'dairy', 'FOOD_BUSINESS', 'case_handling', 'BJ20261109000412', false, 6],
    ['', 'HHHT-SW', 'dairy', 'record', 'case_handling', 'SW20261116000052', true, 4],
    ['handler', 'HHHT-ZJ', 'dairy', 'BUSINESS_LICENCE', 'credit_check', 'XY20261118000007', false, 2],
  ];
  const rows: ShareLogRow[] = [];
  for (const [i, [username, department, subject, resource, purpose, caseNumber, allowed, daysAgo]] of requests.entries()) {
    if (subject === 'dairy' && !ctx.dairy) continue;
    const user = username ? await services.org.users.findByUsername(username) : null;
    rows.push({
      id: uuidv7(),
      at: new Date(ctx.now.getTime() - daysAgo * DAY - i * 3_600_000),
      requesterType: user ? 'user' : 'system',
      requesterId: user?.id ?? null,
      requesterName: user?.name ?? '税务局数据接口',
      consumerDepartmentId: ctx.departmentId(department),
      subjectKind: subject === 'citizen' ? 'person' : 'entity',
      entityId: subject === 'dairy' ? ctx.dairy!.id : null,
      personId: subject === 'citizen' ? ctx.citizenPersonId : null,
      resource,
      purpose,
      caseNumber,
      allowed,
      reason: allowed ? null : refusalOf(department, resource, purpose),
    });
  }
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
}
