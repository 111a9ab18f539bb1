import { describe, expect, it } from 'vitest';
import { formatCell, isPartial, sectionColumns } from '../entities/profile.ts';
import { presentRecord, recordRows, refusalReason, resourceLabel, resourceOptions } from './share.ts';

const types = [
  { code: 'FOOD_BUSINESS', name: '食品经营许可证', holderKind: 'entity' as const },
  { code: 'CONSTRUCTOR_CERT', name: '二级建造师注册证书', holderKind: 'person' as const },
];

describe('resources', () => {
  it('offers the record first, then the licence types for that kind of holder', () => {
    expect(resourceOptions(types, 'entity', '登记信息')).toEqual([
      { value: 'record', label: '登记信息' },
      { value: 'FOOD_BUSINESS', label: '食品经营许可证' },
    ]);
    expect(resourceOptions(types, 'any', '登记信息')).toHaveLength(3);
  });

  it('names a resource code, or shows the code it does not know', () => {
    expect(resourceLabel('record', types, '登记信息')).toBe('登记信息');
    expect(resourceLabel('FOOD_BUSINESS', types, '登记信息')).toBe('食品经营许可证');
    expect(resourceLabel('NEW_TYPE', types, '登记信息')).toBe('NEW_TYPE');
  });
});

describe('recordRows', () => {
  it('puts the known fields first under their labels, hides internals, keeps the rest', () => {
    const rows = recordRows(
      presentRecord({
        id: 'x',
        version: 2,
        address: '大学西街',
        name: '青城乳业',
        kind: 'enterprise',
        status: 'active',
        tags: ['high_tech'],
        registeredCapitalFen: 100_000_000,
        extra: { a: 1 },
      }),
      {
        name: '名称',
        address: '住所',
        kind: '主体类型',
        status: '登记状态',
        tags: '标签',
        registeredCapitalFen: '注册资本',
      },
    );
    expect(rows).toEqual([
      ['名称', '青城乳业'],
      ['主体类型', '企业'],
      ['注册资本', '100 万元'],
      ['住所', '大学西街'],
      ['登记状态', '存续'],
      ['标签', '高新技术企业'],
      ['extra', '{"a":1}'],
    ]);
  });
});

describe('refusalReason', () => {
  it('translates the reasons the server writes and leaves others as they are', () => {
    expect(refusalReason('no sharing rule')).toBe('registry.sharing.reasons.noRule');
    expect(refusalReason('no such subject')).toBe('registry.sharing.reasons.noSubject');
    expect(refusalReason('something else')).toBeNull();
    expect(refusalReason(null)).toBeNull();
  });
});

describe('profile sections', () => {
  it('takes every label any row uses, in first-seen order', () => {
    expect(
      sectionColumns([
        { 证照: 'a', 编号: '1' },
        { 证照: 'b', 状态: 'x' },
      ]),
    ).toEqual(['证照', '编号', '状态']);
    expect(sectionColumns([])).toEqual([]);
  });

  it('formats cells: instants, booleans, numbers, nothing', () => {
    const words = { yes: '是', no: '否' };
    expect(formatCell(null, words)).toBe('—');
    expect(formatCell('', words)).toBe('—');
    expect(formatCell(true, words)).toBe('是');
    expect(formatCell(false, words)).toBe('否');
    expect(formatCell(12000, words)).toBe((12000).toLocaleString());
    expect(formatCell('2026-03-01', words)).toBe('2026-03-01');
    expect(formatCell('2026-03-01T06:05:00.000Z', words)).toMatch(/^2026-03-01 \d{2}:05$/);
  });

  it('says when a section has more rows than it sent', () => {
    expect(isPartial({ key: 'a', title: { zh: '', en: '' }, count: 21, rows: [{}] })).toBe(true);
    expect(isPartial({ key: 'a', title: { zh: '', en: '' }, count: 1, rows: [{}] })).toBe(false);
  });
});
