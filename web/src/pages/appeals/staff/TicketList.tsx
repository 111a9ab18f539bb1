// Tickets as a table (desktop) or as cards (phones): number and title, kind and urgency, category, the requester
// as the list gives them (masked), the lead unit, the state and the deadline light. Shared by 工单办理 and the
// seat console's own queue.
import { Card, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { DataList } from '../../../components/DataList.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketSummary } from '../../../api/appeals.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { formatDateTime } from '../../../components/format.ts';
import { ticketPath } from './labels.ts';
import { ticketLight } from './light.ts';
import { KindTag, LightTag, StateTag, UrgencyTag } from './Tags.tsx';
import { categoryNameOf, requesterNameOf } from '../names.ts';

interface Props {
  items: readonly TicketSummary[];
  loading: boolean;
  /** Shown when there is nothing (after the first load). */
  empty: ReactNode;
  loaded: boolean;
  pagination:
    | (TablePaginationConfig & {
        current: number;
        pageSize: number;
        total: number;
        onChange: (page: number, size: number) => void;
      })
    | false;
  testId: string;
  /** Fewer columns (the console's queue beside the form). */
  compact?: boolean;
}

const requesterOf = (a: TicketSummary, hiddenLabel: string) =>
  [a.enterpriseName, requesterNameOf(a, hiddenLabel), a.requesterPhone].filter(Boolean).join(' · ') || '—';

export function TicketList({ items, loading, empty, loaded, pagination, testId, compact = false }: Props) {
  const { t, i18n } = useTranslation();
  const hidden = t('appealWork.ticket.nameHiddenShort');
  const label = useDepartmentLabel();
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
    ...(compact
      ? []
      : [
          {
            title: t('appealWork.fields.category'),
            key: 'category',
            width: 120,
            responsive: ['xl' as const],
            render: (_: unknown, a: TicketSummary) => categoryNameOf(a, i18n.language),
          },
        ]),
    {
      title: t('appealWork.fields.requester'),
      key: 'requester',
      width: 160,
      responsive: compact ? ['xxl'] : ['lg'],
      // Who on one line, the (masked) phone whole on the next: a number broken mid-digits cannot be read out.
      render: (_, a) => (
        <div>
          {(a.enterpriseName || requesterNameOf(a, hidden) || !a.requesterPhone) && <div className="ys-break">{[a.enterpriseName, requesterNameOf(a, hidden)].filter(Boolean).join(' · ') || '—'}</div>}
          {a.requesterPhone && (
            <div className="ys-muted" style={{ whiteSpace: 'nowrap' }}>
              {a.requesterPhone}
            </div>
          )}
        </div>
      ),
    },
    ...(compact
      ? []
      : [
          {
            title: t('appealWork.fields.lead'),
            key: 'lead',
            width: 170,
            responsive: ['xl' as const],
            render: (_: unknown, a: TicketSummary) => (
              <span className="ys-break">{a.leadDepartmentName ? label(a.leadDepartmentName, a.leadDepartmentId) : '—'}</span>
            ),
          },
        ]),
    {
      title: t('appealWork.fields.state'),
      key: 'state',
      width: 110,
      render: (_, a) => <StateTag state={a.state} label={a.stateLabel} />,
    },
    {
      title: t('appealWork.fields.createdAt'),
      key: 'createdAt',
      width: 150,
      responsive: ['xl'],
      render: (_, a) => formatDateTime(a.createdAt),
    },
    {
      title: t('appealWork.fields.deadline'),
      key: 'deadline',
      width: 190,
      render: (_, a) => <LightTag ticket={a} />,
    },
  ];

  return (
    <DataList<TicketSummary>
      items={items}
      rowKey={(a) => a.id}
      columns={columns}
      loading={loading}
      loaded={loaded}
      empty={empty}
      pagination={pagination}
      testId={testId}
      rowClassName={(a) => `is-${ticketLight(a).key}`}
      card={(a) => (
        <Card size="small" className={`ys-work-card is-${ticketLight(a).key}`} data-testid="ticket-card">
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
            <dd>{requesterOf(a, hidden)}</dd>
            {a.leadDepartmentName && (
              <>
                <dt>{t('appealWork.fields.lead')}</dt>
                <dd>{label(a.leadDepartmentName, a.leadDepartmentId)}</dd>
              </>
            )}
          </dl>
          <LightTag ticket={a} />
        </Card>
      )}
    />
  );
}
