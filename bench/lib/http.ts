// Load on a local HTTP server with autocannon (loopback only), reported like `measure`. autocannon's
// own histogram has no 95th percentile (it reports p90 and p97.5), so every response's latency is
// kept here and the percentiles are read from that.
import autocannon from 'autocannon';
import { percentile, type Measurement } from './measure.ts';

export async function loadTest(
  name: string,
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string>; requests?: autocannon.Request[] },
): Promise<Measurement> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.seconds, headers: options.headers, requests: options.requests },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
    });
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx responses and ${result.errors} errors under load`);
  }
  latencies.sort((a, b) => a - b);
  return {
    name,
    ops: result.requests.total,
    opsPerSec: result.requests.average,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
  };
}
