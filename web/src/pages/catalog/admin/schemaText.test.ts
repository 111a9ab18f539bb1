import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  errorPosition,
  parseObjectText,
  positionOf,
  printObject,
  propertyTitle,
  schemaPropertyKeys,
} from './schemaText.ts';

describe('parseObjectText', () => {
  it('parses an object and prints it back the same', () => {
    const schema = { type: 'object', properties: { name: { type: 'string', title: '名称' } } };
    const parsed = parseObjectText(printObject(schema));
    expect(parsed).toEqual({ ok: true, value: schema });
  });

  it('says where the text stops being JSON, with line and column', () => {
    const text = '{\n  "type": "object",\n  "properties": {\n    "a": { "type": "string" }\n  \n';
    const parsed = parseObjectText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toBe('syntax');
      expect(parsed.line).toBeGreaterThanOrEqual(4);
      expect(parsed.detail).not.toBe('');
    }
    const comma = parseObjectText('{\n  "a": 1\n  "b": 2\n}');
    expect(comma.ok).toBe(false);
    if (!comma.ok) expect(comma.line).toBe(3);
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[]', 'null', '"text"', '3']) {
      const parsed = parseObjectText(text);
      expect(parsed).toMatchObject({ ok: false, reason: 'notObject' });
    }
  });

  it('treats blank text as {} only when asked', () => {
    expect(parseObjectText('  ', true)).toEqual({ ok: true, value: {} });
    expect(parseObjectText('  ').ok).toBe(false);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseObjectText(text);
        if (!parsed.ok && parsed.line !== null) expect(parsed.line).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('positions', () => {
  it('turns an offset into line and column', () => {
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf('ab', 99)).toEqual({ line: 1, column: 3 });
  });

  it('reads the engines’ messages', () => {
    expect(
      errorPosition('', "Expected ',' or '}' after property value in JSON at position 12 (line 3 column 5)"),
    ).toEqual({ line: 3, column: 5 });
    expect(errorPosition('{\n"a" 1}', 'Unexpected number in JSON at position 6')).toEqual({
      line: 2,
      column: 5,
    });
    expect(errorPosition('{"a":', 'Unexpected end of JSON input')).toEqual({ line: 1, column: 6 });
    expect(errorPosition('x', 'something else')).toBeNull();
  });
});

describe('schema properties', () => {
  it('lists the keys in order and the titles', () => {
    const schema = {
      type: 'object',
      properties: { b: { type: 'string', title: '乙' }, a: { type: 'number' } },
    };
    expect(schemaPropertyKeys(schema)).toEqual(['b', 'a']);
    expect(propertyTitle(schema, 'b')).toBe('乙');
    expect(propertyTitle(schema, 'a')).toBe('a');
    expect(schemaPropertyKeys({ properties: [] })).toEqual([]);
  });
});
