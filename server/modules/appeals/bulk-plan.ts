// One simulated ticket's life (bulk.ts): from its creation to `now` — answered on the call, invalid, merged, or
// dispatched, signed for (in time or late), maybe returned and re-dispatched, extended, replied to, called back and
// maybe reopened; a dishonesty report verified, put right or recorded as a breach. A ticket closed by `now` is its
// row and timeline only; one still open runs its steps so far through the engine (openCase, applyAction) and gets
// its case, history and queue rows. The mirror columns follow what the services write (service/tickets.ts,
// handling.ts): a direct answer is on time; a dishonesty report is confidential, led by its verifier from the
// start, with no on-time mirror; a utility category runs under the utility limit.
import { maskPhone, ticketLimit, type AppealRules, type Kind, type Satisfaction, type Urgency } from '../../../common/appeals/vocabulary.ts';
import type { Calendar, TimeLimit } from '../../../common/calendar/index.ts';
import type { Rng } from '../../../common/ids/index.ts';
import { applyAction, elapsed, openCase, workflowBulk, type ActionInput, type Holder, type WorkflowActor, type WorkflowDefinition } from '../../platform/workflow/index.ts';
import type { SimCategory, SimulateTicketsOptions } from './bulk.ts';
import { AREA_SEEDS, callbackText, contentOf, replyOf, streetOf, titleOf, type CHANNEL_WEIGHTS } from './bulk-text.ts';
import type { NewTicket, NewUpdate } from './repository.ts';
import { between, DAY, expo, HOUR, seededId } from './bulk-random.ts';

const MINUTE = 60_000;

export interface Caller {
  name: string;
  phoneEnc: string;
  phoneMasked: string;
  phoneIndex: string;
  emailEnc: string | null;
}

export interface Ctx {
  o: SimulateTicketsOptions;
  rng: Rng;
  rules: AppealRules;
  calendar: Calendar;
  now: Date;
  ticketDef: WorkflowDefinition;
  dishonestyDef: WorkflowDefinition;
  categories: SimCategory[];
  areas: readonly string[];
  pickChannel: (rng: Rng) => keyof typeof CHANNEL_WEIGHTS;
  pickKind: (rng: Rng) => Kind;
  pickArea: (rng: Rng) => string;
  quality: Map<string, number>;
  callers: (Caller | null)[];
  callerSeeds: { name: string; phone: string; email: string }[];
  /** The last ticket per category and area that others may be merged into. */
  recent: Map<string, { id: string; at: number }>;
  /** A cluster in the last four weeks (the 未诉先办 report's new hot spot). */
  spike: { category: SimCategory; area: string; since: number };
  enterprises: { uscc: string; name: string }[];
}

const hotline = (ctx: Ctx): Holder => ({ kind: 'department', id: ctx.o.hotlineDepartmentId });
const unitHolder = (id: string): Holder => ({ kind: 'department', id });
const agent = (ctx: Ctx): WorkflowActor => ({ userId: '00000000-0000-7000-8000-000000000012', departmentId: ctx.o.hotlineDepartmentId, roles: ['agent'] });
const handler = (unit: string): WorkflowActor => ({ userId: '00000000-0000-7000-8000-000000000013', departmentId: unit, roles: ['handler'] });

function caller(ctx: Ctx, i: number): Caller {
  let c = ctx.callers[i];
  if (!c) {
    const s = ctx.callerSeeds[i]!;
    const { encrypt, blindIndex } = ctx.o.crypto;
    c = { name: s.name, phoneEnc: encrypt(s.phone), phoneMasked: maskPhone(s.phone), phoneIndex: blindIndex(s.phone), emailEnc: null };
    ctx.callers[i] = c;
  }
  return c;
}

function sealedEmail(ctx: Ctx, i: number): string {
  const c = caller(ctx, i);
  if (!c.emailEnc) c.emailEnc = ctx.o.crypto.encrypt(ctx.callerSeeds[i]!.email);
  return c.emailEnc;
}

function defaultUnit(ctx: Ctx, category: SimCategory): string {
  let h = 0;
  for (const ch of category.code) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return ctx.o.units[h % ctx.o.units.length]!;
}

/** A category for an instant: popular ones more often (Zipf), utilities in the heating season, some in summer. */
function pickCategory(ctx: Ctx, at: number): SimCategory {
  const month = new Date(at + 8 * HOUR).getUTCMonth();
  const winter = month >= 9 || month <= 2;
  const summer = month >= 5 && month <= 7;
  for (;;) {
    const i = Math.min(ctx.categories.length - 1, Math.floor(ctx.categories.length * ctx.rng() ** 1.8));
    const c = ctx.categories[i]!;
    const factor = c.utility ? (winter ? 1 : 0.35) : i % 4 === 1 ? (summer ? 1 : 0.6) : 1;
    if (ctx.rng() < factor) return c;
  }
}

/** The mirror columns of a ticket nothing has happened to yet (every row carries every column: one shape). */
const UNTOUCHED = {
  leadDepartmentId: null, dishonestyFinding: null, breachRecorded: false, supportDepartmentIds: [],
  caseId: null, state: 'closed', outcome: null, mergedInto: null, reply: null, dispatchedAt: null,
  signDueAt: null, signedAt: null, signedOnTime: null, repliedAt: null, closedAt: null, dueAt: null,
  onTime: null, returnCount: 0, reopenCount: 0, extensionCount: 0, callbackAt: null, callbackContacted: null,
  callbackSolved: null, callbackSatisfaction: null, token: null, version: 1,
} satisfies Partial<NewTicket>;

export interface Built {
  ticket: NewTicket;
  updates: NewUpdate[];
  cases: workflowBulk.NewCase[];
  history: workflowBulk.NewHistory[];
  queue: workflowBulk.NewAssignment[];
}

const dispatchStep = (ctx: Ctx, at: number, unit: string): Step => ({ action: 'dispatch', at, by: agent(ctx), input: { holders: [unitHolder(unit)], data: { leadDepartmentId: unit, supportDepartmentIds: [] } } });

interface Step {
  action: string;
  at: number;
  by: WorkflowActor;
  input?: ActionInput;
}

/** Runs a case through the engine up to `now`: the steps taken, the case's rows. */
function runCase(ctx: Ctx, def: WorkflowDefinition, ticketId: string, openAt: number, holders: Holder[], limit: TimeLimit, maxExtension: number, steps: Step[], out: Built) {
  const caseId = seededId(ctx.rng, openAt);
  const cal = ctx.calendar;
  let state = openCase(def, { initiatorId: null, holders, limit, maxExtension }, new Date(openAt), cal);
  const history: workflowBulk.NewHistory[] = [{ id: seededId(ctx.rng, openAt), caseId, seq: 1, at: new Date(openAt), action: 'open', actorId: null, fromState: state.state, toState: state.state, comment: null, attachments: [], data: {} }];
  let taken = 0;
  for (const step of steps) {
    if (step.at > ctx.now.getTime()) break;
    const result = applyAction(def, state, step.action, step.by, step.input ?? {}, new Date(step.at), cal);
    state = result.next;
    const e = result.entry;
    history.push({ id: seededId(ctx.rng, step.at), caseId, seq: state.version, at: new Date(step.at), action: e.action, actorId: null, fromState: e.fromState, toState: e.toState, comment: e.comment, attachments: e.attachments, data: e.data });
    taken++;
  }
  const last = history[history.length - 1]!.at as Date;
  const columns = workflowBulk.caseColumns(def, state, cal);
  out.cases.push({ id: caseId, workflow: def.key, subjectType: 'appeal_ticket', subjectId: ticketId, initiatorId: null, ...columns, createdAt: new Date(openAt), updatedAt: last });
  out.history.push(...history);
  out.queue.push(...workflowBulk.queueRowsOf(def, caseId, state, columns.dueAt ?? null));
  return { caseId, state: state.state, stateDueAt: state.stateDueAt, taken };
}

/** A ticket's life as planned from its creation; cut at `now` by the caller. */
export function plan(ctx: Ctx, id: string, number: string, t: number): Built {
  const { rng, rules, calendar: cal } = ctx;
  const now = ctx.now.getTime();
  const spike = t >= ctx.spike.since && rng() < 0.03;
  const category = spike ? ctx.spike.category : pickCategory(ctx, t);
  const area = spike ? ctx.spike.area : ctx.pickArea(rng);
  const channel = ctx.pickChannel(rng);
  let kind: Kind = channel === 'dishonesty' ? 'report' : category.defaultKind && rng() < 0.5 ? category.defaultKind : ctx.pickKind(rng);
  if (channel === 'enterprise' && kind === 'praise') kind = 'consult';
  const urgency: Urgency = (kind === 'help' || kind === 'report') && rng() < 0.04 ? 'urgent' : category.utility && rng() < 0.7 ? 'utility' : 'normal';
  const callerIndex = Math.floor(rng() ** 1.3 * ctx.callerSeeds.length);
  const who = caller(ctx, callerIndex);
  const street = streetOf(rng, area);
  const enterprise = channel === 'enterprise' ? ctx.enterprises[Math.floor(rng() * ctx.enterprises.length)]! : null;
  const accused = channel === 'dishonesty' ? ctx.o.units[Math.floor(rng() * ctx.o.units.length)]! : null;
  const users = ctx.o.requesterUserIds ?? [];
  const requesterUserId = (channel === 'web' || channel === 'mobile') && users.length && rng() < 0.05 ? users[Math.floor(rng() * users.length)]! : null;
  const seed = AREA_SEEDS[area];
  const point = (channel === 'web' || channel === 'mobile' || channel === 'open311') && seed && rng() < 0.8;
  const created = new Date(t);
  const ticket: NewTicket = {
    id,
    number,
    channel,
    kind,
    urgency,
    categoryCode: category.code,
    areaCode: area,
    title: titleOf(rng, kind, category.name ?? category.code, street),
    content: contentOf(rng, kind, category.name ?? category.code, seed?.name ?? '', street),
    requesterUserId,
    // The enterprise has its own columns: the caller's name is the person's alone (masked in lists as 王**).
    requesterName: who.name,
    requesterPhoneEnc: channel === 'email' ? null : who.phoneEnc,
    requesterPhoneMasked: channel === 'email' ? null : who.phoneMasked,
    requesterPhoneIndex: channel === 'email' ? null : who.phoneIndex,
    requesterEmailEnc: channel === 'email' ? sealedEmail(ctx, callerIndex) : null,
    enterpriseUscc: enterprise?.uscc ?? null,
    enterpriseName: enterprise?.name ?? null,
    address: rng() < 0.85 ? `${seed?.name ?? ''}${street}` : null,
    lat: point ? Math.round((seed.lat + between(rng, -0.03, 0.03)) * 1e6) / 1e6 : null,
    lng: point ? Math.round((seed.lng + between(rng, -0.04, 0.04)) * 1e6) / 1e6 : null,
    mediaFileIds: [],
    attributes: {},
    externalId: channel === 'open311' ? `ext-${number.slice(2)}` : null,
    confidential: channel === 'dishonesty' || ((kind === 'report' || kind === 'complain') && rng() < 0.03),
    nameHidden: rng() < 0.02,
    accusedDepartmentId: accused,
    ...UNTOUCHED,
    createdAt: created,
    updatedAt: created,
  };
  const out: Built = { ticket, updates: [], cases: [], history: [], queue: [] };
  const update = (at: number, kind: string, text: string, state: string, extra: Partial<NewUpdate> = {}) =>
    out.updates.push({ id: seededId(rng, at), ticketId: id, at: new Date(at), kind, authorUserId: null, departmentId: null, public: false, text, data: {}, attachments: [], state, ...extra });
  const close = (at: number, outcome: string, state = 'closed') => Object.assign(ticket, { state, outcome, closedAt: new Date(at), updatedAt: new Date(at) });
  const key = `${category.code}|${area}`;
  const target = ctx.recent.get(key);

  // 直接答复: the seat answers from the knowledge base; closed at once, no case, no unit.
  const answerShare = kind === 'consult' ? 0.45 : kind === 'praise' ? 0.3 : 0.06;
  if ((channel === 'phone' || channel === 'enterprise') && rng() < answerShare) {
    const at = Math.min(now, t + between(rng, 3, 12) * MINUTE);
    ticket.reply = replyOf(rng, 'answered');
    Object.assign(ticket, { repliedAt: new Date(at), onTime: true });
    close(at, 'answered');
    update(at, 'reply', ticket.reply, 'closed', { public: !ticket.confidential });
    return out;
  }
  // As intake does: a utility category runs under the utility limit unless the seat marked it urgent.
  const limit = ticketLimit(rules, kind, urgency === 'normal' && category.utility ? 'utility' : urgency);
  if (channel === 'dishonesty') return dishonesty(ctx, out, t, accused!, update);

  // 无效 and 并单 at the hotline, before or soon after dispatch; a merged ticket points at one that was not.
  const invalid = rng() < 0.015;
  const mergeAt = !invalid && target && t - target.at < rules.repeatWindowDays * DAY && rng() < 0.04 ? (rng() < 0.6 ? 'dispatching' : 'signing') : null;
  if (!invalid && !mergeAt) ctx.recent.set(key, { id, at: t });
  const unit = ctx.o.unitOf?.(category.code, area) ?? defaultUnit(ctx, category);
  const q = ctx.quality.get(unit) ?? 0.8;
  const urgent = limit.unit === 'hours';
  let dispatchedAt = t + (urgent ? between(rng, 3, 20) * MINUTE : Math.min(expo(rng, 50 * MINUTE), 8 * HOUR) + 2 * MINUTE);
  if (invalid || mergeAt === 'dispatching') {
    const at = t + between(rng, 10, 180) * MINUTE;
    if (at > now) return openTicket(ctx, out, t, limit, [], unit);
    if (mergeAt) ticket.mergedInto = target!.id;
    close(at, invalid ? 'invalid' : 'merged', invalid ? 'invalid' : 'merged');
    update(at, 'status', invalid ? '经核实为无效工单（重复来电或信息不全）' : '与此前同一事项工单合并办理', ticket.state!, { public: !ticket.confidential });
    return out;
  }
  // 退单: the first unit(s) sent it back within the return window; the hotline re-dispatched.
  const returns = rng() < 0.065 ? (rng() < 0.15 ? 2 : 1) : 0;
  const returnsDone: { unit: string; at: number }[] = [];
  for (let i = 0; i < returns; i++) {
    const wrong = ctx.o.units[Math.floor(rng() * ctx.o.units.length)]!;
    const back = dispatchedAt + between(rng, 2 * HOUR, 30 * HOUR);
    returnsDone.push({ unit: wrong === unit ? ctx.o.units[(ctx.o.units.indexOf(wrong) + 1) % ctx.o.units.length]! : wrong, at: back });
    dispatchedAt = back + between(rng, 20 * MINUTE, 4 * HOUR);
  }
  const signDue = cal.dueAt(new Date(dispatchedAt), { unit: 'workingDays', value: rules.signDays }).getTime();
  const lateSign = rng() < 0.03 + (1 - q) * 0.2;
  let signedAt = lateSign ? signDue + between(rng, HOUR, 40 * HOUR) : dispatchedAt + Math.min(expo(rng, 3 * HOUR), 0.9 * (signDue - dispatchedAt));
  if (mergeAt === 'signing') {
    const at = dispatchedAt + between(rng, 30 * MINUTE, 20 * HOUR);
    if (at > now) return openTicket(ctx, out, t, limit, [dispatchStep(ctx, dispatchedAt, unit)], unit);
    Object.assign(ticket, { leadDepartmentId: unit, dispatchedAt: new Date(dispatchedAt), signDueAt: new Date(signDue), mergedInto: target!.id });
    close(at, 'merged', 'merged');
    update(at, 'status', '与此前同一事项工单合并办理', 'merged', { public: !ticket.confidential });
    return out;
  }
  const extension = !urgent && rng() < 0.06 ? Math.min(rules.maxExtensionDays, Math.round(between(rng, 3, 10))) : 0;
  const dueAt = cal.dueAt(new Date(dispatchedAt), { unit: limit.unit, value: limit.value + extension }).getTime();
  signedAt = Math.min(signedAt, dueAt - MINUTE);
  const lateDone = rng() < 0.03 + (1 - q) * 0.2;
  const span = Math.max(HOUR / 2, dueAt - signedAt);
  const repliedAt = lateDone ? dueAt + between(rng, HOUR, 5 * DAY) : signedAt + span * (0.15 + 0.8 * rng() ** 0.6);
  const reply = replyOf(rng, 'handled');
  const callbackAt = repliedAt + between(rng, 2 * HOUR, 60 * HOUR);
  const steps: Step[] = [
    dispatchStep(ctx, dispatchedAt, unit),
    { action: 'sign', at: signedAt, by: handler(unit) },
    { action: 'reply', at: repliedAt, by: handler(unit), input: { comment: reply, holders: [hotline(ctx)], data: { solved: true } } },
  ];
  if (callbackAt > now) return openTicket(ctx, out, t, limit, steps, unit, reply);

  // Closed: the mirror columns as the services leave them (no case for the bench's million).
  const extensionCount = extension ? (rng() < 0.1 ? 2 : 1) : 0;
  Object.assign(ticket, {
    leadDepartmentId: unit,
    supportDepartmentIds: rng() < 0.1 ? [ctx.o.units[Math.floor(rng() * ctx.o.units.length)]!].filter((u) => u !== unit) : [],
    dispatchedAt: new Date(dispatchedAt),
    signDueAt: new Date(signDue),
    signedAt: new Date(signedAt),
    signedOnTime: signedAt <= signDue,
    repliedAt: new Date(repliedAt),
    dueAt: new Date(dueAt),
    onTime: repliedAt <= dueAt,
    reply,
    returnCount: returns,
    extensionCount,
  });
  for (const r of returnsDone) update(r.at, 'status', '非本单位职责，申请退单', 'returned', { departmentId: r.unit });
  if (extension) update(signedAt + (repliedAt - signedAt) / 3, 'extensionRequest', `需协调多部门，申请延期 ${extension} 个工作日`, 'handling', { departmentId: unit, data: { days: extension } });
  update(repliedAt, 'reply', reply, 'callback', { departmentId: unit, public: !ticket.confidential });
  let cb = callback(ctx, q, false);
  let lastCallback = callbackAt;
  // 重办: an unsatisfied callback sends it back to the same unit once (when it is all over by `now`); the clock
  // stood still during the callback, so the deadline moves by that pause; the second answer is called back again.
  const again = callbackAt + between(rng, 1 * DAY, 5 * DAY);
  const second = again + between(rng, 2 * HOUR, 40 * HOUR);
  if (cb.satisfaction === 'unsatisfied' && rng() < 0.5 && second <= now) {
    update(callbackAt, 'callback', callbackText(cb), 'handling', { data: { ...cb, reopened: true } });
    const pause = elapsed(cal, limit.unit, new Date(repliedAt), new Date(callbackAt));
    const due2 = cal.dueAt(new Date(dispatchedAt), { unit: limit.unit, value: limit.unit === 'hours' ? limit.value + extension + pause : Math.ceil(limit.value + extension + pause) }).getTime();
    const reply2 = replyOf(rng, 'reopened');
    update(again, 'reply', reply2, 'callback', { departmentId: unit, public: !ticket.confidential });
    Object.assign(ticket, { reopenCount: 1, reply: reply2, repliedAt: new Date(again), dueAt: new Date(due2), onTime: again <= due2 });
    cb = callback(ctx, q, true);
    lastCallback = second;
  }
  update(lastCallback, 'callback', callbackText(cb), 'closed', { data: { ...cb } });
  Object.assign(ticket, {
    callbackAt: new Date(lastCallback),
    callbackContacted: cb.contacted,
    callbackSolved: cb.solved,
    callbackSatisfaction: cb.satisfaction,
    version: 6 + returns * 2 + extensionCount + ticket.reopenCount! * 2,
  });
  close(lastCallback, cb.contacted ? (cb.solved ? 'solved' : 'unsolved') : rng() < 0.85 ? 'solved' : 'unsolved');
  return out;
}

/** 回访: contacted (93%); solved depends on the unit; satisfaction follows the solution. A reopened ticket does better. */
function callback(ctx: Ctx, q: number, reopened: boolean): { contacted: boolean; solved: boolean | null; satisfaction: Satisfaction | null } {
  const { rng } = ctx;
  if (rng() >= 0.93) return { contacted: false, solved: null, satisfaction: null };
  const solved = rng() < (reopened ? 0.75 : 0.6 + 0.32 * q);
  const x = rng();
  const satisfaction: Satisfaction = solved ? (x < 0.8 ? 'satisfied' : x < 0.96 ? 'basic' : 'unsatisfied') : x < 0.15 ? 'satisfied' : x < 0.5 ? 'basic' : 'unsatisfied';
  return { contacted: true, solved, satisfaction };
}

/** A ticket open at `now`: its case runs the steps taken so far; the mirror follows them. */
function openTicket(ctx: Ctx, out: Built, t: number, limit: TimeLimit, steps: Step[], unit: string, reply?: string): Built {
  const ticket = out.ticket;
  const run = runCase(ctx, ctx.ticketDef, ticket.id, t, [hotline(ctx)], limit, limit.unit === 'workingDays' ? ctx.rules.maxExtensionDays : 0, steps, out);
  const at = (i: number) => new Date(steps[i]!.at);
  Object.assign(ticket, { caseId: run.caseId, state: run.state, outcome: null, closedAt: null, version: 1 + run.taken });
  if (run.taken >= 1) {
    const dispatched = at(0);
    Object.assign(ticket, { leadDepartmentId: unit, dispatchedAt: dispatched, signDueAt: ctx.calendar.dueAt(dispatched, { unit: 'workingDays', value: ctx.rules.signDays }), dueAt: ctx.calendar.dueAt(dispatched, limit) });
  }
  if (run.taken >= 2) Object.assign(ticket, { signedAt: at(1), signedOnTime: at(1) <= (ticket.signDueAt as Date) });
  if (run.taken >= 3) {
    Object.assign(ticket, { repliedAt: at(2), reply, onTime: at(2) <= (ticket.dueAt as Date) });
    out.updates.push({ id: seededId(ctx.rng, steps[2]!.at), ticketId: ticket.id, at: at(2), kind: 'reply', authorUserId: null, departmentId: unit, public: !ticket.confidential, text: reply!, data: {}, attachments: [], state: 'callback' });
  }
  ticket.updatedAt = run.taken ? at(run.taken - 1) : ticket.createdAt;
  return out;
}

/** 政务失信举报: the superior body verifies; founded → the body puts it right (or refuses: a breach record); feedback. */
function dishonesty(ctx: Ctx, out: Built, t: number, accused: string, update: (at: number, kind: string, text: string, state: string, extra?: Partial<NewUpdate>) => void): Built {
  const { rng, rules } = ctx;
  const ticket = out.ticket;
  const others = ctx.o.units.filter((u) => u !== accused);
  const lead = ctx.o.verifierOf?.(accused) ?? (others.length ? others[Math.floor(rng() * others.length)]! : accused);
  const limit: TimeLimit = { unit: 'workingDays', value: rules.dishonestyDays };
  const due = ctx.calendar.dueAt(new Date(t), limit).getTime();
  const founded = rng() < 0.4;
  const breach = founded && rng() < 0.15;
  const found = t + between(rng, DAY, 5 * DAY);
  const fixed = found + between(rng, DAY, 6 * DAY);
  const end = (founded ? fixed : found) + between(rng, 2 * HOUR, 3 * DAY);
  const steps: Step[] = founded
    ? [
        { action: 'found', at: found, by: handler(lead), input: { comment: '经核实，举报情况属实，责令限期整改', holders: [unitHolder(accused)] } },
        breach
          ? { action: 'recordBreach', at: fixed, by: handler(lead), input: { comment: '拒不整改，认定为政务失信', holders: [unitHolder(lead)] } }
          : { action: 'rectified', at: fixed, by: handler(accused), input: { comment: '已按要求整改到位', holders: [unitHolder(lead)] } },
      ]
    : [{ action: 'unfounded', at: found, by: handler(lead), input: { comment: '经核实，举报情况不属实', holders: [unitHolder(lead)] } }];
  const reply = founded ? (breach ? '经核实举报属实，被举报单位拒不整改，已认定为政务失信并记录。' : '经核实举报属实，已责令被举报单位整改到位。') : '经核实，举报反映的情况不属实，已向您说明。';
  steps.push({ action: 'reply', at: end, by: handler(lead), input: { comment: reply } });
  // As intake does: the verifier leads from the start (dispatched at once), confidential; no on-time mirror.
  Object.assign(ticket, { leadDepartmentId: lead, dispatchedAt: new Date(t), dueAt: new Date(due) });
  if (end > ctx.now.getTime()) {
    const run = runCase(ctx, ctx.dishonestyDef, ticket.id, t, [unitHolder(lead)], limit, 10, steps, out);
    const finding = run.taken >= 1 ? (founded ? 'founded' : 'unfounded') : null;
    Object.assign(ticket, { caseId: run.caseId, state: run.state, outcome: null, dishonestyFinding: finding, breachRecorded: breach && run.taken >= 2, version: 1 + run.taken });
    return out;
  }
  Object.assign(ticket, { dishonestyFinding: founded ? 'founded' : 'unfounded', breachRecorded: breach, reply, repliedAt: new Date(end), version: 1 + steps.length });
  update(end, 'reply', reply, 'closed', { departmentId: lead });
  Object.assign(ticket, { state: 'closed', outcome: founded && !breach ? 'solved' : 'unsolved', closedAt: new Date(end), updatedAt: new Date(end) });
  return out;
}

