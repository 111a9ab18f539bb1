// Checking a ledger workbook row by row: each row becomes a task to insert, or the list of its problems (row
// number, column header, bilingual message). Nothing here touches the database: units come in as a matcher,
// the source's period as the year context of batch deadlines.
import type { ImportField } from '../../../../common/api/ledger.ts';
import type { IsoDate } from '../../../../common/calendar/index.ts';
import { FIELD_LABELS } from './columns.ts';
import { parseDate, parseDeadline, parseProgress, parseYesNo, splitUnits, type YearContext } from './parse.ts';
import { textOf, type Cell, type SheetRow } from './read.ts';

type Bilingual = { zh: string; en: string };
export interface Problem {
  row: number;
  column: string;
  message: Bilingual;
}

export interface Candidate {
  row: number;
  /** The issue by code, or by title when the sheet gives none (a code is made up then). */
  issue: { code: string | null; title: string; indicator: string } | null;
  measure: { code: string | null; title: string } | null;
  title: string;
  detail: string;
  leadDepartmentId: string;
  supportDepartmentIds: string[];
  startsOn: IsoDate;
  dueOn: IsoDate;
  batch: string | null;
  expectedResult: string;
  /** 需自治区销号: closed by the province after the office's review. */
  needsSecondApproval: boolean;
  progress: number | null;
  /** Progress in words, kept as a note on the task's history. */
  progressText: string | null;
}

export interface CheckContext extends YearContext {
  columns: Partial<Record<ImportField, number>>;
  /** field → the header it was read from (messages name the column as the sheet does). */
  headers: Partial<Record<ImportField, string>>;
  unitOf: (name: string) => string | null;
}

const LIMITS: Partial<Record<ImportField, number>> = { title: 500, issueTitle: 300, measureTitle: 500, issueCode: 40, measureCode: 40, expectedResult: 2000, indicator: 60, batch: 20 };

/** Checks one row (`previous` is the row above: a blank issue or measure cell continues it, as merged cells do). */
export function checkRow(r: SheetRow, ctx: CheckContext, previous: Candidate | null): { candidate: Candidate | null; problems: Problem[]; carried: Pick<Candidate, 'issue' | 'measure'> } {
  const problems: Problem[] = [];
  const column = (f: ImportField) => ctx.headers[f] ?? FIELD_LABELS[f].zh;
  const report = (f: ImportField, zh: string, en: string) => problems.push({ row: r.row, column: column(f), message: { zh, en } });
  const cell = (f: ImportField): Cell | undefined => (ctx.columns[f] === undefined ? undefined : (r.cells[ctx.columns[f]] ?? null));
  const text = (f: ImportField) => {
    const v = textOf(cell(f));
    const max = LIMITS[f];
    if (max && v.length > max) report(f, `最多 ${max} 字（现有 ${v.length} 字）`, `at most ${max} characters (this has ${v.length})`);
    return v;
  };

  // 问题 and 整改措施: a blank cell continues the row above (merged cells in the office's sheets).
  const issueCode = text('issueCode');
  const issueTitle = text('issueTitle');
  let issue: Candidate['issue'] = issueCode || issueTitle ? { code: issueCode || null, title: issueTitle || issueCode, indicator: text('indicator') } : null;
  const freshIssue = issue !== null;
  if (!issue && previous?.issue && (ctx.columns.issueCode !== undefined || ctx.columns.issueTitle !== undefined)) issue = previous.issue;
  const measureCode = text('measureCode');
  const measureTitle = text('measureTitle');
  let measure: Candidate['measure'] = measureCode || measureTitle ? { code: measureCode || null, title: measureTitle || measureCode } : null;
  if (!measure && !freshIssue && previous?.measure && (ctx.columns.measureCode !== undefined || ctx.columns.measureTitle !== undefined)) measure = previous.measure;
  if (measure && !issue) issue = { code: null, title: '未列明问题', indicator: '' };

  // 任务: its own column, or the measure itself when the sheet lists measures only.
  const title = ctx.columns.title !== undefined ? text('title') : (measure?.title ?? '');
  if (!title) report('title', '任务不能为空', 'the task is missing');

  // 牵头单位 (the first of several is the lead, the others support) and 配合单位.
  const leadNames = splitUnits(text('leadDepartment'));
  let leadDepartmentId = '';
  const supports: string[] = [];
  if (leadNames.length === 0) report('leadDepartment', '牵头单位不能为空', 'the lead unit is missing');
  for (const [i, name] of leadNames.entries()) {
    const id = ctx.unitOf(name);
    if (!id) report('leadDepartment', `没有名为“${name}”的单位（请写单位全称、简称或代码）`, `no unit named "${name}" (write its full name, short name or code)`);
    else if (i === 0) leadDepartmentId = id;
    else supports.push(id);
  }
  for (const name of splitUnits(text('supportDepartments'))) {
    const id = ctx.unitOf(name);
    if (!id) report('supportDepartments', `没有名为“${name}”的单位（请写单位全称、简称或代码）`, `no unit named "${name}" (write its full name, short name or code)`);
    else supports.push(id);
  }

  // 完成时限 (a date, or a batch deadline) and 开始日期 (default: the source's period start, not after the deadline).
  let dueOn = '';
  let batch: string | null = null;
  const dueCell = cell('dueOn');
  if (textOf(dueCell) === '') report('dueOn', '完成时限不能为空', 'the deadline is missing');
  else {
    const d = parseDeadline(dueCell, ctx);
    if (d.ok) ({ date: dueOn, batch } = d.value);
    else report('dueOn', d.message.zh, d.message.en);
  }
  const explicitBatch = text('batch');
  if (explicitBatch) batch = explicitBatch;
  let startsOn = ctx.periodStart;
  const startCell = cell('startsOn');
  if (textOf(startCell) !== '') {
    const s = parseDate(startCell, ctx);
    if (s.ok) startsOn = s.value;
    else report('startsOn', s.message.zh, s.message.en);
  }
  if (dueOn) {
    if (textOf(startCell) !== '' && startsOn > dueOn) report('dueOn', `完成时限 ${dueOn} 早于开始日期 ${startsOn}`, `the deadline ${dueOn} is before the start ${startsOn}`);
    else if (startsOn > dueOn) startsOn = dueOn;
  }

  const p = parseProgress(cell('progress'));
  if (!p.ok) report('progress', p.message.zh, p.message.en);
  const second = parseYesNo(cell('needsSecondApproval'));
  if (!second.ok) report('needsSecondApproval', second.message.zh, second.message.en);
  const note = text('note');
  const expectedResult = text('expectedResult');
  const carried = { issue, measure };
  if (problems.length) return { candidate: null, problems, carried };
  return {
    candidate: {
      row: r.row,
      issue,
      measure,
      title,
      detail: note ? `备注：${note}` : '',
      leadDepartmentId,
      supportDepartmentIds: [...new Set(supports)].filter((s) => s !== leadDepartmentId),
      startsOn,
      dueOn,
      batch,
      expectedResult,
      needsSecondApproval: second.ok && second.value,
      progress: p.ok ? p.value.progress : null,
      progressText: p.ok ? p.value.text : null,
    },
    problems,
    carried,
  };
}

/** Checks every row in order; a bad row never stops the others. */
export function checkRows(rows: SheetRow[], ctx: CheckContext): { candidates: Candidate[]; problems: Problem[]; bad: Set<number> } {
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  const bad = new Set<number>();
  let previous: Candidate | null = null;
  for (const r of rows) {
    const checked = checkRow(r, ctx, previous);
    if (checked.candidate) candidates.push(checked.candidate);
    else bad.add(r.row);
    problems.push(...checked.problems);
    // The next row continues this one's issue and measure even when this row itself was bad.
    previous = { ...(checked.candidate ?? ({} as Candidate)), ...checked.carried };
  }
  return { candidates, problems, bad };
}

// ── the same task twice ──────────────────────────────────────────────────────────────────────────

/** What makes a task the same within a source: its measure (or its issue when it has none) and its title, trimmed. */
export const taskKey = (t: { issueId: string | null; measureId: string | null; title: string }) => `${t.measureId ? `m:${t.measureId}` : t.issueId ? `i:${t.issueId}` : '-'}|${t.title.trim()}`;

/** Where a task was met first: already in the source (its number), or an earlier row of this workbook. */
export type FirstSeen = { number: string; row?: number | undefined };

/** The problem of a row whose task is already in the source, or repeats an earlier row of the same workbook. */
export function duplicateProblem(row: number, column: string, first: FirstSeen): Problem {
  const message: Bilingual =
    first.row === undefined
      ? { zh: `该任务已在本来源中（${first.number}），未重复导入`, en: `This task is already in the source (${first.number}); not imported again` }
      : { zh: `该任务与第 ${first.row} 行重复（已导入为 ${first.number}），未重复导入`, en: `This task repeats row ${first.row} (imported as ${first.number}); not imported again` };
  return { row, column, message };
}
