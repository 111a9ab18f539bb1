import { describe, expect, it } from 'vitest';
import { SHARE_REFUSAL_REASON_LABELS, SHARE_REFUSAL_REASONS } from '../../../../../common/api/registry.ts';
import type { ProfileColumn } from '../../../api/registry.ts';
import { i18n } from '../../../i18n/index.ts';
import { cellText, formatCell, inAppLink, isPartial, statusColor } from '../entities/profile.ts';
import {
  presentRecord,
  readLabel,
  recordRows,
  refusalLabel,
  resourceLabel,
  resourceOptions,
  shareReceipt,
} from './share.ts';

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

describe('refusal reasons and what was read', () => {
  it('names every reason the server writes, in both languages', async () => {
    for (const reason of SHARE_REFUSAL_REASONS)
      expect(refusalLabel(reason)).toBe(SHARE_REFUSAL_REASON_LABELS[reason].zh);
    expect(refusalLabel(null)).toBeNull();
    await i18n.changeLanguage('en');
    expect(refusalLabel('purpose_not_allowed')).toBe('The sharing rule does not allow this purpose');
    await i18n.changeLanguage('zh-CN');
  });

  it('reads the record in the page’s words and a licence by the name the server sent', () => {
    expect(readLabel({ resource: 'record', resourceName: '登记信息' }, '个人基本信息')).toBe('个人基本信息');
    expect(readLabel({ resource: 'FOOD_BUSINESS', resourceName: '食品经营许可证' }, '登记信息')).toBe(
      '食品经营许可证',
    );
  });
});

describe('what the dialog says of a request', () => {
  const at = new Date(2026, 10, 27, 9, 5);
  const request = { resource: 'FOOD_BUSINESS', caseNumber: 'JC-2026-0001', uscc: '91150105MA0N8XYZ1K' };

  it('says when, what and for which case was logged, and the code to find it by — no internal id', () => {
    const receipt = shareReceipt(request, at, types, '登记信息');
    expect(receipt).toEqual({
      at: '2026-11-27 09:05',
      resource: '食品经营许可证',
      caseNumber: 'JC-2026-0001',
      uscc: '91150105MA0N8XYZ1K',
    });
    const zh = i18n.t('registry.share.allowedHint', { lng: 'zh-CN', ...receipt });
    expect(zh).toBe(
      '已于 2026-11-27 09:05 记入共享日志：调取食品经营许可证，办件编号 JC-2026-0001。在“数据共享 › 共享日志”中按信用代码 91150105MA0N8XYZ1K 可查到这条记录。数据仅限用于所述用途。',
    );
    const en = i18n.t('registry.share.allowedHint', { lng: 'en', ...receipt });
    expect(en).toContain('case JC-2026-0001');
    expect(en).toContain('91150105MA0N8XYZ1K');
    for (const text of [zh, en]) expect(text).not.toMatch(/\{\{|记录号|[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(shareReceipt({ ...request, resource: 'record' }, at, types, '登记信息').resource).toBe('登记信息');
  });

  it('leaves "the request was logged" to the server’s refusal, said once', () => {
    // The server's refusal ends with 本次请求已记入共享日志; the dialog's hint only says what to do next.
    expect(i18n.t('registry.share.refusedHint', { lng: 'zh-CN' })).not.toMatch(/记入|日志|记录/);
    expect(i18n.t('registry.share.refusedHint', { lng: 'en' })).not.toMatch(/logged|log\b/i);
  });
});

describe('profile sections', () => {
  const words = { yes: '是', no: '否' };
  const column = (type: ProfileColumn['type'], extra: Partial<ProfileColumn> = {}): ProfileColumn => ({
    key: 'k',
    label: { zh: '列', en: 'Column' },
    type,
    ...extra,
  });

  it('formats untyped values: instants, booleans, numbers, nothing', () => {
    expect(formatCell(null, words)).toBe('—');
    expect(formatCell('', words)).toBe('—');
    expect(formatCell(true, words)).toBe('是');
    expect(formatCell(false, words)).toBe('否');
    expect(formatCell(12000, words)).toBe((12000).toLocaleString());
    expect(formatCell('2026-03-01', words)).toBe('2026-03-01');
    expect(formatCell('2026-03-01T06:05:00.000Z', words)).toMatch(/^2026-03-01 \d{2}:05$/);
  });

  it('formats cells by their column: status labels in the language asked, dates, datetimes, numbers', () => {
    const status = column('status', {
      statusLabels: { valid: { zh: '有效', en: 'Valid', tone: 'success' } },
    });
    expect(cellText('valid', status, 'zh', words)).toBe('有效');
    expect(cellText('valid', status, 'en', words)).toBe('Valid');
    expect(cellText('unknown_code', status, 'en', words)).toBe('unknown_code');
    expect(statusColor('valid', status)).toBe('green');
    expect(statusColor('unknown_code', status)).toBeUndefined();
    expect(cellText('2026-03-01', column('date'), 'zh', words)).toBe('2026-03-01');
    expect(cellText('2026-03-01T06:05:00.000Z', column('datetime'), 'zh', words)).toMatch(
      /^2026-03-01 \d{2}:05$/,
    );
    expect(cellText(1234567, column('number'), 'zh', words)).toBe((1234567).toLocaleString());
    expect(cellText(null, column('text'), 'zh', words)).toBe('—');
    const validTo = { ...column('date'), emptyLabel: { zh: '长期', en: 'No expiry' } };
    expect(cellText(null, validTo, 'zh', words)).toBe('长期');
    expect(cellText('', validTo, 'en', words)).toBe('No expiry');
    // A code-like text in a text column stays as it is.
    expect(cellText('valid', column('text'), 'en', words)).toBe('valid');
  });

  it('follows only in-app links', () => {
    expect(inAppLink('/registry/licences/1')).toBe('/registry/licences/1');
    expect(inAppLink('//evil.example/x')).toBeNull();
    expect(inAppLink('https://evil.example/')).toBeNull();
    expect(inAppLink(null)).toBeNull();
  });

  it('says when a section has more rows than it sent', () => {
    const row = { cells: {}, link: null };
    expect(isPartial({ count: 21, rows: [row] })).toBe(true);
    expect(isPartial({ count: 1, rows: [row] })).toBe(false);
  });
});
