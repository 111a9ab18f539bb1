// The rule check while editing: the same rules the server refuses with (common/catalog/rules.ts),
// run on what the form holds; a schema that does not parse is itself a violation.
import type { ItemInput as CheckedInput, RuleViolation } from '../../../../../api/catalog-admin.ts';
import { checkItem } from '../../../../../../../common/catalog/rules.ts';
import { i18n } from '../../../../../i18n/index.ts';
import type { ParsedObject } from '../../schemaText.ts';
import { toInput, type ItemFormValues } from '../itemBody.ts';

type ParseFailure = Extract<ParsedObject, { ok: false }>;

/** What is wrong with JSON typed into the editor, in a language (default: the interface's). */
export function parseText(parsed: ParseFailure, lng?: string): string {
  if (parsed.reason === 'notObject') return i18n.t('catalogAdmin.form.notObject', { lng });
  return parsed.line !== null
    ? i18n.t('catalogAdmin.form.parseError', {
        lng,
        line: parsed.line,
        column: parsed.column,
        detail: parsed.detail,
      })
    : i18n.t('catalogAdmin.form.parseErrorPlain', { lng, detail: parsed.detail });
}

function parseViolation(field: 'schemaText' | 'uiSchemaText', parsed: ParseFailure): RuleViolation {
  const text = (lng: string) => parseText(parsed, lng);
  const where = (lng: string) =>
    i18n.t(field === 'schemaText' ? 'catalogAdmin.form.schema' : 'catalogAdmin.form.uiSchema', { lng });
  return {
    rule: 'form_schema_invalid',
    severity: 'error',
    field: field === 'schemaText' ? 'form.schema' : 'form.uiSchema',
    message: { zh: `${where('zh-CN')}：${text('zh-CN')}`, en: `${where('en')}: ${text('en')}` },
  };
}

/** Every rule the form's current values break (errors first); [] before the form has values. */
export function liveViolations(values: Partial<ItemFormValues> | undefined): RuleViolation[] {
  if (!values || values.schemaText === undefined) return [];
  const built = toInput(values as ItemFormValues);
  if (!built.ok) {
    return [parseViolation(built.field, built.parsed)];
  }
  // toInput fills every field the contract defaults, so the input is the checked (parsed) shape.
  return checkItem(built.input as Parameters<typeof checkItem>[0] & CheckedInput);
}
