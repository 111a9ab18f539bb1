import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskName, maskPhone } from './vocabulary.ts';

describe('masking a requester in lists', () => {
  it('keeps the first character of a name and at most two stars, so neither the rest nor the length shows', () => {
    expect(maskName('王芳')).toBe('王*');
    expect(maskName('王建华')).toBe('王**');
    expect(maskName('欧阳建华')).toBe('欧**');
    expect(maskName('曹敏（内蒙古青城乳业有限公司）')).toBe('曹**');
    expect(maskName('  ')).toBe('');
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), (name) => {
        const masked = maskName(name);
        const first = [...name.trim()][0]!;
        expect(masked.startsWith(first)).toBe(true);
        expect(masked.slice(first.length)).toMatch(/^\*{1,2}$/);
      }),
    );
  });

  it('shows a phone number’s first three and last four digits only', () => {
    expect(maskPhone('13804715678')).toBe('138****5678');
    expect(maskPhone('123')).toBe('****');
  });
});
