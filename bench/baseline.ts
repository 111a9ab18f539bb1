// The two baselines every benchmark is compared against, measured in the same run on the same
// engine: (a) a bare transaction inserting one row and one audit row, (b) a bare Fastify route
// reading one row by primary key. "Bare" means plain SQL and no platform plugins: the floor our
// own code is measured against.
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { queryRows, uuidv7 } from '../server/platform/db/index.ts';
import type { Services } from '../server/services.ts';
import type { BenchEngine } from './lib/engines.ts';
import { loadTest } from './lib/http.ts';
import { measure, type BaselineOp, type Measurement } from './lib/measure.ts';

export interface Baselines {
  insertAudit: Measurement;
  readRoute: Measurement;
}

export interface BenchOptions {
  seconds: number;
}

async function prepare(services: Services) {
  await services.database.exec(
    'create table if not exists bench_item (id uuid primary key, n integer not null, payload jsonb not null, created_at timestamptz not null default now())',
  );
  // The audit table's shape and indexes, without the hash chain: the floor our audited writes are measured against.
  await services.database.exec('create table if not exists bench_audit (like audit_log including all)');
}

// Every insert of the baseline takes the next audit sequence number, whichever measurement it runs in.
let serial = 0;

/** The insert-plus-audit baseline as an operation, for measurements that run it in turns with theirs (measurePaired). */
export async function insertAuditOp(services: Services): Promise<BaselineOp> {
  await prepare(services);
  const db = services.database.db;
  return {
    name: 'baseline: insert row + audit row (tx)',
    op: async () => {
      const id = uuidv7();
      const i = serial++;
      await db.transaction(async (tx) => {
        await tx.execute(sql`insert into bench_item (id, n, payload) values (${id}, ${i}, ${JSON.stringify({ i })}::jsonb)`);
        await tx.execute(
          sql`insert into bench_audit (id, seq, at, actor_type, action, entity, entity_id, digest, prev_hash, hash)
              values (${uuidv7()}, ${i + 1_000_000}, now(), 'system', 'bench.insert', 'bench_item', ${id}, ${'0'.repeat(64)}, '', '')`,
        );
      });
    },
  };
}

export async function baselineInsertAudit(services: Services, engine: BenchEngine, options: BenchOptions) {
  const { name, op } = await insertAuditOp(services);
  return measure(name, op, { concurrency: engine === 'postgres' ? 10 : 4, seconds: options.seconds });
}

export async function baselineReadRoute(services: Services, options: BenchOptions & { connections: number }) {
  await prepare(services);
  const db = services.database.db;
  const ids: string[] = [];
  for (let i = 0; i < 1000; i++) ids.push(uuidv7());
  await db.execute(sql`insert into bench_item (id, n, payload) select value::uuid, 0, '{}'::jsonb from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) on conflict do nothing`);
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/row/:id', async (request, reply) => {
    const [row] = await queryRows(db, sql`select id, n, payload, created_at from bench_item where id = ${request.params.id}`);
    if (!row) return reply.code(404).send({ error: 'not found' });
    return row;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  try {
    return await loadTest('baseline: bare Fastify read by id', `http://127.0.0.1:${port}`, {
      connections: options.connections,
      seconds: options.seconds,
      paths: ids.map((id) => `/row/${id}`),
    });
  } finally {
    await app.close();
  }
}

export async function runBaselines(services: Services, engine: BenchEngine, options: BenchOptions): Promise<Baselines> {
  const insertAudit = await baselineInsertAudit(services, engine, options);
  const readRoute = await baselineReadRoute(services, { ...options, connections: engine === 'postgres' ? 20 : 10 });
  return { insertAudit, readRoute };
}
