import { describe, expect, it } from 'vitest';
import { countKey, ticketLight, timeLeft } from './light.ts';

const due = '2026-03-10T09:00:00.000Z';
const signBy = '2026-03-05T09:00:00.000Z';
const lit = (state: string, deadline: 'none' | 'normal' | 'warning' | 'overdue', dueAt: string | null = due, stateDueAt: string | null = null) => ({ state, deadline, dueAt, stateDueAt });

describe('ticketLight', () => {
  it('lights a unit’s tickets green, amber and red as the server says, about the unit’s due time', () => {
    expect(ticketLight(lit('handling', 'normal'))).toEqual({ key: 'normal', tone: 'success', dueAt: due });
    expect(ticketLight(lit('handling', 'warning'))).toEqual({ key: 'warning', tone: 'warning', dueAt: due });
    expect(ticketLight(lit('handling', 'overdue'))).toEqual({ key: 'overdue', tone: 'error', dueAt: due });
  });

  it('speaks of the sign-for due time while the ticket waits to be signed for', () => {
    expect(ticketLight(lit('signing', 'overdue', due, signBy))).toEqual({ key: 'overdue', tone: 'error', dueAt: signBy });
    expect(ticketLight(lit('signing', 'normal', due, null)).dueAt).toBe(due);
  });

  it('shows the unit’s clock standing still while the hotline holds the ticket (退单, 回访)', () => {
    expect(ticketLight(lit('returned', 'normal'))).toEqual({ key: 'held', tone: 'processing', dueAt: null });
    expect(ticketLight(lit('callback', 'normal'))).toEqual({ key: 'held', tone: 'processing', dueAt: null });
  });

  it('gives a ticket not yet dispatched no light, and ended tickets none either', () => {
    expect(ticketLight(lit('dispatching', 'normal', null))).toEqual({ key: 'none', tone: 'default', dueAt: null });
    for (const state of ['closed', 'merged', 'invalid']) expect(ticketLight(lit(state, 'overdue'))).toEqual({ key: 'ended', tone: 'default', dueAt: null });
  });

  it('lights a dishonesty report’s verification by its own clock', () => {
    expect(ticketLight(lit('verifying', 'warning')).key).toBe('warning');
    expect(ticketLight(lit('rectifying', 'none', null)).key).toBe('none');
  });
});

describe('countKey', () => {
  it('counts open tickets by light, held and unlit ones as normal, ended ones not at all', () => {
    expect(countKey(lit('handling', 'overdue'))).toBe('overdue');
    expect(countKey(lit('signing', 'warning'))).toBe('warning');
    expect(countKey(lit('callback', 'normal'))).toBe('normal');
    expect(countKey(lit('dispatching', 'normal', null))).toBe('normal');
    expect(countKey(lit('closed', 'normal'))).toBeNull();
  });
});

describe('timeLeft', () => {
  const now = new Date('2026-03-05T08:00:00.000Z');
  it('counts hours when the due time is near (紧急 2 hours, 水电气热 24 hours)', () => {
    expect(timeLeft('2026-03-05T10:00:00.000Z', now)).toEqual({ unit: 'hours', value: 2 });
    expect(timeLeft('2026-03-05T08:30:00.000Z', now)).toEqual({ unit: 'hours', value: 0 });
    expect(timeLeft('2026-03-05T07:30:00.000Z', now)).toEqual({ unit: 'hours', value: -1 });
    expect(timeLeft('2026-03-06T07:00:00.000Z', now)).toEqual({ unit: 'hours', value: 23 });
  });

  it('counts calendar days when it is further off, either way', () => {
    expect(timeLeft('2026-03-12T08:00:00.000Z', now)).toEqual({ unit: 'days', value: 7 });
    expect(timeLeft('2026-02-28T08:00:00.000Z', now)).toEqual({ unit: 'days', value: -5 });
  });

  it('has nothing to say without a (valid) due time', () => {
    expect(timeLeft(null, now)).toBeNull();
    expect(timeLeft('not a date', now)).toBeNull();
  });
});
