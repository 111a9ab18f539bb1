// 好差评 metrics over a year of ratings (DESIGN.md §9; the issue's budget: "metrics queries over 1M ratings
// answer in under 200 ms on PostgreSQL"). The demo city, then N ratings (default 1 000 000) written by
// bench/evaluations-data.ts; then GET /api/v1/evaluations/metrics signed in as the office (who sees every
// department) for each grouping over the whole year and over one month, one department's figures by item,
// and the public GET /api/v1/public/evaluations/satisfaction. Each shape is loaded twice: at `connections`
// (10) like the other benches, and one request at a time — the answer time of a single query. p95 over every
// response; the target is p95 < 200 ms.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { shanghaiDate } from '../common/calendar/index.ts';
import { buildApp } from '../server/app.ts';
import { queryRows } from '../server/platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../server/seed/index.ts';
import type { Services } from '../server/services.ts';
import { generateEvaluations } from './evaluations-data.ts';
import { loadTest } from './lib/http.ts';
import type { Measurement } from './lib/measure.ts';

export const METRICS_TARGET_MS = 200;
const DAY = 86_400_000;

export interface EvaluationsBenchOptions {
  seconds: number;
  connections: number;
  ratings: number;
  engine: 'pglite' | 'postgres';
}

interface Shape {
  label: string;
  path: string;
}

/** The last whole calendar month before `today` (YYYY-MM-DD). */
function lastMonth(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const year = m === 1 ? y - 1 : y;
  const month = m === 1 ? 12 : m - 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(days).padStart(2, '0')}` };
}

export async function benchEvaluations(services: Services, options: EvaluationsBenchOptions): Promise<Measurement[]> {
  await seedDemoCity(services, { seed: 2026, scale: 'small' });
  const started = performance.now();
  const data = await generateEvaluations(services, { total: options.ratings });
  console.log(
    `  ${data.skipped ? 'found' : 'generated'} ${data.ratings} ratings (${data.bad} 差评: ${data.loopsClosed} loops closed, ${data.loopsOpen} open), ${data.invitations} invitations, ${data.sessions} window visits over ${data.items} items, ${data.departments} item departments and ${data.halls} halls in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const table of ['rating', 'evaluation_invitation', 'evaluation_window_session', 'evaluation_tally']) await services.database.exec(`vacuum (analyze) ${table}`);
  const [size] = await queryRows<{ tally: string; rating: string }>(services.database.db, sql`select pg_size_pretty(pg_total_relation_size('evaluation_tally')) as tally, pg_size_pretty(pg_total_relation_size('rating')) as rating`).catch(() => [{ tally: '?', rating: '?' }]);
  console.log(`  evaluation_tally: ${data.tallyRows} rows (${size?.tally}); rating: ${size?.rating}`);

  const now = new Date();
  const today = shanghaiDate(now);
  const year = { from: shanghaiDate(new Date(now.getTime() - 364 * DAY)), to: today };
  const month = lastMonth(today);
  const dept = data.busiestDepartment;
  const q = (params: Record<string, string>) => `/api/v1/evaluations/metrics?${new URLSearchParams(params).toString()}`;
  const shapes: Shape[] = [
    ...(['department', 'item', 'hall', 'channel', 'month'] as const).map((g) => ({ label: `metrics by ${g}, year`, path: q({ groupBy: g, ...year }) })),
    ...(['department', 'item', 'hall', 'channel', 'month'] as const).map((g) => ({ label: `metrics by ${g}, one month`, path: q({ groupBy: g, ...month }) })),
    { label: 'metrics, one department by item, year', path: q({ groupBy: 'item', departmentId: dept, ...year }) },
    { label: 'public satisfaction (12 months)', path: '/api/v1/public/evaluations/satisfaction' },
  ];

  const meta = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
  const { token } = (await services.org.auth.signIn('office', DEMO_PASSWORD, meta)).started;
  const { app } = await buildApp(services, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  const headers = { cookie: `ys_session=${token}` };
  const results: Measurement[] = [];
  try {
    // What each shape answers (rows in the reply), fetched once; this also warms the caches.
    for (const s of shapes) {
      const t0 = performance.now();
      const res = await fetch(base + s.path, { headers });
      if (!res.ok) throw new Error(`${s.path}: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { rows?: unknown[]; departments?: unknown[] };
      console.log(`  ${s.label}: ${(body.rows ?? body.departments ?? []).length} rows, first call ${(performance.now() - t0).toFixed(0)} ms`);
    }
    const run = (s: Shape, connections: number, seconds: number) =>
      loadTest(`${s.label} (${connections} conn)`, base + s.path, { connections, seconds, headers });
    for (const connections of [options.connections, 1]) {
      for (const s of shapes) {
        await run(s, connections, 1);
        const m = await run(s, connections, options.seconds);
        results.push(m);
        console.log(`  ${m.name}: p50 ${m.p50Ms.toFixed(1)} ms, p95 ${m.p95Ms.toFixed(1)} ms, ${m.opsPerSec.toFixed(0)} req/s — target p95 < ${METRICS_TARGET_MS} ms ${m.p95Ms < METRICS_TARGET_MS ? 'met' : 'MISSED'}`);
      }
    }
    return results;
  } finally {
    await app.close();
  }
}
