// 站内消息: the signed-in user's own in-app notifications, their unread count and marking them read
// (contracts: common/api/notify.ts; server: server/platform/notify/routes.ts).
import type { z } from 'zod';
import type { markReadReply, notificationsReply, unreadCountReply } from '../../../common/api/notify.ts';
import { api } from './client.ts';

export type { Notification } from '../../../common/api/notify.ts';
export type NotificationPage = z.infer<typeof notificationsReply>;
export type UnreadCount = z.infer<typeof unreadCountReply>;

export interface NotificationsFilter {
  /** Only the ones not yet read. */
  unreadOnly?: boolean;
  page?: number;
  pageSize?: number;
}

const base = '/api/v1/me/notifications';
/** Sent on `window` after this tab marked notifications read, so the header's bell counts again at once. */
export const notificationsChangedEvent = 'ys:notifications-changed';

export const listNotifications = ({ unreadOnly, page, pageSize }: NotificationsFilter, signal?: AbortSignal) =>
  api.get<NotificationPage>(base, { query: { unread: unreadOnly ? 'true' : undefined, page, pageSize }, signal });

export const countUnreadNotifications = (signal?: AbortSignal) => api.get<UnreadCount>(`${base}/count`, { signal });

/** Marks the given notifications (the caller's own; others are ignored by the server) read. */
export async function markNotificationsRead(ids: readonly string[]): Promise<z.infer<typeof markReadReply>> {
  if (ids.length === 0) return { marked: 0 };
  const reply = await api.post<z.infer<typeof markReadReply>>(`${base}/read`, { ids });
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(notificationsChangedEvent));
  return reply;
}
