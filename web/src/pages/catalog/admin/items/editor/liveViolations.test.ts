import { describe, expect, it } from 'vitest';
import { blankValues } from '../itemBody.ts';
import { liveViolations } from './liveViolations.ts';

describe('liveViolations', () => {
  it('is empty before the form has values', () => {
    expect(liveViolations(undefined)).toEqual([]);
  });

  it('runs the shared rules on what the form holds', () => {
    const rules = liveViolations({
      ...blankValues(),
      legalLimitDays: 5,
      promisedLimitDays: 9,
      fee: { charged: true, basis: '', standard: null },
    }).map((v) => v.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['promise_exceeds_legal', 'fee_basis_missing', 'fee_standard_missing']),
    );
  });

  it('makes a schema that does not parse a violation of the form, in both languages', () => {
    // A message with a position (every current engine gives one for a missing comma) says where.
    const [violation, ...rest] = liveViolations({
      ...blankValues(),
      schemaText: '{\n  "type": "object"\n  "properties": {}\n}',
    });
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({ rule: 'form_schema_invalid', severity: 'error', field: 'form.schema' });
    expect(violation?.message.zh).toMatch(/^表单定义（JSON Schema）：第 3 行/);
    expect(violation?.message.en).toMatch(/^Form definition \(JSON Schema\): Error near line 3/);
  });

  it('points at the UI hints when they are the text that is wrong', () => {
    expect(liveViolations({ ...blankValues(), uiSchemaText: '[]' })[0]).toMatchObject({
      field: 'form.uiSchema',
    });
  });
});
