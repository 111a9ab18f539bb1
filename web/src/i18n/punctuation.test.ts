import { describe, expect, it } from 'vitest';
import { listMark, listOf, withNote } from './punctuation.ts';

describe('brackets and list marks by language', () => {
  it('writes a note in full-width brackets in Chinese and in spaced round ones in English', () => {
    expect(withNote('青城乳业有限公司', '91150123N2AN0KC050', 'zh-CN')).toBe('青城乳业有限公司（91150123N2AN0KC050）');
    expect(withNote('Market Regulation Administration', 'HHHT-SCJG', 'en')).toBe('Market Regulation Administration (HHHT-SCJG)');
  });

  it('lists with 、 in Chinese and with commas in English', () => {
    expect(listOf(['住建局', '人社局'], 'zh-CN')).toBe('住建局、人社局');
    expect(listOf(['Housing', 'Labour'], 'en')).toBe('Housing, Labour');
    expect(listOf([], 'en')).toBe('');
    expect(listMark('en')).toBe(', ');
  });
});
