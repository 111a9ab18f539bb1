import { App, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { markNotificationsRead, type Notification } from '../../api/notifications.ts';
import { LoadError } from '../LoadError.tsx';
import { NotificationItem } from './NotificationItem.tsx';
import { internalLink } from './notifications.ts';

/**
 * What opening a notification does: marks it read (if it was not), then goes to its link inside the app (`beforeLeave`
 * runs first, e.g. to close the drawer); with no link it stays and `onStay` runs (to show it read).
 */
export function useOpenNotification({ beforeLeave, onStay }: { beforeLeave?: () => void; onStay?: () => void } = {}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return async (notification: Notification) => {
    if (!notification.readAt) {
      try {
        await markNotificationsRead([notification.id]);
      } catch (error) {
        void message.warning(isApiError(error) ? error.userMessage : t('shell.notifications.markFailed'));
      }
    }
    const to = internalLink(notification.link);
    if (to) {
      beforeLeave?.();
      void navigate(to);
    } else {
      onStay?.();
    }
  };
}

/** Marking the listed unread ones read (the drawer's and the page's 全部标为已读): says how it went, then reloads. */
export function useMarkAllRead(unread: readonly string[], reload: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [marking, setMarking] = useState(false);
  const markAll = async () => {
    setMarking(true);
    try {
      await markNotificationsRead([...unread]);
      void message.success(t('shell.notifications.markedRead'));
    } catch (error) {
      void message.error(isApiError(error) ? error.userMessage : t('shell.notifications.markFailed'));
    } finally {
      setMarking(false);
      reload();
    }
  };
  return { marking, markAll };
}

interface NotificationListProps {
  items: readonly Notification[] | undefined;
  loading: boolean;
  error: Error | undefined;
  onRetry: () => void;
  onOpen: (notification: Notification) => void;
  /** Shown when there is nothing (暂无消息, or 没有未读消息 under the unread filter). */
  emptyText: string;
}

/** The notifications as a list of buttons, with the loading, failed and empty states. */
export function NotificationList({ items, loading, error, onRetry, onOpen, emptyText }: NotificationListProps) {
  if (error) {
    return (
      <div style={{ padding: 16 }}>
        <LoadError error={error} onRetry={onRetry} />
      </div>
    );
  }
  if (!items) {
    return (
      <div style={{ padding: 16 }} data-testid="notifications-loading">
        <Skeleton active paragraph={{ rows: 4 }} />
      </div>
    );
  }
  if (items.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={emptyText}
        style={{ padding: '32px 16px', opacity: loading ? 0.5 : 1 }}
        data-testid="notifications-empty"
      />
    );
  }
  return (
    <ul className="ys-notice-list" style={{ opacity: loading ? 0.6 : 1 }} aria-busy={loading} data-testid="notification-list">
      {items.map((n) => (
        <li key={n.id}>
          <NotificationItem notification={n} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
