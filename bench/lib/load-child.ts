// The load generator's own process (see http.ts): reads its options as JSON on stdin, runs autocannon, and
// writes what it saw as JSON on stdout — the counts and every 2xx response's latency.
import autocannon from 'autocannon';
import type { LoadOptions, LoadReply } from './http.ts';
import { openLoop } from './open-loop.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const options = JSON.parse(await readStdin()) as LoadOptions & { url: string };
let sent = 0;
let nextPath = 0;
let nextCookie = 0;
const { paths, cookies } = options;
const turn = paths?.length || cookies?.length;
const requests: autocannon.Request[] | undefined = turn
  ? [
      {
        method: 'GET',
        setupRequest: (req) => {
          sent++;
          const next = { ...req };
          if (paths?.length) next.path = paths[nextPath++ % paths.length]!;
          if (cookies?.length) next.headers = { ...req.headers, cookie: cookies[nextCookie++ % cookies.length]! };
          return next;
        },
      },
    ]
  : undefined;

if (options.rate) {
  const reply = await openLoop({
    url: options.url,
    rate: options.rate,
    seconds: options.seconds,
    connections: options.connections,
    headers: options.headers,
    next: () => ({ path: paths?.length ? paths[nextPath++ % paths.length] : undefined, cookie: cookies?.length ? cookies[nextCookie++ % cookies.length] : undefined }),
  });
  process.stdout.write(JSON.stringify(reply satisfies LoadReply));
  process.exit(0);
}

const latencies: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    { url: options.url, connections: options.connections, duration: options.seconds, headers: options.headers, requests },
    (err, res) => (err ? reject(err) : resolve(res)),
  );
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
  });
});
const reply: LoadReply = { total: result.requests.total, average: result.requests.average, non2xx: result.non2xx, errors: result.errors, sent: turn ? sent : result.requests.sent, latencies };
process.stdout.write(JSON.stringify(reply));
