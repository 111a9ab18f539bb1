// Load on a local HTTP server with autocannon (loopback only), reported like `measure`. The load runs in a
// child process of its own (load-child.ts), as real clients would: in this process it took a third or more of
// the one event loop the server under test runs on (at 500–700 searches a second the loop was 70–75% busy,
// autocannon's own work included), which lowered the throughput and lengthened the latencies we report. The
// two processes still share the machine's cores, as a server and its clients on one box do. autocannon's own
// histogram has no 95th percentile (it reports p90 and p97.5), so the child keeps every response's latency and
// the percentiles are read from that.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { percentile, type Measurement } from './measure.ts';

export interface LoadOptions {
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Paths asked in turn (each request the next one); without them every request asks `url` itself. */
  paths?: string[];
  /** Cookie headers sent in turn, e.g. many signed-in sessions taking turns. */
  cookies?: string[];
  /**
   * An open-loop load instead: requests arriving at random moments at this mean rate a second, over at most
   * `connections` sockets (open-loop.ts); without it each connection asks again the moment it is answered.
   */
  rate?: number;
}

/** What the child reports. */
export interface LoadReply {
  total: number;
  average: number;
  non2xx: number;
  errors: number;
  /** Requests the child set up (a rotation of `paths` that came round again shows here). */
  sent: number;
  latencies: number[];
}

const CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));

function runChild(url: string, options: LoadOptions): Promise<LoadReply> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the load generator exited with ${code}`));
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadReply);
      } catch (error) {
        reject(error);
      }
    });
    child.stdin.end(JSON.stringify({ url, ...options }));
  });
}

export async function loadTest(name: string, url: string, options: LoadOptions): Promise<Measurement & { sent: number }> {
  const reply = await runChild(url, options);
  if (reply.non2xx > 0 || reply.errors > 0) {
    throw new Error(`${name}: ${reply.non2xx} non-2xx responses and ${reply.errors} errors under load`);
  }
  const latencies = reply.latencies.sort((a, b) => a - b);
  return {
    name,
    ops: reply.total,
    opsPerSec: reply.average,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    sent: reply.sent,
  };
}
