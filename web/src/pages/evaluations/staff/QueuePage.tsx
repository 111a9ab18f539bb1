// 差评处置: the department's 差评 and where each loop stands, lit by its deadline; 只看我的 (on by default)
// keeps the loops I or my department's queue hold. A table on desktops, cards on phones.
import { ReloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Select,
  Switch,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LOOP_STATES, RATING_CHANNELS } from '../../../../../common/api/evaluations.ts';
import { useDepartmentLabel, type DepartmentLabel } from '../../../api/departmentNames.ts';
import { listRatings, type RatingSummary } from '../../../api/evaluations.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { LevelTag, LoopDeadlineTag, LoopStateTag, RatingChannelTag } from './EvalTags.tsx';
import { RatingsListBody } from './RatingsListBody.tsx';
import {
  activeQueueFilters,
  queueQuery,
  readQueueFilters,
  writeQueueFilters,
  type QueueFilters,
} from './filters.ts';
import { channelLabel, dayOf, holdersText, loopLight, loopStateLabel, subjectTitleOf } from './labels.ts';
import '../../applications/staff/work.css';
import './evaluations.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

const detailPath = (id: string) => `/work/evaluations/${encodeURIComponent(id)}`;
const lightOf = (r: RatingSummary) => {
  if (!r.loop) return 'none';
  const light = loopLight(r.loop);
  return light.finished ? (light.deadline === 'overdue' ? 'late' : 'onTime') : light.deadline;
};
const holdersOf = (r: RatingSummary, label: DepartmentLabel) => holdersText(r.loop?.holders ?? [], label);

export function QueuePage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const label = useDepartmentLabel();
  const { filters, change } = useUrlFilters(readQueueFilters, writeQueueFilters);
  const list = useRemote(
    useCallback((signal: AbortSignal) => listRatings(queueQuery(filters), signal), [filters]),
  );
  const setFilters = (next: Partial<QueueFilters>) =>
    change({ page: 1, ...next });
  const data = list.data;
  const filtered = activeQueueFilters(filters) > 0;

  const columns: TableColumnsType<RatingSummary> = [
    {
      title: t('evalWork.fields.level'),
      key: 'level',
      width: 110,
      render: (_, r) => <LevelTag level={r.level} />,
    },
    {
      title: t('evalWork.fields.subject'),
      key: 'subject',
      render: (_, r) => (
        <div style={{ minWidth: 0 }}>
          <Link to={detailPath(r.id)} className="ys-break" data-testid="eval-queue-link">
            {subjectTitleOf(r, label)}
          </Link>
          <div className="ys-code ys-muted">{r.subjectNumber ?? t('evalWork.queue.noNumber')}</div>
        </div>
      ),
    },
    {
      title: t('evalWork.fields.item'),
      key: 'item',
      responsive: ['xl'],
      render: (_, r) => <span className="ys-code">{r.itemCode ?? '—'}</span>,
    },
    {
      title: t('evalWork.fields.channel'),
      key: 'channel',
      width: 110,
      responsive: ['lg'],
      render: (_, r) => <RatingChannelTag channel={r.channel} />,
    },
    {
      title: t('evalWork.fields.ratedAt'),
      key: 'ratedAt',
      width: 110,
      responsive: ['lg'],
      render: (_, r) => dayOf(r.first.ratedAt),
    },
    {
      title: t('evalWork.fields.loopState'),
      key: 'loopState',
      width: 100,
      render: (_, r) => (r.loop ? <LoopStateTag state={r.loop.state} /> : '—'),
    },
    {
      title: t('evalWork.fields.deadline'),
      key: 'deadline',
      width: 190,
      render: (_, r) => (r.loop ? <LoopDeadlineTag loop={r.loop} showDue={false} /> : '—'),
    },
    {
      title: t('evalWork.fields.holders'),
      key: 'holders',
      responsive: ['md'],
      render: (_, r) => <span className="ys-break">{holdersOf(r, label)}</span>,
    },
  ];

  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filtered ? t('evalWork.queue.noMatch') : t('evalWork.queue.empty')}
    />
  );
  const pagination = {
    current: data?.page ?? filters.page,
    pageSize: data?.pageSize ?? filters.pageSize,
    total: data?.total ?? 0,
    showSizeChanger: !narrow,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total: number) => t('evalWork.queue.total', { total }),
    onChange: (page: number, pageSize: number) => setFilters({ page, pageSize }),
    simple: narrow,
  };

  return (
    <div data-testid="eval-queue-page">
      <PageHeader
        title={t('evalWork.menu.queue')}
        description={t('evalWork.queue.description')}
        extra={<Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />}
      />
      <Card styles={{ body: { padding: 0 } }}>
        <div className="ys-work-filters ys-eval-filters">
          <label className="ys-eval-switch">
            <Switch
              checked={filters.mine}
              onChange={(mine) => setFilters({ mine })}
              data-testid="eval-queue-mine"
            />
            <span>{t('evalWork.queue.mine')}</span>
          </label>
          <Select
            allowClear
            value={filters.loopState}
            onChange={(loopState) => setFilters({ loopState })}
            placeholder={t('evalWork.fields.loopState')}
            aria-label={t('evalWork.fields.loopState')}
            options={LOOP_STATES.map((s) => ({ value: s, label: loopStateLabel(s) }))}
            data-testid="eval-queue-state"
          />
          <Select
            allowClear
            value={filters.channel}
            onChange={(channel) => setFilters({ channel })}
            placeholder={t('evalWork.fields.channel')}
            aria-label={t('evalWork.fields.channel')}
            options={RATING_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
            onChange={(range) =>
              setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
            }
            placeholder={[t('evalWork.fields.from'), t('evalWork.fields.to')]}
            aria-label={t('evalWork.fields.period')}
          />
        </div>
        <RatingsListBody
          list={list}
          narrow={narrow}
          columns={columns}
          card={(r) => <QueueCard key={r.id} rating={r} />}
          emptyText={emptyText}
          totalText={t('evalWork.queue.total', { total: data?.total ?? 0 })}
          pagination={pagination}
          open={(r) => detailPath(r.id)}
          rowClassName={(r) => `is-${lightOf(r)}`}
          testId="eval-queue"
        />
      </Card>
    </div>
  );
}

/** One 差评 as a card (phones): the item, the level, the loop's state and light, who holds it. */
function QueueCard({ rating: r }: { rating: RatingSummary }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  return (
    <Card size="small" className={`ys-work-card is-${lightOf(r)}`} data-testid="eval-queue-card">
      <div className="ys-work-card-head">
        <Link to={detailPath(r.id)} className="ys-work-card-title" data-testid="eval-queue-link">
          {subjectTitleOf(r, label)}
        </Link>
        <LevelTag level={r.level} />
      </div>
      <dl className="ys-work-facts">
        <dt>{t('evalWork.fields.subject')}</dt>
        <dd className="ys-code">{r.subjectNumber ?? '—'}</dd>
        <dt>{t('evalWork.fields.channel')}</dt>
        <dd>{channelLabel(r.channel)}</dd>
        <dt>{t('evalWork.fields.ratedAt')}</dt>
        <dd>{dayOf(r.first.ratedAt)}</dd>
        <dt>{t('evalWork.fields.loopState')}</dt>
        <dd>{r.loop ? <LoopStateTag state={r.loop.state} /> : '—'}</dd>
        <dt>{t('evalWork.fields.holders')}</dt>
        <dd>{holdersOf(r, label)}</dd>
      </dl>
      {r.loop && <LoopDeadlineTag loop={r.loop} showDue={false} />}
    </Card>
  );
}
