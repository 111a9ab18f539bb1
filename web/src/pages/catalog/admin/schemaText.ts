// The form editor's JSON text areas: parse with a useful position on error, and print back.

export type ParsedObject =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; reason: 'syntax' | 'notObject'; detail: string; line: number | null; column: number | null };

/** Line and column (both from 1) of a character offset in the text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where the JSON parser stopped, read from its message: newer engines say "(line 3 column 5)",
 * older ones "at position 42"; Firefox says "at line 3 column 5".
 */
export function errorPosition(text: string, message: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) return positionOf(text, Number(position[1]));
  if (/unexpected end/i.test(message)) return positionOf(text, text.length);
  return null;
}

/** Parses a JSON object typed by an editor; blank text is `{}` when `blankIsEmpty`. */
export function parseObjectText(text: string, blankIsEmpty = false): ParsedObject {
  if (blankIsEmpty && text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = errorPosition(text, detail);
    return { ok: false, reason: 'syntax', detail, line: at?.line ?? null, column: at?.column ?? null };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'notObject', detail: '', line: null, column: null };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** How the editor shows an object: two-space JSON, `{}` for nothing. */
export const printObject = (value: Record<string, unknown> | null | undefined) =>
  JSON.stringify(value ?? {}, null, 2);

/** The property names of a flat object schema, in order (what pre-fill and bundles can point at). */
export function schemaPropertyKeys(schema: Record<string, unknown>): string[] {
  const properties = schema.properties;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return [];
  return Object.keys(properties);
}

/** A property's title for a list, else its key. */
export function propertyTitle(schema: Record<string, unknown>, key: string): string {
  const properties = schema.properties as Record<string, unknown> | undefined;
  const property = properties?.[key];
  if (
    typeof property === 'object' &&
    property !== null &&
    typeof (property as { title?: unknown }).title === 'string'
  ) {
    return (property as { title: string }).title;
  }
  return key;
}
