// `npm run bench -- <name> [--engine pglite|postgres|both] [--seconds N]` (registry also takes [--entities N] [--connections N];
// catalog [--items N] [--connections N]; applications [--applications N] [--connections N];
// evaluations [--ratings N] [--connections N]; appeals [--tickets N] [--connections N]; step-sql [--tickets N] (PostgreSQL, pgbench); workflow-floor [--cases N]; dispatch-anatomy, submit-anatomy (PostgreSQL); ledger-import [--rows N]; ledger-pack [--tasks N])
// Prints each figure with its ratio to the baselines measured in the same run, on the same engine,
// and saves the run as JSON under bench/results/ (not committed; docs/PERFORMANCE.md records them).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBaselines } from './baseline.ts';
import { benchCalendarRoute, benchChainedWrite } from './platform.ts';
import { benchAuth } from './auth.ts';
import { benchRegistry } from './registry.ts';
import { benchCatalog } from './catalog.ts';
import { benchApplications } from './applications.ts';
import { benchEvaluations } from './evaluations.ts';
import { benchAppealWrites, benchOpen311 } from './appeals.ts';
import { benchStepSql } from './step-sql.ts';
import { benchWorkflowFloor } from './workflow-floor.ts';
import { benchDispatchAnatomy } from './dispatch-anatomy.ts';
import { benchSubmitAnatomy } from './submit-anatomy.ts';
import { formatAnatomy } from './lib/anatomy.ts';
import { seedDemoCity } from '../server/seed/index.ts';
import { benchLedgerPack } from './ledger-pack.ts';
import { benchLedgerImport } from './ledger-import.ts';
import { availableEngines, machine, openBenchPlatform, type BenchEngine } from './lib/engines.ts';
import { formatRow, type Measurement } from './lib/measure.ts';

// Each later issue adds its benchmark here; every one runs after the baselines of its engine.
const benches: Record<string, true> = { baseline: true, platform: true, auth: true, registry: true, catalog: true, applications: true, evaluations: true, appeals: true, 'step-sql': true, 'workflow-floor': true, 'dispatch-anatomy': true, 'submit-anatomy': true, 'ledger-import': true, 'ledger-pack': true };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const name = process.argv[2] ?? 'baseline';
if (!benches[name]) {
  console.error(`unknown benchmark "${name}"; known: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
// The registry's city-scale reads are a PostgreSQL workload (DESIGN.md §9): PostgreSQL unless asked.
const engineArg = arg('engine') ?? (name === 'registry' || name === 'catalog' || name === 'evaluations' || name === 'step-sql' || name === 'dispatch-anatomy' || name === 'submit-anatomy' ? 'postgres' : 'both');
const engines: BenchEngine[] = engineArg === 'both' ? availableEngines() : [engineArg as BenchEngine];
const seconds = Number(arg('seconds') ?? 5);

console.log(`bench ${name} — ${new Date().toISOString()} — ${machine()}`);
const results: Record<string, Measurement[]> = {};
for (const engine of engines) {
  console.log(`\n[${engine}]`);
  const platform = await openBenchPlatform(engine);
  try {
    const baselines = await runBaselines(platform.services, engine, { seconds });
    const rows = [baselines.insertAudit, baselines.readRoute];
    for (const row of rows) console.log(formatRow(row));
    if (name === 'platform') {
      const connections = engine === 'postgres' ? 20 : 10;
      const shell = await benchCalendarRoute(platform.services, { seconds, connections });
      console.log(formatRow(shell, baselines.readRoute));
      const [chained, sealer] = await benchChainedWrite(platform.services, engine, { seconds });
      console.log(formatRow(chained!, baselines.insertAudit));
      console.log(formatRow(sealer!, baselines.insertAudit));
      rows.push(shell, chained!, sealer!);
    }
    if (name === 'auth') {
      const connections = engine === 'postgres' ? 20 : 10;
      const [signIn, ...reads] = await benchAuth(platform.services, { seconds, connections });
      console.log(formatRow(signIn!, baselines.insertAudit));
      for (const read of reads) console.log(formatRow(read, baselines.readRoute));
      rows.push(signIn!, ...reads);
    }
    if (name === 'registry') {
      const entities = Number(arg('entities') ?? 400_000);
      const measured = await benchRegistry(platform.services, { seconds, connections: Number(arg('connections') ?? 10), entities });
      for (const row of measured) console.log(formatRow(row, baselines.readRoute));
      rows.push(...measured);
    }
    if (name === 'catalog') {
      const measured = await benchCatalog(platform.services, { seconds, connections: Number(arg('connections') ?? 10), items: Number(arg('items') ?? 10_000) });
      for (const row of measured) console.log(formatRow(row, baselines.readRoute));
      rows.push(...measured);
    }
    if (name === 'applications') {
      const { writes, queue } = await benchApplications(platform.services, { seconds, engine, connections: Number(arg('connections') ?? 10), applications: Number(arg('applications') ?? 1_000_000) });
      for (const row of writes) console.log(formatRow(row, baselines.insertAudit));
      for (const row of queue) console.log(formatRow(row, baselines.readRoute));
      rows.push(...writes, ...queue);
    }
    if (name === 'evaluations') {
      const ratings = Number(arg('ratings') ?? (engine === 'postgres' ? 1_000_000 : 100_000));
      const measured = await benchEvaluations(platform.services, { seconds, engine, connections: Number(arg('connections') ?? 10), ratings });
      for (const row of measured) console.log(formatRow(row, baselines.readRoute));
      rows.push(...measured);
    }
    if (name === 'appeals') {
      const tickets = Number(arg('tickets') ?? 1_000_000);
      const writes = await benchAppealWrites(platform.services, { seconds, engine, connections: Number(arg('connections') ?? 10), tickets });
      for (const row of writes) console.log(formatRow(row, baselines.insertAudit));
      rows.push(...writes);
      if (engine === 'postgres') {
        const reads = await benchOpen311(platform.services, { seconds, engine, connections: Number(arg('connections') ?? 10), tickets });
        for (const row of reads) console.log(formatRow(row, baselines.readRoute));
        rows.push(...reads);
      }
    }
    if (name === 'step-sql') {
      // pgbench's own baseline transaction is the ratio's base here (printed by the bench); the Node baselines above are for context.
      rows.push(...(await benchStepSql(platform.services, { url: platform.url!, seconds, tickets: Number(arg('tickets') ?? 20_000) })));
    }
    if (name === 'workflow-floor') {
      await seedDemoCity(platform.services, { seed: 2026, scale: 'small', catalog: false });
      const concurrency = engine === 'postgres' ? 10 : 4;
      const measured = await benchWorkflowFloor(platform.services, { seconds, concurrency, cases: Number(arg('cases') ?? (engine === 'postgres' ? 12_000 : 3_000)) });
      for (const row of measured) console.log(formatRow(row, baselines.insertAudit));
      rows.push(...measured);
    }
    if ((name === 'dispatch-anatomy' || name === 'submit-anatomy') && engine === 'postgres') {
      // Its own baseline, measured the same way as the rows it is compared with (CPU per operation on both sides).
      const measured = await (name === 'dispatch-anatomy' ? benchDispatchAnatomy : benchSubmitAnatomy)(platform.services, { seconds });
      for (const row of measured) console.log(formatAnatomy(row, measured[0]!));
      rows.push(...measured);
    }
    if (name === 'ledger-import') {
      const [measured, baseline] = await benchLedgerImport(platform.services, { rows: Number(arg('rows') ?? 5000) });
      console.log(formatRow(baseline!));
      console.log(formatRow(measured!, baseline));
      rows.push(measured!, baseline!);
    }
    if (name === 'ledger-pack') {
      // Its own baselines (a bare count and a bare read over the same rows), printed with the ratios by the bench.
      rows.push(...(await benchLedgerPack(platform.services, { seconds, engine, tasks: Number(arg('tasks') ?? 10_000) })));
    }
    results[engine] = rows;
  } finally {
    await platform.close();
  }
}
const dir = path.join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, `${name}-${Date.now()}.json`), JSON.stringify({ name, at: new Date().toISOString(), machine: machine(), results }, null, 2));
