// An open-loop load (for load-child.ts): requests arrive at random (Poisson) moments at a given mean rate,
// whatever the server's state, as independent users' searches do — unlike a closed loop of connections, which
// waits for each answer before asking again, and unlike autocannon's rate, which releases each second's requests
// in bursts. Each latency counts from the moment the request was due, so a request that had to wait for a free
// socket is charged for the wait (no coordinated omission).
import http from 'node:http';

export interface OpenLoopResult {
  total: number;
  average: number;
  non2xx: number;
  errors: number;
  sent: number;
  latencies: number[];
}

export async function openLoop(options: { url: string; rate: number; seconds: number; connections: number; headers?: Record<string, string>; next: () => { path?: string; cookie?: string } }): Promise<OpenLoopResult> {
  const base = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let sent = 0;
  const pending = new Set<Promise<void>>();
  const start = performance.now();
  const end = start + options.seconds * 1000;
  let due = start;
  // A fixed-seed generator keeps runs comparable (the same arrival pattern every time).
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const fire = (at: number) => {
    const { path, cookie } = options.next();
    sent++;
    const done = new Promise<void>((resolve) => {
      const req = http.request(
        { host: base.hostname, port: base.port, path: path ?? base.pathname + base.search, method: 'GET', agent, headers: { ...options.headers, ...(cookie ? { cookie } : {}) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) latencies.push(performance.now() - at);
            else non2xx++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
    pending.add(done);
    void done.then(() => pending.delete(done));
  };
  while (due < end) {
    // Sleep until the next request is due (never spin: the generator shares the cores with the server it loads).
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // Everything due by now goes out (a late timer sends the requests it owes at once, each timed from its due moment).
    const now = performance.now();
    while (due <= now && due < end) {
      fire(due);
      due += (-Math.log(1 - random()) / options.rate) * 1000;
    }
  }
  await Promise.all(pending);
  agent.destroy();
  const elapsed = (performance.now() - start) / 1000;
  return { total: latencies.length + non2xx, average: (latencies.length + non2xx) / elapsed, non2xx, errors, sent, latencies };
}
