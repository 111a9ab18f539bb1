// The enterprise file's sections arrive as rows of label → value, from whichever rooms contribute
// them; the page shows any section it is given without knowing it in advance.
import dayjs from 'dayjs';
import type { ProfileSection } from '../../../api/registry.ts';

export type Cell = ProfileSection['rows'][number][string];

/** Every label used by any row, in the order first seen (rows of one section may differ). */
export function sectionColumns(rows: ProfileSection['rows']): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A cell as text: instants in local time, yes/no for booleans, "—" for nothing. */
export function formatCell(value: Cell, words: { yes: string; no: string }): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return value.toLocaleString();
  if (instant.test(value)) {
    const at = dayjs(value);
    if (at.isValid()) return at.format('YYYY-MM-DD HH:mm');
  }
  return value;
}

/** "showing 20 of 53" when a section has more than it sent. */
export const isPartial = (section: ProfileSection) => section.count > section.rows.length;
