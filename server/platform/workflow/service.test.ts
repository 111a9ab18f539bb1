import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors/index.ts';
import { queryRows, uuidv7 } from '../db/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { sampleWorkflow as wf } from './sample.test-fixture.ts';
import { createWorkflowService, type WorkflowService } from './service.ts';
import type { WorkflowActor } from './types.ts';

let t: TestApp;
let workflow: WorkflowService;
const ids = { applicant: uuidv7(), clerk: uuidv7(), a1: uuidv7(), a2: uuidv7(), hall: uuidv7() };
const who = (userId: string, roles: WorkflowActor['roles'], departmentId: string | null = null): WorkflowActor => ({ userId, departmentId, roles });
const applicant = who(ids.applicant, ['applicant']);
const clerk = who(ids.clerk, ['clerk'], ids.hall);
const a1 = who(ids.a1, ['approver']);
const a2 = who(ids.a2, ['approver']);
const actor = (w: WorkflowActor) => ({ type: 'user' as const, id: w.userId });
// A Thursday; the case's 5 working days end on Friday 9 October 2026 (中秋 and 国庆 in between).
const t0 = new Date('2026-09-24T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  workflow = createWorkflowService(t.services.database, { calendar: (db) => t.services.calendar.current(db) });
  workflow.register(wf);
});
afterAll(() => t.close());

async function openOne() {
  const subjectId = uuidv7();
  return t.services.database.db.transaction((tx) =>
    workflow.open(tx, wf, { subjectType: 'test', subjectId, initiatorId: applicant.userId, holders: [{ kind: 'department', id: ids.hall }], limit: { unit: 'workingDays', value: 5 }, maxExtension: 3 }, actor(applicant), t0),
  );
}

describe('workflow cases in the database', () => {
  it('opens a case into the holding department queue and walks it through, with history and audit', async () => {
    const opened = await openOne();
    expect(opened).toMatchObject({ state: 'submitted', version: 1, deadline: 'none', ended: false });
    const queue = await workflow.queue({ who: clerk, limit: 50 }, t0);
    expect(queue.map((c) => c.id)).toContain(opened.id);
    expect((await workflow.actionsFor(opened.id, clerk)).map((a) => a.key)).toEqual(expect.arrayContaining(['accept', 'askCorrection']));

    const accepted = await workflow.act({ caseId: opened.id, action: 'accept', actor: actor(clerk), who: clerk, input: { holders: [{ kind: 'user', id: a1.userId }] }, version: 1, now: t0 });
    expect(accepted.case).toMatchObject({ state: 'reviewing', version: 2, dueAt: '2026-10-09T15:59:59.999Z', deadline: 'normal' });
    expect((await workflow.queue({ who: clerk, limit: 50 }, t0)).map((c) => c.id)).not.toContain(opened.id);
    expect((await workflow.queue({ who: a1, limit: 50 }, t0)).map((c) => c.id)).toContain(opened.id);

    const done = await workflow.act({ caseId: opened.id, action: 'approve', actor: actor(a1), who: a1, input: { holders: [{ kind: 'user', id: a2.userId }] }, version: 2, now: t0 });
    await workflow.act({ caseId: opened.id, action: 'decide', actor: actor(a2), who: a2, version: done.case.version, now: t0 });
    const final = await workflow.get(opened.id, t0);
    expect(final).toMatchObject({ state: 'done', ended: true });
    expect((await workflow.queue({ who: a2, limit: 50 }, t0)).map((c) => c.id)).not.toContain(opened.id);
    const history = await workflow.history(opened.id);
    expect(history.map((h) => [h.seq, h.action, h.fromState, h.toState])).toEqual([
      [1, 'open', 'submitted', 'submitted'],
      [2, 'accept', 'submitted', 'reviewing'],
      [3, 'approve', 'reviewing', 'deciding'],
      [4, 'decide', 'deciding', 'done'],
    ]);
    const audit = await queryRows<{ action: string }>(t.services.database.db, sql`select action from audit_log where entity_id = ${opened.id} order by at, id`);
    expect(audit.map((r) => r.action)).toEqual(['workflow.test.approval.open', 'workflow.test.approval.accept', 'workflow.test.approval.approve', 'workflow.test.approval.decide']);
  });

  it('queues a 会签 for every holder — the first on the case, the others as further rows — and drops them as it moves on', async () => {
    const opened = await openOne();
    const db = t.services.database.db;
    const stored = async () => ({
      key: (await queryRows<{ queue_key: string | null }>(db, sql`select queue_key from workflow_case where id = ${opened.id}`))[0]!.queue_key,
      further: (await queryRows<{ holder_key: string }>(db, sql`select holder_key from workflow_assignment where case_id = ${opened.id} order by holder_key`)).map((r) => r.holder_key),
    });
    const queued = async (w: WorkflowActor) => (await workflow.queue({ who: w, limit: 500 }, t0)).map((c) => c.id).includes(opened.id);
    expect(await stored()).toEqual({ key: `department:${ids.hall}`, further: [] });

    const accepted = await workflow.act({ caseId: opened.id, action: 'accept', actor: actor(clerk), who: clerk, input: { holders: [{ kind: 'user', id: a1.userId }, { kind: 'user', id: a2.userId }] }, version: 1, now: t0 });
    expect(await stored()).toEqual({ key: `user:${a1.userId}`, further: [`user:${a2.userId}`] });
    expect([await queued(a1), await queued(a2), await queued(clerk)]).toEqual([true, true, false]);
    // One case, however many of a person's keys hold it.
    expect((await workflow.queue({ who: a2, limit: 500 }, t0)).filter((c) => c.id === opened.id)).toHaveLength(1);

    // Both sign; the second moves it on to one holder, and the further row goes.
    const first = await workflow.act({ caseId: opened.id, action: 'approve', actor: actor(a1), who: a1, input: { holders: [{ kind: 'user', id: ids.clerk }] }, version: accepted.case.version, now: t0 });
    expect(first.case.state).toBe('reviewing');
    expect([await queued(a1), await queued(a2)]).toEqual([true, true]);
    const second = await workflow.act({ caseId: opened.id, action: 'approve', actor: actor(a2), who: a2, input: { holders: [{ kind: 'user', id: ids.clerk }] }, version: first.case.version, now: t0 });
    expect(second.case.state).toBe('deciding');
    expect(await stored()).toEqual({ key: `user:${ids.clerk}`, further: [] });
    expect([await queued(a1), await queued(a2), await queued(clerk)]).toEqual([false, false, true]);

    await workflow.act({ caseId: opened.id, action: 'decide', actor: actor(clerk), who: clerk, version: second.case.version, now: t0 });
    expect(await stored()).toEqual({ key: null, further: [] });
    expect(await queued(clerk)).toBe(false);
  });

  it('migration 0026 moves each open case’s first queue row onto the case, as the engine now writes it', async () => {
    const db = t.services.database.db;
    const one = await openOne();
    const two = await openOne();
    await workflow.act({ caseId: two.id, action: 'accept', actor: actor(clerk), who: clerk, input: { holders: [{ kind: 'user', id: a1.userId }, { kind: 'user', id: a2.userId }] }, version: 1, now: t0 });
    const ended = await openOne();
    await workflow.act({ caseId: ended.id, action: 'withdraw', actor: actor(applicant), who: applicant, version: 1, now: t0 });
    const shape = async () => {
      const cases = await queryRows<{ id: string; queue_key: string | null }>(db, sql`select id, queue_key from workflow_case where id in (${one.id}, ${two.id}, ${ended.id}) order by id`);
      const rows = await queryRows<{ case_id: string; holder_key: string }>(db, sql`select case_id, holder_key from workflow_assignment where case_id in (${one.id}, ${two.id}, ${ended.id}) order by case_id, holder_key`);
      return { cases, rows };
    };
    const now = await shape();
    // The shape before: no key on the case, a queue row for every key of an open case.
    await db.execute(sql`update workflow_case set queue_key = null where id in (${one.id}, ${two.id}, ${ended.id})`);
    await db.execute(sql`insert into workflow_assignment (case_id, holder_key, workflow, state, due_at, since)
      select c.id, c.queue_key_was, c.workflow, c.state, c.due_at, c.state_entered_at from (values (${one.id}::uuid, ${`department:${ids.hall}`}), (${two.id}::uuid, ${`user:${a1.userId}`})) as v(id, key_was)
      join lateral (select w.*, v.key_was as queue_key_was from workflow_case w where w.id = v.id) c on true`);
    expect((await shape()).rows).toHaveLength(3);
    const text = readFileSync(new URL('../../db/migrations/0026_workflow_queue_key.sql', import.meta.url), 'utf8');
    const [, fill, drop] = text.split('--> statement-breakpoint');
    await db.execute(sql.raw(fill!));
    await db.execute(sql.raw(drop!));
    expect(await shape()).toEqual(now);
  });

  it('lets exactly one of two simultaneous actions win; the other gets 409 with the new state', async () => {
    const opened = await openOne();
    const attempt = (w: WorkflowActor, action: string) =>
      workflow.act({ caseId: opened.id, action, actor: actor(w), who: w, input: { holders: [{ kind: 'user', id: a1.userId }], comment: '缺材料' }, version: 1, now: t0 });
    const results = await Promise.allSettled([attempt(clerk, 'accept'), attempt(clerk, 'askCorrection'), attempt(applicant, 'withdraw')]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    for (const r of lost) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).code).toBe('VERSION_CONFLICT');
      expect((r.reason as AppError).text.zh).toContain('当前环节');
    }
    const history = await workflow.history(opened.id);
    expect(history).toHaveLength(2);
    expect((await workflow.get(opened.id)).version).toBe(2);
  });

  it('rolls the whole action back when the module effect fails', async () => {
    const opened = await openOne();
    await expect(
      workflow.act({
        caseId: opened.id,
        action: 'accept',
        actor: actor(clerk),
        who: clerk,
        input: { holders: [{ kind: 'user', id: a1.userId }] },
        version: 1,
        now: t0,
        effects: async () => {
          throw new Error('the module failed half-way');
        },
      }),
    ).rejects.toThrow('half-way');
    const after = await workflow.get(opened.id);
    expect(after).toMatchObject({ state: 'submitted', version: 1 });
    expect(await workflow.history(opened.id)).toHaveLength(1);
    expect((await workflow.queue({ who: clerk, limit: 500 }, t0)).map((c) => c.id)).toContain(opened.id);
  });

  it('sends each due-soon and overdue reminder once', async () => {
    const opened = await openOne();
    await workflow.act({ caseId: opened.id, action: 'accept', actor: actor(clerk), who: clerk, input: { holders: [{ kind: 'user', id: a1.userId }] }, version: 1, now: t0 });
    const notices: string[] = [];
    const send = async (n: { kind: string; case: { id: string } }) => {
      if (n.case.id === opened.id) notices.push(n.kind);
    };
    const dayBefore = new Date('2026-10-09T02:00:00Z');
    const dayAfter = new Date('2026-10-10T02:00:00Z');
    await workflow.sweep(send, { now: dayBefore });
    await workflow.sweep(send, { now: dayBefore });
    await workflow.sweep(send, { now: dayAfter });
    await workflow.sweep(send, { now: dayAfter });
    expect(notices).toEqual(['due_soon', 'overdue']);
    expect((await workflow.get(opened.id, dayAfter)).deadline).toBe('overdue');
  });
});
