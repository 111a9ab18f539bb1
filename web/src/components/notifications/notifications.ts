// Pure helpers of the notification centre (站内消息): the text in the interface language, when it came,
// the bell's count, where a click goes and the filter in the address.
import dayjs from 'dayjs';

/** 我的消息: the full list (reached from the bell and the user menu, not the side menu). */
export const notificationsPath = '/me/notifications';
/** How many the bell's drawer shows, and the page's page size. */
export const notificationsPageSize = 20;

/** The interface language's text of a { zh, en } pair (zh-CN and anything unknown read Chinese). */
export function textIn(text: { zh: string; en: string }, language: string): string {
  return language === 'en' ? text.en || text.zh : text.zh || text.en;
}

/** The bell's badge: nothing at 0, "99+" past 99. */
export function badgeText(unread: number): string {
  if (!Number.isFinite(unread) || unread <= 0) return '';
  return unread > 99 ? '99+' : String(Math.floor(unread));
}

/** When a notification came: "just now", minutes or hours ago while it is today, else its date and time. */
export type WhenLabel =
  | { kind: 'justNow' }
  | { kind: 'minutesAgo'; count: number }
  | { kind: 'hoursAgo'; count: number }
  | { kind: 'date'; text: string };

export function whenLabel(iso: string, now: Date = new Date()): WhenLabel {
  const at = dayjs(iso);
  if (!at.isValid()) return { kind: 'date', text: iso };
  const current = dayjs(now);
  const minutes = current.diff(at, 'minute');
  // A clock a little ahead of ours still reads "just now".
  if (minutes < 1) return at.isAfter(current.add(5, 'minute')) ? { kind: 'date', text: at.format('YYYY-MM-DD HH:mm') } : { kind: 'justNow' };
  if (!at.isSame(current, 'day')) return { kind: 'date', text: at.format('YYYY-MM-DD HH:mm') };
  if (minutes < 60) return { kind: 'minutesAgo', count: minutes };
  return { kind: 'hoursAgo', count: current.diff(at, 'hour') };
}

/** A notification's link as a route of this app, or null (none, or anything but a path on this site). */
export function internalLink(link: string | null | undefined): string | null {
  if (!link || link.length > 2000 || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(link)) return null;
  return link;
}

export type NotificationsShow = 'unread' | 'all';

/** The page's filter and page from its address: `?show=unread&page=2` (all and page 1 by default). */
export function readNotificationsQuery(params: URLSearchParams): { show: NotificationsShow; page: number } {
  const show = params.get('show') === 'unread' ? 'unread' : 'all';
  const page = Number(params.get('page'));
  return { show, page: Number.isInteger(page) && page >= 1 && page <= 100000 ? page : 1 };
}

export function writeNotificationsQuery({ show, page }: { show: NotificationsShow; page: number }): URLSearchParams {
  const params = new URLSearchParams();
  if (show === 'unread') params.set('show', 'unread');
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The ids among these that are still unread (what "mark all read" sends). */
export function unreadIds(items: readonly { id: string; readAt: string | null }[]): string[] {
  return items.filter((n) => !n.readAt).map((n) => n.id);
}
