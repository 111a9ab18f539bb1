import { describe, expect, it } from 'vitest';
import type { RateFigures, UnitRates } from '../../../api/appeals-public.ts';
import { changeOf, countsOf, kpisOf, percent, rankingRows, rankingSummary, scoreText } from './figures.ts';

const figures = (over: Partial<RateFigures> = {}): RateFigures => ({
  tickets: 200,
  dispatched: 150,
  signDue: 140,
  signedOnTime: 133,
  calledBack: 100,
  solved: 80,
  satisfied: 70,
  basic: 15,
  unsatisfied: 15,
  completed: 120,
  onTime: 108,
  returned: 6,
  reopened: 4,
  extended: 3,
  merged: 10,
  answered: 40,
  invalid: 2,
  open: 30,
  responseRate: 0.95,
  resolutionRate: 0.8,
  satisfactionRate: 0.85,
  onTimeRate: 0.9,
  returnRate: 0.04,
  repeatRate: 0.05,
  directAnswerRate: 0.2,
  score: 82.75,
  ...over,
});

const unit = (id: string, over: Partial<UnitRates> = {}): UnitRates => ({
  ...figures(),
  departmentId: id,
  departmentName: `单位${id}`,
  rank: null,
  insufficientSample: false,
  note: null,
  ...over,
});

describe('percent and scores', () => {
  it('shows a rate with one decimal and nothing to divide by as a dash', () => {
    expect(percent(0.8532)).toBe('85.3%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(0)).toBe('0.0%');
    expect(percent(null)).toBe('—');
    expect(percent(Number.NaN)).toBe('—');
    expect(scoreText(82.7549)).toBe('82.75');
    expect(scoreText(null)).toBe('—');
  });
});

describe('changeOf', () => {
  it('gives rates in percentage points, counts as differences, with the sign always shown', () => {
    expect(changeOf(0.85, 0.8, 'rate', 'higher')).toMatchObject({ text: '+5', direction: 'up', good: true });
    expect(changeOf(0.8, 0.823, 'rate', 'higher')).toMatchObject({ text: '−2.3', direction: 'down', good: false });
    expect(changeOf(0.05, 0.04, 'rate', 'lower')).toMatchObject({ text: '+1', direction: 'up', good: false });
    expect(changeOf(120, 100, 'count', null)).toMatchObject({ text: '+20', direction: 'up', good: null });
    expect(changeOf(0.8, 0.80001, 'rate', 'higher')).toMatchObject({ text: '0', direction: 'flat', good: null });
  });
  it('has no change when either side is missing', () => {
    expect(changeOf(0.8, null, 'rate', 'higher')).toBeNull();
    expect(changeOf(null, 0.8, 'rate', 'higher')).toBeNull();
    expect(changeOf(5, undefined, 'count', null)).toBeNull();
  });
});

describe('the city cards', () => {
  it('lists the count, the score and the seven rates with the counts behind each', () => {
    const kpis = kpisOf(figures());
    expect(kpis.map((k) => k.key)).toEqual(['tickets', 'score', 'responseRate', 'resolutionRate', 'satisfactionRate', 'onTimeRate', 'returnRate', 'repeatRate', 'directAnswerRate']);
    const by = Object.fromEntries(kpis.map((k) => [k.key, k]));
    expect(by.responseRate).toMatchObject({ value: '95.0%', detail: '133 / 140' });
    expect(by.satisfactionRate!.detail).toBe('85 / 100');
    expect(by.returnRate!.detail).toBe('6 / 150');
    expect(by.tickets).toMatchObject({ value: '200', detail: null, change: null });
  });

  it('compares with the period before, better or worse as each figure goes', () => {
    const by = Object.fromEntries(kpisOf(figures(), figures({ tickets: 150, returnRate: 0.02, satisfactionRate: 0.9, score: 80 })).map((k) => [k.key, k]));
    expect(by.tickets!.change).toMatchObject({ text: '+50', good: null });
    expect(by.returnRate!.change).toMatchObject({ text: '+2', good: false });
    expect(by.satisfactionRate!.change).toMatchObject({ text: '−5', good: false });
    expect(by.score!.change).toMatchObject({ text: '+2.8', good: true });
  });

  it('leaves out the counts of an empty base and the change of an empty period', () => {
    const empty = figures({ tickets: 0, signDue: 0, calledBack: 0, completed: 0, dispatched: 0, responseRate: null, resolutionRate: null, satisfactionRate: null, onTimeRate: null, returnRate: null, repeatRate: null, directAnswerRate: null, score: null });
    const kpis = kpisOf(empty, empty);
    expect(kpis.filter((k) => k.kind === 'rate').every((k) => k.value === '—' && k.detail === null && k.change === null)).toBe(true);
    expect(countsOf(figures(), figures({ reopened: 1 })).find((c) => c.key === 'reopened')).toMatchObject({ value: 4, change: { text: '+3' } });
  });
});

describe('the ranking’s display rules', () => {
  const units = [
    unit('a', { rank: 1, score: 90 }),
    unit('b', { rank: 2, score: 85 }),
    unit('c', { rank: 2, score: 85 }),
    unit('d', { rank: 4, score: 70 }),
    unit('e', { rank: null, insufficientSample: true, note: '样本不足', calledBack: 3, score: 99 }),
    unit('f', { rank: null, score: null }),
  ];

  it('shows a rank only for ranked units, medals for the top three places, and keeps the server’s order', () => {
    const rows = rankingRows(units);
    expect(rows.map((r) => [r.departmentId, r.rankText, r.medal])).toEqual([
      ['a', '1', 'gold'],
      ['b', '2', 'silver'],
      ['c', '2', 'silver'],
      ['d', '4', null],
      ['e', '—', null],
      ['f', '—', null],
    ]);
    expect(rankingSummary(units)).toEqual({ ranked: 4, unranked: 2 });
  });

  it('never ranks a unit marked as too small a sample, even if the server gave it a rank', () => {
    const [row] = rankingRows([unit('x', { rank: 1, insufficientSample: true })]);
    expect(row).toMatchObject({ rankText: '—', medal: null, rankMove: null });
  });

  it('says how far a unit moved and how its score changed against the period before', () => {
    const before = [unit('a', { rank: 3, score: 80 }), unit('b', { rank: 1, score: 88 }), unit('d', { rank: null, insufficientSample: true, score: 60 })];
    const rows = Object.fromEntries(rankingRows(units, before).map((r) => [r.departmentId, r]));
    expect(rows.a).toMatchObject({ rankMove: 2, scoreChange: { text: '+10', good: true } });
    expect(rows.b).toMatchObject({ rankMove: -1, scoreChange: { text: '−3', good: false } });
    expect(rows.c).toMatchObject({ rankMove: null, scoreChange: null });
    expect(rows.d!.rankMove).toBeNull();
    expect(rows.e!.rankMove).toBeNull();
  });
});
