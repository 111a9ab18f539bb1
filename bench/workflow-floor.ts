// The workflow engine's own floor (issues 6 and 8's write bars): one step of a two-state workflow through
// `workflow.act`, with nothing of a module around it — no subject row, no permission check, no notice — and then
// with each of the writes a real module step adds, one at a time: a notice to one person, and the subject's mirror
// columns on a row of its own. Each against the insert-plus-audit baseline of the same run. A module's step
// (a dispatch, an application's action) is the engine's step plus such writes and its own reads and checks, so it
// cannot be faster than the floor measured here.
import { sql } from 'drizzle-orm';
import { queryRows, uuidv7, type PendingWrite } from '../server/platform/db/index.ts';
import { defineWorkflow } from '../server/platform/workflow/index.ts';
import type { Services } from '../server/services.ts';
import { insertAuditOp } from './baseline.ts';
import { measurePaired, type Measurement } from './lib/measure.ts';

const t = (zh: string, en: string) => ({ zh, en });

const floorWorkflow = defineWorkflow({
  key: 'bench.floor',
  label: t('基准流程', 'Bench workflow'),
  initial: 'waiting',
  states: {
    waiting: { label: t('待派', 'Waiting'), assign: 'input' },
    handling: { label: t('办理', 'Handling'), startsClock: true, assign: 'input' },
    done: { label: t('办结', 'Done'), end: true },
  },
  actions: {
    pass: { label: t('派', 'Pass on'), effect: 'move', from: ['waiting'], to: 'handling', who: ['holder'] },
    finish: { label: t('办结', 'Finish'), effect: 'move', from: ['handling'], to: 'done', who: ['holder'] },
  },
});

type Extra = 'none' | 'notice' | 'mirror' | 'notice+mirror';

export async function benchWorkflowFloor(services: Services, options: { seconds: number; concurrency: number; cases: number }): Promise<Measurement[]> {
  const { database, workflow } = services;
  workflow.register(floorWorkflow);
  await database.exec(
    'create table if not exists bench_subject (id uuid primary key, state text not null, holder text, due_at timestamptz, version integer not null default 1, payload text not null)',
  );
  await database.exec('create index if not exists bench_subject_holder_idx on bench_subject (holder, state)');
  const [from, to] = await queryRows(database.db, sql`select id from department order by code limit 2`);
  const [user] = await queryRows(database.db, sql`select id from app_user order by username limit 1`);
  if (!from || !to || !user) throw new Error('the workflow floor bench needs two departments and a user (seed the demo city first)');
  const fromId = String(from.id);
  const toId = String(to.id);
  const userId = String(user.id);
  const actor = { type: 'user' as const, id: userId };
  const who = { userId, departmentId: fromId, roles: ['clerk' as const] };

  const base = await insertAuditOp(services);
  const rows: Measurement[] = [];
  for (const extra of ['none', 'notice', 'mirror', 'notice+mirror'] as Extra[]) {
    // Cases waiting at the first department, each with its subject row, made before the clock starts.
    const cases: { caseId: string; subjectId: string }[] = [];
    while (cases.length < options.cases) {
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          const subjectId = uuidv7();
          const opened = await database.db.transaction(async (tx) => {
            await tx.execute(sql`insert into bench_subject (id, state, holder, payload) values (${subjectId}, 'waiting', ${fromId}, ${'诉求内容'.repeat(40)})`);
            return workflow.open(tx, floorWorkflow, { subjectType: 'bench_subject', subjectId, initiatorId: userId, holders: [{ kind: 'department', id: fromId }], limit: { unit: 'workingDays', value: 10 } }, actor);
          });
          cases.push({ caseId: opened.id, subjectId });
        }),
      );
    }
    let k = 0;
    const notice = (subjectId: string): PendingWrite => services.notify.prepare([userId], { kind: 'bench.pass', title: t('新工单待处理', 'A ticket to act on'), body: t('基准测试', 'Bench'), link: `/bench/${subjectId}` }).write!;
    const mirror = (subjectId: string): PendingWrite => ({ text: "update bench_subject set state = 'handling', holder = $1, due_at = now() + interval '10 days', version = version + 1 where id = $2 returning 1", params: [toId, subjectId], returns: true });
    const row = await measurePaired(
      `workflow floor: one step${extra === 'none' ? ' (engine only: case, queue rows, history, audit)' : ` + ${extra === 'notice' ? 'a notice' : extra === 'mirror' ? "the subject's mirror row" : "a notice and the subject's mirror row"}`}`,
      async () => {
        const c = cases[k++];
        if (!c) return;
        await workflow.act({
          caseId: c.caseId,
          action: 'pass',
          actor,
          who,
          input: { holders: [{ kind: 'department', id: toId }] },
          version: 1,
          writes: () => [...(extra.includes('notice') ? [notice(c.subjectId)] : []), ...(extra.includes('mirror') ? [mirror(c.subjectId)] : [])],
        });
      },
      base,
      { concurrency: options.concurrency, seconds: options.seconds, warmupOps: 20 },
    );
    if (k > cases.length) console.log(`  note: the ${extra} step ran out of cases after ${cases.length}`);
    rows.push(row);
  }
  return rows;
}
