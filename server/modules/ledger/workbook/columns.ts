// The ledger workbook's columns: the headers our export writes (Chinese, as the office's own ledger names them),
// the other headers offices use for the same things (序号/问题/整改措施/责任单位/完成时限/进展 …), and the guess of
// a mapping from a sheet's header row. An export read back maps every column it needs without help.
import type { ImportField } from '../../../../common/api/ledger.ts';

/** The 任务 sheet of an export, in order: key, header. Keys that are import fields are read back. */
export const TASK_COLUMNS = [
  ['number', '任务编号'],
  ['source', '来源'],
  ['issueCode', '问题编号'],
  ['issueTitle', '问题'],
  ['indicator', '涉及指标'],
  ['measureCode', '措施编号'],
  ['measureTitle', '整改措施'],
  ['title', '任务'],
  ['leadDepartment', '牵头单位'],
  ['supportDepartments', '配合单位'],
  ['startsOn', '开始日期'],
  ['dueOn', '完成时限'],
  ['batch', '批次'],
  ['expectedResult', '预期成效'],
  ['needsSecondApproval', '需自治区销号'],
  ['state', '状态'],
  ['light', '灯色'],
  ['progress', '进展（%）'],
  ['escalated', '挂牌督办'],
  ['closedAt', '销号时间'],
] as const;
export const TASK_SHEET = '任务';

/** The 进展记录 sheet: every report of the exported tasks. */
export const HISTORY_COLUMNS = [
  ['number', '任务编号'],
  ['at', '时间'],
  ['kind', '类型'],
  ['author', '填报人'],
  ['unit', '单位'],
  ['text', '内容'],
  ['figures', '数据'],
  ['progress', '进展（%）'],
] as const;
export const HISTORY_SHEET = '进展记录';

export const REPORT_KIND_LABELS: Record<string, string> = {
  progress: '进展报告',
  closure: '销号申请',
  review: '审核意见',
  provincial: '自治区意见',
  escalation: '挂牌督办',
  note: '备注',
};

/** The field's name in messages when its column is not in the sheet. */
export const FIELD_LABELS: Record<ImportField, { zh: string; en: string }> = {
  issueCode: { zh: '问题编号', en: 'issue code' },
  issueTitle: { zh: '问题', en: 'issue' },
  indicator: { zh: '涉及指标', en: 'indicator' },
  measureCode: { zh: '措施编号', en: 'measure code' },
  measureTitle: { zh: '整改措施', en: 'measure' },
  title: { zh: '任务', en: 'task' },
  leadDepartment: { zh: '牵头单位', en: 'lead unit' },
  supportDepartments: { zh: '配合单位', en: 'support units' },
  startsOn: { zh: '开始日期', en: 'start date' },
  dueOn: { zh: '完成时限', en: 'deadline' },
  batch: { zh: '批次', en: 'batch' },
  expectedResult: { zh: '预期成效', en: 'expected result' },
  progress: { zh: '进展', en: 'progress' },
  note: { zh: '备注', en: 'note' },
  needsSecondApproval: { zh: '需自治区销号', en: 'closed by the province' },
};

/**
 * Headers that name a field exactly (after normalising), and words a longer header may contain. Fields are tried
 * in this order for the "contains" guess, so 配合责任单位 is a support column and 措施编号 a measure code.
 */
const HEADERS: [ImportField, string[], string[]][] = [
  // 是否报自治区销号: the task is closed by the region (自治区), after the office's review.
  ['needsSecondApproval', ['需自治区销号', '是否报自治区销号', '是否需自治区销号', '需报自治区销号', '报自治区销号', '自治区销号', 'needssecondapproval'], ['自治区销号']],
  ['supportDepartments', ['配合单位', '配合部门', '协办单位', '协同单位', 'support', 'supportunits'], ['配合', '协办', '协同']],
  ['leadDepartment', ['牵头单位', '责任单位', '牵头部门', '责任部门', '主责单位', '牵头', 'lead', 'leadunit'], ['牵头', '责任单位', '责任部门', '主责']],
  ['issueCode', ['问题编号', '问题序号', '序号', '编号', 'issuecode'], ['问题编号', '问题序号']],
  ['measureCode', ['措施编号', '措施序号', '举措编号', 'measurecode'], ['措施编号', '措施序号', '举措编号']],
  ['dueOn', ['完成时限', '时限', '完成时间', '截止日期', '截止时间', '整改时限', '办结时限', 'deadline', 'due'], ['时限', '完成时间', '截止']],
  ['startsOn', ['开始日期', '开始时间', '起始日期', '启动时间', 'start', 'startdate'], ['开始', '起始']],
  ['expectedResult', ['预期成效', '完成标准', '预期目标', '工作目标', '预期成果', '目标要求', 'expectedresult'], ['成效', '标准', '目标']],
  ['indicator', ['涉及指标', '指标', '评价指标', '评估指标', 'indicator'], ['指标']],
  ['measureTitle', ['整改措施', '措施', '落实举措', '举措', '具体措施', 'measure'], ['措施', '举措']],
  ['issueTitle', ['问题', '存在问题', '反馈问题', '问题描述', '问题清单', '问题表现', 'issue'], ['问题']],
  ['title', ['任务', '工作任务', '具体任务', '任务内容', '整改任务', '重点任务', '任务名称', 'task', 'title'], ['任务']],
  ['batch', ['批次', '完成批次', '销号批次', 'batch'], ['批次']],
  ['progress', ['进展', '进度', '完成进度', '进展情况', '工作进展', '推进情况', '完成情况', 'progress'], ['进展', '进度', '推进情况', '完成情况']],
  ['note', ['备注', '说明', 'note'], ['备注']],
];

/** Our own export's columns that are not import fields (never guessed as anything). */
const NOT_FIELDS = new Set(['任务编号', '来源', '状态', '灯色', '挂牌督办', '销号时间'].map((h) => normaliseHeader(h)));

/** Full-width brackets, spaces, stars (required marks) and percent signs do not change what a header names. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/[（(][^）)]*[）)]/g, (m) => (/^[（(]\s*[%％]\s*[）)]$/.test(m) ? '' : m))
    .replace(/[\s_*＊%％:：（）()]/g, '')
    .toLowerCase();
}

const EXACT = new Map(HEADERS.flatMap(([field, exact]) => exact.map((h) => [normaliseHeader(h), field] as const)));

/** field → header: exact names first, then headers containing a field's word, each header used once. */
export function guessMapping(headers: string[]): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  const used = new Set<string>();
  // Each field takes the header matching its best name (问题编号 before 序号).
  for (const [field, exact] of HEADERS) {
    for (const name of exact.map(normaliseHeader)) {
      const h = headers.find((x) => !used.has(x) && normaliseHeader(x) === name);
      if (h) {
        out[field] = h;
        used.add(h);
        break;
      }
    }
  }
  for (const h of headers) {
    const n = normaliseHeader(h);
    if (used.has(h) || !n || NOT_FIELDS.has(n)) continue;
    const hit = HEADERS.find(([field, , words]) => !out[field] && words.some((w) => n.includes(w)));
    if (hit) {
      out[hit[0]] = h;
      used.add(h);
    }
  }
  return out;
}

/** How many of a row's cells name a field (the header row names several). */
export function headerScore(cells: string[], explicit: string[]): number {
  const wanted = new Set(explicit.map(normaliseHeader));
  return cells.filter((c) => {
    const n = normaliseHeader(c);
    return n !== '' && (EXACT.has(n) || wanted.has(n));
  }).length;
}
