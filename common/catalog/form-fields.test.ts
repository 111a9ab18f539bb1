import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormSchema, formFields, type FormField } from './form-fields.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

const fieldArb = fc.record({
  key: fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,10}$/),
  title: fc.string({ minLength: 1, maxLength: 8 }),
  kind: fc.constantFrom('string', 'text', 'date', 'enum', 'number', 'integer', 'boolean'),
  required: fc.boolean(),
  options: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
});

function schemaOf(list: { key: string; title: string; kind: string; required: boolean; options: string[] }[]) {
  const properties: Record<string, unknown> = {};
  const uiSchema: Record<string, unknown> = {};
  for (const f of list) {
    const type = ['string', 'text', 'date', 'enum'].includes(f.kind) ? 'string' : f.kind;
    properties[f.key] = { type, title: f.title, ...(f.kind === 'date' ? { format: 'date' } : {}), ...(f.kind === 'enum' ? { enum: f.options } : {}) };
    if (f.kind === 'text') uiSchema[f.key] = { 'ui:widget': 'textarea' };
  }
  return { schema: { type: 'object', properties, required: list.filter((f) => f.required).map((f) => f.key) }, uiSchema };
}

describe('form fields', () => {
  it('reads back the fields a flat schema declares, with their types', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fieldArb, { selector: (f) => f.key, maxLength: 8 }), (fields) => {
        const { schema, uiSchema } = schemaOf(fields);
        expect(checkFormSchema(schema)).toEqual([]);
        const read = formFields(schema, uiSchema);
        expect(read).toEqual(
          fields.map((f): FormField => ({ key: f.key, label: f.title.trim() ? f.title : f.key, type: f.kind as FormField['type'], required: f.required, options: f.kind === 'enum' ? f.options : [] })),
        );
        expect(() => ajv.compile(schema)).not.toThrow();
      }),
    );
  });

  it('never throws, and whatever it accepts ajv compiles', () => {
    const schemaLike = fc.record(
      {
        type: fc.constantFrom('object', 'array', 'string', 1),
        properties: fc.dictionary(
          fc.string({ maxLength: 6 }),
          fc.oneof(
            fc.record(
              {
                type: fc.constantFrom('string', 'number', 'integer', 'boolean', 'object', 'array', 'null'),
                format: fc.constantFrom('date', 'email', 'nope', 1),
                enum: fc.oneof(fc.array(fc.string()), fc.array(fc.integer())),
                minLength: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant('3')),
                maximum: fc.oneof(fc.double(), fc.constant('x')),
                pattern: fc.constantFrom('^[0-9]+$', '(', '\\p{L}+', '[a-'),
                title: fc.oneof(fc.string(), fc.integer()),
                items: fc.constant({ type: 'string' }),
              },
              { requiredKeys: [] },
            ),
            fc.jsonValue({ maxDepth: 1 }),
          ),
        ),
        required: fc.oneof(fc.array(fc.string({ maxLength: 6 })), fc.string()),
        additionalProperties: fc.oneof(fc.boolean(), fc.constant({})),
        $ref: fc.constant('#/definitions/x'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(schemaLike, fc.anything()), (schema) => {
        const violations = checkFormSchema(schema);
        expect(() => formFields(schema)).not.toThrow();
        for (const v of violations) expect(v.rule).toBe('form_schema_invalid');
        if (violations.length === 0) expect(() => ajv.compile(schema as object)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('names what is wrong', () => {
    expect(checkFormSchema({ type: 'object', properties: { a: { type: 'string' } }, required: ['b'] })[0]?.message.zh).toContain('必填字段“b”不在表单中');
    expect(checkFormSchema({ type: 'object', properties: { a: { type: 'string', minLength: 2, items: {} } } })[0]?.message.en).toContain('unsupported keywords: items');
    expect(checkFormSchema([])[0]?.field).toBe('form.schema');
    const withPattern = (pattern: string) => checkFormSchema({ type: 'object', properties: { a: { type: 'string', pattern } } });
    expect(withPattern('(a+)+$')[0]?.message.en).toContain('nests repetitions');
    expect(withPattern('^(\\d{1,3})*$')).toHaveLength(1);
    expect(withPattern('^1[3-9]\\d{9}$')).toEqual([]);
    expect(withPattern('^(\\d+\\.)?\\d+$')).toEqual([]);
  });
});
