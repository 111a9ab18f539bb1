// 督办台账 import (issue 9's quality bar: a 5,000-row ledger workbook in under 30 s): a generated workbook in the
// office's own layout (序号/问题/整改措施/任务/牵头单位/配合单位/完成时限/进展/备注, batch deadlines, merged-looking
// blank issue cells, 1% bad rows) imported through the workbook service's `run` — reading, checking, issues and
// measures, tasks with their cases, reports, audit rows and progress — against a baseline measured in the same
// process: the same rows inserted as plain ledger_task rows (no cases, no checks), 500 a statement.
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { createRng, HOHHOT_REGIONS, randomInt } from '../common/ids/index.ts';
import { cliActor } from '../server/platform/audit/index.ts';
import { insertRecordset, uuidv7 } from '../server/platform/db/index.ts';
import { ensureDemoAccounts } from '../server/seed/accounts.ts';
import { demoDepartments } from '../server/seed/departments.ts';
import { ledgerTasks } from '../server/db/schema.ts';
import type { Services } from '../server/services.ts';
import type { Measurement } from './lib/measure.ts';

export const LEDGER_IMPORT_TARGET_SECONDS = 30;

const UNITS = ['政务服务局', '市场监管局', '住建局', '自然资源局', '税务局', '人社局', '不动产登记中心', '公积金中心', '发改委', '财政局', '商务局', '司法局'];
const INDICATORS = ['开办企业', '办理建筑许可', '获得电力', '登记财产', '纳税', '获得信贷', '政务服务', '市场监管', '招标投标', '执行合同'];
const VERBS = ['压减', '推行', '优化', '建立', '完善', '推广', '落实', '开展'];
const THINGS = ['审批时限', '并联审批', '一窗受理', '电子证照应用', '容缺受理', '告知承诺制', '联合验收', '帮办代办', '网上办理', '信用修复'];
const DEADLINES = ['6月', '10月', '2026年12月底', '2026-09-30', '2026/11/30', '年底前'];

/** The workbook: `rows` data rows under a title row and the header, issues of ~10 tasks, measures of ~3. */
export async function ledgerWorkbook(rows: number, seed = 2026): Promise<Buffer> {
  const rng = createRng(seed);
  const pick = <T>(list: readonly T[]) => list[randomInt(rng, list.length)]!;
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('整改台账');
  ws.addRow(['呼和浩特市优化营商环境问题整改台账']);
  ws.addRow(['序号', '问题', '整改措施', '任务', '牵头单位', '配合单位', '完成时限', '进展', '备注']);
  let issue = 0;
  let measure = 0;
  for (let i = 0; i < rows; i++) {
    const newIssue = i % 10 === 0;
    const newMeasure = newIssue || i % 3 === 0;
    if (newIssue) issue++;
    if (newMeasure) measure++;
    const bad = i % 100 === 99;
    ws.addRow([
      newIssue ? String(issue) : null,
      newIssue ? `${pick(INDICATORS)}方面：${pick(THINGS)}推进不到位（第 ${issue} 项）` : null,
      newMeasure ? `${pick(VERBS)}${pick(THINGS)}（措施 ${measure}）` : null,
      `${pick(VERBS)}${pick(THINGS)}，确保按期完成（任务 ${i + 1}）`,
      bad ? '不存在的局' : pick(UNITS),
      rng() < 0.4 ? `${pick(UNITS)}、${pick(UNITS)}` : null,
      pick(DEADLINES),
      rng() < 0.3 ? `已完成前期调研，进度${randomInt(rng, 100)}%` : `${randomInt(rng, 100)}%`,
      rng() < 0.1 ? '需市政府协调' : null,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function ensureCity(services: Services) {
  const regions = HOHHOT_REGIONS.map((r) => ({ code: r.key, name: r.name, nameEn: r.nameEn, level: r.level, parentCode: r.parent }));
  await services.org.departments.ensureStructure(cliActor, regions, demoDepartments());
  await ensureDemoAccounts(services, cliActor, 2026, () => undefined);
}

const once = (name: string, rows: number, seconds: number): Measurement => ({ name, ops: rows, opsPerSec: rows / seconds, p50Ms: seconds * 1000, p95Ms: seconds * 1000, p99Ms: seconds * 1000 });

export async function benchLedgerImport(services: Services, options: { rows: number }): Promise<Measurement[]> {
  await ensureCity(services);
  const bytes = await ledgerWorkbook(options.rows);
  console.log(`  workbook: ${options.rows} rows, ${(bytes.length / 1024).toFixed(0)} KB`);
  const code = `BENCH-${Date.now().toString(36)}`;
  const source = await services.ledger.sources.create(cliActor, { kind: 'city_plan', code, title: '基准测试台账', documentNo: '', issuedOn: null, periodStart: '2026-01-01', periodEnd: '2026-12-31', parentId: null, note: '' });

  // The import, as the CLI runs it.
  let bar = 0;
  const t0 = performance.now();
  const view = await services.ledger.workbook.run(cliActor, { file: { name: 'bench.xlsx', bytes }, sourceId: source.id }, (v) => {
    if (v.processed >= bar) {
      console.log(`  … ${v.status} ${v.processed}/${v.total} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      bar += Math.max(1, Math.floor(v.total / 5));
    }
  });
  const importSeconds = (performance.now() - t0) / 1000;
  if (view.status !== 'done') throw new Error(`import ${view.status}: ${JSON.stringify(view.problems.at(-1))}`);
  console.log(`  imported ${view.imported}, rejected ${view.rejected} of ${view.total} in ${importSeconds.toFixed(2)} s (target < ${LEDGER_IMPORT_TARGET_SECONDS} s) ${importSeconds < LEDGER_IMPORT_TARGET_SECONDS ? 'met' : 'MISSED'}`);

  // The baseline: the same number of rows as plain ledger_task rows, no cases, no checks, 500 a statement.
  const units = (await services.org.departments.listDepartments()).slice(0, UNITS.length).map((d) => d.id);
  const now = new Date();
  const plain = Array.from({ length: options.rows }, (_, i) => ({
    id: uuidv7(),
    number: `BL${code}${String(i).padStart(6, '0')}`,
    sourceId: source.id,
    title: `基准任务 ${i + 1}`,
    leadDepartmentId: units[i % units.length]!,
    supportDepartmentIds: [],
    startsOn: '2026-01-01',
    dueOn: '2026-06-30',
    batch: '6月',
    progress: 30,
    state: 'doing',
    createdAt: now,
    updatedAt: now,
  }));
  const t1 = performance.now();
  await services.database.db.transaction(async (tx) => {
    for (let i = 0; i < plain.length; i += 500) await insertRecordset(tx, ledgerTasks, plain.slice(i, i + 500));
  });
  const baselineSeconds = (performance.now() - t1) / 1000;
  console.log(`  baseline: ${options.rows} plain ledger_task rows in ${baselineSeconds.toFixed(2)} s; the import takes ${(importSeconds / baselineSeconds).toFixed(1)}× as long`);
  const measured = once(`ledger: import ${options.rows}-row workbook (run)`, options.rows, importSeconds);
  const baseline = once(`ledger: ${options.rows} plain task rows (baseline)`, options.rows, baselineSeconds);
  return [measured, baseline];
}
