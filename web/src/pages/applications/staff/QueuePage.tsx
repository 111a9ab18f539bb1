import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STAFF_CHANNELS, CHANNELS } from '../../../../../common/api/applications.ts';
import { getQueue, type ApplicationSummary } from '../../../api/applications.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { deadlineLight } from './deadline.ts';
import { QUEUE_DEADLINES, readQueueFilters, writeQueueFilters, type QueueDeadline, type QueueFilters } from './filters.ts';
import { casePath, channelLabel, isFinished, stateLabel } from './labels.ts';
import { ChannelTag, DeadlineTag, StateTag } from './WorkTags.tsx';
import './work.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

/** The queue holds at most this many (soonest deadline first); the counts say so when it is full. */
const LIMIT = 100;
const QUEUE_STATES = ['submitted', 'review', 'decision', 'suspended', 'delivery', 'correction'] as const;

const lightOf = (a: ApplicationSummary) => deadlineLight(a.deadline, { finished: isFinished(a.state) }).key;

/** 待办: what the user or their department's queue holds, soonest deadline first, lit by deadline. */
export function QueuePage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const { filters, change } = useUrlFilters(readQueueFilters, writeQueueFilters);
  // The deadline filter is applied here, so the counts above the list stay those of the whole queue.
  const { deadline, ...rest } = filters;
  const serverKey = JSON.stringify(rest);
  const serverFilters = useMemo(() => JSON.parse(serverKey) as Omit<QueueFilters, 'deadline'>, [serverKey]);
  const queue = useRemote(useCallback((signal: AbortSignal) => getQueue({ ...serverFilters, limit: LIMIT }, signal), [serverFilters]));
  const [seenItems, setSeenItems] = useState<Record<string, string>>({});
  const all = useMemo(() => queue.data?.items ?? [], [queue.data]);
  const known = useMemo(() => ({ ...seenItems, ...Object.fromEntries(all.filter((a) => a.itemCode).map((a) => [a.itemCode!, a.title])) }), [all, seenItems]);
  const shown = deadline ? all.filter((a) => lightOf(a) === deadline) : all;
  const counts = useMemo(() => {
    const out: Record<QueueDeadline, number> = { normal: 0, warning: 0, overdue: 0 };
    for (const a of all) {
      const key = lightOf(a);
      if (key === 'normal' || key === 'warning' || key === 'overdue') out[key] += 1;
    }
    return out;
  }, [all]);

  const setFilters = (next: Partial<QueueFilters>) => {
    setSeenItems(known);
    change(next);
  };

  const columns: TableColumnsType<ApplicationSummary> = [
    {
      title: t('work.fields.number'),
      key: 'number',
      render: (_, a) => (
        <div style={{ minWidth: 0 }}>
          <Link to={casePath(a.id)} className="ys-code" data-testid="queue-link">
            {a.number ?? t('work.fields.noNumber')}
          </Link>
          <div className="ys-break">{a.title}</div>
        </div>
      ),
    },
    { title: t('work.fields.applicant'), dataIndex: 'applicantName', key: 'applicant', render: (name: string) => <span className="ys-break">{name}</span> },
    { title: t('work.fields.channel'), dataIndex: 'channel', key: 'channel', width: 110, responsive: ['lg'], render: (c: ApplicationSummary['channel']) => <ChannelTag channel={c} /> },
    { title: t('work.fields.state'), dataIndex: 'state', key: 'state', width: 110, render: (s: ApplicationSummary['state']) => <StateTag state={s} /> },
    { title: t('work.fields.submittedAt'), dataIndex: 'submittedAt', key: 'submittedAt', width: 150, responsive: ['xl'], render: (at: string | null) => formatDateTime(at) },
    {
      title: t('work.fields.deadline'),
      key: 'deadline',
      width: 220,
      render: (_, a) => <DeadlineTag deadline={a.deadline} dueAt={a.dueAt} finished={isFinished(a.state)} paused={a.state === 'correction' || a.state === 'suspended'} />,
    },
  ];

  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={Object.values(filters).some(Boolean) ? t('work.queue.noMatch') : t('work.queue.empty')}
    />
  );

  return (
    <div data-testid="queue-page">
      <PageHeader
        title={t('work.menu.queue')}
        description={t('work.queue.description')}
        extra={<Button icon={<ReloadOutlined />} onClick={queue.reload} aria-label={t('common.refresh')} />}
      />
      <div className="ys-work-counts" role="group" aria-label={t('work.queue.countsLabel')} data-testid="queue-counts">
        <CountButton label={t('work.queue.all')} count={all.length} active={!deadline} onClick={() => setFilters({ deadline: undefined })} />
        {QUEUE_DEADLINES.map((key) => (
          <CountButton key={key} tone={key} label={t(`work.deadline.${key}`)} count={counts[key]} active={deadline === key} onClick={() => setFilters({ deadline: deadline === key ? undefined : key })} />
        ))}
      </div>
      {all.length >= LIMIT && <Typography.Paragraph type="secondary">{t('work.queue.limited', { count: LIMIT })}</Typography.Paragraph>}
      <Card styles={{ body: { padding: 0 } }}>
        <div className="ys-work-filters">
          <Select
            allowClear
            value={filters.state}
            onChange={(state) => setFilters({ state })}
            placeholder={t('work.fields.state')}
            aria-label={t('work.fields.state')}
            options={QUEUE_STATES.map((s) => ({ value: s, label: stateLabel(s) }))}
            data-testid="queue-filter-state"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            value={filters.itemCode}
            onChange={(itemCode) => setFilters({ itemCode })}
            placeholder={t('work.fields.item')}
            aria-label={t('work.fields.item')}
            options={Object.entries(known).map(([code, title]) => ({ value: code, label: title }))}
            popupMatchSelectWidth={false}
          />
          <Select
            allowClear
            value={filters.channel}
            onChange={(channel) => setFilters({ channel })}
            placeholder={t('work.fields.channel')}
            aria-label={t('work.fields.channel')}
            options={[...STAFF_CHANNELS, ...CHANNELS.filter((c) => !(STAFF_CHANNELS as readonly string[]).includes(c))].map((c) => ({ value: c, label: channelLabel(c) }))}
          />
          <Select
            allowClear
            value={deadline}
            onChange={(value) => setFilters({ deadline: value })}
            placeholder={t('work.fields.deadline')}
            aria-label={t('work.fields.deadline')}
            options={QUEUE_DEADLINES.map((key) => ({ value: key, label: t(`work.deadline.${key}`) }))}
            data-testid="queue-filter-deadline"
          />
        </div>
        {queue.error && !queue.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={queue.error} onRetry={queue.reload} />
          </div>
        ) : narrow ? (
          <div className="ys-work-cards" data-testid="queue-cards">
            {shown.map((a) => (
              <QueueCard key={a.id} application={a} />
            ))}
            {queue.loading && !queue.data && <Card loading size="small" />}
            {queue.data && shown.length === 0 && <div className="ys-work-cards-empty">{empty}</div>}
          </div>
        ) : (
          <Table<ApplicationSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={shown}
            loading={queue.loading}
            locale={{ emptyText: queue.data ? empty : <div style={{ height: 120 }} /> }}
            pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false, style: { padding: '0 16px' } } : false}
            rowClassName={(a) => `is-${lightOf(a)}`}
            data-testid="queue-table"
          />
        )}
      </Card>
    </div>
  );
}

function CountButton({ label, count, active, tone, onClick }: { label: string; count: number; active: boolean; tone?: QueueDeadline; onClick: () => void }) {
  return (
    <button type="button" className={`ys-work-count${tone ? ` is-${tone}` : ''}${active ? ' is-active' : ''}`} aria-pressed={active} onClick={onClick} data-testid={`queue-count-${tone ?? 'all'}`}>
      <span className="ys-work-count-value">{count}</span>
      <span className="ys-work-count-label">{label}</span>
    </button>
  );
}

/** One case as a card (phones): number and item, the applicant, the state and the light. */
function QueueCard({ application: a }: { application: ApplicationSummary }) {
  const { t } = useTranslation();
  return (
    <Card size="small" className={`ys-work-card is-${lightOf(a)}`} data-testid="queue-card">
      <div className="ys-work-card-head">
        <Link to={casePath(a.id)} className="ys-work-card-title" data-testid="queue-link">
          {a.title}
        </Link>
        <StateTag state={a.state} />
      </div>
      <dl className="ys-work-facts">
        <dt>{t('work.fields.number')}</dt>
        <dd className="ys-code">{a.number ?? '—'}</dd>
        <dt>{t('work.fields.applicant')}</dt>
        <dd>{a.applicantName}</dd>
        <dt>{t('work.fields.channel')}</dt>
        <dd>{channelLabel(a.channel)}</dd>
      </dl>
      <DeadlineTag deadline={a.deadline} dueAt={a.dueAt} finished={isFinished(a.state)} paused={a.state === 'correction' || a.state === 'suspended'} />
    </Card>
  );
}
