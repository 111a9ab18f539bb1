import { describe, expect, it } from 'vitest';
import type { Department } from '../../../api/org.ts';
import { buildTree, departmentMatcher, filterTree, matchCount, subtreeIds, toTreeOptions, type DepartmentNode } from './tree.ts';

const dept = (id: string, parentId: string | null, name = id): Department => ({
  id,
  parentId,
  name,
  nameEn: `${name} (en)`,
  shortName: name,
  code: id.toUpperCase(),
  kind: 'department',
  uscc: null,
  regionCode: '150100',
  version: 1,
});

const shape = (nodes: DepartmentNode[]): unknown =>
  nodes.map((n) => (n.children ? { [n.id]: shape(n.children) } : n.id));

describe('buildTree', () => {
  it('nests children under parents in the given order, leaves without children', () => {
    const tree = buildTree([dept('city', null), dept('a', 'city'), dept('a1', 'a'), dept('b', 'city'), dept('a2', 'a')]);
    expect(shape(tree)).toEqual([{ city: [{ a: ['a1', 'a2'] }, 'b'] }]);
    expect(tree[0]!.children![1]!).not.toHaveProperty('children');
  });

  it('accepts children listed before their parent', () => {
    expect(shape(buildTree([dept('a1', 'a'), dept('a', 'city'), dept('city', null)]))).toEqual([{ city: [{ a: ['a1'] }] }]);
  });

  it('makes an orphan (parent not in the list) a root, and never loses a cycle', () => {
    const tree = buildTree([dept('x', 'gone'), dept('p', 'q'), dept('q', 'p'), dept('self', 'self')]);
    const ids = JSON.stringify(shape(tree));
    for (const id of ['x', 'p', 'q', 'self']) expect(ids).toContain(`"${id}"`);
    expect(shape(tree)).toEqual(['x', 'self', { p: ['q'] }]);
  });

  it('returns nothing for nothing', () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe('subtreeIds', () => {
  it('collects a department and all beneath it', () => {
    const list = [dept('city', null), dept('a', 'city'), dept('a1', 'a'), dept('a11', 'a1'), dept('b', 'city')];
    expect([...subtreeIds(list, 'a')].sort()).toEqual(['a', 'a1', 'a11']);
    expect([...subtreeIds(list, 'b')]).toEqual(['b']);
  });

  it('terminates on a cycle', () => {
    expect([...subtreeIds([dept('p', 'q'), dept('q', 'p')], 'p')].sort()).toEqual(['p', 'q']);
  });
});

describe('filterTree', () => {
  const tree = buildTree([
    dept('city', null, '呼和浩特市人民政府'),
    dept('scjg', 'city', '市场监督管理局'),
    dept('xc', 'city', '新城区人民政府'),
    dept('xc-scjg', 'xc', '新城区市场监督管理局'),
    dept('xc-zw', 'xc', '新城区政务服务局'),
  ]);

  it('keeps matches with the path to them and expands that path', () => {
    const { tree: filtered, expanded } = filterTree(tree, departmentMatcher('市场监督'));
    expect(shape(filtered)).toEqual([{ city: ['scjg', { xc: ['xc-scjg'] }] }]);
    expect(expanded.sort()).toEqual(['city', 'xc']);
  });

  it('keeps the whole subtree of a matching node', () => {
    const { tree: filtered, expanded } = filterTree(tree, departmentMatcher('新城区人民'));
    expect(shape(filtered)).toEqual([{ city: [{ xc: ['xc-scjg', 'xc-zw'] }] }]);
    expect(expanded).toEqual(['city']);
  });

  it('opens a matching node when matches lie beneath it too', () => {
    const { tree: filtered, expanded } = filterTree(tree, departmentMatcher('新城区'));
    expect(shape(filtered)).toEqual([{ city: [{ xc: ['xc-scjg', 'xc-zw'] }] }]);
    expect(expanded.sort()).toEqual(['city', 'xc']);
  });

  it('matches codes case-insensitively, and an empty query keeps everything', () => {
    expect(shape(filterTree(tree, departmentMatcher('xc-zw')).tree)).toEqual([{ city: [{ xc: ['xc-zw'] }] }]);
    expect(filterTree(tree, departmentMatcher('  ')).tree).toEqual(tree);
    expect(filterTree(tree, departmentMatcher('不存在')).tree).toEqual([]);
  });
});

describe('matchCount', () => {
  const list = [
    dept('city', null, '呼和浩特市人民政府'),
    dept('scjg', 'city', '市场监督管理局'),
    dept('xc', 'city', '新城区人民政府'),
    dept('xc-scjg', 'xc', '新城区市场监督管理局'),
    dept('xc-zw', 'xc', '新城区政务服务局'),
  ];

  it('counts the departments a search finds, not those shown only as the way down to them', () => {
    // 市场监督 shows 呼和浩特市人民政府 and 新城区人民政府 as the path, but finds two.
    expect(matchCount(list, '市场监督')).toBe(2);
    expect(matchCount(list, '新城区')).toBe(3);
    expect(matchCount(list, 'XC-ZW')).toBe(1);
    expect(matchCount(list, '不存在')).toBe(0);
  });

  it('is null with no search, when the header counts them all', () => {
    expect(matchCount(list, '')).toBeNull();
    expect(matchCount(list, '   ')).toBeNull();
  });
});

describe('toTreeOptions', () => {
  it('labels by language and disables the given ids', () => {
    const options = toTreeOptions(buildTree([dept('city', null, '市政府'), dept('a', 'city', '甲局')]), {
      disabledIds: new Set(['a']),
      english: true,
    });
    expect(options[0]).toMatchObject({ value: 'city', title: '市政府 (en)' });
    expect(options[0]!.children![0]).toMatchObject({ value: 'a', disabled: true });
    expect(options[0]!.search).toContain('CITY');
  });
});
