import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPublicSatisfaction, postPublicReview, queryOf } from '../../../api/evaluations.ts';
import { rateFailureOf } from '../rating/failure.ts';
import {
  percent,
  periodQuery,
  readPeriod,
  satisfactionTone,
  sortDepartments,
  type DepartmentRow,
} from './satisfaction.ts';

let n = 0;
const row = (name: string, over: Partial<DepartmentRow> = {}): DepartmentRow => {
  n += 1;
  return {
    id: `0190f0f0-0000-7000-8000-${String(n).padStart(12, '0')}`,
    name,
    hall: false,
    rated: 10,
    satisfaction: 0.9,
    goodRate: 0.8,
    bad: 1,
    realNameBadRate: 1,
    ...over,
  };
};

describe('the period', () => {
  it('sends no dates for the last 12 months (the server’s default)', () => {
    expect(periodQuery('last12', '2026-03-10')).toEqual({});
  });

  it('names both ends of the other periods', () => {
    expect(periodQuery('last3', '2026-03-10')).toEqual({ from: '2025-12-11', to: '2026-03-10' });
    expect(periodQuery('thisYear', '2026-03-10')).toEqual({ from: '2026-01-01', to: '2026-03-10' });
    expect(periodQuery('lastYear', '2026-03-10')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('reads the period from the address, the last 12 months otherwise', () => {
    expect(readPeriod('lastYear')).toBe('lastYear');
    expect(readPeriod(null)).toBe('last12');
    expect(readPeriod('forever')).toBe('last12');
  });
});

describe('sorting the departments', () => {
  const a = row('市场监管局', { satisfaction: 0.97, rated: 120, bad: 2 });
  const b = row('人社局', { satisfaction: 0.85, rated: 300, bad: 9 });
  const c = row('政务服务中心', {
    satisfaction: null,
    rated: 0,
    bad: 0,
    goodRate: null,
    realNameBadRate: null,
    hall: true,
  });
  const d = row('税务局', { satisfaction: 0.85, rated: 40, bad: 3 });

  it('puts the most satisfied first by default, and a department without ratings last', () => {
    expect(sortDepartments([c, b, a, d]).map((r) => r.name)).toEqual([
      '市场监管局',
      '人社局',
      '税务局',
      '政务服务中心',
    ]);
  });

  it('sorts either way by any figure, still with the missing last', () => {
    expect(sortDepartments([a, b, c, d], 'satisfaction', 'ascend').map((r) => r.name)).toEqual([
      '人社局',
      '税务局',
      '市场监管局',
      '政务服务中心',
    ]);
    expect(sortDepartments([a, b, c, d], 'rated', 'descend').map((r) => r.rated)).toEqual([300, 120, 40, 0]);
    expect(sortDepartments([a, b, c, d], 'bad', 'ascend').map((r) => r.bad)).toEqual([0, 2, 3, 9]);
  });

  it('puts the department with more ratings first when the figures tie', () => {
    const few = row('公安局', { satisfaction: 1, rated: 3 });
    const many = row('住建局', { satisfaction: 1, rated: 300 });
    expect(sortDepartments([few, many]).map((r) => r.name)).toEqual(['住建局', '公安局']);
    expect(sortDepartments([few, many], 'satisfaction', 'ascend').map((r) => r.name)).toEqual(['住建局', '公安局']);
  });

  it('keeps every row and never puts a missing figure before a present one', () => {
    const arbRow = fc.record({
      name: fc.string({ maxLength: 6 }),
      satisfaction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(arbRow, { maxLength: 30 }),
        fc.constantFrom('ascend' as const, 'descend' as const),
        (raw, order) => {
          const rows = raw.map((r) => row(r.name, { satisfaction: r.satisfaction }));
          const sorted = sortDepartments(rows, 'satisfaction', order);
          expect(sorted).toHaveLength(rows.length);
          const firstMissing = sorted.findIndex((r) => r.satisfaction === null);
          if (firstMissing >= 0)
            expect(sorted.slice(firstMissing).every((r) => r.satisfaction === null)).toBe(true);
          const present = sorted.filter((r) => r.satisfaction !== null).map((r) => r.satisfaction!);
          for (let i = 1; i < present.length; i += 1) {
            expect(order === 'ascend' ? present[i]! >= present[i - 1]! : present[i]! <= present[i - 1]!).toBe(
              true,
            );
          }
        },
      ),
    );
  });
});

describe('rates', () => {
  it('shows a rate as a percentage with one decimal, and nothing as a dash', () => {
    expect(percent(0.9523)).toBe('95.2%');
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
    expect(percent(null)).toBe('—');
    expect(satisfactionTone(0.96)).toBe('good');
    expect(satisfactionTone(0.9)).toBe('fair');
    expect(satisfactionTone(0.5)).toBe('poor');
    expect(satisfactionTone(null)).toBe('none');
  });
});

describe('the public routes of the client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for a period with only the dates that are set', async () => {
    const fetchMock = vi.fn(
      async (_url: string) =>
        new Response(JSON.stringify({ from: '', to: '', departments: [] }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await getPublicSatisfaction({});
    await getPublicSatisfaction({ from: '2025-01-01', to: '2025-12-31' });
    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual([
      '/api/v1/public/evaluations/satisfaction',
      '/api/v1/public/evaluations/satisfaction?from=2025-01-01&to=2025-12-31',
    ]);
    expect(queryOf({ mine: true, bad: false, level: 2, q: '', x: undefined })).toEqual({
      mine: '1',
      bad: '0',
      level: 2,
    });
  });

  it('reads a 429 on a review as “too many”', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              title: 'Too Many Requests',
              status: 429,
              code: 'RATE_LIMITED',
              detail: '提交过于频繁 / too many',
            }),
            { status: 429, headers: { 'content-type': 'application/problem+json' } },
          ),
      ),
    );
    const error = await postPublicReview({
      departmentId: '0190f0f0-0000-7000-8000-000000000001',
      level: 5,
    }).catch((e: unknown) => e);
    expect(rateFailureOf(error)).toBe('tooMany');
  });
});
