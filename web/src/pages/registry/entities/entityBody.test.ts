import { describe, expect, it } from 'vitest';
import { createRng, generateUscc } from '../../../../../common/ids/index.ts';
import type { Entity } from '../../../api/registry.ts';
import {
  createBody,
  fenToWan,
  updateBody,
  usccHint,
  valuesOf,
  wanToFen,
  type EntityFormValues,
} from './entityBody.ts';

const rng = createRng(7);
const uscc = generateUscc(rng, { regionCode: '150105' });

const values: EntityFormValues = {
  uscc: `  ${uscc.toLowerCase()} `,
  name: ' 内蒙古青城乳业有限公司 ',
  legalRepresentative: ' 高峰 ',
  registeredCapitalWan: 500,
  industrySection: 'C',
  industryClass: ' 1441 ',
  address: ' 呼和浩特市赛罕区大学西街 1 号 ',
  districtCode: '150105',
  establishedOn: '2020-05-01',
  status: 'active',
  tags: ['new_economy', 'new_economy', 'high_tech'],
};

const entity: Entity = {
  id: '0190f0f0-0000-7000-8000-000000000001',
  uscc,
  name: '内蒙古青城乳业有限公司',
  kind: 'enterprise',
  legalRepresentative: '高峰',
  registeredCapitalFen: 500_000_000,
  industrySection: 'C',
  industryClass: '1441',
  industryName: '液体乳制造',
  address: '呼和浩特市赛罕区大学西街 1 号',
  districtCode: '150105',
  establishedOn: '2020-05-01',
  status: 'active',
  tags: ['high_tech', 'new_economy'],
  usccOverride: false,
  version: 3,
};

describe('wanToFen / fenToWan', () => {
  it('turns 万元 into fen and back, blanks into null', () => {
    expect(wanToFen(500)).toBe(500_000_000);
    expect(wanToFen(0.1)).toBe(100_000);
    expect(wanToFen(123.4567)).toBe(123_456_700);
    expect(wanToFen(null)).toBeNull();
    expect(wanToFen(undefined)).toBeNull();
    expect(fenToWan(500_000_000)).toBe(500);
    expect(fenToWan(null)).toBeNull();
  });
});

describe('createBody', () => {
  it('trims text, upper-cases the USCC, converts the capital and drops duplicate tags', () => {
    expect(createBody(values)).toEqual({
      uscc,
      name: '内蒙古青城乳业有限公司',
      legalRepresentative: '高峰',
      registeredCapitalFen: 500_000_000,
      industrySection: 'C',
      industryClass: '1441',
      address: '呼和浩特市赛罕区大学西街 1 号',
      districtCode: '150105',
      establishedOn: '2020-05-01',
      status: 'active',
      tags: ['new_economy', 'high_tech'],
    });
  });

  it('sends blanks as null and no override unless asked', () => {
    const body = createBody({ ...values, registeredCapitalWan: null, industryClass: '  ', tags: undefined });
    expect(body.registeredCapitalFen).toBeNull();
    expect(body.industryClass).toBeNull();
    expect(body.tags).toEqual([]);
    expect(body).not.toHaveProperty('overrideUsccCheck');
    expect(body).not.toHaveProperty('overrideReason');
  });

  it('sends the override only with its reason', () => {
    const body = createBody({ ...values, overrideUsccCheck: true, overrideReason: ' 历史遗留代码，经核实 ' });
    expect(body.overrideUsccCheck).toBe(true);
    expect(body.overrideReason).toBe('历史遗留代码，经核实');
    expect(createBody({ ...values, overrideUsccCheck: false, overrideReason: 'x' })).not.toHaveProperty(
      'overrideReason',
    );
  });
});

describe('updateBody', () => {
  it('is null when nothing changed (tags in another order count as the same)', () => {
    expect(updateBody(entity, valuesOf(entity))).toBeNull();
    expect(
      updateBody(entity, {
        ...valuesOf(entity),
        tags: ['new_economy', 'high_tech'],
        name: ` ${entity.name} `,
      }),
    ).toBeNull();
  });

  it('sends only what changed, with the version it was read at', () => {
    expect(
      updateBody(entity, {
        ...valuesOf(entity),
        address: ' 新城区新华大街 2 号 ',
        registeredCapitalWan: 800,
        tags: [],
      }),
    ).toEqual({
      version: 3,
      address: '新城区新华大街 2 号',
      registeredCapitalFen: 800_000_000,
      tags: [],
    });
  });

  it('can clear the class and the capital', () => {
    expect(
      updateBody(entity, { ...valuesOf(entity), industryClass: '', registeredCapitalWan: null }),
    ).toEqual({
      version: 3,
      industryClass: null,
      registeredCapitalFen: null,
    });
  });
});

describe('usccHint', () => {
  it('accepts a valid code in any case and with spaces around it', () => {
    expect(usccHint(uscc)).toEqual({ kind: 'ok' });
    expect(usccHint(` ${uscc.toLowerCase()} `)).toEqual({ kind: 'ok' });
  });

  it('says nothing for an empty field', () => {
    expect(usccHint('')).toEqual({ kind: 'none' });
    expect(usccHint(undefined)).toEqual({ kind: 'none' });
  });

  it('refuses a malformed code with the reason in Chinese and English', () => {
    const hint = usccHint('12345');
    expect(hint.kind).toBe('invalid');
    if (hint.kind === 'invalid') {
      expect(hint.message.zh).toContain('18');
      expect(hint.message.en).toContain('18');
    }
  });

  it('leaves a failing check character to the server (an admin may admit it)', () => {
    const wrong = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
    const hint = usccHint(wrong);
    expect(hint.kind).toBe('checkFails');
    if (hint.kind === 'checkFails') expect(hint.message.zh).toContain('校验');
  });
});
