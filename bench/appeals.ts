// 接诉即办 (DESIGN.md §9 budgets, issue 8's bars): (1) taking a call in — the ticket with its 工单编号, its case
// at the hotline with the queue row and first history entry, the audit row — and (2) dispatching it to a unit
// (the engine's step, the ticket's mirror columns, the unit's notices), each against the bare insert-plus-audit
// baseline (target ≥ 50%); (3) Open311's request list over 1M tickets (target p95 < 100 ms; PostgreSQL only);
// (4) 三率 and the hot spots over a year of those tickets, from the tickets alone and once the finished days are
// settled into their tallies (stats-tally.ts).
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app.ts';
import { appealsBulk } from '../server/modules/appeals/index.ts';
import type { Principal } from '../server/platform/auth/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../server/seed/index.ts';
import type { Services } from '../server/services.ts';
import { loadTest } from './lib/http.ts';
import { insertAuditOp } from './baseline.ts';
import { measure, measurePaired, type Measurement } from './lib/measure.ts';

export interface AppealsBenchOptions {
  seconds: number;
  connections: number;
  tickets: number;
  engine: 'pglite' | 'postgres';
}

async function principalOf(services: Services, username: string): Promise<Principal> {
  const meta = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
  const { token } = (await services.org.auth.signIn(username, DEMO_PASSWORD, meta)).started;
  const p = await services.sessions.principalFor(token, (s) => services.org.auth.loadSessionPrincipal(s));
  if (!p) throw new Error(`no principal for ${username}`);
  return p;
}

const AREAS = ['150102', '150103', '150104', '150105'];
const CATEGORIES = ['CG-HJWS', 'ZF-WY', 'HB-ZS', 'JT-DL'];

export async function benchAppealWrites(services: Services, options: AppealsBenchOptions): Promise<Measurement[]> {
  await seedDemoCity(services, { seed: 2026, scale: 'small', catalog: false });
  const dept = Object.fromEntries((await services.org.departments.listDepartments()).map((d) => [d.code, d.id]));
  const agent = await principalOf(services, 'agent');
  const actor = { type: 'user' as const, id: agent.userId! };
  const { tickets } = services.appeals;
  const concurrency = options.engine === 'postgres' ? 10 : 4;
  const base = await insertAuditOp(services);

  let n = 0;
  const created: string[] = [];
  const create = await measurePaired(
    'appeals: take a call (ticket, number, case at the hotline)',
    async () => {
      const i = n++;
      const phone = `139${String(10_000_000 + (i % 9_000_000)).padStart(8, '0')}`;
      const t = await tickets.create(actor, agent, {
        channel: 'phone',
        kind: 'complain',
        urgency: 'normal',
        categoryCode: CATEGORIES[i % CATEGORIES.length]!,
        areaCode: AREAS[i % AREAS.length]!,
        title: `基准测试工单 ${i}`,
        content: '小区门口垃圾多日无人清运，气味很大，请尽快处理。',
        requesterName: '王建华',
        requesterPhone: phone,
        address: '赛罕区大学西街 100 号',
        mediaFileIds: [],
        confidential: false,
        nameHidden: false,
      });
      created.push(t.id);
    },
    base,
    { concurrency, seconds: options.seconds, warmupOps: 20 },
  );

  // Each created ticket waits at the hotline: dispatch them in turn to 住建局 (enough made beforehand to last).
  const wanted = options.engine === 'postgres' ? 12_000 : 3_000;
  while (created.length < wanted) {
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const i = n++;
        const t = await tickets.create(actor, agent, { channel: 'phone', kind: 'help', urgency: 'normal', categoryCode: CATEGORIES[i % CATEGORIES.length]!, areaCode: AREAS[i % AREAS.length]!, title: `基准测试工单 ${i}`, content: '路灯不亮。', mediaFileIds: [], confidential: false, nameHidden: false });
        created.push(t.id);
      }),
    );
  }
  const lead = dept['HHHT-ZJ']!;
  let k = 0;
  const dispatch = await measurePaired(
    'appeals: dispatch (派单 to a unit)',
    async () => {
      const id = created[k++];
      if (!id) return;
      await tickets.dispatch(actor, agent, id, { version: 1, leadDepartmentId: lead, supportDepartmentIds: [] });
    },
    base,
    { concurrency, seconds: options.seconds, warmupOps: 20 },
  );
  if (k > created.length) console.log(`  note: the dispatch bench ran out of tickets after ${created.length}`);
  return [create, dispatch];
}

export const OPEN311_TARGET_MS = 100;

/**
 * Open311 at city scale: `GET /open311/v2/requests.json` over the whole app with `tickets` tickets in the database
 * (a year of them, written in bulk), the spec's default window and its filters in turn (target p95 < 100 ms).
 */
export async function benchOpen311(services: Services, options: AppealsBenchOptions): Promise<Measurement[]> {
  const departments = await services.org.departments.listDepartments();
  const hotline = departments.find((d) => d.code === 'HHHT-12345')!;
  const categories = (await services.appeals.categories.categories()).filter((c) => c.parentCode);
  const rules = await services.appeals.categories.rules();
  const started = performance.now();
  const done = await appealsBulk.insertSimulatedTickets(
    services.database.db,
    {
      count: options.tickets,
      seed: 311,
      categories: categories.map((c) => ({ code: c.code, utility: c.utility })),
      units: [...new Set(rules.map((r) => r.leadDepartmentId))],
      hotlineDepartmentId: hotline.id,
      crypto: services.crypto,
      calendar: await services.calendar.current(),
      batchSize: 5000,
      // The calls taken live above drew today's first numbers: the year's numbers continue after them.
      sequences: await appealsBulk.sequenceFloor(services.database.db, '2025-01-01', '2027-12-31'),
    },
    { concurrency: 2 },
  );
  console.log(`  generated ${done.tickets} tickets (${done.open} open) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await services.database.exec('vacuum (analyze) appeal_ticket');

  const { app } = await buildApp(services, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const day = (offset: number) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
  const codes = categories.map((c) => c.code);
  const pathOf = (i: number) => {
    const variants = [
      '/open311/v2/requests.json',
      `/open311/v2/requests.json?service_code=${codes[i % codes.length]}`,
      '/open311/v2/requests.json?status=open',
      `/open311/v2/requests.json?status=closed&page=${1 + (i % 5)}`,
      `/open311/v2/requests.json?start_date=${day(60 + (i % 200))}&end_date=${day(30 + (i % 200))}`,
      `/open311/v2/requests.json?service_code=${codes[i % codes.length]},${codes[(i + 3) % codes.length]}&status=closed&page_size=100`,
    ];
    return variants[i % variants.length]!;
  };
  const run = (label: string, seconds: number) =>
    loadTest(label, `http://127.0.0.1:${port}`, { connections: options.connections, seconds, paths: Array.from({ length: 6000 }, (_, i) => pathOf(i)) });
  try {
    await run('open311 warm-up', 1);
    const list = await run(`open311: GET requests.json (filters, paging), ${Math.round(options.tickets / 1000)}k tickets`, options.seconds);
    console.log(`  open311 p95 at ${options.connections} connections: ${list.p95Ms.toFixed(1)} ms (target < ${OPEN311_TARGET_MS} ms) ${list.p95Ms < OPEN311_TARGET_MS ? 'met' : 'MISSED'}`);
    return [list, ...(await benchYearFigures(services, options))];
  } finally {
    await app.close();
  }
}

/** 三率 and the hot spots over the last year, before and after the finished days are settled. */
async function benchYearFigures(services: Services, options: AppealsBenchOptions): Promise<Measurement[]> {
  const { stats } = services.appeals;
  const office = await principalOf(services, 'office');
  const year = { from: new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10) };
  const seconds = Math.min(options.seconds, 5);
  const rates = (label: string) => measure(`appeals: 三率 over a year, ${label}`, () => stats.rates(null, year), { concurrency: 2, seconds, warmupOps: 1 });
  const hotspots = (label: string) => measure(`appeals: hot spots over a year by month, ${label}`, () => stats.hotspots(office, { ...year, bucket: 'month', groupBy: 'categoryArea', top: 10 }), { concurrency: 2, seconds, warmupOps: 1 });
  const before = [await rates('from the tickets'), await hotspots('from the tickets')];
  const started = performance.now();
  let settled = 0;
  for (let days = await stats.settle(); days.length; days = await stats.settle()) settled += days.length;
  console.log(`  settled ${settled} days in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return [...before, await rates('settled days from the tallies'), await hotspots('settled days from the tallies')];
}
