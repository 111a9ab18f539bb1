// The requester's view of a ticket's progress: the six steps 受理 → 派单 → 办理 → 答复 → 回访 → 办结 read from the
// ticket's state (both the ticket workflow's and the dishonesty workflow's states), the date each step was
// reached, and what the list and the page say about an ended ticket. Tested in progress.test.ts.
import type { TicketSummary, TicketView } from '../../../api/appeals-public.ts';

export const STEPS = ['received', 'dispatch', 'handling', 'reply', 'callback', 'closed'] as const;
export type Step = (typeof STEPS)[number];

export interface Progress {
  /** The index of the step in progress (the last one when done). */
  current: number;
  /** antd Steps' status of the current step. */
  status: 'process' | 'finish' | 'error';
  /** Set when the ticket ended another way than 办结. */
  ended: 'merged' | 'invalid' | null;
}

const AT: Record<string, number> = {
  // 接诉即办
  dispatching: 1,
  returned: 1,
  signing: 2,
  handling: 2,
  callback: 4,
  // 政务失信举报: the superior body verifies (办理), has it put right, then reports back (答复).
  verifying: 2,
  rectifying: 2,
  feedback: 3,
};

export function progressOf(state: string): Progress {
  if (state === 'closed') return { current: STEPS.length - 1, status: 'finish', ended: null };
  // Merged into another ticket (before or just after dispatch): received, and the other ticket carries on.
  if (state === 'merged') return { current: 0, status: 'finish', ended: 'merged' };
  if (state === 'invalid') return { current: 1, status: 'error', ended: 'invalid' };
  return { current: AT[state] ?? 0, status: 'process', ended: null };
}

/** Whether the ticket has ended (closed, merged or invalid). */
export const isEnded = (state: string) => ['closed', 'merged', 'invalid'].includes(state);

/** The moment each step was reached, where the ticket says so (for the step's description). */
export function stepTimes(t: Pick<TicketView, 'createdAt' | 'signedAt' | 'repliedAt' | 'callback' | 'closedAt' | 'state'> & { timeline: readonly { at: string; kind: string }[] }): Partial<Record<Step, string>> {
  const out: Partial<Record<Step, string>> = { received: t.createdAt };
  // The view has no dispatch time of its own: the latest 派单 or 改派 step of the timeline.
  const dispatched = t.timeline.filter((e) => e.kind === 'dispatch' || e.kind === 'redispatch').map((e) => e.at).sort().pop();
  if (dispatched) out.dispatch = dispatched;
  if (t.signedAt) out.handling = t.signedAt;
  if (t.repliedAt) out.reply = t.repliedAt;
  if (t.callback) out.callback = t.callback.at;
  if (t.closedAt && t.state === 'closed') out.closed = t.closedAt;
  return out;
}

/** The date a card shows under its title: when it ended, else when it is due, else when it was filed. */
export function cardDate(t: Pick<TicketSummary, 'createdAt' | 'closedAt' | 'dueAt' | 'state'>): { key: 'closedAt' | 'dueAt' | 'createdAt'; at: string } {
  if (t.closedAt && isEnded(t.state)) return { key: 'closedAt', at: t.closedAt };
  if (t.dueAt) return { key: 'dueAt', at: t.dueAt };
  return { key: 'createdAt', at: t.createdAt };
}

/** The state's tag colour: blue while open, green when closed, grey when merged or invalid, orange when returned. */
export function stateColor(state: string): string {
  if (state === 'closed') return 'green';
  if (state === 'merged' || state === 'invalid') return 'default';
  if (state === 'returned') return 'orange';
  return 'blue';
}

/** The timeline newest first (the requester looks for the latest word first). */
export const newestFirst = <T extends { at: string }>(entries: readonly T[]): T[] =>
  [...entries].sort((a, b) => b.at.localeCompare(a.at));

/**
 * One line per event: the workflow's step (no words for the requester) is dropped when a note of the same kind
 * with words was written with it (答复 is both a step and the reply's text).
 */
export function withoutEchoes<T extends { at: string; kind: string; text: string | null }>(entries: readonly T[], withinMs = 5_000): T[] {
  return entries.filter(
    (e) => e.text !== null || !entries.some((o) => o !== e && o.kind === e.kind && o.text !== null && Math.abs(Date.parse(o.at) - Date.parse(e.at)) <= withinMs),
  );
}
