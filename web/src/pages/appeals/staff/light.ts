// 时限亮灯 of a ticket: the server's light (from the unit's limit, or the sign-for limit while it waits to be
// signed for) in words and a colour, the due time that light is about, and the time left — in hours when the
// limit is short (紧急 2 hours, 水电气热 24 hours). Pure, so the queue, the console and the ticket page agree.
import type { TicketSummary } from '../../../api/appeals.ts';
import { isEnded } from './labels.ts';

export type LightKey = 'none' | 'normal' | 'warning' | 'overdue' | 'held' | 'ended';
export type LightTone = 'success' | 'warning' | 'error' | 'processing' | 'default';

export interface TicketLight {
  key: LightKey;
  tone: LightTone;
  /** The due time the light is about (the sign-for's while signing), null when none runs. */
  dueAt: string | null;
}

const TONES: Record<LightKey, LightTone> = { none: 'default', normal: 'success', warning: 'warning', overdue: 'error', held: 'processing', ended: 'default' };

/** States in which the hotline holds the ticket and the unit's clock is stopped (退单, 回访). */
const HELD = ['returned', 'callback'];

type Lit = Pick<TicketSummary, 'state' | 'deadline' | 'dueAt' | 'stateDueAt'>;

/**
 * Ended tickets show no light; while the hotline holds one (a return, the callback) the unit's clock stands
 * still; a ticket not yet dispatched has no unit's limit; otherwise green, amber or red as the server says.
 */
export function ticketLight(t: Lit): TicketLight {
  let key: LightKey;
  if (isEnded(t.state)) key = 'ended';
  else if (HELD.includes(t.state)) key = 'held';
  else if (t.state === 'dispatching') key = t.deadline === 'overdue' ? 'overdue' : 'none';
  else key = t.deadline === 'none' ? 'none' : t.deadline;
  const dueAt = key === 'ended' || key === 'held' ? null : t.state === 'signing' && t.stateDueAt ? t.stateDueAt : t.dueAt;
  return { key, tone: TONES[key], dueAt: key === 'none' ? null : dueAt };
}

/** The light as the queue's counts group it: open tickets only, 'held' and 'none' counted as normal. */
export function countKey(t: Lit): 'normal' | 'warning' | 'overdue' | null {
  const { key } = ticketLight(t);
  if (key === 'ended') return null;
  return key === 'warning' || key === 'overdue' ? key : 'normal';
}

export interface TimeLeft {
  unit: 'hours' | 'days';
  /** Negative once past. */
  value: number;
}

const HOUR = 3_600_000;

/** Time to `dueAt`: whole hours within two days either side, else calendar days by the reader's clock. */
export function timeLeft(dueAt: string | null, now: Date = new Date()): TimeLeft | null {
  if (!dueAt) return null;
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return null;
  const ms = due.getTime() - now.getTime();
  if (Math.abs(ms) < 48 * HOUR) return { unit: 'hours', value: ms >= 0 ? Math.floor(ms / HOUR) : -Math.ceil(-ms / HOUR) };
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return { unit: 'days', value: Math.round((startOf(due) - startOf(now)) / 86_400_000) };
}
