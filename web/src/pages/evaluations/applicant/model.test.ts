import { describe, expect, it } from 'vitest';
import type { MyEvaluation } from '../../../api/evaluations.ts';
import { ApiError } from '../../../api/client.ts';
import { messageOf, rateFailureOf } from '../rating/failure.ts';
import {
  casePathOf,
  deadlineOf,
  effectiveLevel,
  evaluationKey,
  findEvaluation,
  groupEvaluations,
  loopInProgress,
  ratePath,
  ratePathOf,
  rateViewOf,
  readTab,
  subjectText,
  supplementPath,
  supplementPathOf,
} from './model.ts';

let n = 0;
function item(over: Partial<MyEvaluation> = {}): MyEvaluation {
  n += 1;
  const id = `0190f0f0-0000-7000-8000-${String(n).padStart(12, '0')}`;
  return {
    subjectType: 'application',
    subjectId: id,
    applicationId: id,
    number: `YS-2026-${n}`,
    title: `办件 ${n}`,
    departmentName: '市场监管局',
    endedAt: '2026-03-01T02:00:00Z',
    rateUntil: '2026-03-31T16:00:00Z',
    mayRate: true,
    maySupplement: false,
    rating: null,
    ...over,
  };
}
function rating(
  over: Partial<NonNullable<MyEvaluation['rating']>> = {},
): NonNullable<MyEvaluation['rating']> {
  return {
    id: '0190f0f0-0000-7000-8000-0000000000aa',
    level: 4,
    supplementLevel: null,
    comment: null,
    ratedAt: '2026-03-02T02:00:00Z',
    realName: true,
    loopState: null,
    ...over,
  };
}

describe('我的评价 tabs', () => {
  it('puts open unrated cases under 待评价, soonest deadline first', () => {
    const late = item({ rateUntil: '2026-04-30T16:00:00Z' });
    const soon = item({ rateUntil: '2026-03-05T16:00:00Z' });
    const rated = item({ rating: rating(), mayRate: false, maySupplement: true });
    const gone = item({ mayRate: false });
    const groups = groupEvaluations([late, rated, soon, gone]);
    expect(groups.pending).toEqual([soon, late]);
    expect(groups.rated).toEqual([rated]);
    expect(groups.closed).toEqual([gone]);
  });

  it('lists rated cases newest rating first', () => {
    const older = item({ rating: rating({ ratedAt: '2026-01-02T00:00:00Z' }) });
    const newer = item({ rating: rating({ ratedAt: '2026-02-02T00:00:00Z' }) });
    expect(groupEvaluations([older, newer]).rated).toEqual([newer, older]);
  });

  it('reads the tab from the address, 待评价 by default', () => {
    expect(readTab('rated')).toBe('rated');
    expect(readTab('pending')).toBe('pending');
    expect(readTab(null)).toBe('pending');
    expect(readTab('nonsense')).toBe('pending');
  });

  it('builds the pages’ addresses', () => {
    expect(ratePath('a b')).toBe('/my/evaluations/a%20b/rate');
    expect(supplementPath('x')).toBe('/my/evaluations/x/supplement');
  });
});

describe('closed hotline tickets beside applications', () => {
  const ticket = (over: Partial<MyEvaluation> = {}) => {
    const base = item();
    return {
      ...base,
      subjectType: 'appeal' as const,
      applicationId: null,
      number: 'GD20261116000001',
      ...over,
    };
  };

  it('gives a ticket its own pages, and an application the ones it always had', () => {
    const tk = ticket({ subjectId: 't 1' });
    expect(ratePathOf(tk)).toBe('/my/evaluations/appeal/t%201/rate');
    expect(supplementPathOf(tk)).toBe('/my/evaluations/appeal/t%201/supplement');
    expect(casePathOf(tk)).toBe('/my/appeals/t%201');
    const app = item();
    expect(ratePathOf(app)).toBe(ratePath(app.subjectId));
    expect(supplementPathOf(app)).toBe(supplementPath(app.subjectId));
    expect(casePathOf(app)).toBe(`/my/applications/${app.subjectId}`);
  });

  it('finds a case by its kind and id, never a ticket for an application of the same id', () => {
    const app = item();
    const tk = ticket({ subjectId: app.subjectId });
    const items = [app, tk];
    expect(findEvaluation(items, { subjectType: 'appeal', subjectId: app.subjectId })).toBe(tk);
    expect(findEvaluation(items, { subjectType: 'application', subjectId: app.subjectId })).toBe(app);
    expect(findEvaluation(items, { subjectType: 'appeal', subjectId: 'other' })).toBeUndefined();
    expect(findEvaluation(undefined, { subjectType: 'appeal', subjectId: app.subjectId })).toBeUndefined();
    expect(evaluationKey(app)).not.toBe(evaluationKey(tk));
  });

  it('sorts tickets and applications together, and words them apart', () => {
    const tk = ticket({ rateUntil: '2026-03-04T16:00:00Z' });
    const app = item({ rateUntil: '2026-03-20T16:00:00Z' });
    expect(groupEvaluations([app, tk]).pending).toEqual([tk, app]);
    expect(subjectText('appeal').number).toBe('rate.ticket.number');
    expect(subjectText('application').number).toBe('rate.mine.number');
    expect(rateViewOf(tk, 'rate')).toEqual({ kind: 'ready' });
  });
});

describe('the 评价截止 deadline', () => {
  const now = new Date('2026-03-10T04:00:00Z');

  it('counts whole days left, rounded up, and calls three or fewer soon', () => {
    expect(deadlineOf('2026-03-31T16:00:00Z', now)).toEqual({ daysLeft: 22, state: 'open' });
    expect(deadlineOf('2026-03-13T04:00:00Z', now)).toEqual({ daysLeft: 3, state: 'soon' });
    expect(deadlineOf('2026-03-10T05:00:00Z', now)).toEqual({ daysLeft: 1, state: 'soon' });
  });

  it('is closed once past, and on nonsense', () => {
    expect(deadlineOf('2026-03-10T04:00:00Z', now)).toEqual({ daysLeft: 0, state: 'closed' });
    expect(deadlineOf('2026-03-01T00:00:00Z', now).state).toBe('closed');
    expect(deadlineOf('not a date', now).state).toBe('closed');
  });
});

describe('what the rating page may do', () => {
  it('rates an open unrated case, and says why not otherwise', () => {
    expect(rateViewOf(undefined, 'rate')).toEqual({ kind: 'notFound' });
    expect(rateViewOf(item(), 'rate')).toEqual({ kind: 'ready' });
    expect(rateViewOf(item({ mayRate: false, rateUntil: '2026-01-01T00:00:00Z' }), 'rate')).toEqual({
      kind: 'expired',
      until: '2026-01-01T00:00:00Z',
    });
    expect(rateViewOf(item({ rating: rating(), maySupplement: true }), 'rate')).toEqual({
      kind: 'alreadyRated',
      maySupplement: true,
    });
  });

  it('takes a 追评 once, for a rated case whose window is open', () => {
    expect(rateViewOf(item({ rating: rating(), maySupplement: true }), 'supplement')).toEqual({
      kind: 'ready',
    });
    expect(rateViewOf(item(), 'supplement')).toEqual({ kind: 'notRated', mayRate: true });
    expect(
      rateViewOf(item({ rating: rating({ supplementLevel: 2 }), maySupplement: false }), 'supplement'),
    ).toEqual({ kind: 'alreadySupplemented' });
    expect(rateViewOf(item({ rating: rating(), maySupplement: false }), 'supplement').kind).toBe('expired');
  });

  it('counts the 追评’s level, and knows when a 差评 is still being handled', () => {
    expect(effectiveLevel(rating({ level: 4 }))).toBe(4);
    expect(effectiveLevel(rating({ level: 4, supplementLevel: 1 }))).toBe(1);
    expect(loopInProgress(rating({ loopState: 'verifying' }))).toBe(true);
    expect(loopInProgress(rating({ loopState: 'callback' }))).toBe(true);
    expect(loopInProgress(rating({ loopState: 'closed' }))).toBe(false);
    expect(loopInProgress(rating({ loopState: null }))).toBe(false);
  });
});

describe('failures', () => {
  const problem = (status: number, code = 'X') =>
    new ApiError({
      type: 'about:blank',
      title: 't',
      status,
      code,
      detail: '评价期已过 / the rating window has closed',
    });

  it('names what went wrong and keeps the server’s message', () => {
    expect(rateFailureOf(problem(404))).toBe('notFound');
    expect(rateFailureOf(problem(410))).toBe('expired');
    expect(rateFailureOf(problem(409))).toBe('already');
    expect(rateFailureOf(problem(429))).toBe('tooMany');
    expect(rateFailureOf(problem(422))).toBe('invalid');
    expect(rateFailureOf(problem(500))).toBe('other');
    expect(rateFailureOf(new Error('x'))).toBe('other');
    expect(messageOf(problem(410))).toBe('评价期已过 / the rating window has closed');
    expect(messageOf(new Error('boom'))).toBe('boom');
  });
});
