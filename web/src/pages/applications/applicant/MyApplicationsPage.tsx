// 我的办件: the applicant's drafts and applications, newest first, with their state and deadline light.
// Cards on a phone, a table on a desktop; a draft opens the wizard again, the rest their tracking page.
import { FileSearchOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Pagination, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMyApplications, type ApplicationSummary } from '../../../api/applications.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { LIST_STATES, readListQuery, rowPath, writeListQuery, type ListQuery } from './paths.ts';
import { DeadlineLight, StateTag } from './StateTags.tsx';
import './applicant.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

export function MyApplicationsPage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const { filters: query, change } = useUrlFilters(readListQuery, writeListQuery);
  const list = useRemote(useCallback((signal: AbortSignal) => listMyApplications(query, signal), [query]));
  const setQuery = (next: Partial<ListQuery>) => change({ page: 1, ...next });
  const data = list.data;
  const l = (key: string) => t(`apply.list.columns.${key}` as 'apply.list.columns.title');

  const when = (row: ApplicationSummary) =>
    row.state === 'draft'
      ? t('apply.list.draftSaved', { time: formatDateTime(row.updatedAt) })
      : row.dueAt && !row.finishedAt
        ? t(row.state === 'submitted' ? 'apply.list.intakeDueAt' : 'apply.list.dueAt', { time: formatDateTime(row.dueAt) })
        : row.finishedAt
          ? t('apply.list.finishedOn', { time: formatDateTime(row.finishedAt) })
          : t('apply.list.submittedOn', { time: formatDateTime(row.submittedAt) });

  const columns: TableColumnsType<ApplicationSummary> = [
    {
      title: l('title'),
      key: 'title',
      render: (_, row) => (
        <div style={{ minWidth: 0 }}>
          <Link to={rowPath(row)} className="ys-break" data-testid="application-link">
            {row.title}
          </Link>
          <div className="ys-muted">{row.applicantName}</div>
        </div>
      ),
    },
    {
      title: l('number'),
      key: 'number',
      width: 230,
      render: (_, row) => <span className="ys-code">{row.number ?? '—'}</span>,
    },
    { title: l('state'), key: 'state', width: 110, render: (_, row) => <StateTag state={row.state} /> },
    {
      title: l('deadline'),
      key: 'deadline',
      width: 220,
      render: (_, row) => (
        <div>
          <DeadlineLight deadline={row.deadline} state={row.state} />
          <div className="ys-muted">{when(row)}</div>
        </div>
      ),
    },
  ];

  const filtered = Boolean(query.state);
  const empty = filtered ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('apply.list.noMatch')} />
  ) : (
    <div data-testid="applications-empty">
      <Empty
        image={<FileSearchOutlined className="ys-empty-icon" aria-hidden />}
        styles={{ image: { height: 'auto' } }}
        description={
          <>
            <Typography.Title level={2} style={{ fontSize: 17, margin: '0 0 8px' }}>
              {t('apply.list.empty')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('apply.list.emptyHint')}</Typography.Paragraph>
          </>
        }
      >
        <Link to="/services">
          <Button type="primary">{t('apply.list.toServices')}</Button>
        </Link>
      </Empty>
    </div>
  );
  const pagination = {
    current: data?.page ?? query.page,
    pageSize: data?.pageSize ?? query.pageSize,
    total: data?.total ?? 0,
    onChange: (page: number, pageSize: number) => setQuery({ page, pageSize }),
  };

  return (
    <div data-testid="my-applications-page">
      <PageHeader
        title={t('apply.list.title')}
        description={t('apply.list.description')}
        extra={
          <>
            <Select
              allowClear
              value={query.state}
              onChange={(state) => setQuery({ state })}
              placeholder={t('apply.list.allStates')}
              aria-label={t('apply.list.state')}
              style={{ minWidth: 140 }}
              options={LIST_STATES.map((state) => ({ value: state, label: t(`apply.states.${state}`) }))}
              data-testid="applications-state"
            />
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
          </>
        }
      />
      {list.error && !list.loading ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : narrow ? (
        <div className="ys-apply-cards" data-testid="application-cards">
          {!data && <Card loading />}
          {data?.items.length === 0 && <Card>{empty}</Card>}
          {data?.items.map((row) => (
            <Link
              key={row.id}
              to={rowPath(row)}
              className="ys-apply-card-link"
              data-testid="application-link"
            >
              <Card size="small" hoverable>
                <div className="ys-apply-card-head">
                  <span className="ys-apply-card-title">{row.title}</span>
                  <StateTag state={row.state} />
                </div>
                {row.number && <div className="ys-code ys-muted">{row.number}</div>}
                <div className="ys-apply-card-foot">
                  <DeadlineLight deadline={row.deadline} state={row.state} />
                  <span className="ys-muted">{when(row)}</span>
                </div>
                {row.state === 'draft' && <span className="ys-apply-resume">{t('apply.list.resume')} ›</span>}
              </Card>
            </Link>
          ))}
          {(data?.total ?? 0) > (data?.pageSize ?? 0) && (
            <Pagination {...pagination} simple size="small" className="ys-apply-pager" />
          )}
        </div>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<ApplicationSummary>
            rowKey="id"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={list.loading}
            locale={{ emptyText: data ? empty : <div style={{ height: 120 }} /> }}
            pagination={{
              ...pagination,
              showTotal: (total: number) => t('apply.list.total', { total }),
              style: { padding: '0 16px' },
            }}
            data-testid="applications-table"
          />
        </Card>
      )}
    </div>
  );
}
