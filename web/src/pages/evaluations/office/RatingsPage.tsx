// 评价列表: the ratings behind a row of the overview (a department, item, hall, channel or month), all
// levels, filtered by level, 差评, loop state and status, paged; a rating opens its view.
import { ArrowLeftOutlined, FilterOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Select,
  Tag,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  LOOP_STATES,
  RATING_CHANNELS,
  RATING_LEVELS,
  RATING_STATUSES,
} from '../../../../../common/api/evaluations.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listRatings, type RatingSummary } from '../../../api/evaluations.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { LevelTag, LoopStateTag, RatingChannelTag } from '../staff/EvalTags.tsx';
import { RatingsListBody } from '../staff/RatingsListBody.tsx';
import {
  channelLabel,
  dayOf,
  levelLabel,
  loopStateLabel,
  ratingPath,
  ratingStatusLabel,
  subjectTitleOf,
} from '../staff/labels.ts';
import {
  activeRatingListFilters,
  ratingListQuery,
  readRatingListFilters,
  writeRatingListFilters,
  type RatingListFilters,
} from './filters.ts';
import '../../applications/staff/work.css';
import '../staff/evaluations.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

export function RatingsPage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const { roles } = useSession();
  const label = useDepartmentLabel();
  const { filters, change } = useUrlFilters(readRatingListFilters, writeRatingListFilters);
  const list = useRemote(
    useCallback((signal: AbortSignal) => listRatings(ratingListQuery(filters), signal), [filters]),
  );
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const setFilters = (next: Partial<RatingListFilters>) =>
    change({ page: 1, ...next });
  const data = list.data;
  const active = activeRatingListFilters(filters);
  const open = (r: RatingSummary) => ratingPath(r.id, roles);
  const hallName = data?.items.find((r) => r.hallId === filters.hallId)?.hallName ?? filters.hallId;
  const departmentFound = filters.departmentId
    ? (departments.data?.departments.find((d) => d.id === filters.departmentId)?.name ??
      data?.items.find((r) => r.departmentId === filters.departmentId)?.departmentName)
    : undefined;
  const departmentName = departmentFound === undefined ? undefined : label(departmentFound, filters.departmentId);
  // On a phone the seven filters fold away behind a toggle; what the list is drilled to shows as tags.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersLabel = active
    ? t('evalWork.queue.filtersActive', { count: active })
    : t('evalWork.queue.filters');

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
          <Link to={open(r)} className="ys-break" data-testid="eval-rating-link">
            {subjectTitleOf(r, label)}
          </Link>
          <div className="ys-code ys-muted">{r.subjectNumber ?? '—'}</div>
          {(r.supplement?.comment ?? r.first.comment) && (
            <div className="ys-muted ys-eval-excerpt">{r.supplement?.comment ?? r.first.comment}</div>
          )}
        </div>
      ),
    },
    {
      title: t('evalWork.fields.department'),
      dataIndex: 'departmentName',
      key: 'department',
      responsive: ['lg'],
      render: (name: string, r) => label(name, r.departmentId),
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
      render: (_, r) => dayOf(r.first.ratedAt),
    },
    {
      title: t('evalWork.fields.loopState'),
      key: 'loopState',
      width: 130,
      render: (_, r) => (
        <span className="ys-tags">
          {r.loop ? <LoopStateTag state={r.loop.state} /> : <span className="ys-muted">—</span>}
          {r.status === 'removed' && (
            <Tag data-testid="eval-rating-removed">{ratingStatusLabel(r.status)}</Tag>
          )}
        </span>
      ),
    },
  ];

  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={active ? t('evalWork.list.noMatch') : t('evalWork.list.empty')}
    />
  );
  const pagination = {
    current: data?.page ?? filters.page,
    pageSize: data?.pageSize ?? filters.pageSize,
    total: data?.total ?? 0,
    showSizeChanger: !narrow,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total: number) => t('evalWork.list.total', { total }),
    onChange: (page: number, pageSize: number) => setFilters({ page, pageSize }),
    simple: narrow,
  };

  return (
    <div data-testid="eval-ratings-page">
      <Link to="/office/evaluations" className="ys-back-link">
        <ArrowLeftOutlined /> {t('evalWork.list.back')}
      </Link>
      <PageHeader
        title={t('evalWork.list.title')}
        description={t('evalWork.list.description')}
        extra={<Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />}
      />
      {(filters.itemCode || filters.hallId || (narrow && filters.departmentId)) && (
        <div className="ys-tags" style={{ marginBottom: 12 }} data-testid="eval-ratings-drill">
          {narrow && filters.departmentId && (
            <Tag closable onClose={() => setFilters({ departmentId: undefined })}>
              {t('evalWork.list.department', { name: departmentName ?? '…' })}
            </Tag>
          )}
          {filters.itemCode && (
            <Tag closable onClose={() => setFilters({ itemCode: undefined })}>
              {t('evalWork.list.item', { code: filters.itemCode })}
            </Tag>
          )}
          {filters.hallId && (
            <Tag closable onClose={() => setFilters({ hallId: undefined })}>
              {t('evalWork.list.hall', { name: hallName })}
            </Tag>
          )}
        </div>
      )}
      <Card styles={{ body: { padding: 0 } }}>
        {narrow && (
          <div className="ys-eval-filters-toggle">
            <Button
              icon={<FilterOutlined />}
              onClick={() => setFiltersOpen((open) => !open)}
              aria-expanded={filtersOpen}
              data-testid="eval-ratings-filters-toggle"
            >
              {filtersLabel}
            </Button>
          </div>
        )}
        <div
          className="ys-work-filters ys-eval-list-filters"
          role="group"
          aria-label={filtersLabel}
          hidden={narrow && !filtersOpen}
        >
          <DepartmentSelect
            departments={departments.data?.departments ?? []}
            loading={departments.loading}
            // Until the departments are in, the select would show the bare id.
            value={departments.data ? filters.departmentId : undefined}
            onChange={(departmentId) => setFilters({ departmentId: departmentId ?? undefined })}
            placeholder={t('evalWork.fields.department')}
          />
          <Select
            allowClear
            value={filters.level}
            onChange={(level) => setFilters({ level })}
            placeholder={t('evalWork.fields.level')}
            aria-label={t('evalWork.fields.level')}
            options={RATING_LEVELS.map((l) => ({ value: l, label: levelLabel(l) }))}
            data-testid="eval-ratings-level"
          />
          <Select
            allowClear
            value={filters.bad}
            onChange={(bad) => setFilters({ bad })}
            placeholder={t('evalWork.fields.bad')}
            aria-label={t('evalWork.fields.bad')}
            options={[
              { value: '1' as const, label: t('evalWork.list.onlyBad') },
              { value: '0' as const, label: t('evalWork.list.onlyGood') },
            ]}
          />
          <Select
            allowClear
            value={filters.channel}
            onChange={(channel) => setFilters({ channel })}
            placeholder={t('evalWork.fields.channel')}
            aria-label={t('evalWork.fields.channel')}
            options={RATING_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
          />
          <Select
            allowClear
            value={filters.loopState}
            onChange={(loopState) => setFilters({ loopState })}
            placeholder={t('evalWork.fields.loopState')}
            aria-label={t('evalWork.fields.loopState')}
            options={LOOP_STATES.map((s) => ({ value: s, label: loopStateLabel(s) }))}
          />
          <Select
            allowClear
            value={filters.status}
            onChange={(status) => setFilters({ status })}
            placeholder={t('evalWork.fields.status')}
            aria-label={t('evalWork.fields.status')}
            options={RATING_STATUSES.map((s) => ({ value: s, label: ratingStatusLabel(s) }))}
            data-testid="eval-ratings-status"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
            onChange={(range) =>
              setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
            }
            placeholder={[t('evalWork.fields.from'), t('evalWork.fields.to')]}
            aria-label={t('evalWork.fields.period')}
            className="ys-eval-range"
          />
        </div>
        <RatingsListBody
          list={list}
          narrow={narrow}
          columns={columns}
          card={(r) => (
        <Card key={r.id} size="small" className="ys-work-card" data-testid="eval-rating-card">
          <div className="ys-work-card-head">
            <Link to={open(r)} className="ys-work-card-title" data-testid="eval-rating-link">
              {subjectTitleOf(r, label)}
            </Link>
            <LevelTag level={r.level} />
          </div>
          {(r.supplement?.comment ?? r.first.comment) && (
            <div className="ys-muted ys-eval-excerpt ys-eval-card-excerpt">
              {r.supplement?.comment ?? r.first.comment}
            </div>
          )}
          <dl className="ys-work-facts">
            <dt>{t('evalWork.fields.department')}</dt>
            <dd>{label(r.departmentName, r.departmentId)}</dd>
            <dt>{t('evalWork.fields.channel')}</dt>
            <dd>{channelLabel(r.channel)}</dd>
            <dt>{t('evalWork.fields.ratedAt')}</dt>
            <dd>{dayOf(r.first.ratedAt)}</dd>
            {r.loop && (
              <>
                <dt>{t('evalWork.fields.loopState')}</dt>
                <dd>
                  <LoopStateTag state={r.loop.state} />
                </dd>
              </>
            )}
          </dl>
          {r.status === 'removed' && <Tag>{ratingStatusLabel(r.status)}</Tag>}
        </Card>
          )}
          emptyText={emptyText}
          totalText={t('evalWork.list.total', { total: data?.total ?? 0 })}
          pagination={pagination}
          open={open}
          testId="eval-ratings"
        />
      </Card>
    </div>
  );
}
