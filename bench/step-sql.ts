// What a workflow step costs the database alone (issues 6 and 8's write bars): pgbench — a C client with no
// application code — runs the statement a dispatch sends (接诉即办: the hotline hands a ticket to a unit) and variants
// of it with parts left out or stored differently, against pgbench running the insert-plus-audit baseline's
// transaction, on the same server in the same run. The ratio of each variant's transactions per second to the
// baseline's is the most a step of that shape can reach before any of our Node code runs.
//
// The statements are written out here as the application composes them (platform/db/rows.ts and writes.ts; the
// dispatch's text was captured from the running app on 2026-11-27). Each transaction picks a random ticket of 20 000
// made beforehand; a dispatch moves its case to a new holder key and flips the ticket's state, so the queue row is
// deleted and inserted and the ticket's update changes an indexed column (not a HOT update), as a real dispatch does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, seedDemoCity } from '../server/seed/index.ts';
import type { Services } from '../server/services.ts';
import { findPostgresBin } from '../server/test/postgres-binaries.ts';
import type { Measurement } from './lib/measure.ts';

const PICK = '\\set n random(1, :tickets)\n\\set k random(1, 1000000000)\nselect ticket_id, case_id from bench_map where n = :n \\gset\n';

// pgbench reads `:name` as a variable anywhere in a command, so the JSON below puts a space after each colon.
const PARTS = {
  caseUpdate: `update workflow_case set (state, holders, state_entered_at, state_due_at, suspended_from, clock, due_at, ended, others_acted, trail, version, updated_at) = (select state, holders, state_entered_at, state_due_at, suspended_from, clock, due_at, ended, others_acted, trail, version, updated_at from jsonb_populate_record(null::workflow_case, '{"state": "signing", "holders": [{"holder": {"kind": "department", "id": "LEAD"}, "acted": false, "delegatedTo": null}], "state_entered_at": "2026-11-27T12:33:52.138Z", "state_due_at": "2026-11-30T15:59:59.999Z", "suspended_from": null, "clock": {"limit": {"unit": "workingDays", "value": 7}, "paused": 0, "pausedAt": null, "extension": 0, "startedAt": "2026-11-27T12:33:52.138Z", "finishedAt": null, "maxExtension": 15}, "due_at": "2026-12-08T15:59:59.999Z", "ended": false, "others_acted": false, "trail": [{"state": "dispatching", "holders": [{"id": "HOTLINE", "kind": "department"}]}, {"state": "signing", "holders": [{"kind": "department", "id": "LEAD"}]}], "version": 2, "updated_at": "2026-11-27T12:33:52.142Z"}'::jsonb))QUEUEKEY where id = :case_id`,
  queueDelete: `delete from workflow_assignment where case_id = :case_id and holder_key not in (select jsonb_array_elements_text(jsonb_build_array('department:' || :k)))`,
  queueUpsert: `insert into workflow_assignment (case_id, holder_key, workflow, state, due_at, since) select :case_id, 'department:' || :k, 'appeal.ticket', 'signing', '2026-12-08T15:59:59.999Z', now() on conflict (case_id, holder_key) do update set workflow = excluded.workflow, state = excluded.state, due_at = excluded.due_at, since = excluded.since`,
  history: `insert into workflow_history (id, case_id, seq, at, action, actor_id, from_state, to_state, comment, attachments, data) select gen_random_uuid(), :case_id, 2, now(), 'dispatch', 'AGENT', 'dispatching', 'signing', null, '[]', '{"leadDepartmentId": "LEAD", "supportDepartmentIds": []}'`,
  audit: `insert into audit_log (id, at, actor_type, actor_id, action, entity, entity_id, ip, request_id, change, digest) select gen_random_uuid(), now(), 'user', 'AGENT', 'workflow.appeal.ticket.dispatch', 'workflow_case', :case_id, null, null, '{"from": "dispatching", "to": "signing", "version": 2, "leadDepartmentId": "LEAD", "supportDepartmentIds": []}', 'a16b641afb12e0bf53d121bbde61126430f2afe64f84af57137ac372e13c052c'`,
  ticketUpdate: `update appeal_ticket set (state, due_at, lead_department_id, support_department_ids, dispatched_at, sign_due_at, signed_at, signed_on_time, updated_at) = (select case when state = 'signing' then 'dispatching' else 'signing' end, '2026-12-08T15:59:59.999Z'::timestamptz, 'LEAD'::uuid, '[]'::jsonb, now(), '2026-11-30T15:59:59.999Z'::timestamptz, null::timestamptz, null::boolean, now()), version = version + 1 where id = :ticket_id`,
  notice: `insert into notification (id, user_id, kind, title, body, link) select gen_random_uuid(), 'MEMBER', 'appeal.dispatch', '{"zh": "新工单待处理：GD20261127000001", "en": "A ticket to act on: GD20261127000001"}', '{"zh": "基准测试工单", "en": "基准测试工单"}', '/work/appeals/TICKET'`,
};
type Part = keyof typeof PARTS;

const VARIANTS: { name: string; parts: Part[]; queueKeyOnCase?: boolean }[] = [
  { name: 'dispatch as sent today (case, queue rows, history, audit, ticket mirror, notice)', parts: ['caseUpdate', 'queueDelete', 'queueUpsert', 'history', 'audit', 'ticketUpdate', 'notice'] },
  { name: 'without the queue rows', parts: ['caseUpdate', 'history', 'audit', 'ticketUpdate', 'notice'] },
  { name: 'the queue key a column of the case (indexed) instead of queue rows', parts: ['caseUpdate', 'history', 'audit', 'ticketUpdate', 'notice'], queueKeyOnCase: true },
  { name: 'without the ticket mirror (case, queue rows, history, audit, notice)', parts: ['caseUpdate', 'queueDelete', 'queueUpsert', 'history', 'audit', 'notice'] },
  { name: 'the ticket row as its case (ticket, history, audit, notice)', parts: ['ticketUpdate', 'history', 'audit', 'notice'] },
  { name: 'the engine alone (case, history, audit)', parts: ['caseUpdate', 'history', 'audit'] },
];

function statementOf(parts: Part[], names: Record<string, string>, queueKeyOnCase: boolean): string {
  const ctes = parts.map((p, i) => {
    let text = PARTS[p].replace('QUEUEKEY', queueKeyOnCase ? `, queue_key = 'department:' || :k` : '');
    for (const [from, to] of Object.entries(names)) text = text.replaceAll(from, to);
    return `w${i} as (${text} returning 1)`;
  });
  return `with ${ctes.join(', ')} select ${parts.map((_, i) => `(select count(*) from w${i})`).join(' + ')};\n`;
}

const BASELINE = `begin;
insert into bench_item (id, n, payload) values (gen_random_uuid(), :n, '{"i": 1}'::jsonb);
insert into bench_audit (id, seq, at, actor_type, action, entity, entity_id, digest, prev_hash, hash) values (gen_random_uuid(), nextval('bench_seq'), now(), 'system', 'bench.insert', 'bench_item', :ticket_id, repeat('0', 64), '', '');
commit;
`;

function pgbench(bin: string, url: string, script: string, tickets: number, seconds: number): number {
  const out = execFileSync(path.join(bin, 'pgbench'), ['-n', '-M', 'prepared', '-c', '10', '-j', '2', '-T', String(seconds), '-D', `tickets=${tickets}`, '-f', script, url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const tps = /tps = ([\d.]+)/.exec(out);
  if (!tps || /aborted/.test(out)) throw new Error(`pgbench failed on ${script}:\n${out}`);
  return Number(tps[1]);
}

const asMeasurement = (name: string, tps: number, seconds: number): Measurement => ({ name, ops: Math.round(tps * seconds), opsPerSec: tps, p50Ms: 0, p95Ms: 0, p99Ms: 0 });

export async function benchStepSql(services: Services, options: { url: string; seconds: number; tickets: number }): Promise<Measurement[]> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('step-sql needs pgbench (PostgreSQL binaries)');
  await seedDemoCity(services, { seed: 2026, scale: 'small', catalog: false });
  const dept = Object.fromEntries((await services.org.departments.listDepartments()).map((d) => [d.code, d.id]));
  const meta = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
  const { token } = (await services.org.auth.signIn('agent', DEMO_PASSWORD, meta)).started;
  const agent = await services.sessions.principalFor(token, (s) => services.org.auth.loadSessionPrincipal(s));
  if (!agent?.userId) throw new Error('no agent');
  const actor = { type: 'user' as const, id: agent.userId };
  let made = 0;
  while (made < options.tickets) {
    await Promise.all(
      Array.from({ length: 8 }, () => {
        const i = made++;
        return services.appeals.tickets.create(actor, agent, { channel: 'phone', kind: 'help', urgency: 'normal', categoryCode: 'CG-HJWS', areaCode: '150102', title: `基准测试工单 ${i}`, content: '路灯不亮。', mediaFileIds: [], confidential: false, nameHidden: false });
      }),
    );
  }
  const exec = (text: string) => services.database.exec(text);
  await exec('create table bench_map as select row_number() over (order by id) as n, id as ticket_id, case_id from appeal_ticket where case_id is not null');
  await exec('create unique index on bench_map (n)');
  await exec('create table if not exists bench_item (id uuid primary key, n integer not null, payload jsonb not null, created_at timestamptz not null default now())');
  await exec('create table if not exists bench_audit (like audit_log including all)');
  await exec('create sequence if not exists bench_seq start 100000000');
  await exec('vacuum analyze');
  const names = { LEAD: dept['HHHT-ZJ']!, HOTLINE: dept['HHHT-12345'] ?? dept['HHHT-ZJ']!, AGENT: agent.userId, MEMBER: agent.userId, TICKET: 'x' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yingshang-step-sql-'));
  const run = (file: string, text: string) => {
    const script = path.join(dir, file);
    writeFileSync(script, PICK + text);
    return pgbench(bin, options.url, script, options.tickets, options.seconds);
  };
  try {
    const rows: Measurement[] = [];
    const baseline = asMeasurement('pgbench baseline: insert row + audit row (tx)', run('baseline.sql', BASELINE), options.seconds);
    rows.push(baseline);
    console.log(`  ${baseline.name}: ${baseline.opsPerSec.toFixed(0)} tps`);
    for (const [i, v] of VARIANTS.entries()) {
      if (v.queueKeyOnCase) {
        await exec('alter table workflow_case add column if not exists queue_key text');
        await exec('create index if not exists workflow_case_queue_key_idx on workflow_case (queue_key, due_at, id) where queue_key is not null');
      }
      const tps = run(`v${i}.sql`, statementOf(v.parts, names, Boolean(v.queueKeyOnCase)));
      rows.push(asMeasurement(`pgbench: ${v.name}`, tps, options.seconds));
      console.log(`  ${v.name}: ${tps.toFixed(0)} tps, ${((100 * tps) / baseline.opsPerSec).toFixed(0)}% of the baseline`);
      if (v.queueKeyOnCase) await exec('drop index workflow_case_queue_key_idx; alter table workflow_case drop column queue_key');
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
