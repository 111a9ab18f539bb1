import { describe, expect, it } from 'vitest';
import { categoryNameOf, requesterNameOf } from './names.ts';

describe('a ticket’s names for the reader', () => {
  it('shows the requester as the server masked them, or says the name was hidden, or nothing', () => {
    expect(requesterNameOf({ requesterName: '王*华', requesterNameHidden: false }, 'name hidden')).toBe('王*华');
    expect(requesterNameOf({ requesterName: null, requesterNameHidden: true }, 'name hidden')).toBe('name hidden');
    expect(requesterNameOf({ requesterName: null, requesterNameHidden: false }, 'name hidden')).toBeNull();
    // The hotline sees the name even when it is hidden from the units.
    expect(requesterNameOf({ requesterName: '王建华', requesterNameHidden: true }, 'name hidden')).toBe('王建华');
  });

  it('gives the category in English when the server sent it, in Chinese otherwise', () => {
    expect(categoryNameOf({ categoryName: '环境卫生', categoryNameEn: 'Sanitation' }, 'en')).toBe('Sanitation');
    expect(categoryNameOf({ categoryName: '环境卫生', categoryNameEn: null }, 'en')).toBe('环境卫生');
    expect(categoryNameOf({ categoryName: '环境卫生', categoryNameEn: 'Sanitation' }, 'zh-CN')).toBe('环境卫生');
  });
});
