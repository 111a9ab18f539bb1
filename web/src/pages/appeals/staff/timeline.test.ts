import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../api/appeals.ts';
import { mergedTimeline } from './timeline.ts';

const entry = (at: string, kind: string, zh: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({ at, kind, label: { zh, en: zh }, actorName: null, departmentName: null, text: null, public: false, state: 'handling', ...extra });
const T1 = '2026-03-05T08:00:00.000Z';
const T2 = '2026-03-05T09:00:00.000Z';
const T3 = '2026-03-06T09:00:00.000Z';

describe('mergedTimeline', () => {
  it('makes one entry of a reply step and the reply it wrote: the step’s label, the entry’s unit and publicity', () => {
    const merged = mergedTimeline([
      entry(T1, 'sign', '签收', { actorName: '杨帆' }),
      entry(T2, 'reply', '答复', { actorName: '杨帆', text: '已修复', state: 'callback' }),
      entry(T2, 'reply', '答复', { actorName: '杨帆', departmentName: '住建局', text: '已修复', public: true, state: 'callback' }),
    ]);
    expect(merged).toEqual([
      entry(T1, 'sign', '签收', { actorName: '杨帆' }),
      entry(T2, 'reply', '答复', { actorName: '杨帆', departmentName: '住建局', text: '已修复', public: true, state: 'callback' }),
    ]);
  });

  it('makes one entry of 回访办结 or 重办 and the callback’s record, keeping the step’s label', () => {
    const closed = mergedTimeline([entry(T3, 'close', '回访办结', { actorName: '陈静', text: '满意', state: 'closed' }), entry(T3, 'callback', '回访', { actorName: '陈静', departmentName: '12345', text: '回访：已解决，满意。', state: 'closed' })]);
    expect(closed).toEqual([entry(T3, 'close', '回访办结', { actorName: '陈静', departmentName: '12345', text: '回访：已解决，满意。', state: 'closed' })].map((e) => ({ ...e, kind: 'callback' })));
    const reopened = mergedTimeline([entry(T3, 'reopen', '重办', { text: '回访不满意，重办' }), entry(T3, 'callback', '回访', { text: '回访：未解决，不满意' })]);
    expect(reopened).toHaveLength(1);
    expect(reopened[0]!.label.zh).toBe('重办');
    expect(reopened[0]!.text).toBe('回访：未解决，不满意');
  });

  it('leaves apart what was written at other moments, and every other entry as it is', () => {
    const entries = [entry(T1, 'reply', '答复', { text: 'a' }), entry(T2, 'reply', '答复', { text: 'b', public: true }), entry(T2, 'progress', '办理进展', { text: 'c' }), entry(T3, 'close', '回访办结')];
    expect(mergedTimeline(entries)).toEqual(entries);
  });

  it('pairs two replies of the same ticket each with its own entry', () => {
    const merged = mergedTimeline([entry(T1, 'reply', '答复'), entry(T1, 'reply', '答复', { public: true }), entry(T3, 'reply', '答复'), entry(T3, 'reply', '答复', { public: true })]);
    expect(merged.map((e) => [e.at, e.public])).toEqual([
      [T1, true],
      [T3, true],
    ]);
  });
});
