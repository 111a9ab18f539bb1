// The enterprise file's sections arrive as columns (key, label in both languages, type) and rows of
// cells keyed by column, each row with an optional in-app link; the page shows any section it is
// given without knowing it in advance (docs/ARCHITECTURE.md, "The enterprise file").
import dayjs from 'dayjs';
import type { ProfileColumn, ProfileRow, ProfileSection } from '../../../api/registry.ts';

export type Cell = ProfileRow['cells'][string];
export type Words = { yes: string; no: string };
type Language = 'zh' | 'en';

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A value of unknown kind as text: instants in local time, yes/no for booleans, "—" for nothing. */
export function formatCell(value: Cell | undefined, words: Words): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return value.toLocaleString();
  if (instant.test(value)) {
    const at = dayjs(value);
    if (at.isValid()) return at.format('YYYY-MM-DD HH:mm');
  }
  return value;
}

/** A cell as its column says: a status code in words, a date as a date, a datetime in local time. */
export function cellText(
  value: Cell | undefined,
  column: ProfileColumn,
  language: Language,
  words: Words,
): string {
  if (value === null || value === undefined || value === '') return column.emptyLabel ? column.emptyLabel[language] : '—';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  switch (column.type) {
    case 'status': {
      const label = column.statusLabels?.[String(value)];
      return label ? label[language] : String(value);
    }
    case 'number':
      return typeof value === 'number' ? value.toLocaleString() : value;
    case 'date': {
      if (typeof value !== 'string' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return String(value);
      const at = dayjs(value);
      return at.isValid() ? at.format('YYYY-MM-DD') : value;
    }
    case 'datetime': {
      const at = dayjs(value);
      return typeof value === 'string' && at.isValid() ? at.format('YYYY-MM-DD HH:mm') : String(value);
    }
    default:
      return String(value);
  }
}

const toneColors = {
  success: 'green',
  warning: 'orange',
  error: 'red',
  processing: 'blue',
  default: 'default',
} as const;

/** The tag colour of a status cell, when its column gives the code a tone. */
export function statusColor(value: Cell | undefined, column: ProfileColumn): string | undefined {
  if (column.type !== 'status' || value === null || value === undefined) return undefined;
  const tone = column.statusLabels?.[String(value)]?.tone;
  return tone ? toneColors[tone] : undefined;
}

/** Only in-app paths are followed (the server promises them; a stray absolute URL is not a link). */
export const inAppLink = (link: string | null): string | null =>
  link && /^\/(?![/\\])/.test(link) ? link : null;

/** "showing 20 of 53" when a section has more than it sent. */
export const isPartial = (section: Pick<ProfileSection, 'count' | 'rows'>) =>
  section.count > section.rows.length;
