import { describe, expect, it } from 'vitest';
import { industryLabel } from './labels.ts';

describe('industryLabel', () => {
  it('names a class-less entity by its section once, not twice', () => {
    // The server names such an entity by its section (industryName = 批发和零售业).
    expect(industryLabel({ industrySection: 'F', industryClass: null, industryName: '批发和零售业' })).toBe(
      'F 批发和零售业',
    );
    expect(industryLabel({ industrySection: 'F', industryClass: null, industryName: null })).toBe('F 批发和零售业');
  });

  it('puts a known class with its code before the section', () => {
    expect(industryLabel({ industrySection: 'H', industryClass: '6210', industryName: '正餐服务' })).toBe(
      '正餐服务 (6210) · H 住宿和餐饮业',
    );
  });

  it('shows a class the table does not name by its code alone', () => {
    expect(industryLabel({ industrySection: 'F', industryClass: '5299', industryName: '批发和零售业' })).toBe(
      '5299 · F 批发和零售业',
    );
  });
});
