import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Pagination, Select, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { APPLICATION_STATES, CHANNELS } from '../../../../../common/api/applications.ts';
import { listApplications, type ApplicationSummary } from '../../../api/applications.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { holdsAny, STATS_READERS } from './access.ts';
import { ExportButton } from './ExportButton.tsx';
import { activeListFilters, exportFilters, readListFilters, writeListFilters, type ListFilters } from './filters.ts';
import { ItemPicker } from './ItemPicker.tsx';
import { casePath, channelLabel, isFinished, stateLabel } from './labels.ts';
import { StatsCards } from './StatsCards.tsx';
import { ChannelTag, DeadlineTag, StateTag } from './WorkTags.tsx';
import './work.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

const paused = (a: ApplicationSummary) => a.state === 'correction' || a.state === 'suspended';

/** 办件管理: every application in the reader's scope, filtered, paged and exported. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const { roles } = useSession();
  const label = useDepartmentLabel();
  const { filters, change } = useUrlFilters(readListFilters, writeListFilters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const list = useRemote(useCallback((signal: AbortSignal) => listApplications(filters, signal), [filters]));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const setFilters = (next: Partial<ListFilters>) => change({ page: 1, ...next });
  const active = activeListFilters(filters);
  const data = list.data;
  const filtered = Boolean(filters.q) || active > 0;

  const columns: TableColumnsType<ApplicationSummary> = [
    {
      title: t('work.fields.number'),
      key: 'number',
      render: (_, a) => (
        <div style={{ minWidth: 0 }}>
          <Link to={casePath(a.id)} className="ys-code" data-testid="application-link">
            {a.number ?? t('work.fields.noNumber')}
          </Link>
          <div className="ys-break">{a.title}</div>
        </div>
      ),
    },
    { title: t('work.fields.applicant'), dataIndex: 'applicantName', key: 'applicant', render: (name: string) => <span className="ys-break">{name}</span> },
    { title: t('work.fields.department'), dataIndex: 'departmentName', key: 'department', responsive: ['xl'], render: (_, a) => label(a.departmentName, a.departmentId) },
    { title: t('work.fields.channel'), key: 'channel', width: 110, responsive: ['lg'], render: (_, a) => <ChannelTag channel={a.channel} /> },
    { title: t('work.fields.state'), key: 'state', width: 110, render: (_, a) => <StateTag state={a.state} /> },
    { title: t('work.fields.submittedAt'), dataIndex: 'submittedAt', key: 'submittedAt', width: 150, responsive: ['lg'], render: (at: string | null) => formatDateTime(at) },
    { title: t('work.fields.deadline'), key: 'deadline', width: 200, render: (_, a) => <DeadlineTag deadline={a.deadline} dueAt={a.dueAt} finished={isFinished(a.state)} paused={paused(a)} showDue={false} /> },
  ];

  const emptyText = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('work.list.noMatch') : t('work.list.empty')} />;
  const pagination = {
    current: data?.page ?? filters.page,
    pageSize: data?.pageSize ?? filters.pageSize,
    total: data?.total ?? 0,
    showSizeChanger: !narrow,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total: number) => t('work.list.total', { total }),
    onChange: (page: number, pageSize: number) => setFilters({ page, pageSize }),
    simple: narrow,
  };

  return (
    <div data-testid="applications-page">
      <PageHeader
        title={t('work.menu.applications')}
        description={t('work.list.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
            <ExportButton query={exportFilters(filters)} />
          </>
        }
      />
      {holdsAny(roles, STATS_READERS) && <StatsCards query={{ from: filters.from, to: filters.to, departmentId: filters.departmentId }} />}
      <Card styles={{ body: { padding: 0 } }}>
        <ListToolbar
          search={{
            value: searchText,
            onChange: (event) => setSearchText(event.target.value),
            onSearch: (value) => setFilters({ q: value.trim() || undefined }),
            placeholder: t('work.list.search'),
            'data-testid': 'applications-search',
          }}
          filtersLabel={active ? t('work.list.filtersActive', { count: active }) : t('work.list.filters')}
          toggleTestId="applications-filters-toggle"
          columns={4}
        >
          <DepartmentSelect
            departments={departments.data?.departments ?? []}
            loading={departments.loading}
            value={filters.departmentId}
            onChange={(departmentId) => setFilters({ departmentId: departmentId ?? undefined })}
            placeholder={t('work.fields.department')}
          />
          <ItemPicker value={filters.itemCode} onChange={(itemCode) => setFilters({ itemCode })} />
          <Select
            allowClear
            value={filters.state}
            onChange={(state) => setFilters({ state })}
            placeholder={t('work.fields.state')}
            aria-label={t('work.fields.state')}
            options={APPLICATION_STATES.filter((s) => s !== 'draft').map((s) => ({ value: s, label: stateLabel(s) }))}
            data-testid="applications-filter-state"
          />
          <Select
            allowClear
            value={filters.channel}
            onChange={(channel) => setFilters({ channel })}
            placeholder={t('work.fields.channel')}
            aria-label={t('work.fields.channel')}
            options={CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
          />
          <Select
            allowClear
            value={filters.overdue}
            onChange={(overdue) => setFilters({ overdue })}
            placeholder={t('work.fields.deadline')}
            aria-label={t('work.fields.deadline')}
            options={[{ value: '1' as const, label: t('work.list.overdueOnly') }]}
            data-testid="applications-filter-overdue"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
            onChange={(range) => setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('work.list.from'), t('work.list.to')]}
            aria-label={t('work.list.dateRange')}
            className="ys-work-range"
          />
        </ListToolbar>
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : narrow ? (
          <div className="ys-work-cards" data-testid="applications-cards">
            {(data?.items ?? []).map((a) => (
              <Card key={a.id} size="small" className={`ys-work-card is-${a.deadline}`} data-testid="application-card">
                <div className="ys-work-card-head">
                  <Link to={casePath(a.id)} className="ys-work-card-title" data-testid="application-link">
                    {a.title}
                  </Link>
                  <StateTag state={a.state} />
                </div>
                <dl className="ys-work-facts">
                  <dt>{t('work.fields.number')}</dt>
                  <dd className="ys-code">{a.number ?? '—'}</dd>
                  <dt>{t('work.fields.applicant')}</dt>
                  <dd>{a.applicantName}</dd>
                  <dt>{t('work.fields.department')}</dt>
                  <dd>{a.departmentName ? label(a.departmentName, a.departmentId) : '—'}</dd>
                </dl>
                <DeadlineTag deadline={a.deadline} dueAt={a.dueAt} finished={isFinished(a.state)} paused={paused(a)} showDue={false} />
              </Card>
            ))}
            {list.loading && !data && <Card loading size="small" />}
            {data && data.items.length === 0 && <div className="ys-work-cards-empty">{emptyText}</div>}
            {(data?.total ?? 0) > 0 && (
              <div className="ys-work-pager">
                <Typography.Text type="secondary">{t('work.list.total', { total: data?.total ?? 0 })}</Typography.Text>
                <Pagination {...pagination} showTotal={undefined} size="small" />
              </div>
            )}
          </div>
        ) : (
          <Table<ApplicationSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={list.loading}
            locale={{ emptyText: data ? emptyText : <div style={{ height: 120 }} /> }}
            pagination={{ ...pagination, style: { padding: '0 16px' } }}
            data-testid="applications-table"
          />
        )}
      </Card>
    </div>
  );
}
