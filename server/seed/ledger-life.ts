// How a demo ledger task has lived until now (deterministic for a seed): closed around its deadline, waiting for
// review or for the province, still being worked with progress reports (some on track, some behind, some silent),
// overdue, or cancelled — never anything later than a day before `now`, so a seed run at any hour stays consistent.
import { addCalendarDays, shanghaiDate, type Calendar, type IsoDate } from '../../common/calendar/index.ts';
import type { Rng } from '../../common/ids/index.ts';
import type { TaskState } from '../../common/ledger/vocabulary.ts';
import { REPORTS } from './ledger-data.ts';

const DAY = 86_400_000;
/** An instant of a day in Hohhot. */
export const at = (day: IsoDate, time = '10:00') => new Date(`${day}T${time}:00+08:00`);

export interface LifeContext {
  rng: Rng;
  now: Date;
  /** Who reports for a unit (the member's contact). */
  reporterOf: (departmentId: string) => string;
}

export interface TaskBase {
  startsOn: IsoDate;
  dueOn: IsoDate;
  createdAt: Date;
  needsSecondApproval: boolean;
  leadDepartmentId: string;
}

export interface ReportPlan {
  at: Date;
  kind?: 'progress' | 'closure';
  text: string;
  progress?: number | null;
  figures?: { label: string; value: string }[];
  authorName?: string;
  departmentId?: string | null;
}

export interface Life {
  state: TaskState;
  progress: number;
  closedAt?: Date;
  closureRequestedAt?: Date;
  reports: ReportPlan[];
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** One to three progress reports between `from` and `to`, rising to `progress` (none when `silent` after the first). */
function reportsOf(ctx: LifeContext, base: TaskBase, from: number, to: number, progress: number, silent: boolean): ReportPlan[] {
  const { rng } = ctx;
  if (to - from < 5 * DAY) return [];
  const n = silent ? 1 : 1 + Math.floor(rng() * 3);
  const out: ReportPlan[] = [];
  for (let k = 1; k <= n; k++) {
    const share = silent ? 0.2 : k / n;
    const [text, labels] = REPORTS[Math.floor(rng() * REPORTS.length)]!;
    out.push({
      at: new Date(from + (to - from) * (silent ? 0.2 : k / (n + 0.3))),
      text,
      progress: clamp(Math.round(progress * share), 0, 100),
      figures: labels.map((label) => ({ label, value: String(label.includes('%') ? clamp(Math.round(progress * share), 5, 100) : 1 + Math.floor(rng() * 40)) })),
      authorName: ctx.reporterOf(base.leadDepartmentId),
      departmentId: base.leadDepartmentId,
    });
  }
  return out;
}

/** Where a task stands now, with its history of reports. */
export function lifeOf(ctx: LifeContext, base: TaskBase): Life {
  const { rng, now } = ctx;
  const latest = now.getTime() - DAY;
  const start = Math.max(at(base.startsOn).getTime(), base.createdAt.getTime());
  if (start >= latest) return { state: 'doing', progress: 0, reports: [] };
  const due = at(base.dueOn, '18:00').getTime();
  const span = Math.max(DAY, due - start);
  if (rng() < 0.02) return { state: 'cancelled', progress: 0, closedAt: new Date(Math.min(latest, start + 20 * DAY)), reports: [] };
  const gone = clamp((latest - start) / span, 0, 1);
  const s = rng();
  let closeAt: number | null = null;
  let waiting: 'reviewing' | 'provincial' | null = null;
  if (due < latest) {
    // Past its deadline: mostly closed around it (some late), a few waiting for review or the province, some overdue.
    if (s < 0.84) closeAt = due - rng() * Math.min(span * 0.4, 40 * DAY) + (rng() < 0.15 ? rng() * 12 * DAY : 0);
    else if (s < 0.9) waiting = 'reviewing';
    else if (s < 0.94 && base.needsSecondApproval) waiting = 'provincial';
  } else if (s < 0.18 && gone > 0.3) closeAt = start + (0.3 + rng() * (gone - 0.3)) * span;
  else if (s < 0.26 && gone > 0.5) waiting = 'reviewing';
  else if (s < 0.3 && gone > 0.5 && base.needsSecondApproval) waiting = 'provincial';

  if (closeAt !== null) {
    const closed = clamp(closeAt, start + 2 * DAY, latest);
    const requested = Math.max(start + DAY, closed - (1 + Math.floor(rng() * 4)) * DAY);
    return {
      state: 'closed',
      progress: 100,
      closedAt: new Date(closed),
      closureRequestedAt: new Date(requested),
      reports: [...reportsOf(ctx, base, start, requested, 90, false), { at: new Date(requested), kind: 'closure', text: '已完成整改任务，申请销号，佐证材料已上传。', progress: 100, authorName: ctx.reporterOf(base.leadDepartmentId), departmentId: base.leadDepartmentId }],
    };
  }
  if (waiting) {
    const requested = Math.max(start + DAY, latest - (2 + Math.floor(rng() * 8)) * DAY);
    const submitted = waiting === 'provincial' ? Math.min(latest, requested + 2 * DAY) : undefined;
    return {
      state: waiting,
      progress: 100,
      closureRequestedAt: new Date(requested),
      ...(submitted ? { closedAt: new Date(submitted) } : {}),
      reports: [...reportsOf(ctx, base, start, requested, 90, false), { at: new Date(requested), kind: 'closure', text: '任务已完成，申请销号。', progress: 100, authorName: ctx.reporterOf(base.leadDepartmentId), departmentId: base.leadDepartmentId }],
    };
  }
  // Being worked: most on track, a fifth behind (amber at half-time), some silent for weeks.
  const behind = rng() < 0.2;
  const progress = clamp(Math.round(behind ? gone * 40 : gone * 100 + (rng() - 0.3) * 30), 0, 95);
  return { state: 'doing', progress, reports: reportsOf(ctx, base, start, latest, progress, rng() < 0.15) };
}

/** A day's working day on or after it (the calendar's data permitting). */
export function workingOnOrAfter(calendar: Calendar, day: IsoDate): IsoDate {
  if (!calendar.covers(Number(day.slice(0, 4)))) return day;
  return calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
}

/**
 * The monthly dispatch meetings (调度会, on the 15th or the next working day): the last 12 held up to today, and
 * the next one (not held yet).
 */
export function meetingDays(calendar: Calendar, now: Date): { held: IsoDate[]; next: IsoDate } {
  const today = shanghaiDate(now);
  const dayOf = (y: number, m: number) => workingOnOrAfter(calendar, `${y}-${String(m).padStart(2, '0')}-15`);
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  if (dayOf(y, m) > today) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const next = m === 12 ? dayOf(y + 1, 1) : dayOf(y, m + 1);
  const held: IsoDate[] = [];
  for (let i = 0; i < 12; i++) {
    held.unshift(dayOf(y, m));
    [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  }
  return { held, next };
}

/** A deadline `days` calendar days after a day, kept within the year. */
export const dueAfter = (day: IsoDate, days: number) => {
  const d = addCalendarDays(day, days);
  return d.slice(0, 4) === day.slice(0, 4) ? d : `${day.slice(0, 4)}-12-31`;
};
