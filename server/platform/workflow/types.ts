// The workflow engine's vocabulary (DESIGN.md §7): a workflow is data — states, actions, who may take
// them, time limits, states that pause the clock — and a case is its running instance. Nothing here
// knows about applications, appeals or ledger tasks.
import type { TimeLimit } from '../../../common/calendar/index.ts';
import type { Role } from '../../../common/api/roles.ts';

export interface Text {
  zh: string;
  en: string;
}

/** Who holds a case: a named user, or a department's queue (anyone there with the state's roles). */
export type Holder = { kind: 'user'; id: string } | { kind: 'department'; id: string };

export interface HolderEntry {
  holder: Holder;
  /** For 会签: whether this holder has acted in the current state. */
  acted: boolean;
  /** 委派: the user this holder handed the work to (the holder may take it back). */
  delegatedTo: string | null;
}

/** The effect an action has; each is an engine feature, not module code. */
export const ACTION_EFFECTS = [
  'move', // approve, decide, accept … (respecting 会签/或签 in the current state)
  'handover', // 转办: new holders, same state
  'delegate', // 委派
  'takeBack', // 收回委派
  'sendBack', // 退回 to any earlier state
  'withdraw', // 撤回 by the initiator before anyone acted
  'urge', // 催办: notifies the holders
  'extend', // 延期: more time, bounded
  'suspend', // 补正, 听证, 检测: the clock stops
  'resume',
  'terminate',
] as const;
export type ActionEffect = (typeof ACTION_EFFECTS)[number];

/** The platform itself acting (a sweep deeming a case accepted, an automatic close). */
export const SYSTEM_ACTOR_ID = '00000000-0000-7000-8000-000000000000';

/** Who may take an action: the current holder, the case's initiator, whoever delegated, the platform, or a role. */
export type ActorRule = 'holder' | 'initiator' | 'delegator' | 'system' | { role: Role };

export interface StateDef {
  label: Text;
  /** An end state: no action leaves it. */
  end?: boolean;
  /** While here the case's clock stops (补正, 听证, 检测). */
  pausesClock?: boolean;
  /** Entering this state starts the case's clock (e.g. 受理). */
  startsClock?: boolean;
  /** This state's own limit (签收 in 2 hours, 补正 answer in 5 working days). */
  limit?: TimeLimit;
  /** 会签 (all holders act) or 或签 (any one decides). Default any. */
  sign?: 'all' | 'any';
  /** Who holds the case on entry: the previous holders, the initiator, or holders given with the action. */
  assign?: 'keep' | 'initiator' | 'input';
  /** Roles a member of a holding department needs to act for the queue. */
  queueRoles?: readonly Role[];
}

export interface ActionDef {
  label: Text;
  effect: ActionEffect;
  /** States the action may be taken in. */
  from: readonly string[];
  /** Target state (move, withdraw, suspend, terminate; resume goes back where it was suspended from unless set). */
  to?: string;
  who: readonly ActorRule[];
  /** A comment is required (refusals, 补正 lists, send-backs). */
  commentRequired?: boolean;
  /** With 会签: this action decides at once, whoever else has yet to act (e.g. a veto). */
  decisive?: boolean;
}

export interface WorkflowDefinition {
  key: string;
  label: Text;
  initial: string;
  states: Readonly<Record<string, StateDef>>;
  actions: Readonly<Record<string, ActionDef>>;
  /** Warn this many working days (or, for hour limits, this share of the limit) before a deadline. */
  warnWorkingDays?: number;
  warnShare?: number;
}

/** The case's clock: the promised limit, started on entering a startsClock state. */
export interface CaseClock {
  limit: TimeLimit | null;
  startedAt: string | null;
  /** While paused: when the pause began. */
  pausedAt: string | null;
  /** Time excluded so far, in the limit's unit (working days or hours). */
  paused: number;
  /** Granted extensions, in the limit's unit, and the most that may be granted. */
  extension: number;
  maxExtension: number;
  finishedAt: string | null;
}

export interface CaseState {
  state: string;
  holders: HolderEntry[];
  initiatorId: string | null;
  /** When the current state was entered, and its own due time (from the state's limit). */
  stateEnteredAt: string;
  stateDueAt: string | null;
  /** For a suspended case: the state to resume to. */
  suspendedFrom: string | null;
  clock: CaseClock;
  /** Someone other than the initiator has acted (so the initiator may no longer withdraw). */
  othersActed: boolean;
  /** The states entered so far, with who held each: send-backs and resumes restore these holders. */
  trail: { state: string; holders: Holder[] }[];
  /** Optimistic lock: bumped by every action. */
  version: number;
}

export interface HistoryEntry {
  at: string;
  action: string;
  actorId: string | null;
  fromState: string;
  toState: string;
  comment: string | null;
  attachments: string[];
  /** Action particulars: new holders, extension days, send-back target … */
  data: Record<string, unknown>;
}

/** Whoever takes an action. */
export interface WorkflowActor {
  userId: string;
  departmentId: string | null;
  roles: readonly Role[];
}

export interface ActionInput {
  comment?: string | null;
  attachments?: string[];
  /** New holders (handover, or entering a state whose assign is 'input'). */
  holders?: Holder[];
  /** 委派 target. */
  delegateTo?: string;
  /** 退回 target (an earlier state). */
  toState?: string;
  /** 延期 amount in the limit's unit. */
  extension?: number;
  /**
   * When entering a state that starts the clock: start it at this earlier moment instead of now (a case deemed
   * accepted when its intake deadline passed). Never later than now.
   */
  clockStartAt?: string;
  /**
   * The entered state's own limit instead of the definition's (a state defined without one stays without), for a limit an administrator may change while cases
   * run (接诉即办's 签收 and 回访 limits): the module passes the value in force when the step is taken.
   */
  stateLimit?: TimeLimit;
  /** The module's own particulars to keep in the history entry (e.g. a 补正 notice's list of what is missing). */
  data?: Record<string, unknown>;
}

export type DeadlineState = 'none' | 'normal' | 'warning' | 'overdue';

/** What applying an action produced: the new case, its history entry, and whom to notify. */
export interface ActionResult {
  next: CaseState;
  entry: HistoryEntry;
  notify: Holder[];
}
