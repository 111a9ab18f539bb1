import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/index.ts';

// 企业服务 counts an overdue date in calendar days (its due dates are dates the office sets); the ledger counts
// working days. Each says which, so the same date read on both screens does not seem to disagree.
describe('overdue words', () => {
  it('say calendar days in 企业服务 and working days in the ledger, in both languages', () => {
    expect(i18n.t('outreach.common.overdue', { lng: 'zh-CN', count: 59 })).toBe('已超期 59 天（自然日）');
    expect(i18n.t('outreach.common.overdue', { lng: 'en', count: 59 })).toBe('59 calendar days overdue');
    expect(i18n.t('ledger.light.daysOver', { lng: 'zh-CN', count: 39 })).toBe('超期 39 个工作日');
    expect(i18n.t('ledger.light.daysOver', { lng: 'en', count: 39 })).toBe('39 working days overdue');
  });
});
