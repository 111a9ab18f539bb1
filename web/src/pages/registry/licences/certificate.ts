// A licence's own fields in its type's order and words, for the detail page and the printed certificate.
import type { Licence, LicenceType } from '../../../api/registry.ts';

export interface FieldRow {
  key: string;
  label: string;
  value: string;
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === ''
    ? '—'
    : typeof value === 'number'
      ? value.toLocaleString('zh-CN')
      : value;

/**
 * The type's fields first, in the order the type lists them and under its labels; any value the
 * type no longer lists still shows (under its key), so nothing on the licence is hidden.
 */
export function licenceFieldRows(
  licence: Pick<Licence, 'fields'>,
  type: Pick<LicenceType, 'fields'> | undefined,
): FieldRow[] {
  const rows: FieldRow[] = [];
  const listed = new Set<string>();
  for (const field of type?.fields ?? []) {
    listed.add(field.key);
    rows.push({ key: field.key, label: field.label, value: text(licence.fields[field.key]) });
  }
  for (const [key, value] of Object.entries(licence.fields)) {
    if (!listed.has(key)) rows.push({ key, label: key, value: text(value) });
  }
  return rows;
}

/** A date as the certificate prints it: "2026年3月1日" in Chinese, as it is (2026-03-01) in English. */
export function certificateDate(iso: string | null | undefined, english = false): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match || english) return iso ?? '';
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}
