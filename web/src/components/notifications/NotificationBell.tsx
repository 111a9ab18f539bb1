import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Grid, Segmented } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  countUnreadNotifications,
  listNotifications,
  notificationsChangedEvent,
} from '../../api/notifications.ts';
import { useRemote } from '../../api/useRemote.ts';
import { NotificationList, useMarkAllRead, useOpenNotification } from './NotificationList.tsx';
import { badgeText, notificationsPageSize, notificationsPath, unreadIds, type NotificationsShow } from './notifications.ts';
import './notifications.css';

const pollEvery = 60_000;

/**
 * The unread count: asked now, every minute while the tab is visible, when the tab comes back or the window gets
 * focus, and when this tab marked some read. `nudge` changing asks again at once. A failed ask keeps the last count.
 */
function useUnreadCount(nudge: number): number {
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let controller: AbortController | null = null;
    const refresh = () => {
      controller?.abort();
      const current = new AbortController();
      controller = current;
      countUnreadNotifications(current.signal).then(
        (reply) => {
          if (!current.signal.aborted) setUnread(reply.unread);
        },
        () => undefined,
      );
    };
    const whenVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    refresh();
    const timer = window.setInterval(whenVisible, pollEvery);
    document.addEventListener('visibilitychange', whenVisible);
    window.addEventListener('focus', refresh);
    window.addEventListener(notificationsChangedEvent, refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', whenVisible);
      window.removeEventListener('focus', refresh);
      window.removeEventListener(notificationsChangedEvent, refresh);
      controller?.abort();
    };
  }, [nudge]);
  return unread;
}

/** The drawer's content, mounted only while it is open: the latest 20, the filter and mark-all-read. */
function NotificationDrawerBody({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  const [show, setShow] = useState<NotificationsShow>('all');
  const list = useRemote(
    useCallback(
      (signal: AbortSignal) => listNotifications({ unreadOnly: show === 'unread', page: 1, pageSize: notificationsPageSize }, signal),
      [show],
    ),
  );
  const open = useOpenNotification({ beforeLeave: onLeave, onStay: list.reload });
  const unread = unreadIds(list.data?.items ?? []);
  const { marking, markAll } = useMarkAllRead(unread, list.reload);


  return (
    <div data-testid="notifications-drawer">
      <div className="ys-notice-toolbar" style={{ padding: '12px 16px' }}>
        <Segmented<NotificationsShow>
          aria-label={t('shell.notifications.filter')}
          options={[
            { value: 'unread', label: t('shell.notifications.unread') },
            { value: 'all', label: t('shell.notifications.all') },
          ]}
          value={show}
          onChange={setShow}
          data-testid="notifications-filter"
        />
        <Button
          size="small"
          icon={<CheckOutlined />}
          disabled={unread.length === 0}
          loading={marking}
          onClick={() => void markAll()}
          data-testid="notifications-mark-all"
        >
          {t('shell.notifications.markAllRead')}
        </Button>
      </div>
      <NotificationList
        items={list.data?.items}
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        onOpen={(n) => void open(n)}
        emptyText={show === 'unread' ? t('shell.notifications.emptyUnread') : t('shell.notifications.empty')}
      />
    </div>
  );
}

/** 站内消息 in the header: a bell with the unread count; a click opens the latest ones in a drawer. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  // The content stays while the drawer slides away, and is made afresh (reloaded) on the next open.
  const [mounted, setMounted] = useState(false);
  const [nudge, setNudge] = useState(0);
  const unread = useUnreadCount(nudge);
  const badge = badgeText(unread);

  const close = () => setOpen(false);
  return (
    <>
      <Button
        type="text"
        className="ys-bell"
        aria-label={badge ? t('shell.notifications.bellUnread', { count: unread }) : t('shell.notifications.bell')}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setOpen(true);
          setMounted(true);
          setNudge((n) => n + 1);
        }}
        data-testid="notifications-bell"
        data-unread={unread}
        icon={
          <Badge count={unread} overflowCount={99} size="small" offset={[4, -2]}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
      <Drawer
        placement="right"
        open={open}
        onClose={close}
        afterOpenChange={(visible) => {
          if (!visible) setMounted(false);
        }}
        width={screens.sm ? 420 : '100%'}
        title={t('shell.notifications.title')}
        styles={{ body: { padding: 0 }, footer: { textAlign: 'center' } }}
        footer={
          <Button
            type="link"
            href={notificationsPath}
            onClick={(event) => {
              event.preventDefault();
              close();
              void navigate(notificationsPath);
            }}
            data-testid="notifications-see-all"
          >
            {t('shell.notifications.seeAll')}
          </Button>
        }
        className="ys-notice-drawer"
      >
        {mounted && <NotificationDrawerBody onLeave={close} />}
      </Drawer>
    </>
  );
}
