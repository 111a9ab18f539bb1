// `yingshang registry import FILE`: the same import as the web's, from the command line.
// Progress goes to stderr, the report to stdout; exit 1 when any row was not imported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { IMPORT_COLUMNS, type ImportField } from '../../common/api/registry-import.ts';
import { AppError } from '../platform/errors/index.ts';
import { withPlatform } from './platform.ts';
import { parseInteger } from './args.ts';

const label = (field: string) => IMPORT_COLUMNS[field as ImportField]?.zh ?? field;

export function registerRegistryCommands(program: Command) {
  const registry = program.command('registry').description('市场主体库 · the market-entity registry');
  registry
    .command('import')
    .description('从 .xlsx 或 .csv 导入市场主体，逐行报告错误 · import entities from .xlsx or .csv; exit 1 if any row failed')
    .argument('<file>', '.xlsx, or .csv in UTF-8 or GB18030')
    .option('--format <format>', 'csv | xlsx (default: from the file name)')
    .option('--errors <n>', 'how many errors to print', '20')
    .action(async (file: string, opts: { format?: string; errors: string }) => {
      const shown = parseInteger(opts.errors, '--errors');
      const format = opts.format ?? (path.extname(file).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv');
      if (format !== 'csv' && format !== 'xlsx') throw new Error(`--format 应为 csv 或 xlsx / --format must be csv or xlsx, got "${format}"`);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new Error(`无法读取文件 ${file} / cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      await withPlatform(async (services, cliActor) => {
        const report = await services.registry.imports
          .importEntities(cliActor, bytes, {
            format,
            onProgress: (stage, done, total) => process.stderr.write(`${stage === 'checked' ? 'checked' : 'inserted'} ${done}/${total}\n`),
          })
          .catch((error: unknown) => {
            if (error instanceof AppError) throw new Error(`${error.text.zh} / ${error.text.en}`);
            throw error;
          });
        console.log(`共 ${report.total} 行，导入 ${report.inserted} 行，跳过 ${report.skipped} 行 / ${report.total} rows: ${report.inserted} imported, ${report.skipped} skipped`);
        for (const e of report.errors.slice(0, shown)) console.log(`第 ${e.row} 行 ${label(e.field)}：${e.message.zh} / row ${e.row} ${e.field}: ${e.message.en}`);
        const more = report.errors.length - shown + (report.errorsTruncated ? 1 : 0);
        if (more > 0) console.log(`…… 另有${report.errorsTruncated ? '至少 ' : ' '}${more} 个错误 / … ${report.errorsTruncated ? 'at least ' : ''}${more} more errors`);
        if (report.skipped > 0) process.exitCode = 1;
      });
    });
}
