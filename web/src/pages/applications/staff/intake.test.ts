import { describe, expect, it } from 'vitest';
import { answerRows, answerText } from './answers.ts';
import { intakeDraft, intakeMaterialStatus, intakePrefill, missingRequired, splitSubmitErrors } from './intake.ts';

const materials = [
  { key: 'business_licence', source: 'licence' as const, required: true },
  { key: 'tax_clearance', source: 'department' as const, required: true },
  { key: 'lease_contract', source: 'applicant' as const, required: true },
  { key: 'floor_plan', source: 'applicant' as const, required: true },
  { key: 'commitment_letter', source: 'applicant' as const, required: false },
];

describe('materials at the window', () => {
  const given = { lease_contract: { paper: true, fileIds: [] }, business_licence: { paper: false, fileIds: ['f1'] } };
  it('says how each is given', () => {
    expect(materials.map((m) => intakeMaterialStatus(m, given))).toEqual(['uploaded', 'fetched', 'paper', 'missing', 'missing']);
    expect(intakeMaterialStatus(materials[0]!, {})).toBe('licence');
  });
  it('lists the required ones still missing', () => {
    expect(missingRequired(materials, given).map((m) => m.key)).toEqual(['floor_plan']);
  });
});

describe('intakePrefill', () => {
  it("takes the entity's values and puts the named applicant, not the clerk, into applicant fields", () => {
    const map = { entity_name: 'entity.name', contact_name: 'applicant.name', contact_phone: 'applicant.phone', uscc: 'entity.uscc' };
    const values = { entity_name: '青城乳业有限公司', contact_name: '王丽（窗口）', contact_phone: null, uscc: null };
    expect(intakePrefill(map, values, { kind: 'entity', uscc: 'X', phone: '13800000000' })).toEqual({ entity_name: '青城乳业有限公司', contact_phone: '13800000000' });
    expect(intakePrefill(map, values, { kind: 'person', name: '李娜' })).toEqual({ entity_name: '青城乳业有限公司', contact_name: '李娜' });
  });
});

describe('intakeDraft', () => {
  it('sends what is set: the USCC for an entity, materials given, the post address only by post', () => {
    const body = intakeDraft({
      subject: { kind: 'item', code: 'HHHT-SCJG-1' },
      channel: 'window',
      applicant: { kind: 'entity', uscc: ' 91150100abc ', name: 'ignored', phone: '13800000000' },
      formData: { a: 1 },
      materials,
      given: { lease_contract: { paper: true, fileIds: [] }, floor_plan: { paper: true, fileIds: ['f2'] }, tax_clearance: { paper: true, fileIds: [] } },
      commitment: false,
      delivery: 'electronic',
      postAddress: '不寄',
    });
    expect(body).toEqual({
      itemCode: 'HHHT-SCJG-1',
      channel: 'window',
      formData: { a: 1 },
      materials: [
        { key: 'lease_contract', fileIds: [], paper: true },
        { key: 'floor_plan', fileIds: ['f2'], paper: false },
      ],
      commitment: false,
      delivery: 'electronic',
      uscc: '91150100ABC',
      contactPhone: '13800000000',
    });
  });

  it("names a person and their account, and keeps the post address for postal delivery", () => {
    const body = intakeDraft({
      subject: { kind: 'item', code: 'X' }, channel: 'assisted', applicant: { kind: 'person', name: ' 李娜 ', username: 'shimin' },
      formData: {}, materials: [], given: {}, commitment: true, delivery: 'post', postAddress: ' 新城区 1 号 ',
    });
    expect(body).toMatchObject({ applicantName: '李娜', applicantUsername: 'shimin', postAddress: '新城区 1 号', commitment: true });
    expect(body.uscc).toBeUndefined();
  });

  it('files a 一件事 by its bundle code, with no item code', () => {
    const body = intakeDraft({
      subject: { kind: 'bundle', code: 'HHHT-YJS-CLOSE' }, channel: 'window', applicant: { kind: 'entity', uscc: '91150123N2AN0KC050' },
      formData: { entity_name: '青城乳业有限公司' }, materials, given: { lease_contract: { paper: true, fileIds: [] } }, commitment: false, delivery: 'electronic',
    });
    expect(body).toMatchObject({ bundleCode: 'HHHT-YJS-CLOSE', channel: 'window', uscc: '91150123N2AN0KC050', materials: [{ key: 'lease_contract', fileIds: [], paper: true }] });
    expect(body).not.toHaveProperty('itemCode');
  });
});

describe('answers', () => {
  const words = { yes: '是', no: '否' };
  it('lists answers under their labels in form order, then unknown keys', () => {
    expect(answerRows({ b: true, a: ['x', 'y'], extra: 3 }, [{ key: 'a', label: '甲' }, { key: 'b', label: '乙' }, { key: 'c', label: '丙' }], words)).toEqual([
      { key: 'a', label: '甲', value: 'x、y' },
      { key: 'b', label: '乙', value: '是' },
      { key: 'c', label: '丙', value: '—' },
      { key: 'extra', label: 'extra', value: '3' },
    ]);
    expect(answerText({ k: 1 }, words)).toBe('{"k":1}');
  });
});

describe('splitSubmitErrors', () => {
  it('puts each server error where the clerk sees it', () => {
    expect(
      splitSubmitErrors([
        { path: 'body.formData.area', message: '必填' },
        { path: 'body.formData.area', message: '须为数字' },
        { path: 'body.materials.floor_plan', message: '请提交“平面图”' },
        { path: 'body.uscc', message: '登记库中没有这个统一社会信用代码' },
        { path: 'body.materials.0.key', message: '太长' },
        { path: 'body', message: '其他' },
      ]),
    ).toEqual({
      form: { area: ['必填', '须为数字'] },
      materials: { floor_plan: '请提交“平面图”' },
      applicant: { uscc: '登记库中没有这个统一社会信用代码' },
      other: ['太长', '其他'],
    });
  });
});
