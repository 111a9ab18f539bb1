// The catalogue's data rules (DOMAIN.md "Service items and applications"). Each rule has a stable
// id and a severity: an error is refused on every save, a warning is listed by the guide-quality
// check. Pure and shared: the server refuses with these, the web can show them while editing.
import type { ItemInput, RuleViolation } from '../api/catalog.ts';
import { isFullyOnline, isMobile } from './derive.ts';
import { checkFormSchema, formFields } from './form-fields.ts';

type Severity = RuleViolation['severity'];
type Text = { zh: string; en: string };

/** Every item rule with its severity and what it means (for the quality page's legend). */
export const ITEM_RULES = {
  promise_exceeds_legal: ['error', { zh: '承诺时限超过法定时限', en: 'Promised limit exceeds the legal limit' }],
  fee_basis_missing: ['error', { zh: '收费事项缺少收费依据', en: 'Charged without a fee basis' }],
  fee_standard_missing: ['error', { zh: '收费事项缺少收费标准', en: 'Charged without a fee standard' }],
  visits_reason_missing: ['error', { zh: '需到现场但未说明理由', en: 'Visits required without a reason' }],
  material_condition_missing: ['error', { zh: '容缺/情形材料未写明适用情形', en: 'Conditional material without its condition' }],
  material_department_missing: ['error', { zh: '部门核发材料未指明核发部门', en: 'Department-issued material without the issuing department' }],
  material_licence_type_missing: ['error', { zh: '电子证照材料未指明证照类型', en: 'Licence material without the licence type' }],
  material_key_duplicate: ['error', { zh: '材料键重复', en: 'Duplicate material key' }],
  on_the_spot_with_limit: ['error', { zh: '即办件的承诺时限应为 0', en: 'An on-the-spot item must promise 0 days' }],
  post_check_months_missing: ['error', { zh: '可告知承诺但未设核查期限', en: 'Commitment allowed without a post-check period' }],
  commitment_mode_not_allowed: ['error', { zh: '改革方式为告知承诺但未允许告知承诺', en: 'Reform mode is commitment but commitment is not allowed' }],
  online_stages_duplicate: ['error', { zh: '网办环节重复', en: 'An online stage is listed twice' }],
  form_schema_invalid: ['error', { zh: '申请表单定义有误', en: 'The application form is not valid' }],
  prefill_unknown_field: ['error', { zh: '预填项指向表单中不存在的字段', en: 'Prefill names a field the form does not have' }],
  step_limits_exceed_legal: ['error', { zh: '各环节时限之和超过法定时限', en: 'Step limits add up to more than the legal limit' }],
  zero_visits_not_online: ['warning', { zh: '零跑动但未实现全程网办', en: 'No visit required, yet not fully online' }],
  mobile_not_online: ['warning', { zh: '开通掌上办渠道但收件、预审、受理未全部上网', en: 'Mobile channel without online submission, pre-review and acceptance' }],
  consult_phone_missing: ['warning', { zh: '缺少咨询电话', en: 'No consultation phone' }],
  conditions_missing: ['warning', { zh: '缺少受理条件', en: 'No acceptance conditions' }],
  steps_missing: ['warning', { zh: '缺少办理流程', en: 'No process steps' }],
  no_time_compression: ['warning', { zh: '许可事项承诺时限未压缩', en: 'Licensing item promises the full legal limit' }],
  licensing_limit_over_statutory: ['warning', { zh: '许可事项法定时限超过 30 个工作日', en: 'Licensing item with a legal limit over 30 working days' }],
  hall_address_missing: ['warning', { zh: '需到现场但缺少办理地点', en: 'Visits required but no hall address' }],
  fetched_material_on_paper: ['warning', { zh: '可共享获取的材料仍要求纸质提交', en: 'A fetched material is still asked for on paper' }],
} as const satisfies Record<string, readonly [Severity, Text]>;
export type ItemRule = keyof typeof ITEM_RULES;

const v = (rule: ItemRule, field: string | null, message: Text): RuleViolation => ({ rule, severity: ITEM_RULES[rule][0], field, message });

/** What checkItem reads: an item as an editor sends it (zod output of itemInput). */
export type CheckableItem = Pick<
  ItemInput,
  | 'type'
  | 'legalLimitDays'
  | 'promisedLimitDays'
  | 'onTheSpot'
  | 'visits'
  | 'visitsReason'
  | 'onlineStages'
  | 'mobileChannel'
  | 'fee'
  | 'materials'
  | 'conditions'
  | 'steps'
  | 'reformMode'
  | 'commitmentAllowed'
  | 'postCheckMonths'
  | 'hallAddress'
  | 'consultPhone'
  | 'form'
>;

const blank = (s: string | null | undefined) => !s || s.trim() === '';

function limitRules(item: CheckableItem): RuleViolation[] {
  const out: RuleViolation[] = [];
  const { legalLimitDays: legal, promisedLimitDays: promised } = item;
  if (promised > legal) {
    out.push(v('promise_exceeds_legal', 'promisedLimitDays', { zh: `承诺时限（${promised} 个工作日）不能超过法定时限（${legal} 个工作日）`, en: `the promised limit (${promised} working days) cannot exceed the legal limit (${legal})` }));
  }
  if (item.onTheSpot && promised > 0) {
    out.push(v('on_the_spot_with_limit', 'promisedLimitDays', { zh: '即办件当场办结，承诺时限应为 0 个工作日', en: 'an on-the-spot item is decided at once: its promised limit must be 0 working days' }));
  }
  const stepTotal = item.steps.reduce((sum, s) => sum + s.limitDays, 0);
  if (stepTotal > legal) {
    out.push(v('step_limits_exceed_legal', 'steps', { zh: `各环节时限合计 ${stepTotal} 个工作日，超过法定时限 ${legal} 个工作日`, en: `the steps add up to ${stepTotal} working days, more than the legal limit of ${legal}` }));
  }
  if (item.type === 'licensing' && legal > 0 && promised === legal && !item.onTheSpot) {
    out.push(v('no_time_compression', 'promisedLimitDays', { zh: '许可事项的承诺时限等于法定时限，未作压缩', en: 'the promised limit equals the legal limit: no compression' }));
  }
  // 行政许可法 第四十二条: 20 working days, +10 with approval; longer limits need a special law.
  if (item.type === 'licensing' && legal > 30) {
    out.push(v('licensing_limit_over_statutory', 'legalLimitDays', { zh: `法定时限 ${legal} 个工作日超过《行政许可法》的 20（+10）个工作日，请核对设定依据`, en: `a legal limit of ${legal} working days exceeds the Licensing Law's 20 (+10); check the legal basis` }));
  }
  return out;
}

function feeAndVisitRules(item: CheckableItem): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (item.fee.charged && blank(item.fee.basis)) out.push(v('fee_basis_missing', 'fee.basis', { zh: '收费事项须写明收费依据', en: 'a charged item needs its fee basis' }));
  if (item.fee.charged && blank(item.fee.standard)) out.push(v('fee_standard_missing', 'fee.standard', { zh: '收费事项须写明收费标准', en: 'a charged item needs its fee standard' }));
  if (item.visits > 0 && blank(item.visitsReason)) {
    out.push(v('visits_reason_missing', 'visitsReason', { zh: `需到现场 ${item.visits} 次，须说明理由`, en: `${item.visits} visit(s) required: give the reason` }));
  }
  if (item.visits > 0 && blank(item.hallAddress)) out.push(v('hall_address_missing', 'hallAddress', { zh: '需到现场办理，请填写办理地点', en: 'visits are required: give the hall address' }));
  if (new Set(item.onlineStages).size !== item.onlineStages.length) {
    out.push(v('online_stages_duplicate', 'onlineStages', { zh: '网办环节不能重复', en: 'each online stage may be listed once' }));
  }
  if (item.visits === 0 && !isFullyOnline(item)) {
    out.push(v('zero_visits_not_online', 'onlineStages', { zh: '零跑动事项应实现收件、预审、受理、办理、反馈结果全程网办', en: 'with no visit the item should be fully online (stages 2–6)' }));
  }
  if (item.mobileChannel && !isMobile(item)) {
    out.push(v('mobile_not_online', 'mobileChannel', { zh: '掌上办须网上收件、预审、受理', en: 'mobile service needs online submission, pre-review and acceptance' }));
  }
  return out;
}

function commitmentRules(item: CheckableItem): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (item.commitmentAllowed && item.postCheckMonths == null) {
    out.push(v('post_check_months_missing', 'postCheckMonths', { zh: '允许告知承诺的事项须设定事后核查期限（月）', en: 'a commitment-based item needs a post-check period (months)' }));
  }
  if (item.reformMode === 'commitment' && !item.commitmentAllowed) {
    out.push(v('commitment_mode_not_allowed', 'commitmentAllowed', { zh: '证照分离改革方式为“实行告知承诺”，须允许告知承诺', en: 'the reform mode is commitment-based approval: allow commitment' }));
  }
  return out;
}

function materialRules(item: CheckableItem): RuleViolation[] {
  const out: RuleViolation[] = [];
  const seen = new Set<string>();
  item.materials.forEach((m, i) => {
    const at = `materials.${i}`;
    if (seen.has(m.key)) out.push(v('material_key_duplicate', `${at}.key`, { zh: `材料键“${m.key}”重复`, en: `the material key "${m.key}" is used twice` }));
    seen.add(m.key);
    if (!m.required && blank(m.condition)) out.push(v('material_condition_missing', `${at}.condition`, { zh: `非必要材料“${m.name}”须写明适用情形`, en: `the conditional material "${m.name}" needs its condition` }));
    if (m.source === 'department' && !m.issuingDepartmentId) out.push(v('material_department_missing', `${at}.issuingDepartmentId`, { zh: `材料“${m.name}”由部门核发，须指明核发部门`, en: `"${m.name}" is issued by a department: name it` }));
    if (m.source === 'licence' && blank(m.licenceTypeCode)) out.push(v('material_licence_type_missing', `${at}.licenceTypeCode`, { zh: `材料“${m.name}”来自电子证照，须指明证照类型`, en: `"${m.name}" is a registry licence: give its licence type` }));
    if (m.source !== 'applicant' && m.form === 'paper' && m.copies > 0) {
      out.push(v('fetched_material_on_paper', `${at}.form`, { zh: `材料“${m.name}”可共享获取，不应再要求提交纸质件`, en: `"${m.name}" can be fetched: do not ask for paper copies` }));
    }
  });
  return out;
}

function formRules(item: CheckableItem): RuleViolation[] {
  const out = checkFormSchema(item.form.schema);
  const keys = new Set(formFields(item.form.schema, item.form.uiSchema).map((f) => f.key));
  for (const [field, source] of Object.entries(item.form.prefill ?? {})) {
    if (!keys.has(field)) out.push(v('prefill_unknown_field', `form.prefill.${field}`, { zh: `预填项“${field}”（${source}）不是表单中的字段`, en: `the prefill "${field}" (${source}) is not a field of the form` }));
  }
  return out;
}

function guideRules(item: CheckableItem): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (blank(item.consultPhone)) out.push(v('consult_phone_missing', 'consultPhone', { zh: '办事指南缺少咨询电话', en: 'the guide has no consultation phone' }));
  if (item.conditions.length === 0) out.push(v('conditions_missing', 'conditions', { zh: '办事指南缺少受理条件', en: 'the guide has no acceptance conditions' }));
  if (item.steps.length === 0) out.push(v('steps_missing', 'steps', { zh: '办事指南缺少办理流程', en: 'the guide has no process steps' }));
  return out;
}

/** Every rule the item breaks, errors first. */
export function checkItem(item: CheckableItem): RuleViolation[] {
  const all = [...limitRules(item), ...feeAndVisitRules(item), ...commitmentRules(item), ...materialRules(item), ...formRules(item), ...guideRules(item)];
  return [...all.filter((x) => x.severity === 'error'), ...all.filter((x) => x.severity === 'warning')];
}

export const errorsOf = (violations: RuleViolation[]) => violations.filter((x) => x.severity === 'error');
