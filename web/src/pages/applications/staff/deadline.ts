// 时限亮灯: the deadline light of an application as a tag with words (never colour alone), and the due
// date in the reader's time zone. Pure, so the queue, the list and the case view agree.
import type { ApplicationSummary } from '../../../api/applications.ts';

export type DeadlineState = ApplicationSummary['deadline'];
export type LightKey = 'none' | 'normal' | 'warning' | 'overdue' | 'paused' | 'onTime' | 'late';
export type LightTone = 'success' | 'warning' | 'error' | 'processing' | 'default';

export interface DeadlineLight {
  key: LightKey;
  tone: LightTone;
}

const TONES: Record<LightKey, LightTone> = {
  none: 'default',
  normal: 'success',
  warning: 'warning',
  overdue: 'error',
  paused: 'processing',
  onTime: 'success',
  late: 'error',
};

/**
 * The light of a case: paused clocks (补正, 特别程序) say so whatever the date; finished cases say
 * whether they were done in time; open ones are green (正常), amber (即将到期) or red (已超期).
 */
export function deadlineLight(deadline: DeadlineState, options: { paused?: boolean; finished?: boolean } = {}): DeadlineLight {
  let key: LightKey;
  if (options.finished) key = deadline === 'none' ? 'none' : deadline === 'overdue' ? 'late' : 'onTime';
  else if (options.paused) key = 'paused';
  else key = deadline;
  return { key, tone: TONES[key] };
}

/** Whole days from `now` to `dueAt` by the reader's calendar (negative once past); null without a due time. */
export function daysLeft(dueAt: string | null, now: Date = new Date()): number | null {
  if (!dueAt) return null;
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return null;
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((startOf(due) - startOf(now)) / 86_400_000);
}

/** "2026-03-05" in the reader's time zone, or null. */
export function dueDate(dueAt: string | null): string | null {
  if (!dueAt) return null;
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}`;
}
