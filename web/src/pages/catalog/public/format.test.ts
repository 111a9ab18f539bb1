import { describe, expect, it } from 'vitest';
import { ITEM_TYPE_LABELS } from '../../../../../common/catalog/vocabulary.ts';
import { compressionPercent, formatDays, itemBadges, langOf, onlineStageRows, promisedText, stepDaysTotal, visitsText, vocab } from './format.ts';

describe('labels', () => {
  it('come from the vocabulary in the interface language', () => {
    expect(langOf('zh-CN')).toBe('zh');
    expect(langOf('en')).toBe('en');
    expect(vocab(ITEM_TYPE_LABELS, 'licensing', 'zh')).toBe('行政许可');
    expect(vocab(ITEM_TYPE_LABELS, 'licensing', 'en')).toBe('Administrative licensing');
    expect(vocab(ITEM_TYPE_LABELS, 'unknown', 'zh')).toBe('unknown');
    expect(vocab(ITEM_TYPE_LABELS, null, 'zh')).toBe('—');
  });
});

describe('time limits', () => {
  it('count working days, with the same day and unknown said plainly', () => {
    expect(formatDays(20, 'zh')).toBe('20 个工作日');
    expect(formatDays(1, 'en')).toBe('1 working day');
    expect(formatDays(5, 'en')).toBe('5 working days');
    expect(formatDays(0, 'zh')).toBe('当日办结');
    expect(formatDays(null, 'zh')).toBe('—');
  });

  it('call an on-the-spot item 即办件 whatever its promise', () => {
    expect(promisedText({ promisedLimitDays: 0, onTheSpot: true }, 'zh')).toBe('即办件，当场办结');
    expect(promisedText({ promisedLimitDays: 3, onTheSpot: false }, 'zh')).toBe('3 个工作日');
  });

  it('say how much shorter the promise is than the law', () => {
    expect(compressionPercent(20, 5)).toBe(75);
    expect(compressionPercent(20, 7)).toBe(65);
    expect(compressionPercent(20, 20)).toBeNull();
    expect(compressionPercent(0, 0)).toBeNull();
    expect(compressionPercent(10, 12)).toBeNull();
  });

  it('add up the steps', () => {
    expect(stepDaysTotal([{ limitDays: 1 }, { limitDays: 3 }, { limitDays: 0.5 }])).toBe(4.5);
    expect(stepDaysTotal([])).toBe(0);
  });
});

describe('badges', () => {
  it('list 全程网办, 掌上办, 即办件 and 跨省通办 in that order, only when true', () => {
    expect(itemBadges({ fullyOnline: true, mobile: true, onTheSpot: true, crossRegion: 'national' })).toEqual(['fullyOnline', 'mobile', 'onTheSpot', 'national']);
    expect(itemBadges({ fullyOnline: false, mobile: true, onTheSpot: false, crossRegion: 'city' })).toEqual(['mobile']);
    expect(itemBadges({ fullyOnline: false, mobile: false })).toEqual([]);
  });
});

describe('online stages', () => {
  it('mark each of the seven stages online or not, and which 全程网办 needs', () => {
    const rows = onlineStageRows([1, 2, 3, 7], 'zh');
    expect(rows.map((r) => r.stage)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.filter((r) => r.online).map((r) => r.stage)).toEqual([1, 2, 3, 7]);
    expect(rows.filter((r) => r.neededForFullyOnline).map((r) => r.stage)).toEqual([2, 3, 4, 5, 6]);
    expect(rows[0]!.label).toBe('在线咨询');
  });
});

describe('visits', () => {
  it('read 0 as no visit needed', () => {
    expect(visitsText(0, 'zh')).toBe('0 次（无需到现场）');
    expect(visitsText(1, 'zh')).toBe('1 次');
    expect(visitsText(2, 'en')).toBe('2 visits');
  });
});
