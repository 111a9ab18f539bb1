import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, generateUscc } from '../../../../../common/ids/index.ts';
import type { Category } from '../../../api/appeals.ts';
import { categoryDefaults, categoryTree, isPhone, normalisePhone, ticketBodyOf, type IntakeValues } from './intake.ts';

const call: IntakeValues = {
  requesterPhone: ' 138 0471 1234 ',
  requesterName: ' 王女士 ',
  channel: 'phone',
  kind: 'complain',
  urgency: 'normal',
  categoryCode: 'ZF-WY',
  areaCode: '150105',
  address: '  赛罕区某小区 3 号楼 ',
  title: ' 电梯长期故障 ',
  content: '小区 3 号楼电梯停运两周，物业不修。',
  confidential: false,
};

describe('ticketBodyOf', () => {
  it('builds the create body from a call: trimmed, the category, the phone without spaces', () => {
    expect(ticketBodyOf(call)).toEqual({
      body: {
        channel: 'phone',
        kind: 'complain',
        urgency: 'normal',
        categoryCode: 'ZF-WY',
        areaCode: '150105',
        title: '电梯长期故障',
        content: '小区 3 号楼电梯停运两周，物业不修。',
        requesterName: '王女士',
        requesterPhone: '13804711234',
        requesterEmail: undefined,
        enterpriseUscc: undefined,
        accusedDepartmentId: undefined,
        address: '赛罕区某小区 3 号楼',
        confidential: false,
      },
    });
  });

  it('files an anonymous call (no phone, no name) and a category without leaves', () => {
    const built = ticketBodyOf({ ...call, requesterPhone: '', requesterName: '  ', categoryCode: 'GA' });
    expect(built).toMatchObject({ body: { categoryCode: 'GA', requesterPhone: undefined, requesterName: undefined } });
  });

  it('takes the category’s suggested kind and urgency when the seat chose none', () => {
    const left = { ...call, kind: undefined, urgency: undefined };
    expect(ticketBodyOf(left, undefined, { kind: 'help', urgency: 'utility' })).toMatchObject({ body: { kind: 'help', urgency: 'utility' } });
    expect(ticketBodyOf(left, undefined, { kind: 'help' })).toMatchObject({ body: { kind: 'help', urgency: 'normal' } });
    expect(ticketBodyOf({ ...call, urgency: 'urgent' }, undefined, { kind: 'help', urgency: 'utility' })).toMatchObject({ body: { kind: 'complain', urgency: 'urgent' } });
    expect(ticketBodyOf(left)).toEqual({ problem: 'kindRequired', field: 'kind' });
  });

  it('names the field that is missing or malformed', () => {
    expect(ticketBodyOf({ ...call, requesterPhone: '12345' })).toEqual({ problem: 'phoneInvalid', field: 'requesterPhone' });
    expect(ticketBodyOf({ ...call, kind: undefined })).toEqual({ problem: 'kindRequired', field: 'kind' });
    expect(ticketBodyOf({ ...call, categoryCode: undefined })).toEqual({ problem: 'categoryRequired', field: 'categoryCode' });
    expect(ticketBodyOf({ ...call, areaCode: undefined })).toEqual({ problem: 'areaRequired', field: 'areaCode' });
    expect(ticketBodyOf({ ...call, title: '   ' })).toEqual({ problem: 'titleRequired', field: 'title' });
    expect(ticketBodyOf({ ...call, content: '' })).toEqual({ problem: 'contentRequired', field: 'content' });
  });

  it('asks the enterprise line for a valid USCC and sends it upper-cased; other lines drop it', () => {
    const uscc = generateUscc(createRng(7), { regionCode: '150105' });
    expect(ticketBodyOf({ ...call, channel: 'enterprise' })).toEqual({ problem: 'usccRequired', field: 'enterpriseUscc' });
    expect(ticketBodyOf({ ...call, channel: 'enterprise', enterpriseUscc: `${uscc.slice(0, 17)}${uscc[17] === '0' ? '1' : '0'}` })).toEqual({ problem: 'usccInvalid', field: 'enterpriseUscc' });
    expect(ticketBodyOf({ ...call, channel: 'enterprise', enterpriseUscc: ` ${uscc.toLowerCase()} ` })).toMatchObject({ body: { channel: 'enterprise', enterpriseUscc: uscc } });
    expect(ticketBodyOf({ ...call, enterpriseUscc: uscc })).toMatchObject({ body: { enterpriseUscc: undefined } });
  });

  it('asks the dishonesty line for the body reported, and never answers it on the call', () => {
    const accused = '0190f0f0-0000-7000-8000-000000000101';
    expect(ticketBodyOf({ ...call, channel: 'dishonesty' })).toEqual({ problem: 'accusedRequired', field: 'accusedDepartmentId' });
    expect(ticketBodyOf({ ...call, channel: 'dishonesty', accusedDepartmentId: accused })).toMatchObject({ body: { channel: 'dishonesty', accusedDepartmentId: accused } });
    expect(ticketBodyOf({ ...call, channel: 'dishonesty', accusedDepartmentId: accused }, { answer: '口径' })).toEqual({ problem: 'noDirectAnswer', field: null });
    expect(ticketBodyOf({ ...call, accusedDepartmentId: accused })).toMatchObject({ body: { accusedDepartmentId: undefined } });
  });

  it('adds the direct answer (trimmed, with the knowledge entry) so the ticket closes on the call', () => {
    const id = '0190f0f0-0000-7000-8000-000000000202';
    expect(ticketBodyOf(call, { answer: ' 按口径答复 ', knowledgeId: id })).toMatchObject({ body: { directAnswer: { answer: '按口径答复', knowledgeId: id } } });
    expect(ticketBodyOf(call, { answer: '按口径答复' })).toMatchObject({ body: { directAnswer: { answer: '按口径答复' } } });
  });

  it('accepts exactly the phones the server accepts, typed with spaces or not', () => {
    const server = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 -]{0,16}$/), (typed) => {
        const phone = normalisePhone(typed);
        const built = ticketBodyOf({ ...call, requesterPhone: typed });
        if (phone === undefined) return 'body' in built && built.body.requesterPhone === undefined;
        return server.test(phone) === isPhone(phone) && ('body' in built) === server.test(phone);
      }),
    );
  });
});

const cat = (code: string, parentCode: string | null, extra: Partial<Category> = {}): Category => ({ code, parentCode, name: `名${code}`, nameEn: `Name ${code}`, description: '', keywords: '', defaultKind: 'help', utility: false, active: true, ...extra });
const categories = [cat('ZF', null), cat('ZF-WY', 'ZF', { defaultKind: 'complain' }), cat('ZF-GN', 'ZF', { utility: true }), cat('ZF-OLD', 'ZF', { active: false }), cat('GA', null), cat('JT', null, { active: false }), cat('JT-GJ', 'JT')];

describe('categories', () => {
  it('makes a two-level tree of the active ones: leaves to file under, a parent without active leaves a leaf itself', () => {
    const tree = categoryTree(categories);
    expect(tree.map((o) => [o.value, o.selectable, o.children?.map((c) => c.value)])).toEqual([
      ['ZF', false, ['ZF-WY', 'ZF-GN']],
      ['GA', undefined, undefined],
    ]);
    expect(categoryTree(categories, { english: true })[0]!.title).toBe('Name ZF');
    expect(categoryTree(categories, { parentsSelectable: true })[0]!.selectable).toBe(true);
    expect(tree[0]!.search).toContain('名zf');
  });

  it('suggests the kind (and 水电气热 urgency) a category usually has', () => {
    expect(categoryDefaults(categories, 'ZF-WY')).toEqual({ kind: 'complain' });
    expect(categoryDefaults(categories, 'ZF-GN')).toEqual({ kind: 'help', urgency: 'utility' });
    expect(categoryDefaults(categories, undefined)).toEqual({});
  });
});
