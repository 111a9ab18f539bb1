// 申请表 as read by staff: each answer under its field's label (the item's form, or a bundle's merged
// form), in the form's order, then any answer the form no longer names under its key.
import { listMark } from '../../../i18n/punctuation.ts';
export interface FieldLabel {
  key: string;
  label: string;
}

export interface AnswerRow {
  key: string;
  label: string;
  value: string;
}

/** An answer as text: lists joined with 、, yes/no in the reader's words, nothing as "—". */
export function answerText(value: unknown, words: { yes: string; no: string }): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length ? value.map((v) => answerText(v, words)).join(listMark()) : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function answerRows(formData: Record<string, unknown>, fields: readonly FieldLabel[], words: { yes: string; no: string }): AnswerRow[] {
  const rows: AnswerRow[] = fields.map((f) => ({ key: f.key, label: f.label, value: answerText(formData[f.key], words) }));
  for (const [key, value] of Object.entries(formData)) {
    if (!fields.some((f) => f.key === key)) rows.push({ key, label: key, value: answerText(value, words) });
  }
  return rows;
}
