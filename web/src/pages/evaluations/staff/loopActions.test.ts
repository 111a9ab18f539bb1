import { describe, expect, it } from 'vitest';
import { appealBodyOf, charCount, decisionBodyOf } from './appeal.ts';
import { fieldsOf, loopActionBodyOf } from './loopActions.ts';

const action = (key: string, commentRequired = false) => ({ key, commentRequired });
const uuid = '0190f0f0-0000-7000-8000-000000000101';

describe('the loop action dialog', () => {
  it('asks assign and handover for the person who verifies', () => {
    expect(fieldsOf(action('assign'))).toMatchObject({
      assignee: true,
      comment: 'optional',
      callBack: false,
      confirmOnly: false,
    });
    expect(fieldsOf(action('handover'))).toMatchObject({ assignee: true });
    expect(loopActionBodyOf(action('assign'), 3, {})).toEqual({ problem: 'assigneeRequired' });
    expect(loopActionBodyOf(action('assign'), 3, { assigneeId: uuid, comment: '  ' })).toEqual({
      body: { action: 'assign', version: 3, attachments: [], assigneeId: uuid },
    });
  });

  it('requires a comment exactly where the server says so', () => {
    for (const key of ['fixNow', 'toLedger', 'explain', 'completeFix', 'reopen']) {
      expect(fieldsOf(action(key, true)).comment).toBe('required');
      expect(fieldsOf(action(key, false)).comment).toBe('optional');
      expect(loopActionBodyOf(action(key, true), 1, { comment: ' \n ' })).toEqual({
        problem: 'commentRequired',
      });
      expect(loopActionBodyOf(action(key, true), 1, { comment: ' 已当场更正指南 ' })).toEqual({
        body: { action: key, version: 1, attachments: [], comment: '已当场更正指南' },
      });
      expect(loopActionBodyOf(action(key, false), 1, {})).toEqual({
        body: { action: key, version: 1, attachments: [] },
      });
    }
    expect(fieldsOf(action('toLedger', true)).commentKind).toBe('ledger');
  });

  it('records the 回访 outcome: contacted, and satisfied only when contacted', () => {
    expect(fieldsOf(action('callBack'))).toMatchObject({ callBack: true, comment: 'optional' });
    expect(loopActionBodyOf(action('callBack'), 2, {})).toEqual({ problem: 'contactedRequired' });
    expect(loopActionBodyOf(action('callBack'), 2, { contacted: true })).toEqual({
      problem: 'satisfiedRequired',
    });
    expect(
      loopActionBodyOf(action('callBack'), 2, { contacted: true, satisfied: false, comment: '仍不满意' }),
    ).toEqual({
      body: {
        action: 'callBack',
        version: 2,
        attachments: [],
        comment: '仍不满意',
        contacted: true,
        satisfied: false,
      },
    });
    // Not reached: whatever was ticked before is not sent.
    expect(loopActionBodyOf(action('callBack'), 2, { contacted: false, satisfied: true })).toEqual({
      body: { action: 'callBack', version: 2, attachments: [], contacted: false },
    });
  });

  it('only confirms 催办', () => {
    expect(fieldsOf(action('urge'))).toMatchObject({ confirmOnly: true, comment: 'none', assignee: false });
    expect(loopActionBodyOf(action('urge', true), 5, { comment: 'ignored', assigneeId: uuid })).toEqual({
      body: { action: 'urge', version: 5, attachments: [] },
    });
  });
});

describe('申诉 and its decision', () => {
  it('needs a reason of at least ten characters', () => {
    expect(appealBodyOf({ reason: '  恶意差评  ' })).toEqual({ problem: 'reasonTooShort' });
    expect(appealBodyOf({ reason: '评价人与办件无关，系恶意差评' })).toEqual({
      body: { reason: '评价人与办件无关，系恶意差评', evidence: [] },
    });
    expect(appealBodyOf({ reason: 'x'.repeat(1001) })).toEqual({ problem: 'reasonTooLong' });
    expect(charCount('👍👍')).toBe(2);
  });

  it('sends each evidence file once, at most ten, and waits for uploads', () => {
    const reason = '评价内容与办理事项无关联';
    expect(appealBodyOf({ reason, evidence: [uuid, uuid] })).toEqual({ body: { reason, evidence: [uuid] } });
    const many = Array.from(
      { length: 11 },
      (_, i) => `0190f0f0-0000-7000-8000-0000000001${String(i).padStart(2, '0')}`,
    );
    expect(appealBodyOf({ reason, evidence: many })).toEqual({ problem: 'tooMuchEvidence' });
    expect(appealBodyOf({ reason, uploading: true })).toEqual({ problem: 'uploading' });
  });

  it('decides with a comment and the version', () => {
    expect(decisionBodyOf({ comment: '理由充分' }, 1)).toEqual({ problem: 'decisionRequired' });
    expect(decisionBodyOf({ decision: 'dismiss', comment: ' ' }, 1)).toEqual({ problem: 'commentRequired' });
    expect(decisionBodyOf({ decision: 'uphold', comment: ' 证据充分 ' }, 4)).toEqual({
      body: { decision: 'uphold', comment: '证据充分', version: 4 },
    });
  });
});
