import dayjs from 'dayjs';
import { ROLE_LABELS, type Role } from '../../../common/api/roles.ts';
import { currentLanguage } from '../i18n/index.ts';

/** "2026-03-01 14:05" in the browser's time zone; "—" for nothing. */
export function formatDateTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—';
  const value = dayjs(iso);
  return value.isValid() ? value.format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : iso;
}

export function roleLabel(role: Role): string {
  const labels = ROLE_LABELS[role];
  return currentLanguage() === 'en' ? labels.en : labels.zh;
}
