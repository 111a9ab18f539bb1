// The ledger workbook: an office's workbook imported in the background with bad rows reported (row, column,
// bilingual reason) and every good row kept, custom headers mapped by hand, batch deadlines, chunked progress,
// tasks in bulk at any state, the export that carries the whole history and reads back without mapping, and
// the monthly/quarterly progress report as .xlsx and .docx; importing twice adds nothing, and 是否报自治区销号 goes
// in, out and back in.
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_MIME, XLSX_MIME } from '../../../common/api/files.ts';
import type { ImportView } from '../../../common/api/ledger.ts';
import { createLedgerTestApp, ledgerPrincipal, ledgerSender, makeSource, type LedgerTestApp, type Who } from '../../test/ledger-factories.ts';
import { pdfBytes } from '../../test/file-samples.ts';
import { insertTasks } from './bulk.ts';

let t: LedgerTestApp;
let send: ReturnType<typeof ledgerSender>;
beforeAll(async () => {
  t = await createLedgerTestApp();
  send = ledgerSender(t);
});
afterAll(async () => t?.close());

type Row = (string | number | Date | null)[];
async function xlsx(rows: Row[], sheet = '整改台账'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
async function upload(bytes: Buffer, name = '整改台账.xlsx', who: Who = 'office'): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/files?purpose=ledger.workbook&name=${encodeURIComponent(name)}`, headers: { ...t.browsers[who].headers(true), 'content-type': name.endsWith('.pdf') ? 'application/pdf' : XLSX_MIME }, payload: bytes });
  if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}
/** Starts an import through the route and polls it to its end, as the web does. */
async function imported(body: object): Promise<ImportView> {
  const started = await send('office', 'POST', '/imports', body);
  expect(started.statusCode, started.body).toBe(202);
  // A fast engine may have run it to its end already (a sheet without the columns fails at once).
  expect(['parsing', 'importing', 'done', 'failed']).toContain(started.json().status);
  for (let i = 0; i < 600; i++) {
    const polled = await send('office', 'GET', `/imports/${started.json().id}`);
    expect(polled.statusCode).toBe(200);
    const view = polled.json() as ImportView;
    if (view.status === 'done' || view.status === 'failed') return view;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import did not finish');
}
async function tasksOf(sourceId: string) {
  const res = await send('office', 'GET', `/tasks?sourceId=${sourceId}&pageSize=200`);
  expect(res.statusCode).toBe(200);
  return (res.json() as { items: { id: string; title: string; dueOn: string; batch: string | null; progress: number; supportDepartmentIds: string[]; leadDepartmentId: string; number: string }[] }).items;
}
const byTitle = async (sourceId: string) => new Map((await tasksOf(sourceId)).map((x) => [x.title, x]));
const serialOf = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** An entry of a zip archive (the .docx), inflated. */
function zipEntry(bytes: Buffer, name: string): string | null {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  let at = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    const [method, size, nameLength, extra, comment, local] = [bytes.readUInt16LE(at + 10), bytes.readUInt32LE(at + 20), bytes.readUInt16LE(at + 28), bytes.readUInt16LE(at + 30), bytes.readUInt16LE(at + 32), bytes.readUInt32LE(at + 42)];
    if (bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8') === name) {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  return null;
}

const HEADER: Row = ['序号', '问题', '整改措施', '任务', '牵头单位', '配合单位', '完成时限', '进展', '备注'];
let firstSource = '';

describe('importing a ledger workbook', () => {
  it('keeps every good row, reports each bad one by row and column in both languages, and reuses issue codes', async () => {
    firstSource = await makeSource(t, { title: '2026 年整改台账' });
    const fileId = await upload(
      await xlsx([
        ['呼和浩特市优化营商环境问题整改台账'],
        HEADER,
        ['1', '工程建设项目审批慢', '推行并联审批', '压减审批时限', '住建局', '市场监管局、自然资源局', '2026-06-30', '60%', null],
        [null, null, null, '推行联合验收', '呼和浩特市住房和城乡建设局', null, '6月', '已完成选址，进度30%', null],
        ['2', '开办企业环节多', '一网通办', '企业开办一日办结', '不存在局', null, '2026-09-30', null, null],
        ['3', '纳税不便', '非接触办税', '推广网上申报', '税务局', null, '2026-13-45', null, null],
        ['4', '政务服务不优', '一窗受理', null, '政务服务局', null, '2026-08-31', null, null],
        ['1', '工程建设项目审批慢', '推行并联审批', '区域评估成果共享', 'HHHT-ZJ', null, serialOf('2026-10-31'), 0.5, '与自然资源局会商'],
      ]),
    );
    const preview = await send('office', 'POST', '/imports/preview', { fileId });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ sheets: ['整改台账'], rows: 6, guessed: { issueCode: '序号', issueTitle: '问题', measureTitle: '整改措施', title: '任务', leadDepartment: '牵头单位', dueOn: '完成时限', progress: '进展', note: '备注' } });
    const view = await imported({ fileId, sourceId: firstSource });
    expect(view).toMatchObject({ status: 'done', total: 6, processed: 6, imported: 3, rejected: 3, fileName: '整改台账.xlsx' });
    expect(view.finishedAt).not.toBeNull();
    expect(view.problems).toEqual([
      { row: 5, column: '牵头单位', message: { zh: expect.stringContaining('不存在局'), en: expect.stringContaining('no unit named "不存在局"') } },
      { row: 6, column: '完成时限', message: { zh: expect.stringContaining('2026-13-45'), en: expect.stringContaining('not a date') } },
      { row: 7, column: '任务', message: { zh: '任务不能为空', en: 'the task is missing' } },
    ]);
    const tasks = await byTitle(firstSource);
    expect([...tasks.keys()].sort()).toEqual(['压减审批时限', '区域评估成果共享', '推行联合验收'].sort());
    expect(tasks.get('压减审批时限')).toMatchObject({ dueOn: '2026-06-30', batch: null, progress: 60, leadDepartmentId: t.dept['HHHT-ZJ'], supportDepartmentIds: [t.dept['HHHT-SCJG'], t.dept['HHHT-ZRZY']] });
    expect(tasks.get('推行联合验收')).toMatchObject({ dueOn: '2026-06-30', batch: '6月', progress: 30 });
    expect(tasks.get('区域评估成果共享')).toMatchObject({ dueOn: '2026-10-31', progress: 50 });
    // The merged-looking rows continue issue 1 and its measure; issue 1 is reused, not duplicated.
    const tree = await send('office', 'GET', `/sources/${firstSource}/tree`);
    expect(tree.json().issues).toEqual([expect.objectContaining({ code: '1', title: '工程建设项目审批慢', tasks: 3, measures: [expect.objectContaining({ title: '推行并联审批', tasks: 3 })] })]);
    const detail = await send('office', 'GET', `/tasks/${tasks.get('推行联合验收')!.id}`);
    expect(detail.json().reports).toEqual([expect.objectContaining({ kind: 'note', text: '导入时的进展：已完成选址，进度30%', progress: 30 })]);
    expect((await send('office', 'GET', `/tasks/${tasks.get('区域评估成果共享')!.id}`)).json().detail).toBe('备注：与自然资源局会商');
    const audit = await t.app.inject({ method: 'GET', url: `/api/v1/audit?entityId=${view.id}`, headers: t.browsers.admin.headers() });
    expect(audit.body).toContain('ledger.import.done');
  });

  it('hangs a later workbook’s rows on the issues and measures already there (same codes)', async () => {
    const tree = async () => (await send('office', 'GET', `/sources/${firstSource}/tree`)).json().issues as { code: string; tasks: number; measures: { code: string; tasks: number }[] }[];
    const measureCode = (await tree())[0]!.measures[0]!.code;
    const p = await ledgerPrincipal(t, 'office');
    const bytes = await xlsx([
      ['问题编号', '问题', '措施编号', '整改措施', '任务', '牵头单位', '完成时限'],
      ['1', '（同一问题，另一种写法）', measureCode, '（同一措施）', '补充任务：审批事项清单公开', '住建局', '2026年12月底'],
      ['5', '新问题：获得用水用气', null, null, '压减报装时间', '住建局', '2026-12-31'],
    ]);
    const view = await t.services.ledger.workbook.run({ type: 'user', id: p.userId }, { file: { name: '补充台账.xlsx', bytes }, sourceId: firstSource });
    expect(view).toMatchObject({ status: 'done', imported: 2, rejected: 0 });
    const issues = await tree();
    expect(issues.map((i) => [i.code, i.tasks])).toEqual([['1', 4], ['5', 1]]);
    expect(issues[0]!.measures).toEqual([expect.objectContaining({ code: measureCode, tasks: 4 })]);
    expect((await byTitle(firstSource)).get('补充任务：审批事项清单公开')).toMatchObject({ dueOn: '2026-12-31', batch: '12月' });
  });

  it('maps custom headers by hand; without the mapping the import fails with the reason, never a 5xx', async () => {
    const sourceId = await makeSource(t);
    const fileId = await upload(
      await xlsx([
        ['编码', '工作事项', '主办单位', '协办', '截止', '完成标准'],
        ['A-1', '建设企业开办专区', '政务服务局', '市场监管局', '2026年10月底', '企业开办全程网办'],
        ['A-1', '推行电子营业执照', '市场监管局', null, '2026/9/30', ''],
      ]),
    );
    const preview = (await send('office', 'POST', '/imports/preview', { fileId })).json();
    expect(preview.guessed).toEqual({ supportDepartments: '协办', dueOn: '截止', expectedResult: '完成标准' });
    const failed = await imported({ fileId, sourceId });
    expect(failed.status).toBe('failed');
    expect(failed.problems.at(-1)!.message.zh).toContain('任务、牵头单位');
    const view = await imported({ fileId, sourceId, mapping: { title: '工作事项', leadDepartment: '主办单位', issueTitle: '编码' } });
    expect(view).toMatchObject({ status: 'done', imported: 2, rejected: 0, problems: [] });
    const tasks = await byTitle(sourceId);
    expect(tasks.get('建设企业开办专区')).toMatchObject({ dueOn: '2026-10-31', batch: '10月', leadDepartmentId: t.dept['HHHT-ZWFW'], supportDepartmentIds: [t.dept['HHHT-SCJG']] });
    expect(tasks.get('推行电子营业执照')).toMatchObject({ dueOn: '2026-09-30', batch: null });
    const bad = await send('office', 'POST', '/imports', { fileId, sourceId, mapping: { title: '没有这一列' } });
    expect(bad.statusCode).toBe(202);
    expect((await imported({ fileId, sourceId, mapping: { title: '没有这一列' } })).problems.at(-1)!.message.zh).toContain('没有这一列');
  });

  it('fails a file that is no workbook as a 400 preview and a failed import, and keeps imports to the office', async () => {
    const sourceId = await makeSource(t);
    const pdf = await upload(pdfBytes(), '台账.pdf');
    expect((await send('office', 'POST', '/imports/preview', { fileId: pdf })).statusCode).toBe(400);
    const view = await imported({ fileId: pdf, sourceId });
    expect(view).toMatchObject({ status: 'failed', imported: 0 });
    expect(view.problems.at(-1)!.message.en).toContain('.xlsx');
    expect((await send('clerk', 'POST', '/imports/preview', { fileId: pdf })).statusCode).toBe(403);
    expect((await send('leader', 'POST', '/imports', { fileId: pdf, sourceId })).statusCode).toBe(403);
    expect((await send('office', 'POST', '/imports', { fileId: pdf, sourceId: '00000000-0000-7000-8000-000000000001' })).statusCode).toBe(422);
    expect((await send('office', 'GET', '/imports/00000000-0000-7000-8000-000000000001')).statusCode).toBe(404);
  });

  it('imports in chunks, the progress growing to the total (the CLI’s and the web’s progress bar)', async () => {
    const sourceId = await makeSource(t);
    const rows: Row[] = [['任务', '牵头单位', '完成时限', '批次']];
    for (let i = 1; i <= 1200; i++) rows.push([`第 ${i} 项任务`, i % 3 ? '住建局' : '市场监管局', '6月', i === 7 ? '' : '上半年']);
    const p = await ledgerPrincipal(t, 'office');
    const seen: ImportView[] = [];
    const view = await t.services.ledger.workbook.run({ type: 'user', id: p.userId }, { file: { name: '大台账.xlsx', bytes: await xlsx(rows) }, sourceId }, (v) => seen.push(v));
    expect(view).toMatchObject({ status: 'done', total: 1200, processed: 1200, imported: 1200, rejected: 0 });
    const processed = seen.map((v) => v.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(processed).toEqual(expect.arrayContaining([500, 1000, 1200]));
    const list = await send('office', 'GET', `/tasks?sourceId=${sourceId}&batch=${encodeURIComponent('上半年')}&pageSize=1`);
    expect(list.json().total).toBe(1199);
    expect((await send('office', 'GET', `/tasks?sourceId=${sourceId}&batch=${encodeURIComponent('6月')}&pageSize=1`)).json().total).toBe(1);
  });
});

describe('importing again, and 是否报自治区销号', () => {
  const already = { zh: expect.stringMatching(/^该任务已在本来源中（TZ\d{9}），未重复导入$/), en: expect.stringMatching(/^This task is already in the source \(TZ\d{9}\); not imported again$/) };

  it('never inserts a task twice: a row repeating an earlier one is reported, and a second import adds nothing', async () => {
    const sourceId = await makeSource(t);
    const fileId = await upload(
      await xlsx([
        ['序号', '问题', '整改措施', '任务', '牵头单位', '完成时限'],
        ['1', '工程建设项目审批慢', '推行并联审批', '压减审批时限', '住建局', '2026-06-30'],
        [null, null, null, '推行联合验收', '住建局', '6月'],
        ['2', '开办企业环节多', null, '企业开办一日办结', '政务服务局', '2026-09-30'],
        ['2', '开办企业环节多', null, ' 企业开办一日办结 ', '政务服务局', '2026-10-31'],
        ['3', '纳税不便', null, '压减审批时限', '税务局', '2026-06-30'],
      ]),
    );
    const first = await imported({ fileId, sourceId });
    expect(first).toMatchObject({ status: 'done', total: 5, imported: 4, rejected: 1 });
    const tasks = await tasksOf(sourceId);
    const number = tasks.find((x) => x.title === '企业开办一日办结')!.number;
    expect(first.problems).toEqual([{ row: 5, column: '任务', message: { zh: `该任务与第 4 行重复（已导入为 ${number}），未重复导入`, en: `This task repeats row 4 (imported as ${number}); not imported again` } }]);
    // The same title under another issue is another task.
    expect(tasks.filter((x) => x.title === '压减审批时限')).toHaveLength(2);

    const second = await imported({ fileId, sourceId });
    expect(second).toMatchObject({ status: 'done', total: 5, processed: 5, imported: 0, rejected: 5 });
    expect(second.problems).toEqual([2, 3, 4, 5, 6].map((row) => ({ row, column: '任务', message: already })));
    expect(second.problems[2]!.message.zh).toContain(number);
    expect(second.problems[3]!.message.zh).toContain(number);
    expect((await tasksOf(sourceId)).map((x) => x.id).sort()).toEqual(tasks.map((x) => x.id).sort());
    const tree = (await send('office', 'GET', `/sources/${sourceId}/tree`)).json();
    expect(tree.issues.map((i: { code: string; tasks: number }) => [i.code, i.tasks])).toEqual([['1', 2], ['2', 1], ['3', 1]]);
  });

  it('inserts each task once when two imports of one workbook into one source run at the same time', async () => {
    const sourceId = await makeSource(t);
    const rows: Row[] = [['任务', '牵头单位', '完成时限']];
    for (let i = 1; i <= 1100; i++) rows.push([`同时导入的第 ${i} 项`, i % 2 ? '住建局' : '税务局', '2026-09-30']);
    const fileId = await upload(await xlsx(rows), '同一台账.xlsx');
    const [a, b] = await Promise.all([imported({ fileId, sourceId }), imported({ fileId, sourceId })]);
    expect([a.status, b.status]).toEqual(['done', 'done']);
    expect(a.imported + b.imported).toBe(1100);
    expect(a.rejected + b.rejected).toBe(1100);
    // Had both inserted the same rows, the source would hold 2 200 tasks.
    expect((await send('office', 'GET', `/tasks?sourceId=${sourceId}&pageSize=1`)).json().total).toBe(1100);
  });

  it('imports 是否报自治区销号, exports it, and the export maps it back by itself', async () => {
    const sourceId = await makeSource(t);
    const fileId = await upload(
      await xlsx([
        ['任务', '牵头单位', '完成时限', '是否报自治区销号'],
        ['报自治区销号的任务', '住建局', '2026-06-30', '是'],
        ['市里销号的任务', '住建局', '2026-06-30', '否'],
        ['没写的任务', '住建局', '2026-06-30', null],
        ['打勾的任务', '市场监管局', '2026-06-30', '√'],
        ['写错的任务', '住建局', '2026-06-30', '待定'],
      ]),
    );
    expect((await send('office', 'POST', '/imports/preview', { fileId })).json().guessed).toMatchObject({ needsSecondApproval: '是否报自治区销号' });
    const view = await imported({ fileId, sourceId });
    expect(view).toMatchObject({ status: 'done', imported: 4, rejected: 1 });
    expect(view.problems).toEqual([{ row: 6, column: '是否报自治区销号', message: { zh: expect.stringContaining('“待定”应填“是”或“否”'), en: expect.stringContaining('should be 是 or 否') } }]);
    const second = async (id: string) => {
      const res = await send('office', 'GET', `/tasks?sourceId=${id}&pageSize=200`);
      return Object.fromEntries((res.json().items as { title: string; needsSecondApproval: boolean }[]).map((x) => [x.title, x.needsSecondApproval]));
    };
    const expected = { 报自治区销号的任务: true, 市里销号的任务: false, 没写的任务: false, 打勾的任务: true };
    expect(await second(sourceId)).toEqual(expected);

    const res = await t.app.inject({ method: 'GET', url: `/api/v1/ledger/tasks/export.xlsx?sourceId=${sourceId}`, headers: t.browsers.office.headers() });
    expect(res.statusCode, res.body).toBe(200);
    const exported = await upload(Buffer.from(res.rawPayload), '督办台账.xlsx');
    expect((await send('office', 'POST', '/imports/preview', { fileId: exported })).json().guessed).toMatchObject({ needsSecondApproval: '需自治区销号', title: '任务' });
    const copy = await makeSource(t, { title: '自治区销号副本' });
    expect(await imported({ fileId: exported, sourceId: copy })).toMatchObject({ status: 'done', imported: 4, rejected: 0, problems: [] });
    expect(await second(copy)).toEqual(expected);
    // Read back into its own source, the export adds nothing.
    const back = await imported({ fileId: exported, sourceId });
    expect(back).toMatchObject({ status: 'done', imported: 0, rejected: 4 });
    expect(back.problems).toEqual([2, 3, 4, 5].map((row) => ({ row, column: '任务', message: already })));
  });
});

describe('tasks in bulk', () => {
  it('inserts tasks at any state with their cases, numbers and reports, with one audit row', async () => {
    const sourceId = await makeSource(t);
    const p = await ledgerPrincipal(t, 'office');
    const calendar = await t.services.calendar.current();
    const office = t.dept['HHHT-YSB']!;
    const at = (d: string) => new Date(`${d}T10:00:00+08:00`);
    const { ids, numbers } = await t.services.database.db.transaction((tx) =>
      insertTasks(
        tx,
        [
          { sourceId, title: '批量：在办', leadDepartmentId: t.dept['HHHT-ZJ']!, startsOn: '2026-03-01', dueOn: '2026-12-31', createdAt: at('2026-03-01'), reports: [{ at: at('2026-05-10'), text: '已完成方案起草', progress: 40 }] },
          { sourceId, title: '批量：已销号', leadDepartmentId: t.dept['HHHT-ZJ']!, startsOn: '2026-03-01', dueOn: '2026-06-30', state: 'closed', closedAt: at('2026-06-20'), createdAt: at('2026-03-01') },
          { sourceId, title: '批量：自治区已销号', leadDepartmentId: t.dept['HHHT-SCJG']!, startsOn: '2026-03-01', dueOn: '2026-06-30', state: 'closed', needsSecondApproval: true, closedAt: at('2026-06-25'), createdAt: at('2026-03-01') },
          { sourceId, title: '批量：审核中', leadDepartmentId: t.dept['HHHT-SCJG']!, startsOn: '2026-03-01', dueOn: '2026-12-31', state: 'reviewing', createdAt: at('2026-03-01') },
        ],
        { type: 'user', id: p.userId },
        calendar,
        { officeDepartmentId: office },
      ),
    );
    expect(numbers.every((n) => /^TZ2026\d{5}$/.test(n))).toBe(true);
    const d = await Promise.all(ids.map(async (id) => (await send('office', 'GET', `/tasks/${id}`)).json()));
    expect(d.map((x) => x.state)).toEqual(['doing', 'closed', 'closed', 'reviewing']);
    expect(d[0]).toMatchObject({ progress: 40, reports: [expect.objectContaining({ text: '已完成方案起草' })] });
    expect(d[1]).toMatchObject({ progress: 100, closedAt: at('2026-06-20').toISOString(), provincialAcceptedAt: null });
    expect(d[2].provincialAcceptedAt).toBe(at('2026-06-25').toISOString());
    expect(d[3].actions.map((a: { key: string }) => a.key)).toEqual(expect.arrayContaining(['approve', 'sendBack']));
    const cases = await Promise.all(d.map((x) => t.services.workflow.get(x.caseId)));
    expect(cases.map((c) => c.state)).toEqual(['doing', 'closed', 'closed', 'reviewing']);
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=ledger.task.bulk', headers: t.browsers.admin.headers() });
    expect(JSON.stringify(audit.json())).toContain(numbers[0]!);
  });
});

describe('exports and progress reports', () => {
  it('exports a filtered view with every report, and its 任务 sheet imports again without mapping', async () => {
    const [task] = await tasksOf(firstSource);
    for (const text of ['完成并联审批流程再造', '审批时限压减至 45 个工作日']) {
      const filed = await send('handler', 'POST', `/tasks/${task!.id}/reports`, { text, progress: 80, figures: [{ label: '审批时限', value: '45 个工作日' }] });
      expect(filed.statusCode, filed.body).toBe(201);
    }
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/ledger/tasks/export.xlsx?sourceId=${firstSource}`, headers: t.browsers.leader.headers() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_MIME);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['任务', '进展记录']);
    expect(workbook.worksheets[0]!.actualRowCount).toBe(1 + 5);
    const history = JSON.stringify(workbook.worksheets[1]!.getSheetValues());
    const reports = (await Promise.all((await tasksOf(firstSource)).map(async (x) => (await send('office', 'GET', `/tasks/${x.id}`)).json().reports as { text: string }[]))).flat();
    expect(reports.length).toBe(3);
    for (const r of reports) expect(history).toContain(JSON.stringify(r.text).slice(1, -1));
    expect(history).toContain('审批时限：45 个工作日');

    const copy = await makeSource(t, { title: '台账副本' });
    const fileId = await upload(Buffer.from(res.rawPayload), '督办台账.xlsx');
    const preview = (await send('office', 'POST', '/imports/preview', { fileId })).json();
    expect(preview).toMatchObject({ sheets: ['任务', '进展记录'], rows: 5 });
    expect(Object.keys(preview.guessed).sort()).toEqual(['batch', 'dueOn', 'expectedResult', 'indicator', 'issueCode', 'issueTitle', 'leadDepartment', 'measureCode', 'measureTitle', 'needsSecondApproval', 'progress', 'startsOn', 'supportDepartments', 'title'].sort());
    const view = await imported({ fileId, sourceId: copy });
    expect(view).toMatchObject({ status: 'done', imported: 5, rejected: 0, problems: [] });
    const again = await byTitle(copy);
    const before = await byTitle(firstSource);
    for (const [title, x] of before) expect(again.get(title)).toMatchObject({ dueOn: x.dueOn, batch: x.batch, leadDepartmentId: x.leadDepartmentId, supportDepartmentIds: x.supportDepartmentIds, progress: x.progress });
    expect((await send('office', 'GET', `/sources/${copy}/tree`)).json().issues.map((i: { code: string }) => i.code)).toEqual(['1', '5']);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/ledger/tasks/export.xlsx', headers: t.browsers.clerk.headers() })).statusCode).toBe(403);
  });

  it('writes the monthly report as .docx and .xlsx, and the quarterly one', async () => {
    const docx = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/reports/progress.docx?period=month&on=2026-06-15', headers: t.browsers.leader.headers() });
    expect(docx.statusCode, docx.body).toBe(200);
    expect(docx.headers['content-type']).toBe(DOCX_MIME);
    const document = zipEntry(Buffer.from(docx.rawPayload), 'word/document.xml');
    expect(document).toContain('2026年6月');
    expect(document).toContain('批量：已销号');
    const xlsxRes = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/reports/progress.xlsx?period=quarter&on=2026-05-01', headers: t.browsers.office.headers() });
    expect(xlsxRes.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxRes.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总', '分单位', '在办任务', '本期销号', '本期进展']);
    expect(String(workbook.worksheets[0]!.getCell('A1').value)).toContain('2026年第二季度');
    const closures = JSON.stringify(workbook.getWorksheet('本期销号')!.getSheetValues());
    expect(closures).toContain('批量：已销号');
    expect(closures).toContain('批量：自治区已销号');
    expect(JSON.stringify(workbook.getWorksheet('本期进展')!.getSheetValues())).toContain('已完成方案起草');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/ledger/reports/progress.xlsx?on=2026-02-30', headers: t.browsers.office.headers() })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/ledger/reports/progress.docx?on=2026-06-01', headers: t.browsers.handler.headers() })).statusCode).toBe(403);
  });
});
