import { describe, expect, it } from 'vitest';
import { APPLICATION_STATES } from '../../../../../common/api/applications.ts';
import { answerRows, answerText, channelFor, deadlineLight, formatSize, isFinished, stateTone } from './presentation.ts';

describe('state and deadline', () => {
  it('gives every state a tone: the applicant’s turn warns, the end is success or error', () => {
    for (const state of APPLICATION_STATES) expect(['default', 'processing', 'success', 'warning', 'error']).toContain(stateTone(state));
    expect(stateTone('correction')).toBe('warning');
    expect(stateTone('done')).toBe('success');
    expect(stateTone('rejected')).toBe('error');
    expect(stateTone('review')).toBe('processing');
  });

  it('lights the deadline only while the clock runs', () => {
    expect(deadlineLight('normal', 'review')).toEqual({ color: 'green', key: 'normal' });
    expect(deadlineLight('warning', 'submitted')).toEqual({ color: 'orange', key: 'warning' });
    expect(deadlineLight('overdue', 'decision')).toEqual({ color: 'red', key: 'overdue' });
    expect(deadlineLight('none', 'review')).toBeNull();
    expect(deadlineLight('overdue', 'done')).toBeNull();
    expect(deadlineLight('normal', 'draft')).toBeNull();
    expect(isFinished('withdrawn')).toBe(true);
    expect(isFinished('correction')).toBe(false);
  });
});

describe('channel', () => {
  it('files from a phone-width screen as 掌上办 only when the item is offered on the phone', () => {
    expect(channelFor(true, true)).toBe('mobile');
    expect(channelFor(true, false)).toBe('online');
    expect(channelFor(false, true)).toBe('online');
  });
});

describe('answers', () => {
  it('shows values as text in the language', () => {
    expect(answerText(true, 'zh')).toBe('是');
    expect(answerText(false, 'en')).toBe('No');
    expect(answerText(['a', 'b'], 'zh')).toBe('a、b');
    expect(answerText('', 'zh')).toBe('—');
    expect(answerText(12, 'en')).toBe('12');
  });

  it('lists answers in the schema’s order with their titles', () => {
    const schema = { properties: { b: { title: '字号' }, a: { title: '名称' } } };
    expect(answerRows(schema, { a: 1, z: 2 })).toEqual([
      { key: 'b', title: '字号', value: undefined },
      { key: 'a', title: '名称', value: 1 },
      { key: 'z', title: 'z', value: 2 },
    ]);
  });

  it('sizes files', () => {
    expect(formatSize(12)).toBe('12 B');
    expect(formatSize(2048)).toBe('2 KB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});
