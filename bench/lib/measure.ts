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
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function measure(
  name: string,
  op: (i: number) => Promise<unknown>,
  options: { concurrency: number; seconds: number; warmupOps?: number },
): Promise<Measurement> {
  for (let i = 0; i < (options.warmupOps ?? 50); i++) await op(-1 - i);
  const latencies: number[] = [];
  let next = 0;
  const profiler = process.env.BENCH_PROFILE && name.includes(process.env.BENCH_PROFILE) ? await startProfile() : null;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await op(next++);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (process.env.BENCH_CPU) console.log(`  ${name}: this process's CPU ${((cpu.user + cpu.system) / 1000 / latencies.length).toFixed(2)} ms per operation (user ${(cpu.user / 1000 / latencies.length).toFixed(2)}), ${(((cpu.user + cpu.system) / 1e6 / elapsed) * 100).toFixed(0)}% of a core`);
  if (profiler) await profiler.stop(name);
  latencies.sort((a, b) => a - b);
  return {
    name,
    ops: latencies.length,
    opsPerSec: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
  };
}

export function formatRow(m: Measurement, baseline?: Measurement): string {
  const ratio = baseline ? `  ${((m.opsPerSec / baseline.opsPerSec) * 100).toFixed(0)}% of ${baseline.name}` : '';
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
