// Load on a local HTTP server with autocannon (loopback only), reported like `measure`.
import autocannon from 'autocannon';
import type { Measurement } from './measure.ts';

export async function loadTest(
  name: string,
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string>; requests?: autocannon.Request[] },
): Promise<Measurement> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: options.requests,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx responses and ${result.errors} errors under load`);
  }
  return {
    name,
    ops: result.requests.total,
    opsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}
