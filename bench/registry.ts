// The registry at city scale (DESIGN.md §9): 400,000 demo entities on PostgreSQL (the seed's own
// generator, without licences), then three reads through the whole app as a signed-in clerk —
// search by name prefix (2–4 leading characters of existing names, varied per request), search by
// USCC, and the enterprise file — against the targets: search p95 < 50 ms, file p95 < 100 ms.
import { performance } from 'node:perf_hooks';
import { sql, type SQL } from 'drizzle-orm';
import { buildApp } from '../server/app.ts';
import { queryRows } from '../server/platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../server/seed/index.ts';
import { demoEntities, seedRegistry } from '../server/seed/registry.ts';
import type { Services } from '../server/services.ts';
import { createRng, randomInt } from '../common/ids/index.ts';
import { loadTest } from './lib/http.ts';
import type { Measurement } from './lib/measure.ts';

export const REGISTRY_TARGETS = { search: 50, profile: 100 };
const SEED = 2026;

export interface RegistryBenchOptions {
  seconds: number;
  connections: number;
  entities: number;
}

export async function benchRegistry(services: Services, options: RegistryBenchOptions): Promise<Measurement[]> {
  await seedDemoCity(services, { seed: SEED, scale: 'small', catalog: false });
  const started = performance.now();
  const seeded = await seedRegistry(services, { seed: SEED, scale: 'city', entities: options.entities, licences: false, log: (line) => console.log(`  ${line}`) });
  const seedSeconds = (performance.now() - started) / 1000;
  console.log(`  seeded ${seeded.entities} entities (no licences) in ${seedSeconds.toFixed(1)} s — ${(seeded.entities / seedSeconds).toFixed(0)} rows/s`);
  // What autovacuum does shortly after a bulk load (statistics, visibility map), done now so it
  // does not run in the middle of a measurement.
  await services.database.exec('vacuum (analyze) market_entity');

  // What exists: the generator gives the same entities again; sample names and USCCs from them.
  const rng = createRng(7);
  const generator = demoEntities(SEED);
  const prefixes: string[] = [];
  const usccs: string[] = [];
  for (let i = 0; i < options.entities; i++) {
    const e = generator.next();
    if (randomInt(rng, Math.max(1, Math.floor(options.entities / 4000))) !== 0) continue;
    usccs.push(e.uscc);
    prefixes.push(e.name.slice(0, 2 + randomInt(rng, 3)));
  }

  const meta = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
  const { token } = (await services.org.auth.signIn('clerk', DEMO_PASSWORD, meta)).started;
  const { app } = await buildApp(services, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const headers = { cookie: `ys_session=${token}` };

  const run = async (label: string, paths: string[], seconds = options.seconds) => loadTest(label, url, { connections: options.connections, seconds, headers, paths });
  const scenarios: [string, string[]][] = [
    [`registry: search name prefix (2–4 chars), ${options.entities / 1000}k`, prefixes.map((p) => `/api/v1/registry/entities?q=${encodeURIComponent(p)}`)],
    [`registry: search by USCC, ${options.entities / 1000}k`, usccs.map((u) => `/api/v1/registry/entities?q=${u}`)],
    [`registry: enterprise file (profile), ${options.entities / 1000}k`, usccs.map((u) => `/api/v1/registry/entities/${u}/profile`)],
  ];
  const results: Measurement[] = [];
  try {
    for (const [label, paths] of scenarios) {
      await run(`${label} (warm-up)`, paths, 1);
      results.push(await run(label, paths));
    }
  } finally {
    await app.close();
  }

  const [prefix, byUscc, profile] = results as [Measurement, Measurement, Measurement];
  const verdict = (m: Measurement, target: number) => `${m.p95Ms.toFixed(1)} ms (target < ${target} ms) ${m.p95Ms < target ? 'met' : 'MISSED'}`;
  console.log(`  p95 at ${options.connections} connections: name prefix ${verdict(prefix, REGISTRY_TARGETS.search)}; USCC ${verdict(byUscc, REGISTRY_TARGETS.search)}; file ${verdict(profile, REGISTRY_TARGETS.profile)}`);
  if (prefix.p95Ms >= REGISTRY_TARGETS.search) await explainPrefixSearch(services, '呼和');
  return results;
}

/**
 * Plans of the search's two queries (rows, capped count) for a common prefix: as listEntities in
 * entities-repository.ts wrote them at commit 310a6c2 (one OR, `order by name`), and as proposed
 * (two index-ordered branches, `order by name using ~<~`). Printed when the name search misses its target.
 */
export async function explainPrefixSearch(services: Services, prefix: string) {
  const db = services.database.db;
  const like = `${prefix}%`;
  const shapes: [string, SQL[]][] = [
    [
      'as written (OR, order by name)',
      [
        sql`select * from market_entity where (name like ${like} or legal_representative = ${prefix}) order by name limit 20 offset 0`,
        sql`select count(*) from (select 1 from market_entity where (name like ${like} or legal_representative = ${prefix}) limit 10001) as capped`,
      ],
    ],
    [
      'proposed (two branches, order by name using ~<~)',
      [
        sql`(select * from market_entity where name like ${like} order by name using ~<~ limit 20) union all (select * from market_entity where legal_representative = ${prefix} and name not like ${like} order by name using ~<~ limit 20) order by name using ~<~ limit 20 offset 0`,
        sql`select (select count(*) from (select 1 from market_entity where name like ${like} limit 10001) a) + (select count(*) from (select 1 from market_entity where legal_representative = ${prefix} and name not like ${like} limit 10001) b)`,
      ],
    ],
  ];
  for (const [label, queries] of shapes) {
    console.log(`  EXPLAIN ANALYZE, prefix "${prefix}", ${label}:`);
    for (const query of queries) {
      const plan = await queryRows<Record<string, string>>(db, sql`explain (analyze, buffers) ${query}`);
      console.log(plan.map((r) => `    ${Object.values(r)[0]}`).join('\n'));
    }
  }
}
