// Where an application's submission loses (issue 6's write bar), measured as dispatch-anatomy.ts measures a 12345
// dispatch: the CPU each operation takes in this process and in PostgreSQL for (1) the insert-plus-audit baseline,
// (2) a real window submission through the applications service, and (3) the least a submission can write in this
// stack, sent through the same database layer with no engine, no checks and no module code — one read of the draft,
// then one statement drawing the day's number, opening the case with its first history entry, writing the
// application's submitted columns and number, the audit row completed with the number, and the notice to the
// department's clerks and approvers.
import { auditWrite } from '../server/platform/audit/index.ts';
import { runStatement, runWrites, uuidv7 } from '../server/platform/db/index.ts';
import type { Services } from '../server/services.ts';
import { windowItemSetup } from './applications.ts';
import { insertAuditOp } from './baseline.ts';
import { anatomies, type AnatomyRow } from './lib/anatomy.ts';

const DRAWN = '(select "number" from drawn_number)';

export async function benchSubmitAnatomy(services: Services, options: { seconds: number }): Promise<AnatomyRow[]> {
  const { scjg, clerk, clerkActor, draft } = await windowItemSetup(services);
  const db = services.database.db;
  const told = await services.org.users.membersOf(scjg, ['clerk', 'approver']);

  // Drafts made beforehand, enough for both submitting rows.
  const drafts: string[] = [];
  const wanted = Math.ceil(options.seconds * 2 * 2500);
  for (let i = 0; i < wanted; i++) drafts.push(await draft());
  let k = 0;
  const next = () => drafts[k++];

  const least = async () => {
    const id = next();
    if (!id) return;
    const [read] = (await runStatement(db, 'select to_jsonb(a) as "a" from "application" a where a.id = $1', [id])) as { a: Record<string, unknown> }[];
    const a = read!.a;
    const now = new Date().toISOString();
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const day = now.slice(0, 10);
    const caseId = uuidv7();
    const holder = { kind: 'department', id: scjg };
    await runWrites(db, [
      {
        as: 'drawn_number',
        text: 'insert into "application_sequence" ("prefix", "day", "last") values ($1, $2, 1) on conflict ("prefix", "day") do update set "last" = "application_sequence"."last" + 1 returning $3::text || case when "last" < 10000 then lpad("last"::text, 4, \'0\') else "last"::text end as "number"',
        params: ['ANATOMY', day, `ANATOMY${day.replaceAll('-', '')}`],
      },
      {
        text: 'insert into "workflow_case" ("id", "workflow", "subject_type", "subject_id", "state", "holders", "initiator_id", "state_entered_at", "state_due_at", "clock", "due_at", "queue_key", "trail") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning 1',
        params: [caseId, 'application', 'application', id, 'review', JSON.stringify([{ holder, since: now }]), a.applicant_user_id, now, null, JSON.stringify({ limit: { unit: 'workingDays', value: 5 }, startedAt: now, pausedAt: null, pausedMs: 0, extensions: 0 }), due, `department:${scjg}`, JSON.stringify([{ state: 'review', holders: [holder] }])],
        returns: true,
      },
      {
        text: 'insert into "workflow_history" ("id", "case_id", "seq", "at", "action", "actor_id", "from_state", "to_state", "comment", "attachments", "data") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning 1',
        params: [uuidv7(), caseId, 1, now, 'open', clerkActor.id, 'review', 'review', null, '[]', '{}'],
        returns: true,
      },
      {
        text: 'update "application" set "state" = $1, "case_id" = $2, "materials" = $3, "submitted_at" = $4, "accepted_at" = $5, "due_at" = $6, "updated_at" = $7, "number" = (select "number" from drawn_number), "version" = "version" + 1 where "id" = $8 and "version" = $9 returning 1',
        params: ['review', caseId, JSON.stringify(a.materials), now, now, due, now, id, a.version],
        returns: true,
        required: 'version',
      },
      auditWrite(clerkActor, { action: 'application.submit', entity: 'application', entityId: id, change: { channel: a.channel, cases: [{ id: caseId, state: 'review' }] } }, { number: DRAWN }),
      services.notify.prepare(told, { kind: 'application.new', title: { zh: '新的办件', en: 'A new application' }, body: { zh: `${String(a.applicant_name)}：${String(a.title)}`, en: `${String(a.applicant_name)}: ${String(a.title)}` }, link: `/work/applications/${id}` }).write!,
    ]);
  };

  const out = await anatomies(
    await insertAuditOp(services),
    [
      [
        'applications: submit as it is (service)',
        async () => {
          const id = next();
          if (id) await services.applications.submit(clerkActor, clerk, id, 1);
        },
      ],
      [`least submission (number, case, history, row, audit, ${told.length} notices), no engine`, least],
    ],
    options.seconds,
  );
  if (k > drafts.length) console.log(`  note: ran out of drafts after ${drafts.length}`);
  return out;
}
