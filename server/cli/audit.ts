// `yingshang audit …`: check the tamper-evident chain, and purge rows past the retention period.
// Both work on the configured database (DATA_DIR or DATABASE_URL), migrated first.
import type { Command } from 'commander';
import { withPlatform } from './platform.ts';
import { parseInteger } from './args.ts';

function positive(text: string, name: string): number {
  const n = parseInteger(text, name);
  if (n < 1) throw new Error(`${name} 应为正整数 / ${name} must be at least 1, got ${n}`);
  return n;
}

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('审计日志 · audit log');

  audit
    .command('verify')
    .description(
      'walk the hash chain; print "ok: N rows verified" and exit 0, or name the first broken row and exit 1',
    )
    .option('--batch-size <n>', 'rows read per query', '1000')
    .action(async (opts: { batchSize: string }) => {
      const batchSize = positive(opts.batchSize, '--batch-size');
      await withPlatform(async (services) => {
        const { verifyAuditChain } = await import('../platform/audit/index.ts');
        const result = await verifyAuditChain(services.database.db, { batchSize });
        const unchained = result.unchained
          ? `; ${result.unchained} earlier rows predate the chain and are not verified`
          : '';
        if (result.ok) {
          console.log(
            `ok: ${result.rows} rows verified (head seq ${result.head.seq} sm3 ${result.head.hash})${unchained}`,
          );
        } else {
          const { seq, id, reason } = result.firstBroken;
          console.log(
            `broken: seq ${seq} (id ${id}): ${reason}, after ${result.rows} rows verified${unchained}`,
          );
          process.exitCode = 1;
        }
      });
    });

  audit
    .command('purge')
    .description(
      'delete rows older than AUDIT_RETENTION_DAYS (default 365, at least 180); verification continues from an anchor',
    )
    .action(async () => {
      await withPlatform(async (services, cliActor) => {
        const { purgeAuditBefore, retentionCutoff } = await import('../platform/audit/index.ts');
        const days = services.config.AUDIT_RETENTION_DAYS;
        const cutoff = retentionCutoff(days);
        const result = await purgeAuditBefore(services.database.db, cutoff, { actor: cliActor });
        const anchor = result.anchor ? `; chain now starts after seq ${result.anchor.seq}` : '';
        console.log(`purged ${result.rows} rows older than ${cutoff.toISOString()} (${days} days)${anchor}`);
      });
    });
}
