// A million applications for the queue benchmark, written by PostgreSQL itself (generate_series) in
// batches: the application rows, one workflow case each, and queue rows for the open ones (5%), a
// tenth of those held by the department whose approver is measured. Shapes follow what the real
// submission writes (server/modules/applications/service/submit.ts); contents are filler.
import { sql } from 'drizzle-orm';
import type { Services } from '../server/services.ts';

const OPEN_STATES = ['submitted', 'review', 'decision', 'delivery', 'correction'];
const CHANNELS = ['online', 'mobile', 'window', 'assisted', 'crossRegion'];

export async function generateApplications(
  services: Services,
  o: { total: number; itemCode: string; itemId: string; departments: string[]; heldBy: string },
): Promise<{ open: number; mine: number }> {
  const db = services.database.db;
  const batch = 100_000;
  const depts = `{${o.departments.join(',')}}`;
  const openStates = `{${OPEN_STATES.join(',')}}`;
  const channels = `{${CHANNELS.join(',')}}`;
  for (let from = 1; from <= o.total; from += batch) {
    const to = Math.min(o.total, from + batch - 1);
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        create temporary table gen on commit drop as
        select i,
               gen_random_uuid() as app_id,
               gen_random_uuid() as case_id,
               (i % 20 = 0) as open,
               case when i % 200 = 0 then ${o.heldBy}::uuid else (${depts}::uuid[])[1 + (i % ${o.departments.length})] end as dept,
               (${openStates}::text[])[1 + (i / 200) % ${OPEN_STATES.length}] as open_state,
               (${channels}::text[])[1 + (i % ${CHANNELS.length})] as channel,
               now() - ((i % 365) || ' days')::interval as submitted,
               now() + (((i % 30) - 8) || ' days')::interval as due
        from generate_series(${from}::int, ${to}::int) as i`);
      await tx.execute(sql`
        insert into workflow_case (id, workflow, subject_type, subject_id, state, holders, initiator_id, state_entered_at, state_due_at, clock, due_at, ended, others_acted, trail, version, queue_key)
        select case_id, 'application', 'application', app_id,
               case when open then open_state else 'done' end,
               jsonb_build_array(jsonb_build_object('holder', jsonb_build_object('kind', 'department', 'id', dept), 'acted', false, 'delegatedTo', null)),
               null, submitted, null,
               jsonb_build_object('limit', jsonb_build_object('unit', 'workingDays', 'value', 5), 'startedAt', submitted, 'pausedAt', null, 'paused', 0, 'extension', 0, 'maxExtension', 10, 'finishedAt', case when open then null else due end),
               case when open then due else null end, not open, true,
               jsonb_build_array(jsonb_build_object('state', 'submitted', 'holders', jsonb_build_array(jsonb_build_object('kind', 'department', 'id', dept)))), 3,
               case when open then 'department:' || dept end
        from gen`);
      await tx.execute(sql`
        insert into application (id, number, kind, item_id, item_code, title, department_id, channel, applicant_kind, applicant_name, form_data, materials, state, outcome, case_id, submitted_at, accepted_at, finished_at, due_at, working_days, on_time, exempted_count)
        select app_id, 'BENCH' || lpad(i::text, 12, '0'), 'item', ${o.itemId}::uuid, ${o.itemCode}, '食品经营许可证核发', dept, channel, 'entity', '基准测试企业' || (i % 5000), '{}'::jsonb, '[]'::jsonb,
               case when open then open_state else 'done' end, case when open then null else 'approved' end, case_id,
               submitted, submitted, case when open then null else due end, case when open then due else null end,
               case when open then null else (i % 7) end, case when open then null else (i % 9 <> 0) end, i % 3
        from gen`);
    });
  }
  const [open] = await services.database.db.execute(sql`select count(*)::int as n from workflow_case where queue_key is not null`).then((r) => (r as unknown as { rows: { n: number }[] }).rows);
  const [mine] = await services.database.db.execute(sql`select count(*)::int as n from workflow_case where queue_key = ${`department:${o.heldBy}`}`).then((r) => (r as unknown as { rows: { n: number }[] }).rows);
  return { open: Number(open!.n), mine: Number(mine!.n) };
}
