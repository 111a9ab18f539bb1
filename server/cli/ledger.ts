// `yingshang ledger import FILE --source CODE [--sheet NAME]`: the same import as the web's, from the command
// line, with a text progress bar on stderr and the report on stdout; exit 1 when any row was not imported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ImportView } from '../../common/api/ledger.ts';
import { AppError } from '../platform/errors/index.ts';
import { parseInteger } from './args.ts';
import { withPlatform } from './platform.ts';

/** [██████████░░░░░░░░░░]  52% 2600/5000 (imported 2580, rejected 20) */
export function progressBar(v: Pick<ImportView, 'processed' | 'total' | 'imported' | 'rejected'>, width = 30): string {
  const share = v.total > 0 ? Math.min(1, v.processed / v.total) : 0;
  const full = Math.round(share * width);
  return `[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${String(Math.round(share * 100)).padStart(3)}% ${v.processed}/${v.total} (导入 ${v.imported}，退回 ${v.rejected} / imported ${v.imported}, rejected ${v.rejected})`;
}

export function registerLedgerCommands(program: Command) {
  const ledger = program.command('ledger').description('督办台账 · the office’s ledger');
  ledger
    .command('import')
    .description('从 .xlsx 导入台账任务，逐行报告问题 · import ledger tasks from .xlsx; exit 1 if any row was rejected')
    .argument('<file>', 'the ledger workbook (.xlsx)')
    .requiredOption('--source <code>', '台账来源编号 · the ledger source’s code (e.g. HHHT-SSFA-2026)')
    .option('--sheet <name>', '工作表名称 · the sheet (default: 任务, else the first with rows)')
    .option('--problems <n>', 'how many problems to print', '20')
    .action(async (file: string, opts: { source: string; sheet?: string; problems: string }) => {
      const shown = parseInteger(opts.problems, '--problems');
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new Error(`无法读取文件 ${file} / cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      const tty = process.stderr.isTTY;
      let shownAt = -1;
      await withPlatform(async (services, cliActor) => {
        const report = await services.ledger.workbook
          .run(cliActor, { file: { name: path.basename(file), bytes }, sourceCode: opts.source, ...(opts.sheet ? { sheet: opts.sheet } : {}) }, (v) => {
            if ((v.status !== 'importing' && v.status !== 'done') || v.processed === shownAt) return;
            shownAt = v.processed;
            process.stderr.write(tty ? `\r${progressBar(v)}` : `${progressBar(v)}\n`);
          })
          .catch((error: unknown) => {
            if (error instanceof AppError) throw new Error(`${error.text.zh} / ${error.text.en}`);
            throw error;
          });
        if (tty) process.stderr.write('\n');
        if (report.status === 'failed') {
          const reason = report.problems[report.problems.length - 1];
          console.log(`导入失败 / import failed: ${reason ? `${reason.message.zh} / ${reason.message.en}` : ''}`);
          process.exitCode = 1;
          return;
        }
        console.log(`共 ${report.total} 行，导入 ${report.imported} 行，退回 ${report.rejected} 行 / ${report.total} rows: ${report.imported} imported, ${report.rejected} rejected`);
        for (const p of report.problems.slice(0, shown)) console.log(`第 ${p.row} 行 ${p.column}：${p.message.zh} / row ${p.row} ${p.column}: ${p.message.en}`);
        if (report.problems.length > shown) console.log(`…… 另有 ${report.problems.length - shown} 个问题 / … ${report.problems.length - shown} more problems`);
        if (report.rejected > 0) process.exitCode = 1;
      });
    });
}
