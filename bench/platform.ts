// The whole HTTP shell (helmet, rate limit, zod validation, metrics, problem JSON) on a cheap
// public read, compared with the bare Fastify baseline: what the platform's plugins cost.
import { buildApp } from '../server/app.ts';
import type { Services } from '../server/services.ts';
import { sql } from 'drizzle-orm';
import { appendAudit, sealAuditLog, systemActor } from '../server/platform/audit/index.ts';
import { uuidv7 } from '../server/platform/db/index.ts';
import { loadTest } from './lib/http.ts';
import { measure, type Measurement } from './lib/measure.ts';

export async function benchCalendarRoute(services: Services, options: { seconds: number; connections: number }) {
  const { app } = await buildApp(services, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  try {
    return await loadTest('platform shell: calendar read (cached, no SQL)', `http://127.0.0.1:${port}/api/v1/calendar/add-working-days?date=2026-02-12&days=3`, options);
  } finally {
    await app.close();
  }
}

/** The same write as the insert+audit baseline, but through appendAudit; then the sealer chaining what it wrote. */
export async function benchChainedWrite(services: Services, engine: 'pglite' | 'postgres', options: { seconds: number }): Promise<Measurement[]> {
  const db = services.database.db;
  const write = await measure(
    'platform: insert row + chained audit row',
    async (i) => {
      const id = uuidv7();
      await db.transaction(async (tx) => {
        await tx.execute(sql`insert into bench_item (id, n, payload) values (${id}, ${i}, ${JSON.stringify({ i })}::jsonb)`);
        await appendAudit(tx, systemActor, { action: 'bench.insert', entity: 'bench_item', entityId: id, change: { i } });
      });
    },
    { concurrency: engine === 'postgres' ? 10 : 4, seconds: options.seconds },
  );
  const started = performance.now();
  const sealed = await sealAuditLog(db);
  const elapsed = (performance.now() - started) / 1000;
  // The sealer keeps up when it chains rows faster than writers add them.
  return [write, { name: `platform: sealer chaining ${sealed} rows`, ops: sealed, opsPerSec: sealed / elapsed, p50Ms: 0, p95Ms: 0, p99Ms: 0 }];
}
