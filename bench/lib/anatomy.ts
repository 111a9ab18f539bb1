// CPU per operation on both sides of a two-core machine: the bench's own process (process.cpuUsage) and every
// PostgreSQL process (from /proc: a server on this machine, as the bench starts it; elsewhere n/a). With both
// cores saturated, throughput is two cores over the sum, so the two figures say which side a ratio is lost on.
import { readdirSync, readFileSync } from 'node:fs';
import { measure, type BaselineOp, type Measurement } from './measure.ts';

/** CPU time of each postgres process on this machine, in ms by pid. */
function postgresCpuMs(): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** What the postgres processes alive at the end spent since `before` (one that ended meanwhile is not counted). */
function postgresSpent(before: Map<string, number>, after: Map<string, number>): number | null {
  if (after.size === 0) return null;
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0);
  return ms;
}

export interface AnatomyRow extends Measurement {
  nodeMsPerOp: number;
  postgresMsPerOp: number | null;
}

async function anatomyOf(name: string, op: (i: number) => Promise<unknown>, seconds: number): Promise<AnatomyRow> {
  const cpu0 = process.cpuUsage();
  const pg0 = postgresCpuMs();
  const m = await measure(name, op, { concurrency: 10, seconds, warmupOps: 20 });
  const cpu = process.cpuUsage(cpu0);
  const pg = postgresSpent(pg0, postgresCpuMs());
  return { ...m, nodeMsPerOp: (cpu.user + cpu.system) / 1000 / m.ops, postgresMsPerOp: pg === null ? null : pg / m.ops };
}

export function formatAnatomy(row: AnatomyRow, baseline: AnatomyRow): string {
  const sum = row.nodeMsPerOp + (row.postgresMsPerOp ?? 0);
  const ratio = row === baseline ? '' : `  ${((100 * row.opsPerSec) / baseline.opsPerSec).toFixed(0)}% of the baseline`;
  const pg = row.postgresMsPerOp === null ? 'n/a' : `${row.postgresMsPerOp.toFixed(3)} ms`;
  return `${row.name.padEnd(62)} ${row.opsPerSec.toFixed(0).padStart(6)} ops/s  this process ${row.nodeMsPerOp.toFixed(3)} ms/op  PostgreSQL ${pg}/op  sum ${sum.toFixed(3)} ms${ratio}`;
}

/** The baseline (after a warm-up of its own: a process's first run of it is slow), then each operation in turn. */
export async function anatomies(baseline: BaselineOp, ops: [string, (i: number) => Promise<unknown>][], seconds: number): Promise<AnatomyRow[]> {
  await anatomyOf('warm-up', baseline.op, 1);
  const out = [await anatomyOf(baseline.name, baseline.op, seconds)];
  for (const [name, op] of ops) out.push(await anatomyOf(name, op, seconds));
  return out;
}
