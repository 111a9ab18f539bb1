import { describe, expect, it } from 'vitest';
import { daysLeft, deadlineLight, dueDate } from './deadline.ts';

describe('deadlineLight', () => {
  it('lights open cases green, amber and red, with a word for each', () => {
    expect(deadlineLight('normal')).toEqual({ key: 'normal', tone: 'success' });
    expect(deadlineLight('warning')).toEqual({ key: 'warning', tone: 'warning' });
    expect(deadlineLight('overdue')).toEqual({ key: 'overdue', tone: 'error' });
    expect(deadlineLight('none')).toEqual({ key: 'none', tone: 'default' });
  });

  it('says a paused clock is paused, whatever the date', () => {
    expect(deadlineLight('overdue', { paused: true })).toEqual({ key: 'paused', tone: 'processing' });
    expect(deadlineLight('normal', { paused: true }).key).toBe('paused');
  });

  it('judges finished cases by whether they were done in time', () => {
    expect(deadlineLight('overdue', { finished: true })).toEqual({ key: 'late', tone: 'error' });
    expect(deadlineLight('warning', { finished: true })).toEqual({ key: 'onTime', tone: 'success' });
    expect(deadlineLight('normal', { finished: true, paused: true }).key).toBe('onTime');
    expect(deadlineLight('none', { finished: true }).key).toBe('none');
  });
});

describe('daysLeft / dueDate', () => {
  const now = new Date(2026, 2, 3, 17, 30);
  it('counts calendar days, negative once past', () => {
    expect(daysLeft(new Date(2026, 2, 5, 9).toISOString(), now)).toBe(2);
    expect(daysLeft(new Date(2026, 2, 3, 23, 59).toISOString(), now)).toBe(0);
    expect(daysLeft(new Date(2026, 2, 1, 8).toISOString(), now)).toBe(-2);
    expect(daysLeft(null, now)).toBeNull();
    expect(daysLeft('not a date', now)).toBeNull();
  });

  it('gives the due day in the local calendar', () => {
    expect(dueDate(new Date(2026, 0, 9, 8).toISOString())).toBe('2026-01-09');
    expect(dueDate(null)).toBeNull();
  });
});
