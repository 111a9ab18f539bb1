import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../../common/api/roles.ts';
import { departmentLabelOf } from '../../../api/departmentNames.ts';
import { i18n } from '../../../i18n/index.ts';
import { dayOf, holdersText, levelColor, levelLabel, loopDueAt, loopLight, ratingPath, subjectPath, subjectTitleOf } from './labels.ts';

const id = '0190f0f0-0000-7000-8000-000000000101';
const roles = (...list: Role[]) => new Set<Role>(list);

describe('levels', () => {
  it('colours 非常不满意 red and 不满意 orange, and names them in the reader’s language', async () => {
    expect(levelColor(1)).toBe('red');
    expect(levelColor(2)).toBe('orange');
    expect(levelColor(9)).toBe('default');
    await i18n.changeLanguage('zh-CN');
    expect(levelLabel(1)).toBe('非常不满意');
    await i18n.changeLanguage('en');
    expect(levelLabel(2)).toBe('Dissatisfied');
    await i18n.changeLanguage('zh-CN');
  });
});

describe('loopLight', () => {
  const loop = { dueAt: '2026-05-01T00:00:00Z', onTime: null, deadline: 'warning' as const };
  it('lights an open loop by its deadline', () => {
    expect(loopLight({ ...loop, state: 'verifying' })).toEqual({ deadline: 'warning', finished: false });
    expect(loopLight({ ...loop, state: 'callback', deadline: 'overdue' })).toEqual({
      deadline: 'overdue',
      finished: false,
    });
  });

  it('says whether a closed loop was on time, and nothing for a voided one', () => {
    expect(loopLight({ ...loop, state: 'closed', onTime: true })).toEqual({
      deadline: 'normal',
      finished: true,
    });
    expect(loopLight({ ...loop, state: 'closed', onTime: false })).toEqual({
      deadline: 'overdue',
      finished: true,
    });
    expect(loopLight({ ...loop, state: 'voided', onTime: false })).toEqual({
      deadline: 'none',
      finished: true,
    });
  });
});

describe('loopDueAt', () => {
  const step = '2026-03-05T15:59:59.999Z';
  const loop = '2026-03-09T15:59:59.999Z';
  it('counts to whichever deadline comes first while the loop runs', () => {
    expect(loopDueAt({ state: 'verifying', dueAt: loop, stateDueAt: step })).toBe(step);
    expect(loopDueAt({ state: 'verifying', dueAt: step, stateDueAt: loop })).toBe(step);
    expect(loopDueAt({ state: 'callback', dueAt: loop, stateDueAt: null })).toBe(loop);
  });

  it('counts to the ledger fix’s own deadline while it runs (the loop’s clock stands still)', () => {
    expect(loopDueAt({ state: 'rectifying', dueAt: step, stateDueAt: loop })).toBe(loop);
  });

  it('has none once the loop is finished', () => {
    expect(loopDueAt({ state: 'closed', dueAt: loop, stateDueAt: step })).toBeNull();
    expect(loopDueAt({ state: 'voided', dueAt: loop, stateDueAt: null })).toBeNull();
  });
});

describe('where a rating opens', () => {
  it('opens in 差评处置 for those with the queue, under the office’s pages for the administrator', () => {
    expect(ratingPath(id, roles('approver'))).toBe(`/work/evaluations/${id}`);
    expect(ratingPath(id, roles('office'))).toBe(`/work/evaluations/${id}`);
    expect(ratingPath(id, roles('leader'))).toBe(`/work/evaluations/${id}`);
    expect(ratingPath(id, roles('admin'))).toBe(`/office/evaluations/ratings/${id}`);
    expect(subjectPath(id)).toBe(`/work/applications/${id}`);
  });

  it('shows a day, or — for nothing', () => {
    expect(dayOf(null)).toBe('—');
    expect(dayOf('2026-03-05T08:00:00')).toBe('2026-03-05');
  });
});

describe('department names', () => {
  const known = [{ id: 'd1', name: '呼和浩特市公安局', shortName: '市公安局', nameEn: 'Hohhot Public Security Bureau' }];
  const zh = departmentLabelOf(known, false);
  const en = departmentLabelOf(known, true);
  const holders = [
    { kind: 'user' as const, id: 'u1', name: '王丽' },
    { kind: 'department' as const, id: 'd1', name: '呼和浩特市公安局' },
  ];

  it('names a loop’s holding department in the reader’s language, and people as they are', () => {
    expect(holdersText(holders, zh)).toBe('王丽、呼和浩特市公安局');
    expect(holdersText(holders, en)).toBe('王丽、Hohhot Public Security Bureau');
    expect(holdersText([], en)).toBe('—');
  });

  it('names a public review’s department subject, and leaves other subjects’ titles alone', () => {
    const review = { subjectType: 'department', subjectId: 'd1', subjectTitle: '呼和浩特市公安局' };
    expect(subjectTitleOf(review, zh)).toBe('呼和浩特市公安局');
    expect(subjectTitleOf(review, en)).toBe('Hohhot Public Security Bureau');
    expect(subjectTitleOf({ subjectType: 'application', subjectId: 'd1', subjectTitle: '市公安局' }, en)).toBe('市公安局');
  });
});
