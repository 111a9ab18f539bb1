// The catalogue workbook (事项清单 Excel): one row per item on the first sheet, materials on the
// second, keyed by the item's code. The export writes these headers; the import reads them (the
// Chinese or the English header). Shared by server and web.
import { z } from 'zod';

export const ITEM_COLUMNS = [
  ['code', '业务办理项编码', 'Code'],
  ['baseCode', '基本编码', 'Base code'],
  ['name', '事项名称', 'Name'],
  ['type', '事项类型', 'Type'],
  ['target', '服务对象', 'Target'],
  ['competentDepartment', '主管部门', 'Competent department'],
  ['implementingDepartment', '实施部门', 'Implementing department'],
  ['legalBasis', '设定依据', 'Legal basis'],
  ['legalLimitDays', '法定时限（工作日）', 'Legal limit (working days)'],
  ['promisedLimitDays', '承诺时限（工作日）', 'Promised limit (working days)'],
  ['onTheSpot', '即办件', 'On the spot'],
  ['visits', '到现场次数', 'Visits'],
  ['visitsReason', '到现场原因', 'Reason for visits'],
  ['onlineStages', '网办环节', 'Online stages'],
  ['mobileChannel', '掌上办渠道', 'Mobile channel'],
  ['feeCharged', '是否收费', 'Charged'],
  ['feeBasis', '收费依据', 'Fee basis'],
  ['feeStandard', '收费标准', 'Fee standard'],
  ['conditions', '受理条件', 'Acceptance conditions'],
  ['steps', '办理流程', 'Steps'],
  ['crossRegion', '通办范围', 'Cross-region scope'],
  ['reformMode', '证照分离改革方式', 'Licence reform mode'],
  ['commitmentAllowed', '可告知承诺', 'Commitment allowed'],
  ['postCheckMonths', '核查期限（月）', 'Post-check period (months)'],
  ['resultLicenceTypeCode', '办理结果证照类型代码', 'Result licence type code'],
  ['events', '事件', 'Events'],
  ['themes', '主题', 'Themes'],
  ['keywords', '关键词', 'Keywords'],
  ['hallAddress', '办理地点', 'Where to apply'],
  ['hallHours', '办理时间', 'Opening hours'],
  ['consultPhone', '咨询电话', 'Consultation phone'],
  ['complaintPhone', '投诉电话', 'Complaint phone'],
  ['form', '申请表单（JSON）', 'Form (JSON)'],
] as const;
export type ItemColumn = (typeof ITEM_COLUMNS)[number][0];

export const MATERIAL_COLUMNS = [
  ['code', '业务办理项编码', 'Item code'],
  ['key', '材料键', 'Key'],
  ['name', '材料名称', 'Name'],
  ['source', '来源', 'Source'],
  ['issuingDepartment', '核发部门', 'Issuing department'],
  ['licenceTypeCode', '证照类型编码', 'Licence type code'],
  ['form', '材料形式', 'Form'],
  ['copies', '份数', 'Copies'],
  ['required', '必要性', 'Required'],
  ['condition', '容缺情形', 'Condition'],
  ['note', '备注', 'Note'],
] as const;
export type MaterialColumn = (typeof MATERIAL_COLUMNS)[number][0];

export const ITEM_SHEET = { zh: '事项', en: 'Items' };
export const MATERIAL_SHEET = { zh: '申请材料', en: 'Materials' };

export const catalogImportQuery = z.object({
  /** Publish every row that passes (otherwise rows are kept as drafts). */
  publish: z.enum(['true', 'false']).default('false'),
});

export const catalogImportReply = z.object({
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  published: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(
    z.object({
      sheet: z.enum(['items', 'materials']),
      /** The row as the spreadsheet numbers it (header = 1). */
      row: z.number().int(),
      code: z.string().nullable(),
      field: z.string(),
      message: z.object({ zh: z.string(), en: z.string() }),
    }),
  ),
});
export type CatalogImportReport = z.infer<typeof catalogImportReply>;
export const CATALOG_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
