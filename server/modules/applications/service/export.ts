// 办件导出: the filtered staff list as an .xlsx workbook, read in id order a page at a time so a large
// export never holds the whole table in memory twice.
import ExcelJS from 'exceljs';
import { CHANNEL_LABELS, OUTCOME_LABELS, type Channel, type Outcome } from '../../../../common/api/applications.ts';
import type { ApplicationRow, ListFilter } from '../repository.ts';
import { stateLabel } from './shared.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_ROWS = 100_000;

const COLUMNS = [
  { header: '办件编号 Number', key: 'number', width: 46 },
  { header: '事项/一件事 Service', key: 'title', width: 30 },
  { header: '申请人 Applicant', key: 'applicant', width: 26 },
  { header: '统一社会信用代码 USCC', key: 'uscc', width: 22 },
  { header: '办理部门 Department', key: 'department', width: 22 },
  { header: '渠道 Channel', key: 'channel', width: 12 },
  { header: '状态 State', key: 'state', width: 12 },
  { header: '结果 Outcome', key: 'outcome', width: 14 },
  { header: '提交时间 Submitted', key: 'submitted', width: 20 },
  { header: '办结时间 Finished', key: 'finished', width: 20 },
  { header: '用时（工作日） Working days', key: 'days', width: 14 },
  { header: '是否按时 On time', key: 'onTime', width: 10 },
  { header: '免提交材料 Exempted', key: 'exempted', width: 10 },
];

const local = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

export async function exportApplications(
  applications: { rowsForExport: (filter: ListFilter, afterId: string | null, limit: number) => Promise<ApplicationRow[]>; departmentName: (id: string) => Promise<string | null> },
  filter: ListFilter,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('办件');
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  let after: string | null = null;
  let written = 0;
  for (;;) {
    const rows = await applications.rowsForExport(filter, after, 1000);
    for (const r of rows) {
      sheet.addRow({
        number: r.number ?? '',
        title: r.title,
        applicant: r.applicantName,
        uscc: r.applicantUscc ?? '',
        department: r.departmentId ? ((await applications.departmentName(r.departmentId)) ?? '') : '',
        channel: CHANNEL_LABELS[r.channel as Channel]?.zh ?? r.channel,
        state: stateLabel(r.state).zh,
        outcome: r.outcome ? (OUTCOME_LABELS[r.outcome as Outcome]?.zh ?? r.outcome) : '',
        submitted: local(r.submittedAt),
        finished: local(r.finishedAt),
        days: r.workingDays ?? '',
        onTime: r.onTime === null ? '' : r.onTime ? '是' : '否',
        exempted: r.exemptedCount,
      });
    }
    written += rows.length;
    if (rows.length < 1000 || written >= MAX_ROWS) break;
    after = rows[rows.length - 1]!.id;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
