import { theme as antTheme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../api/notifications.ts';
import { formatDateTime } from '../format.ts';
import { textIn, whenLabel } from './notifications.ts';
import './notifications.css';

/** When it came, in words: "10 分钟前" today, the date and time before that. */
export function NotificationTime({ iso }: { iso: string }) {
  const { t } = useTranslation();
  const when = whenLabel(iso);
  const text =
    when.kind === 'justNow'
      ? t('shell.notifications.justNow')
      : when.kind === 'minutesAgo'
        ? t('shell.notifications.minutesAgo', { count: when.count })
        : when.kind === 'hoursAgo'
          ? t('shell.notifications.hoursAgo', { count: when.count })
          : when.text;
  return (
    <time dateTime={iso} title={formatDateTime(iso)} className="ys-notice-time">
      {text}
    </time>
  );
}

/**
 * One notification (站内消息) in the bell's drawer and on 我的消息: title and body in the interface language,
 * when it came, unread ones in bold with a dot. The whole row is a button; `onOpen` marks it read and follows its link.
 */
export function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen: (notification: Notification) => void }) {
  const { t, i18n } = useTranslation();
  const { token } = antTheme.useToken();
  const unread = !notification.readAt;
  return (
    <button
      type="button"
      className={`ys-notice${unread ? ' is-unread' : ''}`}
      onClick={() => onOpen(notification)}
      data-testid="notification-item"
      data-read={unread ? 'false' : 'true'}
      data-kind={notification.kind}
    >
      <span className="ys-notice-dot" style={{ background: unread ? token.colorPrimary : 'transparent' }} aria-hidden />
      <span className="ys-notice-main">
        <span className="ys-notice-head">
          <span className="ys-notice-title" style={{ color: token.colorText }} data-testid="notification-title">
            {unread && <span className="ys-visually-hidden">{t('shell.notifications.unreadMark')} · </span>}
            {textIn(notification.title, i18n.language)}
          </span>
          <span style={{ color: token.colorTextTertiary }}>
            <NotificationTime iso={notification.createdAt} />
          </span>
        </span>
        {notification.body.zh || notification.body.en ? (
          <span className="ys-notice-body" style={{ color: token.colorTextSecondary }} data-testid="notification-body">
            {textIn(notification.body, i18n.language)}
          </span>
        ) : null}
      </span>
    </button>
  );
}
