// The simulator writes what the services write: the same application run through the real API/services
// and through simulateApplication at the same instants leaves the same case, history, queue and mirror
// columns (ids and wall-clock timestamps aside).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, toInstant, toJson } from '../../platform/db/index.ts';
import { workflowActorOf } from './service/shared.ts';
import { pdfBytes } from '../../test/file-samples.ts';
import { simulateApplication, type SimStep, type SimulatedRows } from './bulk.ts';
import { createApplicationsTestApp, foodForm, principalOf, sender, type ApplicationsTestApp } from '../../test/applications-factories.ts';

let t: ApplicationsTestApp;
let send: ReturnType<typeof sender>;

beforeAll(async () => {
  t = await createApplicationsTestApp();
  send = sender(t);
}, 120_000);
afterAll(() => t.close());

const iso = (v: unknown) => (v === null || v === undefined ? null : toInstant(v).toISOString());
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);

async function draftOfQiye() {
  const upload = await t.app.inject({ method: 'POST', url: `/api/v1/files?purpose=application.material&name=${encodeURIComponent('申请书.pdf')}`, headers: { ...t.browsers.qiye.headers(true), 'content-type': 'application/pdf' }, payload: pdfBytes() });
  expect(upload.statusCode, upload.body).toBe(201);
  const res = await send('qiye', 'POST', '/api/v1/applications', { itemCode: t.food.code, channel: 'online', uscc: t.uscc, formData: foodForm(t.uscc), materials: [{ key: 'application', fileIds: [upload.json().id] }] });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

type Who = 'qiye' | 'approver';

/** Submits at `submittedAt` and takes the steps through the services; returns the steps for the simulator. */
async function runForReal(submittedAt: Date, steps: { who: Who; at: Date; body: Record<string, unknown> }[]) {
  const d = await draftOfQiye();
  const principals = { qiye: await principalOf(t, 'qiye'), approver: await principalOf(t, 'approver') };
  const actor = (who: Who) => ({ type: 'user' as const, id: principals[who].id });
  await t.services.applications.submit(actor('qiye'), principals.qiye, d.id, d.version, submittedAt);
  let version = 1;
  const simulated: SimStep[] = [];
  for (const s of steps) {
    await t.services.applications.act(actor(s.who), principals[s.who], d.id, { action: String(s.body.action), version, ...s.body }, s.at);
    version++;
    simulated.push({ action: String(s.body.action), at: s.at, by: workflowActorOf(principals[s.who]), actorId: actor(s.who).id, ...(s.body.comment ? { comment: String(s.body.comment) } : {}), ...(s.body.missing ? { missing: s.body.missing as string[] } : {}) });
  }
  return { id: d.id, submittedBy: actor('qiye').id, qiye: principals.qiye, steps: simulated };
}

async function stored(id: string) {
  const db = t.services.database.db;
  const [app] = await queryRows<Record<string, unknown>>(db, sql`select * from application where id = ${id}`);
  const caseId = String(app!.case_id);
  const [c] = await queryRows<Record<string, unknown>>(db, sql`select * from workflow_case where id = ${caseId}`);
  const history = await queryRows<Record<string, unknown>>(db, sql`select * from workflow_history where case_id = ${caseId} order by seq`);
  const queue = await queryRows<Record<string, unknown>>(db, sql`select * from workflow_assignment where case_id = ${caseId} order by holder_key`);
  return { app: app!, case: c!, history, queue };
}

/** The columns both paths must agree on, from the database's snake_case or the simulator's camelCase rows. */
const pick = {
  case: (r: Record<string, unknown>, snake: boolean) => {
    const g = (k: string, s: string) => (snake ? r[s] : r[k]);
    return {
      workflow: g('workflow', 'workflow'),
      subjectType: g('subjectType', 'subject_type'),
      subjectId: g('subjectId', 'subject_id'),
      state: g('state', 'state'),
      holders: toJson(g('holders', 'holders')),
      initiatorId: g('initiatorId', 'initiator_id'),
      stateEnteredAt: iso(g('stateEnteredAt', 'state_entered_at')),
      stateDueAt: iso(g('stateDueAt', 'state_due_at')),
      suspendedFrom: g('suspendedFrom', 'suspended_from') ?? null,
      clock: toJson(g('clock', 'clock')),
      dueAt: iso(g('dueAt', 'due_at')),
      ended: g('ended', 'ended'),
      othersActed: g('othersActed', 'others_acted'),
      trail: toJson(g('trail', 'trail')),
      version: Number(g('version', 'version')),
      queueKey: g('queueKey', 'queue_key') ?? null,
    };
  },
  history: (r: Record<string, unknown>, snake: boolean) => ({
    seq: Number(r.seq),
    at: iso(r.at),
    action: r.action,
    actorId: (snake ? r.actor_id : r.actorId) ?? null,
    fromState: snake ? r.from_state : r.fromState,
    toState: snake ? r.to_state : r.toState,
    comment: r.comment ?? null,
    attachments: toJson(r.attachments),
    data: toJson(r.data),
  }),
  queue: (r: Record<string, unknown>, snake: boolean) => ({ holderKey: snake ? r.holder_key : r.holderKey, workflow: r.workflow, state: r.state, dueAt: iso(snake ? r.due_at : r.dueAt), since: iso(r.since) }),
  app: (r: Record<string, unknown>, snake: boolean) => {
    const g = (k: string, s: string) => (snake ? r[s] : r[k]);
    const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return {
      number: g('number', 'number'),
      kind: g('kind', 'kind'),
      state: g('state', 'state'),
      outcome: g('outcome', 'outcome') ?? null,
      commitment: g('commitment', 'commitment'),
      exemptedCount: n(g('exemptedCount', 'exempted_count')),
      materials: toJson(g('materials', 'materials')),
      submittedAt: iso(g('submittedAt', 'submitted_at')),
      acceptedAt: iso(g('acceptedAt', 'accepted_at')),
      decidedAt: iso(g('decidedAt', 'decided_at')),
      finishedAt: iso(g('finishedAt', 'finished_at')),
      dueAt: iso(g('dueAt', 'due_at')),
      workingDays: n(g('workingDays', 'working_days')),
      onTime: g('onTime', 'on_time') ?? null,
      resultLicenceId: g('resultLicenceId', 'result_licence_id') ?? null,
      version: n(g('version', 'version')),
    };
  },
};

async function simulateLike(real: Awaited<ReturnType<typeof runForReal>>): Promise<SimulatedRows> {
  const { app } = await stored(real.id);
  const number = String(app.number);
  return simulateApplication(
    {
      id: real.id,
      caseId: String(app.case_id),
      number: { prefix: number.slice(0, -12), sequence: Number(number.slice(-4)) },
      item: await t.services.catalog.items.get(String(app.item_id)),
      channel: 'online',
      applicant: { userId: real.qiye.userId, kind: 'entity', uscc: t.uscc, name: String(app.applicant_name) },
      formData: toJson(app.form_data),
      materials: toJson(app.materials),
      submittedAt: toInstant(app.submitted_at),
      submittedBy: real.submittedBy,
      steps: real.steps,
      resultLicenceId: (app.result_licence_id as string | null) ?? null,
    },
    await t.services.calendar.current(),
  );
}

async function expectSame(real: Awaited<ReturnType<typeof runForReal>>) {
  const db = await stored(real.id);
  const sim = await simulateLike(real);
  expect(pick.case(sim.cases[0]!, false)).toEqual(pick.case(db.case, true));
  expect(sim.history.map((h) => pick.history(h, false))).toEqual(db.history.map((h) => pick.history(h, true)));
  expect(sim.queue.map((q) => pick.queue(q, false)).sort((a, b) => String(a.holderKey).localeCompare(String(b.holderKey)))).toEqual(db.queue.map((q) => pick.queue(q, true)));
  expect(pick.app(sim.applications[0]!, false)).toEqual(pick.app(db.app, true));
  return { db, sim };
}

describe('the bulk simulator', () => {
  it('writes what the services write for accept → review → grant (with its e-licence) → delivery', async () => {
    const real = await runForReal(at('2026-11-16', '10:05'), [
      { who: 'approver', at: at('2026-11-16', '11:20'), body: { action: 'accept' } },
      { who: 'approver', at: at('2026-11-17', '15:00'), body: { action: 'passReview' } },
      { who: 'approver', at: at('2026-11-19', '09:40'), body: { action: 'approve' } },
      { who: 'approver', at: at('2026-11-19', '10:10'), body: { action: 'deliver' } },
    ]);
    const { db } = await expectSame(real);
    expect(db.app.state).toBe('done');
    expect(db.app.result_licence_id).not.toBeNull();
    expect(db.case.queue_key).toBeNull();
    expect(db.queue).toEqual([]);
  });

  it('writes what the services write for a 补正 round answered by the applicant, left open awaiting the decision', async () => {
    const real = await runForReal(at('2026-11-13', '21:30'), [
      { who: 'approver', at: at('2026-11-16', '09:30'), body: { action: 'requestCorrection', comment: '请一次性补正以下内容', missing: ['场所平面图未标注功能分区'] } },
      { who: 'qiye', at: at('2026-11-18', '20:15'), body: { action: 'submitCorrection' } },
      { who: 'approver', at: at('2026-11-19', '10:00'), body: { action: 'accept' } },
      { who: 'approver', at: at('2026-11-20', '16:00'), body: { action: 'passReview' } },
    ]);
    const { db, sim } = await expectSame(real);
    expect(db.app.state).toBe('decision');
    // Held by one department: its key is the case's own, with no further queue rows.
    expect(db.case.queue_key).toMatch(/^department:/);
    expect(db.queue).toEqual([]);
    expect(sim.sequences).toEqual([{ prefix: String(db.app.number).slice(0, -12), day: '2026-11-13', last: Number(String(db.app.number).slice(-4)) }]);
  });
});
