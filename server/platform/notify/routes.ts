// /api/v1/me/notifications: the signed-in user's own in-app notifications (站内消息).
import { markReadBody, markReadReply, notificationsQuery, notificationsReply, unreadCountReply } from '../../../common/api/notify.ts';
import { principalOf, type Principal } from '../auth/index.ts';
import { AppError } from '../errors/index.ts';
import type { App } from '../http/index.ts';
import type { NotifyService } from './service.ts';

const tags = ['notify 消息'];
const anyone = { roles: [], scope: 'own' } as const;

/** Notifications belong to users; an API token has none. */
function userIdOf(principal: Principal): string {
  if (!principal.userId) {
    throw new AppError('FORBIDDEN', { zh: '只有用户有站内消息', en: 'only users have notifications' });
  }
  return principal.userId;
}

export function registerNotifyRoutes(app: App, notify: NotifyService) {
  app.get(
    '/api/v1/me/notifications',
    { config: { policy: anyone }, schema: { tags, summary: '我的消息 · my notifications', querystring: notificationsQuery, response: { 200: notificationsReply } } },
    async (request) => {
      const { unread, page, pageSize } = request.query;
      return notify.list(userIdOf(principalOf(request)), { unreadOnly: unread === 'true', page, pageSize });
    },
  );
  app.get(
    '/api/v1/me/notifications/count',
    { config: { policy: anyone }, schema: { tags, summary: '未读消息数 · unread count', response: { 200: unreadCountReply } } },
    async (request) => ({ unread: await notify.unreadCount(userIdOf(principalOf(request))) }),
  );
  app.post(
    '/api/v1/me/notifications/read',
    { config: { policy: anyone }, schema: { tags, summary: '标为已读 · mark as read (your own only)', body: markReadBody, response: { 200: markReadReply } } },
    async (request) => notify.markRead(userIdOf(principalOf(request)), request.body.ids),
  );
}
