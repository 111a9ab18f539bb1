import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { departmentLabelOf } from './departmentNames.ts';

const known = [
  { id: 'a', name: '呼和浩特市市场监督管理局', shortName: '市场监管局', nameEn: 'Hohhot Administration for Market Regulation' },
  { id: 'b', name: '呼和浩特市公安局', shortName: '市公安局', nameEn: 'Hohhot Public Security Bureau' },
  // A short name that is another body's full name: the full name wins.
  { id: 'c', name: '市公安局分局', shortName: '呼和浩特市公安局', nameEn: 'A branch' },
];

describe('departmentLabelOf', () => {
  it('shows names as they came in Chinese, or when nothing is known', () => {
    const zh = departmentLabelOf(known, false);
    expect(zh('呼和浩特市公安局', 'b')).toBe('呼和浩特市公安局');
    expect(departmentLabelOf([], true)('呼和浩特市公安局')).toBe('呼和浩特市公安局');
    expect(zh(null)).toBe('');
  });

  it('finds the English name by id first, then by the full or short Chinese name', () => {
    const en = departmentLabelOf(known, true);
    expect(en('任何名字', 'a')).toBe('Hohhot Administration for Market Regulation');
    expect(en('呼和浩特市公安局')).toBe('Hohhot Public Security Bureau');
    expect(en('市场监管局')).toBe('Hohhot Administration for Market Regulation');
    expect(en('呼和浩特市政务服务与数据管理局 王丽')).toBe('呼和浩特市政务服务与数据管理局 王丽');
    expect(en(undefined, 'zzz')).toBe('');
  });

  it('returns any name it does not know unchanged', () => {
    const en = departmentLabelOf(known, true);
    const names = new Set(known.flatMap((d) => [d.name, d.shortName]));
    fc.assert(fc.property(fc.string(), (name) => names.has(name.trim()) || en(name) === name));
  });
});
