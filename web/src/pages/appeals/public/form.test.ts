import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTicketBody } from '../../../../../common/api/appeals.ts';
import { KINDS } from '../../../../../common/appeals/vocabulary.ts';
import type { AppealCategory } from '../../../api/appeals-public.ts';
import type { Region } from '../../../api/org.ts';
import {
  categoryMatches,
  categoryPath,
  categoryTree,
  channelFor,
  checkForm,
  districtsOf,
  emptyForm,
  MAX_PHOTOS,
  requestBody,
  suggestedKind,
  type AppealFormValues,
} from './form.ts';

const cat = (code: string, parentCode: string | null, name: string, extra: Partial<AppealCategory> = {}): AppealCategory => ({
  code,
  parentCode,
  name,
  nameEn: `${name}-en`,
  description: '',
  keywords: '',
  defaultKind: 'help',
  utility: false,
  active: true,
  ...extra,
});

const CATEGORIES: AppealCategory[] = [
  cat('GY', null, '公用事业'),
  cat('GY-GS', 'GY', '供水', { keywords: '停水 水压', defaultKind: 'help', nameEn: 'Water supply' }),
  cat('GY-OLD', 'GY', '旧分类', { active: false }),
  cat('HB', null, '生态环境'),
  cat('HB-ZS', 'HB', '噪声', { keywords: '噪音 施工 扰民', defaultKind: 'complain' }),
  cat('ZW', null, '政务服务'),
  cat('XX', null, '其他'),
  cat('OFF', null, '停用', { active: false }),
  cat('OFF-A', 'OFF', '停用的子类'),
];

const filled = (over: Partial<AppealFormValues> = {}): AppealFormValues => ({
  ...emptyForm(),
  categoryCode: 'GY-GS',
  kind: 'help',
  areaCode: '150102',
  title: ' 3 号楼停水 ',
  content: ' 连续三天停水。 ',
  ...over,
});

describe('checkForm', () => {
  it('asks for category, kind, district, title and content, nothing else', () => {
    expect(checkForm(emptyForm())).toEqual({ categoryCode: 'required', kind: 'required', areaCode: 'required', title: 'required', content: 'required' });
    expect(checkForm(filled())).toEqual({});
    expect(checkForm(filled({ title: '   ', content: '\n' }))).toEqual({ title: 'required', content: 'required' });
  });

  it('counts characters, not UTF-16 units, against the limits', () => {
    expect(checkForm(filled({ title: '停'.repeat(100) }))).toEqual({});
    expect(checkForm(filled({ title: '停'.repeat(101) }))).toEqual({ title: 'tooLong' });
    expect(checkForm(filled({ title: '😀'.repeat(100) }))).toEqual({});
    expect(checkForm(filled({ content: 'x'.repeat(4001) }))).toEqual({ content: 'tooLong' });
    expect(checkForm(filled({ address: '路'.repeat(201) }))).toEqual({ address: 'tooLong' });
  });

  it('takes an optional phone only in the shapes the server accepts', () => {
    expect(checkForm(filled({ phone: '13904710000' }))).toEqual({});
    expect(checkForm(filled({ phone: '0471-6661234' }))).toEqual({});
    expect(checkForm(filled({ phone: '12345' }))).toEqual({ phone: 'phone' });
  });
});

describe('requestBody', () => {
  it('trims, leaves out empty optionals and sends the point as a rounded pair', () => {
    expect(requestBody(filled(), 'mobile')).toEqual({
      channel: 'mobile',
      kind: 'help',
      categoryCode: 'GY-GS',
      areaCode: '150102',
      title: '3 号楼停水',
      content: '连续三天停水。',
      mediaFileIds: [],
      confidential: false,
      nameHidden: false,
    });
    const body = requestBody(
      filled({ address: ' 新华大街 1 号 ', point: { lat: 40.8423456789, lng: 111.7495123456, accuracy: 12 }, phone: ' 13904710000 ', photos: [{ id: 'a', name: 'a.jpg' }], confidential: true, nameHidden: true }),
      'web',
    );
    expect(body).toMatchObject({ channel: 'web', address: '新华大街 1 号', lat: 40.842346, lng: 111.749512, requesterPhone: '13904710000', mediaFileIds: ['a'], confidential: true, nameHidden: true });
    expect(body).not.toHaveProperty('accuracy');
  });

  it('refuses to build a body the check would refuse', () => {
    expect(() => requestBody(emptyForm(), 'web')).toThrow(/checkForm first/);
  });

  it('builds, from any form the check passes, a body the server’s schema accepts', () => {
    const uuid = fc.uuid().filter((u) => /^[0-9a-f-]{36}$/.test(u));
    const form = fc.record({
      categoryCode: fc.constantFrom('GY-GS', 'HB-ZS', 'XX'),
      kind: fc.constantFrom(...KINDS),
      areaCode: fc.constantFrom('150102', '150121', '150172'),
      title: fc.string({ minLength: 0, maxLength: 110 }),
      content: fc.string({ minLength: 0, maxLength: 200 }),
      address: fc.string({ maxLength: 210 }),
      point: fc.option(fc.record({ lat: fc.double({ min: 37, max: 46, noNaN: true }), lng: fc.double({ min: 106, max: 126, noNaN: true }) }), { nil: null }),
      phone: fc.oneof(fc.constant(''), fc.constant('13904710000'), fc.string({ maxLength: 14 })),
      photos: fc.array(fc.record({ id: uuid, name: fc.constant('p.jpg') }), { maxLength: 12 }),
      confidential: fc.boolean(),
      nameHidden: fc.boolean(),
    });
    fc.assert(
      fc.property(form, fc.boolean(), (values, narrow) => {
        fc.pre(Object.keys(checkForm(values)).length === 0);
        const body = requestBody(values, channelFor(narrow));
        const parsed = createTicketBody.safeParse(body);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(body.mediaFileIds!.length).toBeLessThanOrEqual(MAX_PHOTOS);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the category tree', () => {
  it('has the active top categories with their active sub-categories; only leaves are chosen', () => {
    const tree = categoryTree(CATEGORIES, 'zh');
    expect(tree.map((n) => [n.value, n.selectable, n.children?.map((c) => c.value)])).toEqual([
      ['GY', false, ['GY-GS']],
      ['HB', false, ['HB-ZS']],
      ['ZW', true, undefined],
      ['XX', true, undefined],
    ]);
    expect(categoryTree(CATEGORIES, 'en')[0]!.children![0]!.title).toBe('Water supply');
  });

  it('finds a leaf by its name, keywords, English name or its parent’s name; every word must match', () => {
    const leaf = categoryTree(CATEGORIES, 'zh')[0]!.children![0]!;
    for (const typed of ['供水', '停水', 'water', ' 公用 ', '公用事业 水压', 'GY-GS']) expect(categoryMatches(leaf, typed), typed).toBe(true);
    for (const typed of ['噪音', '停水 噪音']) expect(categoryMatches(leaf, typed), typed).toBe(false);
    expect(categoryMatches(leaf, '')).toBe(true);
  });

  it('suggests the category’s kind until the requester chooses one', () => {
    expect(suggestedKind(CATEGORIES, 'HB-ZS', undefined, false)).toBe('complain');
    expect(suggestedKind(CATEGORIES, 'HB-ZS', 'help', false)).toBe('complain');
    expect(suggestedKind(CATEGORIES, 'HB-ZS', 'suggest', true)).toBe('suggest');
    expect(suggestedKind(CATEGORIES, 'nothing', 'suggest', false)).toBe('suggest');
  });

  it('names a category with its parent', () => {
    expect(categoryPath(CATEGORIES, 'HB-ZS', 'zh')).toBe('生态环境 / 噪声');
    expect(categoryPath(CATEGORIES, 'XX', 'zh')).toBe('其他');
    expect(categoryPath(CATEGORIES, undefined, 'zh')).toBe('');
  });
});

describe('districtsOf', () => {
  const region = (code: string, level: string, parentCode: string | null): Region => ({ code, name: code, nameEn: code, level, parentCode });
  it('gives the city’s children that have a code of their own', () => {
    const regions = [region('150000', 'province', null), region('150100', 'prefecture', '150000'), region('150102', 'district', '150100'), region('150121', 'banner', '150100'), region('150172', 'devzone', '150100'), region('internal:x', 'devzone', '150123')];
    expect(districtsOf(regions).map((r) => r.code)).toEqual(['150102', '150121', '150172']);
  });
  it('falls back to districts, counties and banners when no city is listed', () => {
    expect(districtsOf([region('150102', 'district', null), region('150000', 'province', null)]).map((r) => r.code)).toEqual(['150102']);
  });
});
