import { describe, expect, it } from 'vitest';
import { changedFields, changeMembers, prettyChange, readAuditFilters, writeAuditFilters } from './filters.ts';

describe('audit filters', () => {
  it('round-trips through the address and drops blanks', () => {
    const filters = { action: 'user.create', entity: 'user', from: '2026-03-01T00:00:00+08:00', page: 2, pageSize: 20 };
    const params = writeAuditFilters({ ...filters, entityId: '  ' });
    expect(params.get('entityId')).toBeNull();
    expect(readAuditFilters(params)).toEqual(filters);
  });
});

describe('prettyChange', () => {
  it('indents objects, unpacks JSON strings, and shows a dash for nothing', () => {
    expect(prettyChange({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(prettyChange('{"b":[1]}')).toBe('{\n  "b": [\n    1\n  ]\n}');
    expect(prettyChange('plain')).toBe('plain');
    expect(prettyChange(null)).toBe('—');
  });
});

describe('changedFields', () => {
  it('lists the fields that differ between before and after', () => {
    const change = {
      before: { name: '甲局', version: 1, parentId: null, roles: ['a'] },
      after: { name: '乙局', version: 2, parentId: null, roles: ['a', 'b'], added: true },
    };
    expect(changedFields(change)).toEqual([
      { field: 'added', before: '—', after: 'true' },
      { field: 'name', before: '甲局', after: '乙局' },
      { field: 'roles', before: '["a"]', after: '["a","b"]' },
      { field: 'version', before: '1', after: '2' },
    ]);
  });

  it('reads { before, changes } as the fields sent, reporting only real differences', () => {
    const change = { before: { shortName: '甲', name: '局', version: 3 }, changes: { shortName: '乙', name: '局' } };
    expect(changedFields(change)).toEqual([{ field: 'shortName', before: '甲', after: '乙' }]);
  });

  it('says nothing for other shapes', () => {
    expect(changedFields(null)).toEqual([]);
    expect(changedFields({ via: 'password' })).toEqual([]);
    expect(changedFields({ before: null, after: { a: 1 } })).toEqual([]);
    expect(changedFields([1, 2])).toEqual([]);
  });
});

describe('changeMembers', () => {
  it('lists the members of any other object shape, and nothing for before/after or non-objects', () => {
    expect(changeMembers({ from: 'doing', to: 'reviewing', version: 3, note: null, files: ['a'] })).toEqual([
      { field: 'from', value: 'doing' },
      { field: 'to', value: 'reviewing' },
      { field: 'version', value: '3' },
      { field: 'note', value: '—' },
      { field: 'files', value: '["a"]' },
    ]);
    expect(changeMembers({ before: { a: 1 }, after: { a: 2 } })).toEqual([]);
    expect(changeMembers(null)).toEqual([]);
    expect(changeMembers('text')).toEqual([]);
    expect(changeMembers([1])).toEqual([]);
  });
});
