import { describe, expect, it } from 'vitest';
import type { Entity, LicenceType } from '../../../api/registry.ts';
import { i18n } from '../../../i18n/index.ts';
import { licenceFieldRows, certificateDate } from './certificate.ts';
import { fieldValue, issueBody, mayIssue, prefillFields } from './licenceBody.ts';

const scjg = '0190f0f0-0000-7000-8000-00000000000a';
const zj = '0190f0f0-0000-7000-8000-00000000000b';

const food: LicenceType = {
  id: '0190f0f0-0000-7000-8000-000000000101',
  code: 'FOOD_BUSINESS',
  name: '食品经营许可证',
  holderKind: 'entity',
  issuingDepartmentId: scjg,
  issuingDepartmentName: '呼和浩特市市场监督管理局',
  fields: [
    { key: 'name', label: '经营者名称', type: 'text' },
    { key: 'legalRepresentative', label: '法定代表人（负责人）', type: 'text' },
    { key: 'address', label: '经营场所', type: 'text' },
    { key: 'items', label: '经营项目', type: 'text' },
  ],
  validityYears: 5,
  numberPrefix: 'JY',
  inUse: true,
  version: 1,
};

const permit: LicenceType = {
  ...food,
  id: '0190f0f0-0000-7000-8000-000000000102',
  code: 'CONSTRUCTION_PERMIT',
  name: '建筑工程施工许可证',
  issuingDepartmentId: zj,
  fields: [
    { key: 'projectName', label: '工程名称', type: 'text' },
    { key: 'scale', label: '建设规模（平方米）', type: 'number' },
    { key: 'plannedStart', label: '合同开工日期', type: 'date' },
  ],
  validityYears: null,
};

const engineer: LicenceType = {
  ...food,
  id: '0190f0f0-0000-7000-8000-000000000103',
  code: 'CONSTRUCTOR_CERT',
  holderKind: 'person',
  fields: [{ key: 'name', label: '姓名', type: 'text' }],
};

const entity = {
  uscc: '91150105MA0N1XYZ1K',
  name: '呼和浩特市青城餐饮有限公司',
  kind: 'enterprise',
  legalRepresentative: '王芳',
  address: '赛罕区大学西街 1 号',
  establishedOn: '2021-03-04',
  registeredCapitalFen: 5_000_000_000,
  industryName: '正餐服务',
} as Entity;

describe('fieldValue', () => {
  it('trims text and turns blanks into null', () => {
    expect(fieldValue('text', '  热食类食品制售 ')).toBe('热食类食品制售');
    expect(fieldValue('text', '   ')).toBeNull();
    expect(fieldValue('text', undefined)).toBeNull();
    expect(fieldValue('date', '2026-03-01')).toBe('2026-03-01');
  });

  it('sends numbers as numbers, also when typed with thousands separators', () => {
    expect(fieldValue('number', 1200)).toBe(1200);
    expect(fieldValue('number', '12,500.5')).toBe(12500.5);
    expect(fieldValue('number', '')).toBeNull();
    // Not a number: sent as typed, so the server's message lands under the field.
    expect(fieldValue('number', '一万')).toBe('一万');
  });
});

describe('issueBody', () => {
  it("sends exactly the type's fields, the holder's normalised USCC, and leaves numbering and dates to the server", () => {
    const body = issueBody(food, {
      typeId: food.id,
      holderUscc: ' 91150105ma0n1xyz1k ',
      fields: {
        name: ' 青城餐饮 ',
        legalRepresentative: '王芳',
        address: '大学西街 1 号',
        items: '热食类食品制售',
        stray: 'x',
      },
    });
    expect(body).toEqual({
      typeId: food.id,
      holderUscc: '91150105MA0N1XYZ1K',
      fields: {
        name: '青城餐饮',
        legalRepresentative: '王芳',
        address: '大学西街 1 号',
        items: '热食类食品制售',
      },
    });
  });

  it('sends a missing field as null (the server names it) and the optional number and dates when given', () => {
    const body = issueBody(permit, {
      typeId: permit.id,
      holderUscc: entity.uscc,
      number: ' SG2026-001 ',
      issuedOn: '2026-03-01',
      validTo: '2028-03-01',
      fields: { projectName: '青城大厦', scale: '12,000' },
    });
    expect(body.fields).toEqual({ projectName: '青城大厦', scale: 12000, plannedStart: null });
    expect(body.number).toBe('SG2026-001');
    expect(body.issuedOn).toBe('2026-03-01');
    expect(body.validTo).toBe('2028-03-01');
  });

  it('names a person holder by ID number', () => {
    const body = issueBody(engineer, {
      typeId: engineer.id,
      holderIdNumber: '15010219900101123x',
      fields: { name: '李娜' },
    });
    expect(body.holderIdNumber).toBe('15010219900101123X');
    expect(body).not.toHaveProperty('holderUscc');
  });
});

describe('prefillFields', () => {
  it("fills the fields the entity's registration answers, and only those", () => {
    expect(prefillFields(food, entity)).toEqual({
      name: entity.name,
      legalRepresentative: '王芳',
      address: '赛罕区大学西街 1 号',
    });
    expect(prefillFields(permit, entity)).toEqual({});
    expect(prefillFields(food, null)).toEqual({});
    expect(prefillFields(engineer, entity)).toEqual({});
  });

  it('writes the capital in 万元 and the kind in words', () => {
    const licence = {
      ...food,
      fields: [
        { key: 'registeredCapital', label: '注册资本', type: 'text' as const },
        { key: 'type', label: '类型', type: 'text' as const },
      ],
    };
    expect(prefillFields(licence, entity)).toEqual({ registeredCapital: '5000万元', type: '企业' });
  });
});

describe('mayIssue', () => {
  it('lets an administrator issue anything', () => {
    expect(mayIssue(food, [{ role: 'admin', departmentId: null }])).toBe(true);
  });

  it("lets an approver issue only their own department's types", () => {
    const approver = [{ role: 'approver', departmentId: scjg }];
    expect(mayIssue(food, approver)).toBe(true);
    expect(mayIssue(permit, approver)).toBe(false);
  });

  it('does not let other roles issue, even in the issuing department', () => {
    expect(mayIssue(food, [{ role: 'inspector', departmentId: scjg }])).toBe(false);
    expect(mayIssue(food, [])).toBe(false);
  });
});

describe('licenceFieldRows', () => {
  it("lists the type's fields in its order under its labels, then anything else the licence holds", () => {
    const rows = licenceFieldRows(
      { fields: { scale: 12000, projectName: '青城大厦', old: '旧字段', plannedStart: null } },
      permit,
    );
    expect(rows).toEqual([
      { key: 'projectName', label: '工程名称', value: '青城大厦' },
      { key: 'scale', label: '建设规模（平方米）', value: '12,000' },
      { key: 'plannedStart', label: '合同开工日期', value: '—' },
      { key: 'old', label: 'old', value: '旧字段' },
    ]);
  });

  it('still shows every value before the types have loaded', () => {
    expect(licenceFieldRows({ fields: { a: 'x' } }, undefined)).toEqual([
      { key: 'a', label: 'a', value: 'x' },
    ]);
  });
});

describe('certificateDate', () => {
  it('writes dates as certificates do', () => {
    expect(certificateDate('2026-03-01')).toBe('2026年3月1日');
    expect(certificateDate(null)).toBe('');
    expect(certificateDate('soon')).toBe('soon');
    expect(certificateDate('2026-03-01', true)).toBe('2026-03-01');
  });

  it('marks each date of the printed validity, so a date is never broken across lines', () => {
    const dates = { from: certificateDate('2026-11-28'), to: certificateDate('2031-11-27') };
    for (const lng of ['zh-CN', 'en']) {
      const range = i18n.t('registry.print.validRange', { lng, ...dates });
      expect(range).toContain('<date>2026年11月28日</date>');
      expect(range).toContain('<date>2031年11月27日</date>');
      expect(i18n.t('registry.print.validFromOn', { lng, ...dates })).toContain('<date>2026年11月28日</date>');
    }
  });
});
