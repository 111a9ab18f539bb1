import { describe, expect, it } from 'vitest';
import type { TicketAction } from '../../../api/appeals.ts';
import { isForward, orderActions, stepFormOf, stepRequestOf } from './steps.ts';

const lead = '0190f0f0-0000-7000-8000-000000000001';
const support = '0190f0f0-0000-7000-8000-000000000002';
const action = (key: string): TicketAction => ({ key, label: { zh: key, en: key }, commentRequired: false });

describe('stepFormOf', () => {
  it('sends each action to its route and asks what it needs', () => {
    expect(stepFormOf('dispatch', 'phone')).toMatchObject({ path: 'dispatch', fields: ['units', 'category', 'comment'], textRequired: false });
    expect(stepFormOf('redispatch', 'phone')).toMatchObject({ path: 'redispatch', textRequired: true });
    expect(stepFormOf('sign', 'phone')).toMatchObject({ path: 'sign', direct: true });
    expect(stepFormOf('return', 'phone')).toMatchObject({ path: 'return', danger: true });
    expect(stepFormOf('note', 'phone')?.path).toBe('notes');
    expect(stepFormOf('requestExtension', 'phone')?.path).toBe('extension-requests');
    expect(stepFormOf('followUp', 'phone')).toBeNull();
  });

  it('sends a dishonesty report’s steps to …/dishonesty, its reply included; extend and urge stay their own', () => {
    for (const key of ['found', 'unfounded', 'rectified', 'recordBreach', 'reply']) expect(stepFormOf(key, 'dishonesty')).toMatchObject({ path: 'dishonesty', fields: ['comment'], textRequired: true });
    expect(stepFormOf('recordBreach', 'dishonesty')?.danger).toBe(true);
    expect(stepFormOf('reply', 'phone')?.path).toBe('reply');
    expect(stepFormOf('extend', 'dishonesty')?.path).toBe('extend');
    expect(stepFormOf('found', 'phone')).toBeNull();
  });
});

describe('orderActions', () => {
  it('puts the step the ticket waits for first and the ending ones last, dropping what the page does not offer', () => {
    const keys = orderActions(['invalidate', 'note', 'urge', 'merge', 'dispatch', 'hideName'].map(action), 'phone').map((a) => a.key);
    expect(keys).toEqual(['dispatch', 'note', 'urge', 'merge', 'invalidate']);
    expect(isForward('dispatch') && isForward('callback') && !isForward('note')).toBe(true);
  });
});

describe('stepRequestOf', () => {
  it('dispatches on the proposal with the version, support units once each, and a correction only when the category changed', () => {
    expect(stepRequestOf('dispatch', 'phone', 3, { leadDepartmentId: lead, supportDepartmentIds: [support, support], categoryCode: 'ZF-WY', comment: ' ' }, 'ZF-WY')).toEqual({
      path: 'dispatch',
      body: { version: 3, leadDepartmentId: lead, supportDepartmentIds: [support] },
    });
    expect(stepRequestOf('dispatch', 'phone', 3, { leadDepartmentId: lead, categoryCode: 'CG-HJWS', comment: '分类更正' }, 'ZF-WY')).toEqual({
      path: 'dispatch',
      body: { version: 3, leadDepartmentId: lead, supportDepartmentIds: [], categoryCode: 'CG-HJWS', comment: '分类更正' },
    });
    expect(stepRequestOf('dispatch', 'phone', 3, {})).toEqual({ problem: 'leadRequired' });
    expect(stepRequestOf('dispatch', 'phone', 3, { leadDepartmentId: lead, supportDepartmentIds: [lead] })).toEqual({ problem: 'leadAlsoSupport' });
    expect(stepRequestOf('redispatch', 'phone', 3, { leadDepartmentId: lead })).toEqual({ problem: 'textRequired' });
  });

  it('signs, returns, replies with the version', () => {
    expect(stepRequestOf('sign', 'phone', 5, {})).toEqual({ path: 'sign', body: { version: 5 } });
    expect(stepRequestOf('return', 'phone', 5, { reason: ' 不属本单位职责 ', suggestedDepartmentId: support })).toEqual({ path: 'return', body: { version: 5, reason: '不属本单位职责', suggestedDepartmentId: support } });
    expect(stepRequestOf('return', 'phone', 5, { reason: '' })).toEqual({ problem: 'textRequired' });
    expect(stepRequestOf('reply', 'phone', 5, { reply: '已修复', solved: true })).toEqual({ path: 'reply', body: { version: 5, reply: '已修复', solved: true } });
    expect(stepRequestOf('reply', 'phone', 5, { reply: '已修复' })).toEqual({ problem: 'solvedRequired' });
  });

  it('records a callback: reached with both answers, or not reached with neither', () => {
    expect(stepRequestOf('callback', 'phone', 7, { contacted: true, solved: true, satisfaction: 'satisfied' })).toEqual({ path: 'callback', body: { version: 7, contacted: true, solved: true, satisfaction: 'satisfied' } });
    expect(stepRequestOf('callback', 'phone', 7, { contacted: true, solved: false, satisfaction: 'unsatisfied', comment: '电梯仍未修好' })).toEqual({
      path: 'callback',
      body: { version: 7, contacted: true, solved: false, satisfaction: 'unsatisfied', comment: '电梯仍未修好' },
    });
    expect(stepRequestOf('callback', 'phone', 7, { contacted: false, solved: true, satisfaction: 'satisfied' })).toEqual({ path: 'callback', body: { version: 7, contacted: false } });
    expect(stepRequestOf('callback', 'phone', 7, { contacted: true, solved: true })).toEqual({ problem: 'satisfactionRequired' });
    expect(stepRequestOf('callback', 'phone', 7, { satisfaction: 'basic' })).toEqual({ problem: 'solvedRequired' });
  });

  it('builds the hotline’s and the office’s steps', () => {
    const into = '0190f0f0-0000-7000-8000-000000000009';
    expect(stepRequestOf('merge', 'phone', 2, { intoTicketId: into })).toEqual({ path: 'merge', body: { version: 2, intoTicketId: into } });
    expect(stepRequestOf('merge', 'phone', 2, {})).toEqual({ problem: 'mergeRequired' });
    expect(stepRequestOf('invalidate', 'phone', 2, { comment: '骚扰电话' })).toEqual({ path: 'invalidate', body: { version: 2, comment: '骚扰电话' } });
    expect(stepRequestOf('supervise', 'phone', 2, {})).toEqual({ problem: 'textRequired' });
    expect(stepRequestOf('urge', 'phone', 2, {})).toEqual({ path: 'urge', body: { version: 2 } });
    expect(stepRequestOf('extend', 'phone', 2, { days: 5, comment: '同意' })).toEqual({ path: 'extend', body: { version: 2, days: 5, comment: '同意' } });
    expect(stepRequestOf('extend', 'phone', 2, { comment: '同意' })).toEqual({ problem: 'daysRequired' });
    expect(stepRequestOf('handover', 'phone', 2, { userId: lead, comment: '' })).toEqual({ path: 'handover', body: { version: 2, userId: lead } });
    expect(stepRequestOf('handover', 'phone', 2, {})).toEqual({ problem: 'userRequired' });
  });

  it('adds notes and extension requests without a version (they change no state)', () => {
    expect(stepRequestOf('note', 'phone', 4, { text: ' 已约物业现场查看 ', public: true })).toEqual({ path: 'notes', body: { text: '已约物业现场查看', public: true } });
    expect(stepRequestOf('note', 'phone', 4, { text: '内部' })).toEqual({ path: 'notes', body: { text: '内部', public: false } });
    expect(stepRequestOf('requestExtension', 'phone', 4, { days: 3, reason: '需等配件' })).toEqual({ path: 'extension-requests', body: { days: 3, reason: '需等配件' } });
    expect(stepRequestOf('requestExtension', 'phone', 4, { days: 3 })).toEqual({ problem: 'textRequired' });
  });

  it('sends a dishonesty step as its action with the comment', () => {
    expect(stepRequestOf('found', 'dishonesty', 1, { comment: '经核实属实' })).toEqual({ path: 'dishonesty', body: { version: 1, action: 'found', comment: '经核实属实' } });
    expect(stepRequestOf('reply', 'dishonesty', 6, { comment: '已反馈' })).toEqual({ path: 'dishonesty', body: { version: 6, action: 'reply', comment: '已反馈' } });
    expect(stepRequestOf('recordBreach', 'dishonesty', 6, {})).toEqual({ problem: 'textRequired' });
    expect(stepRequestOf('hideName', 'phone', 1, {})).toEqual({ problem: 'unknownAction' });
  });
});
