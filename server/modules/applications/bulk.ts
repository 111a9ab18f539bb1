// Applications in bulk, for the demo seed and the benchmark: a pure simulator that runs one application's
// life (or one 一件事's members) through the real engine functions — openCase at the state the real
// submission opens at, then applyAction for each step at a chosen instant — and returns exactly the rows
// the services would have written (the application's mirror columns by mirrorOf, the case's columns,
// history and queue rows, the post-check a commitment owes and, when it fails, the bar and the event);
// then insertSimulated writes many of them at a time. Callers pass a transaction and append one audit
// row for the batch. Not for request handlers.
import type { Channel } from '../../../common/api/applications.ts';
import type { Item } from '../../../common/api/catalog.ts';
import type { Calendar } from '../../../common/calendar/index.ts';
import { uuidv7 } from '../../platform/db/index.ts';
import { applyAction, openCase, workflowBulk, type ActionInput, type CaseState, type Holder, type WorkflowActor } from '../../platform/workflow/index.ts';
import type * as repo from './repository.ts';
import { mirrorOf, parentMirror } from './service/actions.ts';
import { applicationNumber } from './service/numbers.ts';
import { postCheckDueOn } from './service/post-checks.ts';
import { maxExtensionOf, openingState } from './service/submit.ts';
import type { ApplicationMaterial } from './tables.ts';
import { applicationWorkflow, GRANTING_ACTIONS, postCheckWorkflow } from './workflow.ts';

// What a caller planning applications needs to agree with the services.
export { maxExtensionOf, memberFormData, openingState, promisedDaysOf } from './service/submit.ts';
export { postCheckDueOn } from './service/post-checks.ts';
export { applicationNumber, implementingCode } from './service/numbers.ts';
export { licenceFieldsFor } from './service/licence-fields.ts';
export { GRANTING_ACTIONS } from './workflow.ts';
export { bundleDepartments, countApplications, endedApplications } from './repository.ts';
export { endedPayload } from './service/ended.ts';
export type { ApplicationMaterial } from './tables.ts';

export type SimItem = Pick<Item, 'id' | 'code' | 'name' | 'implementingDepartmentId' | 'promisedLimitDays' | 'legalLimitDays' | 'type' | 'onTheSpot' | 'commitmentAllowed' | 'postCheckMonths'>;

/** One action at an instant, by someone the engine must let take it. */
export interface SimStep {
  action: string;
  at: Date;
  by: WorkflowActor;
  /** The history row's actor; defaults to `by.userId` (null: the platform, or staff the demo has no account for). */
  actorId?: string | null;
  comment?: string;
  /** 补正: the one complete list of what is missing. */
  missing?: string[];
  /** 延期, working days. */
  extension?: number;
}

export interface SimApplicant {
  userId: string | null;
  kind: 'entity' | 'person';
  uscc: string | null;
  name: string;
  phoneEnc?: string | null;
  phoneMasked?: string | null;
}

/** 办件编号: the implementing code and the day's sequence number (the day is the submission's Shanghai date). */
export interface SimNumber {
  prefix: string;
  sequence: number;
}

export interface ApplicationSpec {
  id: string;
  caseId: string;
  number: SimNumber;
  item: SimItem;
  channel: Channel;
  applicant: SimApplicant;
  assistedBy?: string | null;
  intakeDepartmentId?: string | null;
  formData: Record<string, unknown>;
  materials: ApplicationMaterial[];
  /** The applicant signed a 告知承诺书 (it counts where the item allows it). */
  commitment?: boolean;
  delivery?: 'electronic' | 'post';
  postAddress?: string | null;
  /** The draft's start (defaults to the submission). */
  createdAt?: Date;
  submittedAt: Date;
  /** Who submitted: the applicant online, the clerk at a window (null when unknown). */
  submittedBy: string | null;
  /** In time order. */
  steps: SimStep[];
  /** The e-licence a grant issued (the caller inserts it into the registry). */
  resultLicenceId?: string | null;
  /** 事后核查 of a commitment approval: its ids (made when missing) and, once reached, its conclusion. */
  postCheck?: { id?: string; caseId?: string; end?: { action: 'pass' | 'fail'; at: Date; by: WorkflowActor; actorId?: string | null; comment?: string } };
}

/** A 一件事: the parent's particulars; each member is an ApplicationSpec of the same channel and applicant. */
export interface BundleSpec {
  id: string;
  number: SimNumber;
  bundle: { id: string; code: string; name: string; leadDepartmentId: string };
  formData: Record<string, unknown>;
  commitment?: boolean;
  createdAt?: Date;
  members: ApplicationSpec[];
}

export interface SimulatedRows {
  applications: repo.NewApplication[];
  cases: workflowBulk.NewCase[];
  history: workflowBulk.NewHistory[];
  queue: workflowBulk.NewAssignment[];
  postChecks: repo.NewPostCheck[];
  blocks: repo.NewBlock[];
  /** application.commitment_breached events to emit. */
  events: { subjectType: string; subjectId: string; payload: Record<string, unknown> }[];
  /** The highest sequence used per (prefix, day). */
  sequences: { prefix: string; day: string; last: number }[];
}

type Row = repo.NewApplication & { version: number; acceptedAt: Date | null; dueAt: Date | null };

interface Run {
  spec: ApplicationSpec;
  row: Row;
  state: CaseState;
  caseRow: workflowBulk.NewCase;
  history: workflowBulk.NewHistory[];
  check: { row: repo.NewPostCheck; state: CaseState; caseRow: workflowBulk.NewCase; history: workflowBulk.NewHistory[] } | null;
  out: Pick<SimulatedRows, 'blocks' | 'events'>;
  newId: (at: Date) => string;
}

export interface SimulateOptions {
  /** Ids of the rows made along the way (history, post-checks, bars): uuidv7 at the row's instant by default. */
  newId?: (at: Date) => string;
}

const idAt = (at: Date) => uuidv7(at.getTime());
const ENDED = ['delivery', 'done', 'rejected', 'refused', 'withdrawn', 'terminated'];

function numberOf(n: SimNumber, at: Date, calendar: Calendar) {
  const day = calendar.shanghaiDate(at);
  return { number: applicationNumber(n.prefix, day, n.sequence), sequence: { prefix: n.prefix, day, last: n.sequence } };
}

function start(spec: ApplicationSpec, calendar: Calendar, parent: { id: string; bundleId: string; bundleCode: string } | null, newId: (at: Date) => string): Run {
  const def = applicationWorkflow;
  const commitment = Boolean(spec.commitment) && spec.item.commitmentAllowed;
  const at = openingState(spec.channel, spec.item, commitment);
  const holders: Holder[] = [{ kind: 'department', id: spec.item.implementingDepartmentId }];
  const state = openCase(def, { initiatorId: spec.applicant.userId, holders, limit: { unit: 'workingDays', value: spec.item.promisedLimitDays }, maxExtension: maxExtensionOf(spec.item), at }, spec.submittedAt, calendar);
  const columns = workflowBulk.caseColumns(def, state, calendar);
  const t = spec.submittedAt;
  const row: Row = {
    id: spec.id,
    number: numberOf(spec.number, t, calendar).number,
    kind: parent ? 'member' : 'item',
    parentId: parent?.id ?? null,
    itemId: spec.item.id,
    itemCode: spec.item.code,
    bundleId: parent?.bundleId ?? null,
    bundleCode: parent?.bundleCode ?? null,
    title: spec.item.name,
    departmentId: spec.item.implementingDepartmentId,
    intakeDepartmentId: spec.intakeDepartmentId ?? null,
    channel: spec.channel,
    assistedBy: spec.assistedBy ?? null,
    applicantUserId: spec.applicant.userId,
    applicantKind: spec.applicant.kind,
    applicantUscc: spec.applicant.uscc,
    applicantName: spec.applicant.name,
    contactPhoneEnc: spec.applicant.phoneEnc ?? null,
    contactPhoneMasked: spec.applicant.phoneMasked ?? null,
    formData: spec.formData,
    materials: spec.materials,
    commitment,
    state: at,
    outcome: null,
    caseId: spec.caseId,
    delivery: spec.delivery ?? 'electronic',
    postAddress: spec.postAddress ?? null,
    resultLicenceId: null,
    exemptedCount: spec.materials.filter((m) => m.status === 'fetched').length,
    submittedAt: t,
    acceptedAt: at === 'review' ? t : null,
    decidedAt: null,
    finishedAt: null,
    // As the real submission: awaiting intake, the 5-day answer deadline lights the case.
    dueAt: columns.dueAt ?? columns.stateDueAt,
    workingDays: null,
    onTime: null,
    // A single item's draft row is bumped by the submission; a member's row is written by it.
    version: parent ? 1 : 2,
    createdAt: parent ? t : (spec.createdAt ?? t),
    updatedAt: t,
  };
  return {
    spec,
    row,
    state,
    caseRow: { id: spec.caseId, workflow: def.key, subjectType: 'application', subjectId: spec.id, initiatorId: spec.applicant.userId, ...columns, createdAt: t, updatedAt: t },
    history: [{ id: newId(t), caseId: spec.caseId, seq: 1, at: t, action: 'open', actorId: spec.submittedBy, fromState: state.state, toState: state.state, comment: null, attachments: [], data: {} }],
    check: null,
    out: { blocks: [], events: [] },
    newId,
  };
}

const fail = (run: Run, step: SimStep, why: string) => new Error(`simulating ${run.spec.item.code} (${run.row.number}) ${step.action} at ${step.at.toISOString()}: ${why}`);

/** The engine's input for a step, with the application's own rules (service/actions.ts inputFor). */
function inputOf(run: Run, step: SimStep): ActionInput {
  const input: ActionInput = { comment: step.comment ?? null, attachments: [] };
  const s = run.state;
  const late = s.stateDueAt !== null && step.at.getTime() > Date.parse(s.stateDueAt);
  switch (step.action) {
    case 'accept':
      if (late && s.state === 'submitted') input.clockStartAt = s.stateDueAt!;
      input.data = late ? { deemed: true } : {};
      break;
    case 'deemAccept':
      if (s.stateDueAt) input.clockStartAt = s.stateDueAt;
      input.data = { deemed: true };
      break;
    case 'requestCorrection':
      if (!step.missing?.length) throw fail(run, step, 'a correction notice lists what is missing');
      if (s.state === 'submitted' && late) throw fail(run, step, 'past the 5 working days for a correction notice');
      if (s.state === 'submitted' && run.history.some((h) => h.action === 'requestCorrection' && h.fromState === 'submitted')) throw fail(run, step, 'one correction notice at intake');
      input.data = { missing: step.missing };
      input.holders = run.row.applicantUserId ? [{ kind: 'user', id: run.row.applicantUserId }] : [{ kind: 'department', id: run.row.departmentId! }];
      break;
    case 'approveOnSpot':
      if (!run.spec.item.onTheSpot) throw fail(run, step, 'not an on-the-spot item');
      break;
    case 'approveOnCommitment':
      if (!run.row.commitment) throw fail(run, step, 'no commitment');
      break;
    case 'extend':
      input.extension = step.extension;
      break;
  }
  return input;
}

function act(run: Run, step: SimStep, calendar: Calendar) {
  const def = applicationWorkflow;
  const result = applyAction(def, run.state, step.action, step.by, inputOf(run, step), step.at, calendar);
  run.state = result.next;
  Object.assign(run.caseRow, workflowBulk.caseColumns(def, result.next, calendar), { updatedAt: step.at });
  const e = result.entry;
  run.history.push({ id: run.newId(step.at), caseId: run.spec.caseId, seq: result.next.version, at: step.at, action: e.action, actorId: step.actorId === undefined ? step.by.userId : step.actorId, fromState: e.fromState, toState: e.toState, comment: e.comment, attachments: e.attachments, data: e.data });
  const mirror = mirrorOf(result, step.action, calendar, step.at, run.row);
  const granting = GRANTING_ACTIONS.has(step.action);
  if (granting && run.spec.resultLicenceId) mirror.resultLicenceId = run.spec.resultLicenceId;
  if (granting && run.row.delivery === 'post') mirror.postStatus = 'pending';
  run.row = { ...run.row, ...mirror, version: run.row.version + 1, updatedAt: step.at } as Row;
  if (step.action === 'approveOnCommitment') openCheck(run, step, calendar);
}

/** service/post-checks.ts openPostCheck: a case of its own, due `postCheckMonths` after the approval. */
function openCheck(run: Run, step: SimStep, calendar: Calendar) {
  const { item } = run.spec;
  const approvedOn = calendar.shanghaiDate(step.at);
  const dueOn = postCheckDueOn(approvedOn, item.postCheckMonths ?? 2);
  const days = Math.round((Date.parse(dueOn) - Date.parse(approvedOn)) / 86_400_000);
  const id = run.spec.postCheck?.id ?? run.newId(step.at);
  const caseId = run.spec.postCheck?.caseId ?? run.newId(step.at);
  const state = openCase(postCheckWorkflow, { initiatorId: null, holders: [{ kind: 'department', id: item.implementingDepartmentId }], limit: { unit: 'naturalDays', value: days } }, step.at, calendar);
  run.check = {
    row: { id, applicationId: run.spec.id, departmentId: item.implementingDepartmentId, caseId, result: 'pending', findings: null, dueOn, checkedAt: null, createdAt: step.at },
    state,
    caseRow: { id: caseId, workflow: postCheckWorkflow.key, subjectType: 'post_check', subjectId: id, initiatorId: null, ...workflowBulk.caseColumns(postCheckWorkflow, state, calendar), createdAt: step.at, updatedAt: step.at },
    history: [{ id: run.newId(step.at), caseId, seq: 1, at: step.at, action: 'open', actorId: step.actorId === undefined ? step.by.userId : step.actorId, fromState: state.state, toState: state.state, comment: null, attachments: [], data: {} }],
  };
}

/** The post-check's conclusion (service/post-checks.ts act): a false commitment revokes, bars and is an event. */
function concludeCheck(run: Run, calendar: Calendar) {
  const end = run.spec.postCheck?.end;
  const check = run.check;
  if (!end || !check) return;
  const result = applyAction(postCheckWorkflow, check.state, end.action, end.by, { comment: end.comment ?? null }, end.at, calendar);
  check.state = result.next;
  Object.assign(check.caseRow, workflowBulk.caseColumns(postCheckWorkflow, result.next, calendar), { updatedAt: end.at });
  const e = result.entry;
  check.history.push({ id: run.newId(end.at), caseId: check.caseRow.id, seq: result.next.version, at: end.at, action: e.action, actorId: end.actorId === undefined ? end.by.userId : end.actorId, fromState: e.fromState, toState: e.toState, comment: e.comment, attachments: e.attachments, data: e.data });
  check.row = { ...check.row, result: end.action === 'pass' ? 'passed' : 'failed', findings: end.comment ?? null, checkedAt: end.at };
  if (end.action !== 'fail') return;
  const findings = end.comment!;
  const app = run.row;
  run.row = { ...app, outcome: 'revoked', version: app.version + 1, updatedAt: end.at };
  const keys = [...(app.applicantUscc ? [`uscc:${app.applicantUscc}`] : []), ...(app.applicantUserId ? [`user:${app.applicantUserId}`] : [])];
  for (const applicantKey of keys) run.out.blocks.push({ id: run.newId(end.at), applicantKey, applicationId: app.id, reason: findings, createdAt: end.at });
  run.out.events.push({
    subjectType: app.applicantUscc ? 'entity' : 'user',
    subjectId: app.applicantUscc ?? app.applicantUserId ?? app.id,
    payload: { applicationId: app.id, number: app.number, item: app.itemCode, departmentId: app.departmentId, findings, at: end.at.toISOString() },
  });
}

function collect(runs: Run[], calendar: Calendar, parent: Row | null, parentNumber: SimNumber | null): SimulatedRows {
  const out: SimulatedRows = { applications: [], cases: [], history: [], queue: [], postChecks: [], blocks: [], events: [], sequences: [] };
  if (parent) {
    out.applications.push(parent);
    out.sequences.push(numberOf(parentNumber!, parent.submittedAt!, calendar).sequence);
  }
  for (const run of runs) {
    concludeCheck(run, calendar);
    out.applications.push(run.row);
    out.sequences.push(numberOf(run.spec.number, run.spec.submittedAt, calendar).sequence);
    out.cases.push(run.caseRow);
    out.history.push(...run.history);
    out.queue.push(...workflowBulk.queueRowsOf(applicationWorkflow, run.spec.caseId, run.state, run.caseRow.dueAt ?? null));
    if (run.check) {
      out.postChecks.push(run.check.row);
      out.cases.push(run.check.caseRow);
      out.history.push(...run.check.history);
      out.queue.push(...workflowBulk.queueRowsOf(postCheckWorkflow, run.check.caseRow.id, run.check.state, run.check.caseRow.dueAt ?? null));
    }
    out.blocks.push(...run.out.blocks);
    out.events.push(...run.out.events);
  }
  return out;
}

/** One application's life: the rows the real submission and actions would have written. */
export function simulateApplication(spec: ApplicationSpec, calendar: Calendar, options: SimulateOptions = {}): SimulatedRows {
  const run = start(spec, calendar, null, options.newId ?? idAt);
  for (const step of spec.steps) act(run, step, calendar);
  return collect([run], calendar, null, null);
}

/** A 一件事: its members run side by side; the parent follows them after each member's action (parentMirror). */
export function simulateBundle(spec: BundleSpec, calendar: Calendar, options: SimulateOptions = {}): SimulatedRows {
  if (!spec.members.length) throw new Error(`bundle ${spec.bundle.code} has no members`);
  const first = spec.members[0]!;
  const t = first.submittedAt;
  const link = { id: spec.id, bundleId: spec.bundle.id, bundleCode: spec.bundle.code };
  // The service reads members in (created, id) order; all are created at the submission.
  const runs = spec.members.map((m) => start({ ...m, submittedAt: t, channel: first.channel, applicant: first.applicant }, calendar, link, options.newId ?? idAt)).sort((a, b) => (a.row.id < b.row.id ? -1 : 1));
  const materials = runs.flatMap((r) => r.row.materials!).filter((m, i, all) => all.findIndex((o) => o.key === m.key) === i);
  let parent: Row = {
    id: spec.id,
    number: numberOf(spec.number, t, calendar).number,
    kind: 'bundle',
    parentId: null,
    itemId: null,
    itemCode: null,
    bundleId: spec.bundle.id,
    bundleCode: spec.bundle.code,
    title: spec.bundle.name,
    departmentId: spec.bundle.leadDepartmentId,
    intakeDepartmentId: first.intakeDepartmentId ?? null,
    channel: first.channel,
    assistedBy: first.assistedBy ?? null,
    applicantUserId: first.applicant.userId,
    applicantKind: first.applicant.kind,
    applicantUscc: first.applicant.uscc,
    applicantName: first.applicant.name,
    contactPhoneEnc: first.applicant.phoneEnc ?? null,
    contactPhoneMasked: first.applicant.phoneMasked ?? null,
    formData: spec.formData,
    materials,
    commitment: Boolean(spec.commitment),
    state: 'inProgress',
    outcome: null,
    caseId: null,
    delivery: first.delivery ?? 'electronic',
    postAddress: first.postAddress ?? null,
    exemptedCount: runs.reduce((n, r) => n + (r.row.exemptedCount ?? 0), 0),
    submittedAt: t,
    acceptedAt: null,
    dueAt: null,
    version: 2,
    createdAt: spec.createdAt ?? t,
    updatedAt: t,
  };
  const steps = runs.flatMap((run, i) => run.spec.steps.map((step, j) => ({ run, step, i, j }))).sort((a, b) => a.step.at.getTime() - b.step.at.getTime() || a.i - b.i || a.j - b.j);
  for (const { run, step } of steps) {
    if (step.action === 'deliver') {
      const waiting = runs.filter((r) => r !== run && !ENDED.includes(r.state.state));
      if (waiting.length) throw fail(run, step, `a bundle's results are delivered together (${waiting.length} member(s) still in progress)`);
    }
    act(run, step, calendar);
    const members = runs.map((r) => ({ finishedAt: r.row.finishedAt ?? null, dueAt: r.row.dueAt, acceptedAt: r.row.acceptedAt, outcome: r.row.outcome ?? null, workingDays: r.row.workingDays ?? null, onTime: r.row.onTime ?? null }));
    parent = { ...parent, ...parentMirror(members, parent, step.at), version: parent.version + 1, updatedAt: step.at } as Row;
  }
  return collect(runs, calendar, parent, spec.number);
}

export { insertSimulated } from './bulk-insert.ts';
