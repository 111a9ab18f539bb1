// Where a 12345 dispatch's cost lies (issue 8's write bar): the CPU each operation takes in this process and in
// PostgreSQL, for (1) the insert-plus-audit baseline, (2) a real dispatch through the appeals service, and (3) the
// least a dispatch can write in this stack, sent through the same database layer with no engine and no module
// around it — one read of the ticket, then one statement with the case's new state, the ticket's new state, the
// history entry, the audit row and one notice — (3a) as today's two rows (case and ticket), (3b) as one row (a
// copy of the ticket table that carries the case's columns and queue indexes: the "ticket as its case" design).
// Two saturated cores divide by the sum of both sides' CPU, so the sums say which side a bar is lost on.
import { sql } from 'drizzle-orm';
import { auditWrite } from '../server/platform/audit/index.ts';
import type { Principal } from '../server/platform/auth/index.ts';
import { queryRows, runStatement, runWrites, uuidv7, type PendingWrite } from '../server/platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../server/seed/index.ts';
import type { Services } from '../server/services.ts';
import { insertAuditOp } from './baseline.ts';
import { anatomies, type AnatomyRow } from './lib/anatomy.ts';

export async function benchDispatchAnatomy(services: Services, options: { seconds: number }): Promise<AnatomyRow[]> {
  await seedDemoCity(services, { seed: 2026, scale: 'small', catalog: false });
  const db = services.database.db;
  const dept = Object.fromEntries((await services.org.departments.listDepartments()).map((d) => [d.code, d.id]));
  const { token } = (await services.org.auth.signIn('agent', DEMO_PASSWORD, { ip: '127.0.0.1', userAgent: 'bench', requestId: null })).started;
  const agent = (await services.sessions.principalFor(token, (s) => services.org.auth.loadSessionPrincipal(s))) as Principal;
  const actor = { type: 'user' as const, id: agent.userId! };
  const lead = dept['HHHT-ZJ']!;
  const [handler] = await queryRows<{ id: string }>(db, sql`select id from app_user where username = 'handler'`);

  // Tickets waiting at the hotline, enough for every measurement (each dispatches its own).
  const tickets: string[] = [];
  const wanted = Math.ceil(options.seconds * 3 * 3000);
  for (let n = 0; tickets.length < wanted; ) {
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const i = n++;
        const t = await services.appeals.tickets.create(actor, agent, { channel: 'phone', kind: 'complain', urgency: 'normal', categoryCode: 'CG-HJWS', areaCode: '150102', title: `基准测试工单 ${i}`, content: '小区门口垃圾多日无人清运，气味很大，请尽快处理。', requesterName: '张先生', requesterPhone: `139${String(10_000_000 + i).padStart(8, '0')}`, address: '赛罕区大学西街 100 号', mediaFileIds: [], confidential: false, nameHidden: false });
        tickets.push(t.id);
      }),
    );
  }
  // The one-row design: a copy of the ticket table carrying the case's columns and the case's two indexes.
  await services.database.exec('drop table if exists bench_ticket_case');
  await services.database.exec('create table bench_ticket_case (like appeal_ticket including all)');
  await services.database.exec(
    'alter table bench_ticket_case add column workflow text, add column holders jsonb, add column initiator_id uuid, add column state_entered_at timestamptz, add column state_due_at timestamptz, add column suspended_from text, add column clock jsonb, add column ended boolean not null default false, add column others_acted boolean not null default false, add column queue_key text, add column trail jsonb',
  );
  await services.database.exec('create index on bench_ticket_case (queue_key, due_at, id) where queue_key is not null');
  await services.database.exec('create index on bench_ticket_case (due_at) where not ended');
  await services.database.exec(
    'insert into bench_ticket_case select t.*, c.workflow, c.holders, c.initiator_id, c.state_entered_at, c.state_due_at, c.suspended_from, c.clock, c.ended, c.others_acted, c.queue_key, c.trail from appeal_ticket t join workflow_case c on c.id = t.case_id',
  );
  await services.database.exec('vacuum (analyze) bench_ticket_case');

  let k = 0;
  const next = () => tickets[k++];
  const least = (oneRow: boolean) => async () => {
    const id = next();
    if (!id) return;
    const [read] = (await runStatement(db, `select to_jsonb(t) as "t" from "${oneRow ? 'bench_ticket_case' : 'appeal_ticket'}" t where t.id = $1`, [id])) as { t: Record<string, unknown> }[];
    const t = read!.t;
    const now = new Date().toISOString();
    const due = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const holders = JSON.stringify([{ holder: { kind: 'department', id: lead }, since: now }]);
    const trail = JSON.stringify([{ state: 'dispatching', holders: [] }, { state: 'signing', holders: [{ kind: 'department', id: lead }] }]);
    const clock = JSON.stringify({ limit: { unit: 'workingDays', value: 15 }, startedAt: now, pausedAt: null, pausedMs: 0, extensions: 0 });
    const ticket = ['signing', lead, '[]', now, due, due, now];
    const rows: PendingWrite[] = oneRow
      ? [{ text: 'update "bench_ticket_case" set "state" = $1, "lead_department_id" = $2, "support_department_ids" = $3, "dispatched_at" = $4, "sign_due_at" = $5, "due_at" = $6, "updated_at" = $7, "holders" = $8, "queue_key" = $9, "state_entered_at" = $10, "state_due_at" = $11, "clock" = $12, "trail" = $13, "signed_at" = null, "version" = "version" + 1 where "id" = $14 and "version" = $15 returning 1', params: [...ticket, holders, `department:${lead}`, now, due, clock, trail, id, t.version], returns: true, required: 'version' }]
      : [
          { text: 'update "workflow_case" set "state" = $1, "holders" = $2, "queue_key" = $3, "state_entered_at" = $4, "state_due_at" = $5, "clock" = $6, "trail" = $7, "due_at" = $8, "updated_at" = $9, "version" = "version" + 1 where "id" = $10 and "version" = $11 returning 1', params: ['signing', holders, `department:${lead}`, now, due, clock, trail, due, now, t.case_id, 1], returns: true, required: 'version' },
          { text: 'update "appeal_ticket" set "state" = $1, "lead_department_id" = $2, "support_department_ids" = $3, "dispatched_at" = $4, "sign_due_at" = $5, "due_at" = $6, "updated_at" = $7, "signed_at" = null, "version" = "version" + 1 where "id" = $8 and "version" = $9 returning 1', params: [...ticket, id, t.version], returns: true, required: 'version' },
        ];
    const data = { leadDepartmentId: lead, supportDepartmentIds: [] };
    await runWrites(db, [
      ...rows,
      { text: 'insert into "workflow_history" ("id", "case_id", "seq", "at", "action", "actor_id", "from_state", "to_state", "comment", "attachments", "data") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning 1', params: [uuidv7(), t.case_id, 2, now, 'dispatch', actor.id, 'dispatching', 'signing', null, '[]', JSON.stringify(data)], returns: true },
      auditWrite(actor, { action: 'workflow.appeal.dispatch', entity: 'workflow_case', entityId: String(t.case_id), change: { from: 'dispatching', to: 'signing', version: 2, ...data } }),
      services.notify.prepare([handler!.id], { kind: 'appeal.dispatch', title: { zh: `新工单待处理：${String(t.number)}`, en: `A ticket to act on: ${String(t.number)}` }, body: { zh: String(t.title), en: String(t.title) }, link: `/work/appeals/${id}` }).write!,
    ]);
  };

  const out = await anatomies(
    await insertAuditOp(services),
    [
      [
        'appeals: dispatch as it is (service)',
        async () => {
          const id = next();
          if (id) await services.appeals.tickets.dispatch(actor, agent, id, { version: 1, leadDepartmentId: lead, supportDepartmentIds: [] });
        },
      ],
      ['least dispatch, two rows (case + ticket), no engine', least(false)],
      ['least dispatch, one row (ticket as its case), no engine', least(true)],
    ],
    options.seconds,
  );
  if (k > tickets.length) console.log(`  note: ran out of tickets after ${tickets.length}`);
  return out;
}
