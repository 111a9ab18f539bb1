// Applications (DESIGN.md §9 budgets): (1) submitting an application — one transaction drawing the
// 办件编号, opening the workflow case with its queue row and history, writing the row and the audit
// entry — and (2) applying an action (审查通过 / 准予 / 送达) each against the bare insert-plus-audit
// baseline (target ≥ 50%); (3) an approver's queue (50 rows, filters, deadline lights) over the whole
// app with 1 000 000 applications in the database (target p95 < 50 ms).
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.ts';
import type { Principal } from '../server/platform/auth/index.ts';
import { queryRows } from '../server/platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../server/seed/index.ts';
import type { Services } from '../server/services.ts';
import { loadTest } from './lib/http.ts';
import { insertAuditOp } from './baseline.ts';
import { measurePaired, type Measurement } from './lib/measure.ts';
import { generateApplications } from './applications-data.ts';

export const QUEUE_TARGET_MS = 50;

export interface ApplicationsBenchOptions {
  seconds: number;
  connections: number;
  applications: number;
  engine: 'pglite' | 'postgres';
}

async function principalOf(services: Services, username: string): Promise<Principal> {
  const meta = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
  const { token } = (await services.org.auth.signIn(username, DEMO_PASSWORD, meta)).started;
  const p = await services.sessions.principalFor(token, (s) => services.org.auth.loadSessionPrincipal(s));
  if (!p) throw new Error(`no principal for ${username}`);
  return p;
}

/**
 * The submissions' set-up shared with submit-anatomy.ts: the demo city, a window item of the market regulator whose
 * only material is shown on paper at the window, the clerk and approver, and a way to make a draft of it.
 */
export async function windowItemSetup(services: Services) {
  await seedDemoCity(services, { seed: 2026, scale: 'small' });
  const dept = Object.fromEntries((await services.org.departments.listDepartments()).map((d) => [d.code, d.id]));
  const system = { type: 'system' as const, id: 'bench' };
  // A window item of the market regulator whose only material is shown on paper at the window.
  const scjg = dept['HHHT-SCJG']!;
  const created = await services.catalog.items.create(system, {
    code: `BENCH-${Date.now().toString(36).toUpperCase()}`,
    baseCode: '000101001000',
    name: '食品经营许可证核发（基准）',
    type: 'licensing',
    target: 'entity',
    competentDepartmentId: scjg,
    implementingDepartmentId: scjg,
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    legalLimitDays: 20,
    promisedLimitDays: 5,
    onTheSpot: false,
    visits: 0,
    onlineStages: [1, 2, 3, 4, 5, 6, 7],
    mobileChannel: true,
    fee: { charged: false },
    materials: [{ key: 'application', name: '申请书', source: 'applicant' }],
    conditions: ['已取得营业执照'],
    steps: [{ name: '受理', limitDays: 1 }, { name: '审查', limitDays: 3 }, { name: '决定', limitDays: 1 }],
    crossRegion: 'city',
    reformMode: null,
    commitmentAllowed: false,
    themes: ['market_access'],
    form: {
      schema: {
        type: 'object',
        required: ['entityName', 'uscc', 'area', 'category'],
        properties: {
          entityName: { type: 'string', title: '经营者名称', maxLength: 50 },
          uscc: { type: 'string', title: '统一社会信用代码', pattern: '^[0-9A-Z]{18}$' },
          area: { type: 'number', title: '经营面积', minimum: 1 },
          category: { type: 'string', title: '经营类别', enum: ['餐饮服务', '食品销售'] },
        },
      },
    },
  });
  const item = await services.catalog.items.publish(system, created.id, created.version);
  const clerk = await principalOf(services, 'clerk');
  const approver = await principalOf(services, 'approver');
  const clerkActor = { type: 'user' as const, id: clerk.userId! };
  const approverActor = { type: 'user' as const, id: approver.userId! };
  const uscc = (await queryRows<{ uscc: string }>(services.database.db, sql`select uscc from market_entity where status = 'active' limit 1`))[0]!.uscc;
  const draft = () =>
    services.applications.drafts.create(clerkActor, clerk, {
      itemCode: item.code,
      channel: 'window',
      uscc,
      formData: { entityName: '基准测试餐饮有限公司', uscc, area: 100, category: '餐饮服务' },
      materials: [{ key: 'application', fileIds: [], paper: true }],
      commitment: false,
      delivery: 'electronic',
    });

  return { dept, scjg, item, clerk, approver, clerkActor, approverActor, draft };
}

export async function benchApplications(services: Services, options: ApplicationsBenchOptions): Promise<{ writes: Measurement[]; queue: Measurement[] }> {
  const { dept, item, clerk, approver, clerkActor, approverActor, draft } = await windowItemSetup(services);
  // Drafts are made before the clock runs: the measured operation is the submission alone.
  const drafts: string[] = [];
  const pool = options.engine === 'postgres' ? 12_000 : 3_000;
  for (let i = 0; i < pool; i++) drafts.push(await draft());
  const submitted: string[] = [];
  const base = await insertAuditOp(services);
  const submit = await measurePaired(
    'applications: submit (window, 1 transaction)',
    async () => {
      const id = drafts.pop() ?? (await draft());
      await services.applications.submit(clerkActor, clerk, id, 1);
      submitted.push(id);
    },
    base,
    { concurrency: options.engine === 'postgres' ? 10 : 4, seconds: options.seconds, warmupOps: 20 },
  );

  // Each submitted application is now under review: act on them in turn (审查通过, then 准予, then 送达).
  const steps = ['passReview', 'approve', 'deliver'];
  const queueOfWork = steps.flatMap((action) => submitted.map((id) => ({ id, action })));
  const versions = new Map<string, number>();
  let k = 0;
  const action = await measurePaired(
    'applications: action (审查/准予/送达)',
    async () => {
      const w = queueOfWork[k++];
      if (!w) return;
      const version = versions.get(w.id) ?? 1;
      await services.applications.act(approverActor, approver, w.id, { action: w.action, version });
      versions.set(w.id, version + 1);
    },
    base,
    // Work is ordered step by step over thousands of applications, so two workers never hold the same one.
    { concurrency: options.engine === 'postgres' ? 10 : 4, seconds: options.seconds, warmupOps: 20 },
  );
  if (k > queueOfWork.length) console.log(`  note: the action bench ran out of work after ${queueOfWork.length} actions`);
  const writes = [submit, action];

  // The queue at scale: 1M applications (PostgreSQL only, like every city-scale figure).
  if (options.engine !== 'postgres') return { writes, queue: [] };
  const started = performance.now();
  const { open, mine } = await generateApplications(services, { total: options.applications, itemCode: item.code, itemId: item.id, departments: Object.values(dept), heldBy: dept['HHHT-SCJG']! });
  console.log(`  generated ${options.applications} applications (${open} open, ${mine} held by the approver's department) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await services.database.exec('vacuum (analyze) application');
  await services.database.exec('vacuum (analyze) workflow_case');
  await services.database.exec('vacuum (analyze) workflow_assignment');

  const meta = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
  const { token } = (await services.org.auth.signIn('approver', DEMO_PASSWORD, meta)).started;
  const { app } = await buildApp(services, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const paths = ['/api/v1/applications/queue', '/api/v1/applications/queue?deadline=overdue', '/api/v1/applications/queue?state=review', `/api/v1/applications/queue?itemCode=${encodeURIComponent(item.code)}`, '/api/v1/applications/queue?deadline=warning', '/api/v1/applications/queue?channel=online'];
  const run = async (label: string, seconds: number) => loadTest(label, `http://127.0.0.1:${port}`, { connections: options.connections, seconds, headers: { cookie: `ys_session=${token}` }, paths });
  try {
    await run('queue warm-up', 1);
    const queue = await run(`applications: approver queue (50 rows, filters), ${options.applications / 1000}k`, options.seconds);
    console.log(`  queue p95 at ${options.connections} connections: ${queue.p95Ms.toFixed(1)} ms (target < ${QUEUE_TARGET_MS} ms) ${queue.p95Ms < QUEUE_TARGET_MS ? 'met' : 'MISSED'}`);
    return { writes, queue: [queue] };
  } finally {
    await app.close();
  }
}
