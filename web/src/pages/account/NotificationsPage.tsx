import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Pagination, Segmented } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { listNotifications } from '../../api/notifications.ts';
import { useRemote } from '../../api/useRemote.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { NotificationList, useMarkAllRead, useOpenNotification } from '../../components/notifications/NotificationList.tsx';
import {
  notificationsPageSize,
  readNotificationsQuery,
  unreadIds,
  writeNotificationsQuery,
  type NotificationsShow,
} from '../../components/notifications/notifications.ts';
import { useUrlFilters } from '../../app/urlFilters.ts';

/** 我的消息: one's own notifications, 20 a page, all or only the unread (`?show=unread&page=2`). */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { filters: query, change } = useUrlFilters(readNotificationsQuery, writeNotificationsQuery);
  const list = useRemote(
    useCallback(
      (signal: AbortSignal) =>
        listNotifications({ unreadOnly: query.show === 'unread', page: query.page, pageSize: notificationsPageSize }, signal),
      [query],
    ),
  );
  const open = useOpenNotification({ onStay: list.reload });
  const items = list.data?.items;
  const unread = unreadIds(items ?? []);
  const { marking, markAll: markPage } = useMarkAllRead(unread, list.reload);

  const go = (next: { show?: NotificationsShow; page?: number }) => change(next);


  return (
    <div data-testid="notifications-page">
      <PageHeader
        title={t('shell.notifications.title')}
        description={t('shell.notifications.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
            <Button
              icon={<CheckOutlined />}
              disabled={unread.length === 0}
              loading={marking}
              onClick={() => void markPage()}
              data-testid="notifications-mark-all"
            >
              {t('shell.notifications.markAllRead')}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <div className="ys-notice-toolbar" style={{ padding: '12px 16px', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
          <Segmented<NotificationsShow>
            aria-label={t('shell.notifications.filter')}
            options={[
              { value: 'unread', label: t('shell.notifications.unread') },
              { value: 'all', label: t('shell.notifications.all') },
            ]}
            value={query.show}
            onChange={(show) => go({ show, page: 1 })}
            data-testid="notifications-filter"
          />
          {list.data && <span className="ys-muted">{t('common.total', { total: list.data.total })}</span>}
        </div>
        <NotificationList
          items={items}
          loading={list.loading}
          error={list.error}
          onRetry={list.reload}
          onOpen={(n) => void open(n)}
          emptyText={query.show === 'unread' ? t('shell.notifications.emptyUnread') : t('shell.notifications.empty')}
        />
        {list.data && list.data.total > notificationsPageSize && (
          <div style={{ display: 'flex', justifyContent: 'flex-end', padding: '12px 16px', borderTop: '1px solid rgba(5, 5, 5, 0.06)' }}>
            <Pagination
              current={query.page}
              pageSize={notificationsPageSize}
              total={list.data.total}
              showSizeChanger={false}
              responsive
              size="small"
              onChange={(page) => go({ page })}
              data-testid="notifications-pagination"
            />
          </div>
        )}
      </Card>
    </div>
  );
}
