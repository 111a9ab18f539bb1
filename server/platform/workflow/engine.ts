// Applying an action to a case: a pure function of the definition, the case, the actor, the input
// and the time. Persistence (atomic, version-checked, with history and audit in one transaction) is
// the service's job; this file decides what happens.
import type { Calendar, TimeLimit } from '../../../common/calendar/index.ts';
import { AppError } from '../errors/index.ts';
import { finishClock, newClock, pauseClock, resumeClock, startClock } from './clock.ts';
import { SYSTEM_ACTOR_ID } from './types.ts';
import type { ActionDef, ActionInput, ActionResult, CaseState, Holder, HolderEntry, WorkflowActor, WorkflowDefinition } from './types.ts';

const entryOf = (holder: Holder): HolderEntry => ({ holder, acted: false, delegatedTo: null });
const sameHolder = (a: Holder, b: Holder) => a.kind === b.kind && a.id === b.id;

/** The holder entry through which this actor acts, if any: a user holder, its delegate, or a department queue member. */
function holderEntryOf(def: WorkflowDefinition, c: CaseState, actor: WorkflowActor): HolderEntry | undefined {
  const queueRoles = def.states[c.state]?.queueRoles ?? [];
  return c.holders.find((h) => {
    if (h.delegatedTo) return h.delegatedTo === actor.userId;
    if (h.holder.kind === 'user') return h.holder.id === actor.userId;
    return h.holder.id === actor.departmentId && (queueRoles.length === 0 || queueRoles.some((r) => actor.roles.includes(r)));
  });
}

function passesWho(def: WorkflowDefinition, c: CaseState, action: ActionDef, actor: WorkflowActor): boolean {
  return action.who.some((rule) => {
    if (rule === 'holder') return holderEntryOf(def, c, actor) !== undefined;
    if (rule === 'initiator') return c.initiatorId !== null && c.initiatorId === actor.userId;
    if (rule === 'delegator') return c.holders.some((h) => h.holder.kind === 'user' && h.holder.id === actor.userId && h.delegatedTo !== null);
    if (rule === 'system') return actor.userId === SYSTEM_ACTOR_ID;
    return actor.roles.includes(rule.role);
  });
}

/** Whether the actor may take the action now (state, who, 会签 turn, withdraw window). */
export function mayTake(def: WorkflowDefinition, c: CaseState, key: string, actor: WorkflowActor): boolean {
  const action = def.actions[key];
  if (!action || !action.from.includes(c.state)) return false;
  if (!passesWho(def, c, action, actor)) return false;
  if (action.effect === 'withdraw' && c.othersActed) return false;
  if (action.effect === 'move' && def.states[c.state]?.sign === 'all' && !action.decisive) {
    const mine = holderEntryOf(def, c, actor);
    if (mine?.acted) return false;
  }
  if (action.effect === 'takeBack') return c.holders.some((h) => h.holder.kind === 'user' && h.holder.id === actor.userId && h.delegatedTo !== null);
  if (action.effect === 'extend') return c.clock.limit !== null && c.clock.startedAt !== null && c.clock.extension < c.clock.maxExtension;
  if (action.effect === 'sendBack') return earlierStates(def, c).length > 0;
  return true;
}

/** "What can this user do now" for a case. */
export function availableActions(def: WorkflowDefinition, c: CaseState, actor: WorkflowActor): string[] {
  return Object.keys(def.actions).filter((key) => mayTake(def, c, key, actor));
}

/** States a send-back may return to: entered before, not the current one, not an end or paused state. */
export function earlierStates(def: WorkflowDefinition, c: CaseState): string[] {
  const seen = new Set<string>();
  for (const t of c.trail.slice(0, -1)) {
    const s = def.states[t.state];
    if (t.state !== c.state && s && !s.end && !s.pausesClock) seen.add(t.state);
  }
  return [...seen];
}

const refuse = (zh: string, en: string) => new AppError('VALIDATION_FAILED', { zh, en });

/** A new case in the definition's initial state. */
export function openCase(
  def: WorkflowDefinition,
  options: { initiatorId: string | null; holders: Holder[]; limit: TimeLimit | null; maxExtension?: number; at?: string },
  now: Date,
  calendar: Calendar,
): CaseState {
  // A case may open past the initial state (an application accepted at the window the moment it is filed).
  const start = options.at ?? def.initial;
  const initial = def.states[start];
  if (!initial || initial.end) throw new Error(`workflow ${def.key} cannot open at "${start}"`);
  let clock = newClock(options.limit, options.maxExtension ?? 0);
  if (initial.startsClock) clock = startClock(clock, now);
  return {
    state: start,
    holders: options.holders.map(entryOf),
    initiatorId: options.initiatorId,
    stateEnteredAt: now.toISOString(),
    stateDueAt: initial.limit ? calendar.dueAt(now, initial.limit).toISOString() : null,
    suspendedFrom: null,
    clock,
    othersActed: false,
    trail: [{ state: start, holders: options.holders }],
    version: 1,
  };
}

/**
 * Applies one action. Throws AppError: 403 when the actor may not take it, 409 (CONFLICT) when the case is not in
 * a state the action starts from, 400 for missing input (comment, holders, target).
 */
export function applyAction(def: WorkflowDefinition, c: CaseState, key: string, actor: WorkflowActor, input: ActionInput, now: Date, calendar: Calendar): ActionResult {
  const action = def.actions[key];
  if (!action) throw refuse(`没有名为“${key}”的操作`, `No action named "${key}"`);
  if (!action.from.includes(c.state)) {
    const label = def.states[c.state]?.label ?? { zh: c.state, en: c.state };
    throw new AppError('CONFLICT', { zh: `案件当前处于“${label.zh}”，不能${action.label.zh}`, en: `The case is now "${label.en}": cannot ${action.label.en.toLowerCase()}` });
  }
  if (!mayTake(def, c, key, actor)) {
    throw new AppError('FORBIDDEN', { zh: `您现在不能对此案件执行“${action.label.zh}”`, en: `You cannot "${action.label.en}" this case now` });
  }
  const comment = input.comment?.trim() || null;
  if (action.commentRequired && !comment) throw refuse(`“${action.label.zh}”需要填写意见`, `"${action.label.en}" needs a comment`);

  if (input.stateLimit && !(Number.isInteger(input.stateLimit.value) && input.stateLimit.value > 0 && input.stateLimit.value <= 366)) {
    throw refuse('环节时限须为 1 至 366 之间的整数', "A state's limit must be a whole number from 1 to 366");
  }
  const clockStart = input.clockStartAt && Date.parse(input.clockStartAt) < now.getTime() ? new Date(input.clockStartAt) : now;
  let next: CaseState = { ...c, holders: c.holders.map((h) => ({ ...h })) };
  let notify: Holder[] = [];
  const data: Record<string, unknown> = { ...(input.data ?? {}) };

  const enter = (target: string, holders: Holder[]) => {
    const from = def.states[next.state]!;
    const to = def.states[target]!;
    const stateLimit = to.limit ? (input.stateLimit ?? to.limit) : null;
    let clock = next.clock;
    if (from.pausesClock && !to.pausesClock) clock = resumeClock(calendar, clock, now);
    if (to.startsClock) clock = startClock(clock, clockStart);
    if (to.pausesClock) clock = pauseClock(clock, now);
    if (to.end) clock = finishClock(calendar, clock, now);
    next = {
      ...next,
      state: target,
      holders: holders.map(entryOf),
      stateEnteredAt: now.toISOString(),
      stateDueAt: stateLimit ? calendar.dueAt(now, stateLimit).toISOString() : null,
      clock,
      trail: [...next.trail, { state: target, holders }],
    };
    notify = holders;
  };
  const holdersFor = (target: string): Holder[] => {
    const assign = def.states[target]!.assign ?? 'keep';
    if (assign === 'initiator') {
      if (!c.initiatorId) throw refuse('此案件没有发起人', 'This case has no initiator');
      return [{ kind: 'user', id: c.initiatorId }];
    }
    if (assign === 'input' || input.holders?.length) {
      if (!input.holders?.length) throw refuse('请指定下一环节的办理人或部门', 'Name who takes the next step');
      return input.holders;
    }
    return c.holders.map((h) => h.holder);
  };
  const lastHoldersOf = (state: string): Holder[] => [...c.trail].reverse().find((t) => t.state === state)?.holders ?? c.holders.map((h) => h.holder);

  switch (action.effect) {
    case 'move': {
      const countersign = def.states[c.state]!.sign === 'all' && !action.decisive && c.holders.length > 1;
      if (countersign) {
        const mine = holderEntryOf(def, next, actor)!;
        mine.acted = true;
        data.signed = mine.holder;
        if (!next.holders.every((h) => h.acted)) break;
      }
      enter(action.to!, holdersFor(action.to!));
      break;
    }
    case 'withdraw':
    case 'terminate':
      enter(action.to!, c.holders.map((h) => h.holder));
      break;
    case 'suspend':
      enter(action.to!, holdersFor(action.to!));
      next.suspendedFrom = c.state;
      break;
    case 'resume': {
      const target = action.to ?? c.suspendedFrom;
      if (!target) throw refuse('不知道要恢复到哪个环节', 'No state to resume to');
      enter(target, input.holders?.length ? input.holders : lastHoldersOf(target));
      next.suspendedFrom = null;
      break;
    }
    case 'sendBack': {
      const target = input.toState;
      if (!target || !earlierStates(def, c).includes(target)) throw refuse('只能退回到此前经过的环节', 'A case can only be sent back to a step it has been through');
      enter(target, lastHoldersOf(target));
      data.toState = target;
      break;
    }
    case 'handover': {
      if (!input.holders?.length) throw refuse('请指定转办给谁', 'Name whom to hand the case over to');
      next.holders = input.holders.map(entryOf);
      next.trail = [...next.trail.slice(0, -1), { state: c.state, holders: input.holders }];
      notify = input.holders;
      data.holders = input.holders;
      break;
    }
    case 'delegate': {
      const to = input.delegateTo;
      const mine = next.holders.find((h) => h.holder.kind === 'user' && h.holder.id === actor.userId && !h.delegatedTo);
      if (!mine) throw refuse('只有本人承办的案件可以委派', 'Only a case you hold yourself can be delegated');
      if (!to || to === actor.userId) throw refuse('请指定委派给谁', 'Name whom to delegate to');
      mine.delegatedTo = to;
      notify = [{ kind: 'user', id: to }];
      data.delegateTo = to;
      break;
    }
    case 'takeBack': {
      const mine = next.holders.find((h) => h.holder.kind === 'user' && h.holder.id === actor.userId && h.delegatedTo);
      if (mine) {
        data.from = mine.delegatedTo;
        mine.delegatedTo = null;
      }
      break;
    }
    case 'urge':
      notify = c.holders.map((h) => (h.delegatedTo ? { kind: 'user' as const, id: h.delegatedTo } : h.holder));
      break;
    case 'extend': {
      const amount = input.extension ?? 0;
      if (!(amount > 0)) throw refuse('延期时长应大于 0', 'An extension must be more than 0');
      if (c.clock.extension + amount > c.clock.maxExtension) {
        throw new AppError('UNPROCESSABLE', {
          zh: `延期超过上限：最多还可延长 ${c.clock.maxExtension - c.clock.extension}`,
          en: `Extension beyond the limit: at most ${c.clock.maxExtension - c.clock.extension} more`,
        });
      }
      next.clock = { ...next.clock, extension: next.clock.extension + amount };
      data.extension = amount;
      break;
    }
  }

  next.othersActed = c.othersActed || (action.effect !== 'urge' && actor.userId !== c.initiatorId);
  next.version = c.version + 1;
  const entry = {
    at: now.toISOString(),
    action: key,
    actorId: actor.userId,
    fromState: c.state,
    toState: next.state,
    comment,
    attachments: input.attachments ?? [],
    data,
  };
  return { next, entry, notify: dedupe(notify) };
}

function dedupe(holders: Holder[]): Holder[] {
  return holders.filter((h, i) => holders.findIndex((o) => sameHolder(o, h)) === i);
}
