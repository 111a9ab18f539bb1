// 一次一评 at the window, as pure logic: the state of an open session as the clerk's page polls it, the
// short check code both screens show, and how the tablet page reads a failure. The pages and their
// tests use it.
import { isApiError } from '../../../api/client.ts';
import type { WindowSessionView } from '../../../api/evaluations.ts';

/** The clerk's page asks every 3 seconds until the visitor has rated. */
export const POLL_MS = 3000;
/** The tablet's thank-you stands this long, then the page clears itself for the next visitor. */
export const THANKS_MS = 8000;

export type SessionPhase = 'waiting' | 'rated' | 'expired';

/** Rated wins over expired: a rating given just before the end still counts. */
export function sessionPhase(
  session: Pick<WindowSessionView, 'rated' | 'expiresAt'>,
  now: Date,
): SessionPhase {
  if (session.rated) return 'rated';
  const end = Date.parse(session.expiresAt);
  return Number.isFinite(end) && end <= now.getTime() ? 'expired' : 'waiting';
}

/** Keep polling only while the visitor may still rate. */
export const shouldPoll = (phase: SessionPhase) => phase === 'waiting';

/**
 * The next poll's delay: every 3 s, backing off to at most 30 s while the server does not answer
 * (failures = consecutive failed polls).
 */
export function pollDelay(failures: number): number {
  return Math.min(POLL_MS * 2 ** Math.max(0, Math.min(failures, 4)), 30_000);
}

/**
 * A short check code from the session's token (its last six letters and digits, upper-case), shown
 * on the clerk's screen and on the tablet so both can see they show the same visit.
 */
export function checkCode(token: string): string {
  const plain = token.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return plain.slice(-6) || '——';
}

/** How the tablet page reads a failed load or submission. */
export type TabletFailure = 'gone' | 'other';

/** 404 (unknown token) and 410 (expired or used): the link is no good; ask the clerk for a new one. */
export function tabletFailureOf(error: unknown): TabletFailure {
  return isApiError(error) && (error.status === 404 || error.status === 410) ? 'gone' : 'other';
}

/** Seconds left of a countdown that started at `start` and lasts `ms` (never below 0). */
export function secondsLeft(start: number, ms: number, now: number): number {
  return Math.max(0, Math.ceil((start + ms - now) / 1000));
}
