import { describe, expect, it } from 'vitest';
import { isStep, orderActions, reportKindOf, specOf } from './steps.ts';

describe('the actions of a task', () => {
  it('stands the unit’s steps first, the office’s review next, 撤销 last, and drops what it does not know', () => {
    const keys = ['cancel', 'edit', 'escalate', 'urge', 'approve', 'sendBack', 'report', 'somethingNew', 'submitProvince'].map((key) => ({ key }));
    expect(orderActions(keys).map((a) => a.key)).toEqual(['report', 'approve', 'submitProvince', 'sendBack', 'urge', 'escalate', 'edit', 'cancel']);
  });

  it('asks for reasons to send back or cancel, and evidence with a closure request', () => {
    expect(specOf('sendBack')).toMatchObject({ commentRequired: true, danger: true });
    expect(specOf('provincialReject')?.commentRequired).toBe(true);
    expect(specOf('requestClosure')).toMatchObject({ commentRequired: true, evidence: true });
    expect(specOf('approve')?.commentRequired).toBeUndefined();
  });

  it('sends only the closure path’s steps to the actions route', () => {
    expect(isStep('approve')).toBe(true);
    expect(isStep('report')).toBe(false);
    expect(isStep('escalate')).toBe(false);
  });

  it('reads the timeline’s kinds and leaves unknown ones to the server’s word', () => {
    expect(reportKindOf('progress')).toBe('progress');
    expect(reportKindOf('closure')).toBe('closure');
    expect(reportKindOf('whatever')).toBeNull();
  });
});
