// `yingshang ledger import` as the office runs it: a real child process on a real database that holds the city's
// departments and a ledger source (written here through the services — cheaper than `yingshang seed`), a small
// workbook with one bad row: the progress bar on stderr, the counts and the bad row on stdout, exit 1.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import { HOHHOT_REGIONS } from '../../common/ids/index.ts';
import { openDatabase, PGLITE_EXTENSIONS, type Database } from '../db/client.ts';
import { cliActor } from '../platform/audit/index.ts';
import { demoDepartments } from '../seed/departments.ts';
import { createServices } from '../services.ts';
import { openTestDatabase, testConfig, testEngine } from '../test/harness.ts';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/yingshang.js');

async function yingshang(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** The demo city's regions and departments, and the ledger source the import goes under. */
async function prepare(database: Database): Promise<void> {
  const services = createServices(testConfig(), database);
  const regions = HOHHOT_REGIONS.map((r) => ({ code: r.key, name: r.name, nameEn: r.nameEn, level: r.level, parentCode: r.parent }));
  await services.org.departments.ensureStructure(cliActor, regions, demoDepartments());
  await services.ledger.sources.create(cliActor, { kind: 'city_plan', code: 'CITY-PLAN-2026', title: '呼和浩特市优化营商环境实施方案', documentNo: '', issuedOn: null, periodStart: '2026-01-01', periodEnd: '2026-12-31', parentId: null, note: '' });
}

/** A migrated database the command can open (env), prepared; for PGlite a data directory restored from the snapshot. */
async function preparedDatabase(dir: string): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  if (testEngine === 'postgres') {
    const db = await openTestDatabase();
    await prepare(db.database);
    return { env: { DATABASE_URL: db.url! }, close: () => db.close() };
  }
  const dataDir = path.join(dir, 'pglite');
  mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(inject('pgliteSnapshot'))]), extensions: PGLITE_EXTENSIONS });
  const database = await openDatabase({ pglite: client });
  await prepare(database);
  // The command opens the same directory: one process at a time.
  await database.close();
  return { env: { DATA_DIR: dir }, close: async () => undefined };
}

async function workbook(file: string) {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('任务');
  ws.addRow(['序号', '问题', '整改措施', '任务', '牵头单位', '配合单位', '完成时限']);
  ws.addRow(['1', '工程建设项目审批慢', '推行并联审批', '压减审批时限', '住建局', '市场监管局', '2026-12-31']);
  ws.addRow(['2', '开办企业环节多', '一网通办', '企业开办一日办结', '不存在局', null, '2026-12-31']);
  ws.addRow(['3', '纳税不便', '非接触办税', '推广网上申报', '市场监管局', null, '2026-12-30']);
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
}

describe(`yingshang ledger import on ${testEngine}`, () => {
  it('imports the good rows with a progress bar, reports the bad row by row and column, and exits 1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yingshang-ledger-cli-'));
    const db = await preparedDatabase(dir);
    try {
      const file = path.join(dir, '整改台账.xlsx');
      await workbook(file);
      const r = await yingshang(['ledger', 'import', file, '--source', 'CITY-PLAN-2026'], db.env);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain('共 3 行，导入 2 行，退回 1 行 / 3 rows: 2 imported, 1 rejected');
      expect(r.stdout).toMatch(/第 3 行 牵头单位：.*不存在局.* \/ row 3 牵头单位: .*no unit named "不存在局"/);
      // Not a terminal: one bar line per step, the last one full.
      expect(r.stderr).toMatch(/^\[█{30}\] 100% 3\/3 \(导入 2，退回 1 \/ imported 2, rejected 1\)$/m);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
