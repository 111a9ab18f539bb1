import { describe, expect, it } from 'vitest';
import { serverFieldOf } from './paths.ts';
import { cardDate, isEnded, newestFirst, progressOf, STEPS, stateColor, stepTimes, withoutEchoes } from './progress.ts';

describe('progressOf: the step a state stands at (受理 → 派单 → 办理 → 答复 → 回访 → 办结)', () => {
  it('maps the ticket workflow’s states', () => {
    const at = (state: string) => STEPS[progressOf(state).current];
    expect(at('dispatching')).toBe('dispatch');
    expect(at('returned')).toBe('dispatch');
    expect(at('signing')).toBe('handling');
    expect(at('handling')).toBe('handling');
    expect(at('callback')).toBe('callback');
    expect(progressOf('closed')).toEqual({ current: 5, status: 'finish', ended: null });
  });

  it('maps the dishonesty workflow’s states', () => {
    expect(STEPS[progressOf('verifying').current]).toBe('handling');
    expect(STEPS[progressOf('rectifying').current]).toBe('handling');
    expect(STEPS[progressOf('feedback').current]).toBe('reply');
  });

  it('says how a ticket ended when it did not close', () => {
    expect(progressOf('merged')).toEqual({ current: 0, status: 'finish', ended: 'merged' });
    expect(progressOf('invalid')).toEqual({ current: 1, status: 'error', ended: 'invalid' });
    expect(progressOf('something-new')).toEqual({ current: 0, status: 'process', ended: null });
    expect(['closed', 'merged', 'invalid'].every(isEnded)).toBe(true);
    expect(isEnded('callback')).toBe(false);
  });
});

describe('stepTimes', () => {
  const base = { createdAt: 'c', signedAt: null, repliedAt: null, callback: null, closedAt: null, state: 'dispatching', timeline: [] };
  it('dates the steps the ticket reached', () => {
    expect(stepTimes(base)).toEqual({ received: 'c' });
    expect(stepTimes({ ...base, signedAt: 's', repliedAt: 'r', callback: { at: 'b', contacted: true, solved: true, satisfaction: 'satisfied' }, closedAt: 'e', state: 'closed' })).toEqual({
      received: 'c',
      handling: 's',
      reply: 'r',
      callback: 'b',
      closed: 'e',
    });
    expect(stepTimes({ ...base, closedAt: 'e', state: 'invalid' })).toEqual({ received: 'c' });
  });
  it('dates 派单 by the latest dispatch or re-dispatch of the timeline', () => {
    const timeline = [
      { at: '2026-03-01T01:00:00Z', kind: 'dispatch' },
      { at: '2026-03-01T02:00:00Z', kind: 'return' },
      { at: '2026-03-01T03:00:00Z', kind: 'redispatch' },
      { at: '2026-03-01T04:00:00Z', kind: 'progress' },
    ];
    expect(stepTimes({ ...base, state: 'signing', timeline }).dispatch).toBe('2026-03-01T03:00:00Z');
  });
});

describe('a card’s date and colour', () => {
  it('shows the end once ended, else the deadline, else the filing', () => {
    expect(cardDate({ createdAt: 'c', closedAt: 'e', dueAt: 'd', state: 'closed' })).toEqual({ key: 'closedAt', at: 'e' });
    expect(cardDate({ createdAt: 'c', closedAt: null, dueAt: 'd', state: 'handling' })).toEqual({ key: 'dueAt', at: 'd' });
    expect(cardDate({ createdAt: 'c', closedAt: null, dueAt: null, state: 'dispatching' })).toEqual({ key: 'createdAt', at: 'c' });
  });
  it('colours open blue, closed green, returned orange, merged and invalid grey', () => {
    expect(['handling', 'closed', 'returned', 'merged', 'invalid'].map(stateColor)).toEqual(['blue', 'green', 'orange', 'default', 'default']);
  });
  it('orders the timeline newest first without changing the input', () => {
    const input = [{ at: '2026-01-01T00:00:00Z' }, { at: '2026-03-01T00:00:00Z' }, { at: '2026-02-01T00:00:00Z' }];
    expect(newestFirst(input).map((e) => e.at.slice(5, 7))).toEqual(['03', '02', '01']);
    expect(input[0]!.at).toBe('2026-01-01T00:00:00Z');
  });
});

describe('withoutEchoes', () => {
  it('drops a step without words when a note of the same kind was written with it', () => {
    const entries = [
      { at: '2026-03-01T10:00:00.000Z', kind: 'reply', text: null },
      { at: '2026-03-01T10:00:00.120Z', kind: 'reply', text: '已处理' },
      { at: '2026-03-01T10:00:00.000Z', kind: 'sign', text: null },
      { at: '2026-03-02T10:00:00.000Z', kind: 'reply', text: null },
    ];
    expect(withoutEchoes(entries)).toEqual([entries[1], entries[2], entries[3]]);
  });
});

describe('serverFieldOf', () => {
  it('puts the server’s field errors on the form’s fields', () => {
    expect(serverFieldOf('body.title')).toBe('title');
    expect(serverFieldOf('body.lat')).toBe('location');
    expect(serverFieldOf('body.requesterPhone')).toBe('phone');
    expect(serverFieldOf('body.mediaFileIds.3')).toBe('photos');
    expect(serverFieldOf('body.directAnswer')).toBeNull();
    expect(serverFieldOf('')).toBeNull();
  });
});
