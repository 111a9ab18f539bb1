// The hotline's own queue under the console: 待派单, 退单待审 and 待回访 (GET …/tickets?scope=mine), each with its count.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Tabs } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listTickets } from '../../../api/appeals.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { MINE_LIMIT } from './filters.ts';
import { stateName } from './labels.ts';
import { TicketList } from './TicketList.tsx';

const TABS = ['dispatching', 'returned', 'callback'] as const;
const PAGE = 10;

export function HotlineQueue() {
  const { t } = useTranslation();
  const queue = useRemote(useCallback((signal: AbortSignal) => listTickets({ scope: 'mine', pageSize: MINE_LIMIT }, signal), []));
  const [tab, setTab] = useState<(typeof TABS)[number]>('dispatching');
  const [page, setPage] = useState(1);
  const items = useMemo(() => queue.data?.items ?? [], [queue.data]);
  const of = (state: string) => items.filter((i) => i.state === state);
  const shown = of(tab);
  return (
    <Card
      title={t('appealWork.hotline.queue')}
      extra={
        <>
          <Link to="/work/appeals">{t('appealWork.hotline.allTickets')}</Link>
          <Button type="text" icon={<ReloadOutlined />} onClick={queue.reload} aria-label={t('common.refresh')} />
        </>
      }
      styles={{ body: { padding: '0 0 8px' } }}
      style={{ marginTop: 16 }}
      data-testid="hotline-queue"
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setTab(key as (typeof TABS)[number]);
          setPage(1);
        }}
        tabBarStyle={{ padding: '0 16px', marginBottom: 0 }}
        items={TABS.map((s) => ({ key: s, label: `${stateName(s)}${queue.data ? ` (${of(s).length})` : ''}` }))}
      />
      {queue.error && !queue.loading ? (
        <div style={{ padding: 16 }}>
          <LoadError error={queue.error} onRetry={queue.reload} />
        </div>
      ) : (
        <TicketList
          compact
          items={shown.slice((page - 1) * PAGE, page * PAGE)}
          loading={queue.loading}
          loaded={Boolean(queue.data)}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appealWork.hotline.queueEmpty')} />}
          pagination={shown.length > PAGE ? { current: page, pageSize: PAGE, total: shown.length, onChange: (p) => setPage(p), showSizeChanger: false } : false}
          testId="hotline-queue"
        />
      )}
    </Card>
  );
}
