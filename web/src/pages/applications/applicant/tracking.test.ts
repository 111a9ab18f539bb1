import { describe, expect, it } from 'vitest';
import { applicantButtons, correctionMaterials } from './tracking.ts';

describe('the 补正 list', () => {
  const materials = [
    { key: 'id_card', name: '申请人有效身份证件', status: 'uploaded' as const },
    { key: 'lease', name: '租赁合同', status: 'missing' as const },
    { key: 'business_licence', name: '营业执照', status: 'fetched' as const },
  ];

  it('reads material keys (or names) as materials to upload again and the rest as points', () => {
    const { named, points, others } = correctionMaterials(['lease', '申请人有效身份证件', '经营范围表述不规范', 'lease'], materials);
    expect(named).toEqual([
      { key: 'lease', name: '租赁合同' },
      { key: 'id_card', name: '申请人有效身份证件' },
    ]);
    expect(points).toEqual(['经营范围表述不规范']);
    // Fetched materials are never asked for again.
    expect(others).toEqual([]);
  });

  it('offers the other uploadable materials too', () => {
    expect(correctionMaterials(['说明'], materials).others.map((m) => m.key)).toEqual(['id_card', 'lease']);
  });
});

describe('applicant buttons', () => {
  it('shows withdraw and urge when the server lists them, never the correction (its own panel)', () => {
    const action = (key: string) => ({ key, label: { zh: key, en: key }, effect: 'x', commentRequired: false });
    expect(applicantButtons([action('submitCorrection'), action('urge'), action('withdraw'), action('accept')]).map((a) => a.key)).toEqual(['urge', 'withdraw']);
  });
});
