import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../../../../common/api/ledger.ts';
import { FIELDS, guessedMapping, importPercent, mappingBody, missingFields } from './importMapping.ts';

describe('the import’s column mapping', () => {
  const headers = ['序号', '任务名称', '责任单位', '完成时限', '批次'];

  it('lists every field the contract maps (是否报自治区销号 among them)', () => {
    expect([...FIELDS]).toEqual([...IMPORT_FIELDS]);
    expect(guessedMapping({ needsSecondApproval: '是否报自治区销号' }, [...headers, '是否报自治区销号'])).toEqual({ needsSecondApproval: '是否报自治区销号' });
  });

  it('reads the guess either way round and drops headers the sheet does not have', () => {
    expect(guessedMapping({ title: '任务名称', leadDepartment: '责任单位', dueOn: '截止' }, headers)).toEqual({ title: '任务名称', leadDepartment: '责任单位' });
    expect(guessedMapping({ 任务名称: 'title', 完成时限: 'dueOn', 序号: 'nothing' }, headers)).toEqual({ title: '任务名称', dueOn: '完成时限' });
  });

  it('names the required fields still without a column, and sends only the mapped ones', () => {
    expect(missingFields({ title: '任务名称' })).toEqual(['leadDepartment', 'dueOn']);
    expect(missingFields({ measureTitle: '整改措施', leadDepartment: '责任单位', dueOn: '时限' })).toEqual([]);
    expect(mappingBody({ title: '任务名称', batch: '' })).toEqual({ title: '任务名称' });
  });

  it('shows the progress, full only once done', () => {
    expect(importPercent({ status: 'importing', total: 200, processed: 50 })).toBe(25);
    expect(importPercent({ status: 'importing', total: 10, processed: 10 })).toBe(99);
    expect(importPercent({ status: 'parsing', total: 0, processed: 0 })).toBe(0);
    expect(importPercent({ status: 'done', total: 0, processed: 0 })).toBe(100);
  });
});
