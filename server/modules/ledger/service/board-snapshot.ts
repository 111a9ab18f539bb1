// What the board and the meeting pack share: the tasks as they stood at an instant, their lights (memoised: many
// tasks share their dates), the half-time check of a group of tasks, the department names and a TaskRow of a
// whole task row (a meeting's decisions).
import type { TaskRow } from '../../../../common/api/ledger.ts';
import type { Calendar, IsoDate } from '../../../../common/calendar/index.ts';
import { endOfShanghaiDay, fromDayNumber, shanghaiDate, toDayNumber } from '../../../../common/calendar/index.ts';
import {
  halfTimeCheck,
  OPEN_TASK_STATES,
  TASK_STATE_LABELS,
  taskLight,
  type LedgerRules,
  type LightResult,
  type SourceKind,
  type TaskState,
} from '../../../../common/ledger/vocabulary.ts';
import type { SnapshotTask, SourceRow, TaskRecord } from '../board-repository.ts';
import type { DepartmentInfo } from './shared.ts';

/** The instant figures are worked out at, and the Shanghai day whose lights they show. */
export interface AsOf {
  instant: Date;
  today: IsoDate;
}

/**
 * `on` (a day) or now: a day before today means the end of that day (tasks made later left out, those closed later
 * counted as still open then); today or a later day means now (a later day shows the lights the tasks will have).
 */
export function asOfOf(now: Date, on?: string): AsOf {
  const today = shanghaiDate(now);
  if (!on || on >= today) return { instant: now, today: on ?? today };
  return { instant: endOfShanghaiDay(on), today: on };
}

const fast = new WeakMap<Calendar, Calendar>();
const counting = new WeakSet<Calendar>();

/**
 * The calendar with workingDaysBetween answered from a running count over its covered years (two look-ups instead
 * of a walk over every day between): the same answers, for lights of thousands of tasks. Years it does not cover
 * (and a calendar whose years have gaps) go to the calendar itself.
 */
export function dayCountCalendar(calendar: Calendar): Calendar {
  const known = fast.get(calendar);
  if (known) return known;
  if (counting.has(calendar)) return calendar;
  const years = [...calendar.years].sort((a, b) => a - b);
  const contiguous = years.length > 0 && years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  if (!contiguous) return calendar;
  const first = toDayNumber(`${years[0]}-01-01`);
  const last = toDayNumber(`${years[years.length - 1]}-12-31`);
  // running[i]: working days in [first, first + i].
  const running = new Int32Array(last - first + 1);
  let n = 0;
  for (let d = first; d <= last; d++) {
    if (calendar.isWorkingDay(fromDayNumber(d))) n++;
    running[d - first] = n;
  }
  const wrapped: Calendar = {
    years: calendar.years,
    covers: (year) => calendar.covers(year),
    isWorkingDay: (date) => calendar.isWorkingDay(date),
    addWorkingDays: (date, k) => calendar.addWorkingDays(date, k),
    nextWorkingDay: (date) => calendar.nextWorkingDay(date),
    dueAt: (start, limit) => calendar.dueAt(start, limit),
    shanghaiDate: (instant) => calendar.shanghaiDate(instant),
    workingDaysBetween(from, to) {
      const a = toDayNumber(from) - first;
      const b = toDayNumber(to) - first;
      if (a < 0 || b < 0 || a >= running.length || b >= running.length) return calendar.workingDaysBetween(from, to);
      return running[b]! - running[a]! + 0; // + 0: never -0
    },
  };
  fast.set(calendar, wrapped);
  counting.add(wrapped);
  return wrapped;
}

export interface SnapTask extends SnapshotTask {
  /** The state at the instant (closed later → still open then: 'doing'). */
  stateThen: TaskState;
  closedThen: Date | null;
  light: LightResult;
}

/** The tasks as they stood at `asOf`, each with its light on `asOf.today`. */
export function snapshot(rows: SnapshotTask[], asOf: AsOf, plain: Calendar, rules: LedgerRules): SnapTask[] {
  const calendar = dayCountCalendar(plain);
  const memo = new Map<string, LightResult>();
  const at = asOf.instant.getTime();
  return rows.map((r) => {
    const closedThen = r.closedAt && r.closedAt.getTime() <= at ? r.closedAt : null;
    const stateThen: TaskState = closedThen ? 'closed' : r.state === 'closed' ? 'doing' : (r.state as TaskState);
    const open = stateThen !== 'closed';
    const key = `${r.startsOn}|${r.dueOn}|${open ? r.progress : 'done'}`;
    let light = memo.get(key);
    if (!light) {
      light = taskLight(calendar, { state: open ? 'doing' : 'closed', startsOn: r.startsOn, dueOn: r.dueOn, progress: r.progress }, asOf.today, rules);
      memo.set(key, light);
    }
    // Spelt out rather than spread: 10 000 objects of one shape are made several times faster.
    return {
      id: r.id,
      number: r.number,
      title: r.title,
      sourceId: r.sourceId,
      leadDepartmentId: r.leadDepartmentId,
      startsOn: r.startsOn,
      dueOn: r.dueOn,
      progress: r.progress,
      state: r.state,
      escalated: r.escalated,
      closedAt: r.closedAt,
      createdAt: r.createdAt,
      lastReportAt: r.lastReportAt,
      originType: r.originType,
      originId: r.originId,
      stateThen,
      closedThen,
      light,
    };
  });
}

export const isOpen = (s: TaskState) => OPEN_TASK_STATES.includes(s);

export interface HalfTimeRow {
  key: string;
  label: string;
  total: number;
  closed: number;
  timeShare: number;
  taskShare: number;
  halfTimeReached: boolean;
  met: boolean | null;
}

const round4 = (n: number) => Math.round(n * 10000) / 10000;

/**
 * 时间过半任务过半 of a group of tasks, each counted over its own source's period. The share of time gone is the
 * task-weighted mean of the sources' shares (halfTimeCheck's timeShare per source); with one source it is exactly
 * halfTimeCheck over that source's period. The tasks' share closed is closed ÷ total; past half-time (mean share ≥
 * rules.halfTimeShare) the check is met when that share reaches rules.halfTaskShare.
 */
export function halfTimeOf(
  key: string,
  label: string,
  tasks: readonly SnapTask[],
  sources: Map<string, SourceRow>,
  shareOf: (source: SourceRow) => number,
  rules: LedgerRules,
): HalfTimeRow {
  let weighted = 0;
  let closed = 0;
  for (const t of tasks) {
    const s = sources.get(t.sourceId);
    weighted += s ? shareOf(s) : 0;
    if (t.stateThen === 'closed') closed++;
  }
  const total = tasks.length;
  const timeShare = total > 0 ? weighted / total : 0;
  const taskShare = total > 0 ? closed / total : 0;
  const reached = total > 0 && timeShare >= rules.halfTimeShare;
  return { key, label, total, closed, timeShare: round4(timeShare), taskShare: round4(taskShare), halfTimeReached: reached, met: reached ? taskShare >= rules.halfTaskShare : null };
}

/** Each source's share of its period gone on `today` (memoised per source). */
export function periodShares(calendar: Calendar, today: IsoDate, rules: LedgerRules) {
  const memo = new Map<string, number>();
  return (s: SourceRow) => {
    let v = memo.get(s.id);
    if (v === undefined) {
      v = halfTimeCheck(calendar, { periodStart: s.periodStart, periodEnd: s.periodEnd, total: 0, closed: 0 }, today, rules).timeShare;
      memo.set(s.id, v);
    }
    return v;
  };
}

/** Groups by a key, keeping the first-seen order. */
export function groupBy<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A department's name for lists (the short name when it has one). */
export const nameOfDepartment = (d: DepartmentInfo | undefined, id: string) => (d ? d.shortName || d.name : id);

/** Ids in the departments' own order (sort, code), unknown ids last. */
export function inDepartmentOrder(ids: Iterable<string>, departments: DepartmentInfo[]): string[] {
  const rank = new Map(departments.map((d, i) => [d.id, i]));
  return [...ids].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b));
}

/** A whole task row as the lists show it (TaskRow), with its light on `today`. */
export function presentTaskRow(
  row: TaskRecord & { sourceKind: string; sourceTitle: string },
  departments: Map<string, DepartmentInfo>,
  calendar: Calendar,
  today: IsoDate,
  rules: LedgerRules,
): TaskRow {
  const state = row.state as TaskState;
  const light = taskLight(calendar, { state, startsOn: row.startsOn, dueOn: row.dueOn, progress: row.progress }, today, rules);
  return {
    id: row.id,
    number: row.number,
    sourceId: row.sourceId,
    sourceKind: row.sourceKind as SourceKind,
    sourceTitle: row.sourceTitle,
    issueId: row.issueId,
    measureId: row.measureId,
    title: row.title,
    leadDepartmentId: row.leadDepartmentId,
    leadDepartmentName: nameOfDepartment(departments.get(row.leadDepartmentId), row.leadDepartmentId),
    supportDepartmentIds: row.supportDepartmentIds,
    startsOn: row.startsOn,
    dueOn: row.dueOn,
    batch: row.batch,
    progress: row.progress,
    state,
    stateLabel: TASK_STATE_LABELS[state] ?? { zh: row.state, en: row.state },
    light: light.light,
    amberReason: light.amberReason,
    daysLeft: light.daysLeft,
    escalated: row.escalated,
    needsSecondApproval: row.needsSecondApproval,
    lastReportAt: row.lastReportAt ? row.lastReportAt.toISOString() : null,
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    version: row.version,
  };
}
