// The progress report as files: an .xlsx (汇总, 分单位, 本期销号, 本期进展 sheets) and a .docx (title, period,
// summary figures, a table per unit with its tasks, progress and latest report, then the period's closures).
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { percent, type ProgressData } from './progress.ts';
import { REPORT_KIND_LABELS } from './columns.ts';
import { shanghaiTime } from './export.ts';

const summaryRows = (d: ProgressData): [string, string | number][] => [
  ['报告期', `${d.period.label}（${d.period.from} 至 ${d.period.to}）`],
  ['统计截至', d.asOf],
  ['任务总数', d.totals.tasks],
  ['本期销号', d.totals.closedInPeriod],
  ['累计销号', d.totals.closedToDate],
  ['销号率', percent(d.totals.closureRate)],
  ['在办任务', d.totals.open],
  ['逾期任务', d.totals.overdue],
  ['临期预警', d.totals.atRisk],
  ['挂牌督办', d.totals.escalated],
];

export async function progressXlsx(d: ProgressData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '营商通 Yingshang';
  const summary = workbook.addWorksheet('汇总');
  summary.columns = [{ width: 16 }, { width: 48 }];
  summary.addRow([d.title]).font = { bold: true, size: 14 };
  summary.addRow([]);
  for (const row of summaryRows(d)) summary.addRow(row);

  const units = workbook.addWorksheet('分单位', { views: [{ state: 'frozen', ySplit: 1 }] });
  units.columns = [
    { header: '牵头单位', key: 'name', width: 28 },
    { header: '任务数', key: 'tasks', width: 10 },
    { header: '本期销号', key: 'closedInPeriod', width: 10 },
    { header: '累计销号', key: 'closedToDate', width: 10 },
    { header: '销号率', key: 'rate', width: 10 },
    { header: '逾期', key: 'overdue', width: 8 },
    { header: '临期预警', key: 'atRisk', width: 10 },
  ];
  for (const u of d.units) units.addRow({ ...u, rate: percent(u.tasks ? u.closedToDate / u.tasks : null) });

  const tasks = workbook.addWorksheet('在办任务', { views: [{ state: 'frozen', ySplit: 1 }] });
  tasks.columns = [
    { header: '牵头单位', key: 'unit', width: 20 },
    { header: '任务编号', key: 'number', width: 16 },
    { header: '任务', key: 'title', width: 40 },
    { header: '完成时限', key: 'dueOn', width: 12 },
    { header: '状态', key: 'state', width: 12 },
    { header: '灯色', key: 'light', width: 10 },
    { header: '进展（%）', key: 'progress', width: 10 },
    { header: '最新进展', key: 'latest', width: 60 },
  ];
  for (const u of d.units) for (const t of u.listed) tasks.addRow({ unit: u.name, ...t });

  const closures = workbook.addWorksheet('本期销号', { views: [{ state: 'frozen', ySplit: 1 }] });
  closures.columns = [
    { header: '任务编号', key: 'number', width: 16 },
    { header: '任务', key: 'title', width: 40 },
    { header: '牵头单位', key: 'unit', width: 20 },
    { header: '销号时间', key: 'closedAt', width: 18 },
  ];
  for (const c of d.closures) closures.addRow({ ...c, closedAt: shanghaiTime(c.closedAt) });

  const reports = workbook.addWorksheet('本期进展', { views: [{ state: 'frozen', ySplit: 1 }] });
  reports.columns = [
    { header: '任务编号', key: 'number', width: 16 },
    { header: '任务', key: 'title', width: 30 },
    { header: '时间', key: 'at', width: 18 },
    { header: '类型', key: 'kind', width: 10 },
    { header: '单位', key: 'unit', width: 18 },
    { header: '填报人', key: 'author', width: 10 },
    { header: '内容', key: 'text', width: 60 },
    { header: '进展（%）', key: 'progress', width: 10 },
  ];
  for (const r of d.reports) reports.addRow({ ...r, at: shanghaiTime(r.at), kind: REPORT_KIND_LABELS[r.kind] ?? r.kind, progress: r.progress ?? '' });
  for (const sheet of [units, tasks, closures, reports]) sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const cell = (text: string | number, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: String(text), bold, size: 20 })] })] });
const table = (header: string[], rows: (string | number)[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

export async function progressDocx(d: ProgressData): Promise<Buffer> {
  const t = d.totals;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: d.title })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `报告期：${d.period.from} 至 ${d.period.to}，统计截至：${d.asOf}` })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: '一、总体情况' })] }),
    new Paragraph({
      children: [
        new TextRun({
          text:
            `台账共有任务 ${t.tasks} 项，本期销号 ${t.closedInPeriod} 项，累计销号 ${t.closedToDate} 项，销号率 ${percent(t.closureRate)}；` +
            `在办 ${t.open} 项，其中逾期 ${t.overdue} 项、临期预警 ${t.atRisk} 项，挂牌督办 ${t.escalated} 项。`,
        }),
      ],
    }),
    table(['指标', '数值'], summaryRows(d).slice(2)),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: '二、各单位推进情况' })] }),
  ];
  for (const u of d.units) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: u.name })] }),
      new Paragraph({ children: [new TextRun({ text: `任务 ${u.tasks} 项，本期销号 ${u.closedInPeriod} 项，累计销号 ${u.closedToDate} 项，逾期 ${u.overdue} 项，临期预警 ${u.atRisk} 项。` })] }),
    );
    if (u.listed.length) children.push(table(['任务编号', '任务', '完成时限', '状态', '进展', '最新进展'], u.listed.map((x) => [x.number, x.title, x.dueOn, `${x.state}（${x.light}）`, `${x.progress}%`, clip(x.latest, 200) || '—'])));
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: '三、本期销号任务' })] }));
  if (d.closures.length) children.push(table(['任务编号', '任务', '牵头单位', '销号时间'], d.closures.map((c) => [c.number, c.title, c.unit, shanghaiTime(c.closedAt)])));
  else children.push(new Paragraph({ children: [new TextRun({ text: '本期无销号任务。' })] }));
  const doc = new Document({
    creator: '营商通 Yingshang',
    title: d.title,
    styles: { default: { document: { run: { font: { eastAsia: 'SimSun', ascii: 'Times New Roman' }, size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
