// Writing an export: the 任务 sheet (one row per task, in the columns an import reads back) and the 进展记录 sheet
// (every report of those tasks: the whole history), with Chinese headers, frozen header rows and dates as dates.
import ExcelJS from 'exceljs';
import type { TaskRow } from '../../../../common/api/ledger.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import { LIGHT_LABELS, TASK_STATE_LABELS, type TaskState } from '../../../../common/ledger/vocabulary.ts';
import type { ReportRow, TaskStructure } from '../import-repository.ts';
import { HISTORY_COLUMNS, HISTORY_SHEET, REPORT_KIND_LABELS, TASK_COLUMNS, TASK_SHEET } from './columns.ts';

/** A date as Excel shows it: the day (no time zone shift). */
export const dayCell = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** An instant as the office reads it: Shanghai date and time, as text (Excel has no time zones). */
export function shanghaiTime(d: Date): string {
  const local = new Date(d.getTime() + 8 * 3_600_000).toISOString();
  return `${shanghaiDate(d)} ${local.slice(11, 16)}`;
}

const WIDTHS: Record<string, number> = { needsSecondApproval: 13, title: 40, issueTitle: 30, measureTitle: 30, text: 60, number: 16, expectedResult: 24, supportDepartments: 20, leadDepartment: 16, closedAt: 17, at: 17 };

export interface ExportInput {
  tasks: TaskRow[];
  structure: Map<string, TaskStructure>;
  reports: ReportRow[];
  unitName: (id: string) => string;
}

export async function writeExport(input: ExportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '营商通 Yingshang';
  const tasks = workbook.addWorksheet(TASK_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  tasks.columns = TASK_COLUMNS.map(([key, header]) => ({ header, key, width: WIDTHS[key] ?? 12, ...(key === 'startsOn' || key === 'dueOn' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}) }));
  const numberOf = new Map<string, string>();
  for (const t of input.tasks) {
    numberOf.set(t.id, t.number);
    const s = input.structure.get(t.id);
    tasks.addRow({
      number: t.number,
      source: s ? `${s.sourceCode} ${s.sourceTitle}` : t.sourceTitle,
      issueCode: s?.issueCode ?? '',
      issueTitle: s?.issueTitle ?? '',
      indicator: s?.indicator ?? '',
      measureCode: s?.measureCode ?? '',
      measureTitle: s?.measureTitle ?? '',
      title: t.title,
      leadDepartment: input.unitName(t.leadDepartmentId),
      supportDepartments: t.supportDepartmentIds.map(input.unitName).join('、'),
      startsOn: dayCell(t.startsOn),
      dueOn: dayCell(t.dueOn),
      batch: t.batch ?? '',
      expectedResult: s?.expectedResult ?? '',
      needsSecondApproval: t.needsSecondApproval ? '是' : '否',
      state: TASK_STATE_LABELS[t.state as TaskState]?.zh ?? t.state,
      light: LIGHT_LABELS[t.light].zh,
      progress: t.progress,
      escalated: t.escalated ? '是' : '否',
      closedAt: t.closedAt ? shanghaiTime(new Date(t.closedAt)) : '',
    });
  }
  const history = workbook.addWorksheet(HISTORY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  history.columns = HISTORY_COLUMNS.map(([key, header]) => ({ header, key, width: WIDTHS[key] ?? 12 }));
  for (const r of input.reports) {
    history.addRow({
      number: numberOf.get(r.taskId) ?? '',
      at: shanghaiTime(r.at),
      kind: REPORT_KIND_LABELS[r.kind] ?? r.kind,
      author: r.authorName,
      unit: r.departmentId ? input.unitName(r.departmentId) : '',
      text: r.text,
      figures: r.figures.map((f) => `${f.label}：${f.value}`).join('；'),
      progress: r.progress ?? '',
    });
  }
  for (const sheet of [tasks, history]) sheet.getRow(1).font = { bold: true };
  history.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
