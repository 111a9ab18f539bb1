// Throughput and latency of an async operation run by N concurrent workers for a fixed time.
import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  ops: number;
  opsPerSec: number;
  p50Ms: number;
  /** Measured from every request's own latency (not interpolated from a coarser histogram). */
  p95Ms: number;
  p99Ms: number;
  /**
   * Set when the operation was measured in turns with its baseline (measurePaired): that baseline's figures over
   * the same stretch of time, and the ratio of each round (the spread the ratio itself has).
   */
  paired?: { baseline: Measurement; ratios: number[] };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Op = (i: number) => Promise<unknown>;

/** N workers calling `op` until `ms` have passed; each call's latency is added to `latencies`. */
async function runFor(op: Op, concurrency: number, ms: number, latencies: number[], counter: { next: number }): Promise<number> {
  const started = performance.now();
  const deadline = started + ms;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await op(counter.next++);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - started;
}

function summary(name: string, latencies: number[], elapsedMs: number): Measurement {
  latencies.sort((a, b) => a - b);
  return {
    name,
    ops: latencies.length,
    opsPerSec: latencies.length / (elapsedMs / 1000),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
  };
}

export async function measure(name: string, op: Op, options: { concurrency: number; seconds: number; warmupOps?: number }): Promise<Measurement> {
  for (let i = 0; i < (options.warmupOps ?? 50); i++) await op(-1 - i);
  const latencies: number[] = [];
  const profiler = process.env.BENCH_PROFILE && name.includes(process.env.BENCH_PROFILE) ? await startProfile() : null;
  const cpu0 = process.cpuUsage();
  const elapsed = await runFor(op, options.concurrency, options.seconds * 1000, latencies, { next: 0 });
  const cpu = process.cpuUsage(cpu0);
  if (process.env.BENCH_CPU) console.log(`  ${name}: this process's CPU ${((cpu.user + cpu.system) / 1000 / latencies.length).toFixed(2)} ms per operation (user ${(cpu.user / 1000 / latencies.length).toFixed(2)}), ${(((cpu.user + cpu.system) / 1e6 / (elapsed / 1000)) * 100).toFixed(0)}% of a core`);
  if (profiler) await profiler.stop(name);
  return summary(name, latencies, elapsed);
}

/** An operation a measurement is compared against, run in turns with it by measurePaired. */
export interface BaselineOp {
  name: string;
  op: Op;
}

/**
 * The operation and its baseline measured in turns — `rounds` slices of each, the order swapped every round
 * (A B, B A, …) — so that what the machine does meanwhile (autovacuum, a checkpoint, another process) falls on
 * both rather than on whichever ran in that stretch. Each side's figure is over all its slices; the ratio of each
 * round is kept to show how much the ratio itself moves.
 */
export async function measurePaired(name: string, op: Op, baseline: BaselineOp, options: { concurrency: number; seconds: number; warmupOps?: number; rounds?: number }): Promise<Measurement> {
  const rounds = options.rounds ?? 4;
  const slice = (options.seconds * 1000) / rounds;
  for (let i = 0; i < (options.warmupOps ?? 50); i++) await op(-1 - i);
  for (let i = 0; i < 20; i++) await baseline.op(-1 - i);
  const sides = [
    { op, latencies: [] as number[], elapsed: 0, counter: { next: 0 } },
    { op: baseline.op, latencies: [] as number[], elapsed: 0, counter: { next: 0 } },
  ];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const rates = [0, 0];
    for (const k of r % 2 === 0 ? [1, 0] : [0, 1]) {
      const side = sides[k]!;
      const before = side.latencies.length;
      const ms = await runFor(side.op, options.concurrency, slice, side.latencies, side.counter);
      side.elapsed += ms;
      rates[k] = (side.latencies.length - before) / ms;
    }
    ratios.push(rates[0]! / rates[1]!);
  }
  const measured = summary(name, sides[0]!.latencies, sides[0]!.elapsed);
  return { ...measured, paired: { baseline: summary(baseline.name, sides[1]!.latencies, sides[1]!.elapsed), ratios } };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

export function formatRow(m: Measurement, baseline?: Measurement): string {
  const base = m.paired?.baseline ?? baseline;
  const turns = m.paired ? ` measured in turns with it (${m.paired.baseline.opsPerSec.toFixed(0)} ops/s; rounds ${m.paired.ratios.map(pct).join(', ')})` : '';
  const ratio = base ? `  ${pct(m.opsPerSec / base.opsPerSec)} of ${base.name}${turns}` : '';
  return `${m.name.padEnd(44)} ${m.opsPerSec.toFixed(0).padStart(8)} ops/s   p50 ${m.p50Ms.toFixed(2).padStart(7)} ms   p95 ${m.p95Ms.toFixed(2).padStart(7)} ms   p99 ${m.p99Ms.toFixed(2).padStart(7)} ms${ratio}`;
}

/** BENCH_PROFILE=<part of a name>: a V8 CPU profile of that measurement, written to bench/results/*.cpuprofile. */
async function startProfile() {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(name: string) {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync('bench/results', { recursive: true });
      const file = `bench/results/${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}.cpuprofile`;
      writeFileSync(file, JSON.stringify(profile));
      console.log(`  profile written to ${file}`);
      session.disconnect();
    },
  };
}
