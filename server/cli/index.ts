// The `yingshang` command. Every failure ends as one line on stderr and a non-zero exit code,
// never a stack trace (set YINGSHANG_DEBUG=1 to see one).
import { Command, CommanderError } from 'commander';
import { validateIdCard, validateUscc, type IdCheck } from '../../common/ids/index.ts';
import { version } from '../version.ts';
import { registerCalendarCommands } from './calendar.ts';
import { registerAuditCommands } from './audit.ts';
import { registerRegistryCommands } from './registry.ts';
import { registerLedgerCommands } from './ledger.ts';
import { withPlatform } from './platform.ts';
import { parseInteger } from './args.ts';
import { AppError } from '../platform/errors/index.ts';
import path from 'node:path';

const program = new Command();
program.name('yingshang').description('营商通 · Yingshang business-environment platform').version(version).exitOverride();

program
  .command('serve')
  .description('serve the platform (migrates first; seeds the demo city on first start when DEMO=1)')
  .action(async () => {
    const { serve } = await import('../main.ts');
    await serve();
  });

program
  .command('migrate')
  .description('apply database migrations (safe to run again)')
  .action(async () => {
    const [{ loadConfig }, { openDatabase }, { runMigrations }] = await Promise.all([import('../config.ts'), import('../db/client.ts'), import('../db/migrate.ts')]);
    const config = loadConfig();
    const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.resolve(config.DATA_DIR, 'pglite') });
    try {
      await runMigrations(database);
      console.log(`migrations applied (${database.engine})`);
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description('add the demo city (departments now; later rooms add their demo data)')
  .option('--seed <n>', 'random seed, for a reproducible city', '2026')
  .option('--scale <scale>', 'small | city', 'small')
  .option('--no-history', 'only the structure: regions, departments, accounts, the registry and the hotline catalogue (no service catalogue, applications, ratings, tickets, ledger or outreach)')
  .action(async (opts: { seed: string; scale: string; history: boolean }) => {
    if (opts.scale !== 'small' && opts.scale !== 'city') throw new Error(`--scale 应为 small 或 city / --scale must be small or city, got "${opts.scale}"`);
    const seed = parseInteger(opts.seed, '--seed');
    const { seedDemoCity } = await import('../seed/index.ts');
    await withPlatform(async (services) => {
      const report = await seedDemoCity(services, { seed, scale: opts.scale as 'small' | 'city', catalog: opts.history, log: (line) => console.log(line) });
      console.log(`seeded: ${report.regions} regions, ${report.departmentsAdded} departments added, ${report.accountsAdded} accounts added`);
    });
  });

registerCalendarCommands(program);
registerAuditCommands(program);
registerRegistryCommands(program);
registerLedgerCommands(program);

const validate = program.command('validate').description('check an identifier; exit 0 and print "valid", or exit 1 with the reason');
const report = (check: IdCheck) => {
  if (check.ok) console.log('valid');
  else {
    console.log(`invalid: ${check.message.zh} / ${check.message.en}`);
    process.exitCode = 1;
  }
};
validate.command('uscc').description('统一社会信用代码 (GB 32100)').argument('<code>').action((code: string) => report(validateUscc(code)));
validate.command('idcard').description('居民身份证号 (GB 11643)').argument('<code>').action((code: string) => report(validateIdCard(code)));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander already printed its one-line message (or the help/version text).
    process.exitCode = error.exitCode;
  } else {
    console.error(`yingshang: ${oneLine(error)}`);
    if (process.env.YINGSHANG_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}

/** A refusal in one line: the service's words in both languages and, for bad fields, each field with what is wrong. */
function oneLine(error: unknown): string {
  if (error instanceof AppError) {
    const fields = error.fields.map((f) => `${f.path.replace(/^body\./, '')}: ${f.message.zh} / ${f.message.en}`);
    return [`${error.text.zh} / ${error.text.en}`, ...fields].join('; ');
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}
