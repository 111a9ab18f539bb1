// 督办台账 at scale (issue 9's bar: a meeting pack over 10 000 tasks in under 2 s): the dispatch meeting's live pack
// (GET /pack's service call: every task's few columns in one query, lights, silence and sections in JS) and the
// office's board (lights by unit and source, the half-time check, closures per month), each against two baselines
// measured in the same run over the same rows — a bare `select count(*) from ledger_task`, and a bare read of the
// columns the pack reads (no lights, no grouping) — with p50/p95 in milliseconds and the ratio of the p50s.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { addCalendarDays, shanghaiDate } from '../common/calendar/index.ts';
import { createRng } from '../common/ids/index.ts';
import { ledgerBulk } from '../server/modules/ledger/index.ts';
import { cliActor } from '../server/platform/audit/index.ts';
import type { Principal } from '../server/platform/auth/index.ts';
import { queryRows } from '../server/platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../server/seed/index.ts';
import type { Services } from '../server/services.ts';
import { measure, type Measurement } from './lib/measure.ts';

export interface LedgerPackBenchOptions {
  seconds: number;
  engine: 'pglite' | 'postgres';
  tasks: number;
}

export const PACK_TARGET_MS = 2000;
const DAY = 86_400_000;

async function principalOf(services: Services, username: string): Promise<Principal> {
  const meta = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
  const { token } = (await services.org.auth.signIn(username, DEMO_PASSWORD, meta)).started;
  const p = await services.sessions.principalFor(token, (s) => services.org.auth.loadSessionPrincipal(s));
  if (!p) throw new Error(`no principal for ${username}`);
  return p;
}

/** `count` tasks over a year: four sources, every staff department leading some, in every state, with reports. */
async function insertTasks(services: Services, count: number, now: Date) {
  const rng = createRng(9);
  const { ledger, database } = services;
  const year = Number(shanghaiDate(now).slice(0, 4));
  const departments = (await services.org.departments.listDepartments()).filter((d) => d.kind !== 'government').map((d) => d.id);
  const office = departments[0]!;
  const sources = await Promise.all(
    (['provincial_feedback', 'city_plan', 'leader_instruction', 'hall_inspection'] as const).map(async (kind, i) =>
      (await ledger.sources.create(cliActor, { kind, code: `BENCH-${i}-${Date.now().toString(36)}`, title: `基准测试来源 ${i}`, documentNo: '', issuedOn: null, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, parentId: null, note: '' })).id,
    ),
  );
  const meeting = await ledger.meetings.create(cliActor, { heldOn: addCalendarDays(shanghaiDate(now), -30), title: '基准测试调度会', chair: '', location: '', presentDepartmentIds: [], minutes: '' });
  const calendar = await services.calendar.current();
  const start = Date.parse(`${year}-01-05T02:00:00Z`);
  const span = now.getTime() - DAY - start;
  const batch = 2000;
  for (let done = 0; done < count; done += batch) {
    const rows: ledgerBulk.BulkTaskRow[] = [];
    for (let i = done; i < Math.min(count, done + batch); i++) {
      const created = new Date(start + rng() * span * 0.8);
      const startsOn = shanghaiDate(created);
      const dueOn = addCalendarDays(startsOn, 20 + Math.floor(rng() * 200));
      const r = rng();
      const ended = new Date(Math.min(now.getTime() - DAY, created.getTime() + (5 + rng() * 120) * DAY));
      const state = r < 0.55 ? 'doing' : r < 0.85 ? 'closed' : r < 0.9 ? 'reviewing' : r < 0.95 ? 'provincial' : 'cancelled';
      rows.push({
        sourceId: sources[i % sources.length]!,
        title: `基准测试任务 ${i}：压减审批时限、优化办事流程`,
        leadDepartmentId: departments[i % departments.length]!,
        startsOn,
        dueOn,
        createdAt: created,
        state,
        needsSecondApproval: state === 'provincial' || (state === 'closed' && rng() < 0.3),
        ...(state === 'doing' ? { progress: Math.floor(rng() * 100) } : { closedAt: ended }),
        reports: rng() < 0.7 ? [{ at: new Date(Math.min(now.getTime() - DAY, created.getTime() + rng() * 60 * DAY)), text: '按计划推进中。', progress: Math.floor(rng() * 90) }] : [],
        ...(i % 50 === 0 ? ledger.meetings.decisionOrigin(meeting.id) : {}),
      });
    }
    await database.db.transaction((tx) => ledgerBulk.insertTasks(tx, rows, cliActor, calendar, { officeDepartmentId: office, now }));
  }
  await ledger.meetings.hold(cliActor, meeting.id, new Date(now.getTime() - 30 * DAY));
}

const line = (m: Measurement, base?: Measurement) =>
  `${m.name.padEnd(52)} p50 ${m.p50Ms.toFixed(1).padStart(8)} ms   p95 ${m.p95Ms.toFixed(1).padStart(8)} ms   (${m.ops} runs)${base ? `   ${(m.p50Ms / base.p50Ms).toFixed(1)}× ${base.name}` : ''}`;

export async function benchLedgerPack(services: Services, options: LedgerPackBenchOptions): Promise<Measurement[]> {
  await seedDemoCity(services, { seed: 2026, scale: 'small', catalog: false });
  const now = new Date();
  const started = performance.now();
  await insertTasks(services, options.tasks, now);
  console.log(`  generated ${options.tasks} ledger tasks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (options.engine === 'postgres') await services.database.exec('vacuum (analyze) ledger_task');
  const office = await principalOf(services, 'office');
  const db = services.database.readDb;
  const k = Math.round(options.tasks / 1000);
  const run = (name: string, op: () => Promise<unknown>) => measure(name, op, { concurrency: 1, seconds: options.seconds, warmupOps: 3 });

  const count = await run(`baseline: select count(*) over ${k}k tasks`, () => queryRows(db, sql`select count(*) from ledger_task`));
  const columns = await run(`baseline: read the pack's columns, ${k}k tasks`, () =>
    queryRows(db, sql`select id, number, title, source_id, lead_department_id, starts_on, due_on, progress, state, escalated, closed_at, created_at, last_report_at, origin_type, origin_id from ledger_task where state <> 'cancelled'`),
  );
  const pack = await run(`ledger: meeting pack (调度会材料), ${k}k tasks`, () => services.ledger.meetings.pack(null));
  const board = await run(`ledger: board (总览), ${k}k tasks`, () => services.ledger.board.board(office, {}));
  for (const m of [count, columns]) console.log(line(m));
  for (const m of [pack, board]) {
    console.log(line(m, count));
    console.log(`${''.padEnd(52)} ${(m.p50Ms / columns.p50Ms).toFixed(1)}× ${columns.name}`);
  }
  console.log(`  meeting pack p95 ${pack.p95Ms.toFixed(0)} ms (target < ${PACK_TARGET_MS} ms) ${pack.p95Ms < PACK_TARGET_MS ? 'met' : 'MISSED'}`);
  return [count, columns, pack, board];
}
