import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  rateApplicationBody,
  supplementBody,
  publicReviewBody,
  ratingInput,
} from '../../../../../common/api/evaluations.ts';
import {
  COMMENT_MAX,
  dimensionRows,
  draftProblem,
  emptyDraft,
  levelButtons,
  levelLabel,
  loopStateLabel,
  rateTooltips,
  ratingBody,
  type RatingDraft,
} from './levels.ts';

describe('the level buttons', () => {
  it('offers the five levels best first, with the contract’s labels in the language', () => {
    const zh = levelButtons('zh');
    expect(zh.map((b) => b.level)).toEqual([5, 4, 3, 2, 1]);
    expect(zh.map((b) => b.label)).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    expect(levelButtons('en')[0]!.label).toBe('Very satisfied');
  });

  it('marks 不满意 and 非常不满意 as a 差评, each with its own face and colour', () => {
    const buttons = levelButtons('zh');
    expect(buttons.filter((b) => b.bad).map((b) => b.level)).toEqual([2, 1]);
    expect(new Set(buttons.map((b) => b.face)).size).toBe(5);
    expect(new Set(buttons.map((b) => b.color)).size).toBe(5);
  });

  it('labels a level, and shows an unknown number as it is', () => {
    expect(levelLabel(3, 'zh')).toBe('基本满意');
    expect(levelLabel(1, 'en')).toBe('Very dissatisfied');
    expect(levelLabel(7, 'zh')).toBe('7');
  });

  it('gives the compact rates their hover labels worst first (star 1 = 非常不满意)', () => {
    expect(rateTooltips('zh')).toEqual(['非常不满意', '不满意', '基本满意', '满意', '非常满意']);
  });

  it('names the dimensions and the loop states', () => {
    expect(dimensionRows('zh').map((d) => d.label)).toEqual([
      '总体评价',
      '办事效率',
      '指南准确',
      '办事便捷',
      '服务态度',
    ]);
    expect(loopStateLabel('verifying', 'zh')).toBe('核实中');
    expect(loopStateLabel('closed', 'en')).toBe('Closed');
  });
});

describe('the draft', () => {
  const draft = (over: Partial<RatingDraft>): RatingDraft => ({ ...emptyDraft(), ...over });

  it('needs a level and at most 500 characters of comment', () => {
    expect(draftProblem(emptyDraft())).toBe('noLevel');
    expect(draftProblem(draft({ level: 4 }))).toBeNull();
    expect(draftProblem(draft({ level: 4, comment: 'x'.repeat(COMMENT_MAX + 1) }))).toBe('commentTooLong');
    expect(draftProblem(draft({ level: 4, comment: ` ${'x'.repeat(COMMENT_MAX)}  ` }))).toBeNull();
  });

  it('sends the rated dimensions only, a trimmed comment, and anonymity where offered', () => {
    const full = draft({
      level: 2,
      dimensions: { speed: 1, guide: 0, attitude: 4 },
      comment: '  等了两个小时  ',
      anonymous: true,
    });
    expect(ratingBody(full, { withAnonymous: true })).toEqual({
      level: 2,
      dimensions: { speed: 1, attitude: 4 },
      comment: '等了两个小时',
      anonymous: true,
    });
    expect(ratingBody(full, { withAnonymous: false })).toEqual({
      level: 2,
      dimensions: { speed: 1, attitude: 4 },
      comment: '等了两个小时',
    });
    expect(ratingBody(draft({ level: 5, comment: '   ' }), { withAnonymous: true })).toEqual({
      level: 5,
      dimensions: {},
      anonymous: false,
    });
    expect(() => ratingBody(emptyDraft(), { withAnonymous: true })).toThrow();
  });

  it('builds bodies every contract schema accepts, whatever was filled in', () => {
    const dims = fc.record(
      {
        overall: fc.integer({ min: 0, max: 5 }),
        speed: fc.integer({ min: 0, max: 5 }),
        guide: fc.integer({ min: 0, max: 5 }),
        convenience: fc.integer({ min: 0, max: 5 }),
        attitude: fc.integer({ min: 0, max: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3, 4, 5 as const),
        dims,
        fc.string({ maxLength: 520 }),
        fc.boolean(),
        (level, dimensions, comment, anonymous) => {
          const d: RatingDraft = { level: level as RatingDraft['level'], dimensions, comment, anonymous };
          if (draftProblem(d)) return;
          const withAnonymous = ratingBody(d, { withAnonymous: true });
          const without = ratingBody(d, { withAnonymous: false });
          expect(ratingInput.safeParse(withAnonymous).success).toBe(true);
          expect(
            rateApplicationBody.safeParse({
              ...withAnonymous,
              applicationId: '0190f0f0-0000-7000-8000-000000000101',
            }).success,
          ).toBe(true);
          expect(supplementBody.safeParse(without).success).toBe(true);
          expect(
            publicReviewBody.safeParse({ ...without, departmentId: '0190f0f0-0000-7000-8000-000000000102' })
              .success,
          ).toBe(true);
        },
      ),
    );
  });
});
