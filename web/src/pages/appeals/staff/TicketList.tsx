// Tickets as a table (desktop) or as cards (phones): number and title, kind and urgency, category, the requester
// as the list gives them (masked), the lead unit, the state and the deadline light. Shared by 工单办理 and the
// seat console's own queue.
import { Card, Pagination, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketSummary } from '../../../api/appeals.ts';
import { formatDateTime } from '../../../components/format.ts';
import { useNarrow } from '../../registry/useNarrow.ts';
import { ticketPath } from './labels.ts';
import { ticketLight } from './light.ts';
import { KindTag, LightTag, StateTag, UrgencyTag } from './Tags.tsx';
import { categoryNameOf } from '../names.ts';

interface Props {
  items: readonly TicketSummary[];
  loading: boolean;
  /** Shown when there is nothing (after the first load). */
  empty: ReactNode;
  loaded: boolean;
  pagination: (TablePaginationConfig & { current: number; pageSize: number; total: number; onChange: (page: number, size: number) => void }) | false;
  testId: string;
  /** Fewer columns (the console's queue beside the form). */
  compact?: boolean;
}

const requesterOf = (a: TicketSummary) => [a.enterpriseName, a.requesterName, a.requesterPhone].filter(Boolean).join(' · ') || '—';

export function TicketList({ items, loading, empty, loaded, pagination, testId, compact = false }: Props) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrow();
  const columns: TableColumnsType<TicketSummary> = [
    {
      title: t('appealWork.fields.ticket'),
      key: 'number',
      render: (_, a) => (
        <div style={{ minWidth: 0 }}>
          <Link to={ticketPath(a.id)} className="ys-code ys-appeal-number" data-testid="ticket-link">
            {a.number}
          </Link>
          <div className="ys-break">{a.title}</div>
        </div>
      ),
    },
    {
      title: t('appealWork.fields.kind'),
      key: 'kind',
      width: 120,
      responsive: ['lg'],
      render: (_, a) => (
        <span className="ys-tags">
          <KindTag kind={a.kind} />
          <UrgencyTag urgency={a.urgency} />
        </span>
      ),
    },
    ...(compact ? [] : [{ title: t('appealWork.fields.category'), key: 'category', width: 120, responsive: ['xl' as const], render: (_: unknown, a: TicketSummary) => categoryNameOf(a, i18n.language) }]),
    { title: t('appealWork.fields.requester'), key: 'requester', responsive: compact ? ['xxl'] : ['lg'], render: (_, a) => <span className="ys-break">{requesterOf(a)}</span> },
    ...(compact ? [] : [{ title: t('appealWork.fields.lead'), key: 'lead', responsive: ['xl' as const], render: (_: unknown, a: TicketSummary) => <span className="ys-break">{a.leadDepartmentName ?? '—'}</span> }]),
    { title: t('appealWork.fields.state'), key: 'state', width: 110, render: (_, a) => <StateTag state={a.state} label={a.stateLabel} /> },
    { title: t('appealWork.fields.createdAt'), key: 'createdAt', width: 150, responsive: ['xl'], render: (_, a) => formatDateTime(a.createdAt) },
    { title: t('appealWork.fields.deadline'), key: 'deadline', width: 190, render: (_, a) => <LightTag ticket={a} /> },
  ];

  if (narrow) {
    return (
      <div className="ys-work-cards" data-testid={`${testId}-cards`}>
        {items.map((a) => (
          <Card key={a.id} size="small" className={`ys-work-card is-${ticketLight(a).key}`} data-testid="ticket-card">
            <div className="ys-work-card-head">
              <Link to={ticketPath(a.id)} className="ys-work-card-title" data-testid="ticket-link">
                {a.title}
              </Link>
              <StateTag state={a.state} label={a.stateLabel} />
            </div>
            <dl className="ys-work-facts">
              <dt>{t('appealWork.fields.number')}</dt>
              <dd className="ys-code">{a.number}</dd>
              <dt>{t('appealWork.fields.kind')}</dt>
              <dd>
                <span className="ys-tags">
                  <KindTag kind={a.kind} />
                  <UrgencyTag urgency={a.urgency} />
                  <span>{categoryNameOf(a, i18n.language)}</span>
                </span>
              </dd>
              <dt>{t('appealWork.fields.requester')}</dt>
              <dd>{requesterOf(a)}</dd>
              {a.leadDepartmentName && (
                <>
                  <dt>{t('appealWork.fields.lead')}</dt>
                  <dd>{a.leadDepartmentName}</dd>
                </>
              )}
            </dl>
            <LightTag ticket={a} />
          </Card>
        ))}
        {loading && !loaded && <Card loading size="small" />}
        {loaded && items.length === 0 && <div className="ys-work-cards-empty">{empty}</div>}
        {pagination && pagination.total > pagination.pageSize && (
          <div className="ys-work-pager">
            <Typography.Text type="secondary">{t('common.total', { total: pagination.total })}</Typography.Text>
            <Pagination current={pagination.current} pageSize={pagination.pageSize} total={pagination.total} onChange={pagination.onChange} simple size="small" />
          </div>
        )}
      </div>
    );
  }
  return (
    <Table<TicketSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...items]}
      loading={loading}
      locale={{ emptyText: loaded ? empty : <div style={{ height: 120 }} /> }}
      pagination={pagination ? { showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], showTotal: (total: number) => t('common.total', { total }), ...pagination, style: { padding: '0 16px' } } : false}
      rowClassName={(a) => `is-${ticketLight(a).key}`}
      data-testid={`${testId}-table`}
    />
  );
}
