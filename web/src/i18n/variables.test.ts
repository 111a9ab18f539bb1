// i18next reads some option names from the values handed to t(): a text's variable named like one of them (`lng`,
// `ns`…) is taken as that option — `{{lng}}` once switched a longitude line of the English page to Chinese.
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import './index.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

const RESERVED = new Set(['lng', 'lngs', 'fallbackLng', 'ns', 'defaultValue', 'keySeparator', 'nsSeparator', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'skipInterpolation', 'replace', 'ordinal']);

function variablesOf(messages: unknown, path = ''): [string, string][] {
  if (typeof messages === 'string') return [...messages.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => [path, m[1]!]);
  if (messages && typeof messages === 'object') return Object.entries(messages).flatMap(([key, value]) => variablesOf(value, path ? `${path}.${key}` : key));
  return [];
}

describe('the texts’ variables', () => {
  it('never use a name i18next takes as an option', () => {
    for (const messages of [zhCN, en]) {
      const found = variablesOf(messages);
      expect(found.length).toBeGreaterThan(100);
      expect(found.filter(([, name]) => RESERVED.has(name))).toEqual([]);
    }
  });
});

describe('counted texts', () => {
  it('say one in the singular in English, and the same words for any number in Chinese', () => {
    const en1 = i18n.getFixedT('en');
    const zh = i18n.getFixedT('zh-CN');
    expect(en1('catalogPublic.services.browse.bundleCount', { count: 1 })).toBe('1 bundle');
    expect(en1('catalogPublic.services.browse.bundleCount', { count: 3 })).toBe('3 bundles');
    expect(en1('ledger.light.daysLeft', { count: 1 })).toBe('1 working day left');
    expect(zh('ledger.light.daysLeft', { count: 1 })).toBe('剩 1 个工作日');
    expect(zh('ledger.light.daysLeft', { count: 2 })).toBe('剩 2 个工作日');
    expect(en1('common.counted', { label: 'Overdue', n: 2 })).toBe('Overdue (2)');
    expect(zh('common.counted', { label: '已逾期', n: 2 })).toBe('已逾期（2）');
  });
});
