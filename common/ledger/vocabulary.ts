// 督办台账's code tables (DOMAIN.md "Ledger (台账) and the office's work"): sources, task states, the light rules
// (green / amber / red on working days) and the half-time check (时间过半任务过半). Shared by the server and the web.
import type { Calendar, IsoDate } from '../calendar/index.ts';
import { calendarDaysBetween } from '../calendar/index.ts';

const t = (zh: string, en: string) => ({ zh, en });

/** Where ledger items come from (台账来源). */
export const SOURCE_KINDS = ['provincial_feedback', 'provincial_plan', 'city_plan', 'leader_instruction', 'hall_inspection', 'bad_rating', 'meeting', 'enterprise'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, { zh: string; en: string }> = {
  provincial_feedback: t('自治区评估反馈问题', "The province's evaluation feedback"),
  provincial_plan: t('自治区行动方案', "The province's action plan"),
  city_plan: t('市实施方案', "The city's implementing plan"),
  leader_instruction: t('领导批示', "Leaders' instructions"),
  hall_inspection: t('明查暗访', 'Hall inspections'),
  bad_rating: t('差评整改', 'Bad-rating fixes'),
  meeting: t('调度会议定事项', 'Dispatch meeting decisions'),
  enterprise: t('企业反映问题', 'Problems enterprises raised'),
};

/** A task's state (mirrors its case on the workflow engine). */
export const TASK_STATES = ['doing', 'reviewing', 'provincial', 'closed', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];
export const TASK_STATE_LABELS: Record<TaskState, { zh: string; en: string }> = {
  doing: t('推进中', 'In progress'),
  reviewing: t('销号审核中', 'Closure under review'),
  provincial: t('待自治区销号', 'Awaiting the province'),
  closed: t('已销号', 'Closed'),
  cancelled: t('已撤销', 'Cancelled'),
};
export const OPEN_TASK_STATES: readonly TaskState[] = ['doing', 'reviewing', 'provincial'];

/** 红黄绿灯: done (closed), green (on track), amber (at risk), red (overdue). */
export const LIGHTS = ['green', 'amber', 'red', 'done'] as const;
export type Light = (typeof LIGHTS)[number];
export const LIGHT_LABELS: Record<Light, { zh: string; en: string }> = {
  green: t('正常推进', 'On track'),
  amber: t('临期预警', 'At risk'),
  red: t('逾期', 'Overdue'),
  done: t('已销号', 'Closed'),
};
/** Why a task is amber. */
export type AmberReason = 'time' | 'half';

/** 挂牌督办 levels. */
export const ESCALATION_LEVELS = ['office', 'government'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export const ESCALATION_LEVEL_LABELS: Record<EscalationLevel, { zh: string; en: string }> = {
  office: t('专班挂牌督办', "The office's escalation"),
  government: t('市政府挂牌督办', "The city government's escalation"),
};

/** Member roles in the leading group. */
export const MEMBER_ROLES = ['head', 'deputy', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_ROLE_LABELS: Record<MemberRole, { zh: string; en: string }> = {
  head: t('组长单位', 'Leading unit'),
  deputy: t('副组长单位', 'Deputy unit'),
  member: t('成员单位', 'Member unit'),
};

/** The configurable rules (saved by the office, read live). */
export interface LedgerRules {
  /** Amber when less than this share of a task's time is left (DOMAIN.md: 20%). */
  amberShare: number;
  /** The half-time check's thresholds: at `halfTimeShare` of the period, at least `halfTaskShare` closed. */
  halfTimeShare: number;
  halfTaskShare: number;
  /** A task with no progress report for this many working days is flagged as silent in packs. */
  silentWorkingDays: number;
}
export const DEFAULT_LEDGER_RULES: LedgerRules = { amberShare: 0.2, halfTimeShare: 0.5, halfTaskShare: 0.5, silentWorkingDays: 10 };

/** Working days from `from` to `to` (negative when `to` is earlier); calendar days where the calendar has no data. */
export function workingDaysFrom(calendar: Calendar, from: IsoDate, to: IsoDate): number {
  const fy = Number(from.slice(0, 4));
  const ty = Number(to.slice(0, 4));
  if (calendar.covers(fy) && calendar.covers(ty)) return calendar.workingDaysBetween(from, to);
  // Outside the official data (a plan running into a year not published yet): weekdays are a fair estimate.
  return Math.round((calendarDaysBetween(from, to) * 5) / 7);
}

export interface LightInput {
  state: TaskState;
  startsOn: IsoDate;
  dueOn: IsoDate;
  /** 0–100 */
  progress: number;
}

export interface LightResult {
  light: Light;
  amberReason: AmberReason | null;
  /** Working days left until the deadline (negative = overdue by that many). */
  daysLeft: number;
  /** Share of the task's working days gone (0–1, capped). */
  elapsedShare: number;
}

/**
 * A task's light on `today` (Shanghai date). Red once the deadline day has passed while open; amber when less than
 * `amberShare` of its working days is left, or when half its time is gone and its progress is below half
 * (时间过半任务过半 for one task); otherwise green. Closed and cancelled tasks are `done`.
 */
export function taskLight(calendar: Calendar, task: LightInput, today: IsoDate, rules: LedgerRules = DEFAULT_LEDGER_RULES): LightResult {
  const total = Math.max(1, workingDaysFrom(calendar, task.startsOn, task.dueOn));
  const left = workingDaysFrom(calendar, today, task.dueOn);
  const gone = Math.min(1, Math.max(0, (total - Math.max(0, left)) / total));
  if (task.state === 'closed' || task.state === 'cancelled') return { light: 'done', amberReason: null, daysLeft: left, elapsedShare: gone };
  if (today > task.dueOn) return { light: 'red', amberReason: null, daysLeft: Math.min(-1, left), elapsedShare: 1 };
  if (today >= task.startsOn && left / total < rules.amberShare) return { light: 'amber', amberReason: 'time', daysLeft: left, elapsedShare: gone };
  if (gone >= rules.halfTimeShare && task.progress < rules.halfTaskShare * 100) return { light: 'amber', amberReason: 'half', daysLeft: left, elapsedShare: gone };
  return { light: 'green', amberReason: null, daysLeft: left, elapsedShare: gone };
}

export interface HalfTimeInput {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  total: number;
  closed: number;
}

export interface HalfTimeResult {
  /** Share of the period's working days gone (0–1). */
  timeShare: number;
  /** Share of the tasks closed (0–1; 0 without tasks). */
  taskShare: number;
  /** Whether the half-time point has been reached. */
  halfTimeReached: boolean;
  /** null before half-time; then whether at least `halfTaskShare` of the tasks are closed. */
  met: boolean | null;
}

/** 时间过半任务过半 for a plan, a unit or a source over the plan's period, on `today`. */
export function halfTimeCheck(calendar: Calendar, input: HalfTimeInput, today: IsoDate, rules: LedgerRules = DEFAULT_LEDGER_RULES): HalfTimeResult {
  const total = Math.max(1, workingDaysFrom(calendar, input.periodStart, input.periodEnd));
  const gone = Math.min(1, Math.max(0, workingDaysFrom(calendar, input.periodStart, today) / total));
  const taskShare = input.total > 0 ? input.closed / input.total : 0;
  const reached = gone >= rules.halfTimeShare;
  return { timeShare: gone, taskShare, halfTimeReached: reached, met: reached ? taskShare >= rules.halfTaskShare : null };
}
