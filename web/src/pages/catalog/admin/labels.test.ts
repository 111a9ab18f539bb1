import { describe, expect, it } from 'vitest';
import { limitsText, promisedText } from './labels.ts';

describe('time limits in the staff lists', () => {
  it('calls an on-the-spot item 即办件, as the public pages do, not "0 / 0 个工作日"', () => {
    const spot = { onTheSpot: true, promisedLimitDays: 0, legalLimitDays: 0 };
    expect(limitsText(spot, 'zh-CN')).toBe('即办件');
    expect(limitsText(spot, 'en')).toBe('On the spot');
    expect(promisedText(spot, 'zh-CN')).toBe('即办件');
  });

  it('gives the promised and legal limits of any other item in working days', () => {
    const item = { onTheSpot: false, promisedLimitDays: 5, legalLimitDays: 20 };
    expect(limitsText(item, 'zh-CN')).toBe('5 / 20 个工作日');
    expect(limitsText(item, 'en')).toBe('5 / 20 working days');
    expect(promisedText(item, 'zh-CN')).toBe('5 个工作日');
  });
});
