// Ledger tasks as a table (desktop) or deadline cards (phones): number and title, the source, the lead unit, the
// deadline with its light and the working days left, the progress and the state. Shared by 任务, 销号审核 and
// 我的台账任务.
import { Card, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { DataList } from '../../components/DataList.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDepartmentLabel } from '../../api/departmentNames.ts';
import type { TaskRow } from '../../api/ledger.ts';
import { sourceKindLabel, taskPath } from './labels.ts';
import { EscalatedTag, LightMark, ProgressMark, StateTag } from './Tags.tsx';

export type ListPagination =
  | (TablePaginationConfig & {
      current: number;
      pageSize: number;
      total: number;
      onChange: (page: number, size: number) => void;
    })
  | false;

interface Props {
  items: readonly TaskRow[];
  loading: boolean;
  loaded: boolean;
  /** Shown when there is nothing (after the first load). */
  empty: ReactNode;
  pagination: ListPagination;
  testId: string;
  /** The unit's own list: no lead unit column (it is theirs). */
  own?: boolean;
}

export function TaskList({ items, loading, loaded, empty, pagination, testId, own = false }: Props) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const columns: TableColumnsType<TaskRow> = [
    {
      title: t('ledger.fields.task'),
      key: 'task',
      render: (_, task) => (
        <div style={{ minWidth: 0 }}>
          <Link to={taskPath(task.id)} className="ys-code ys-ledger-number" data-testid="task-link">
            {task.number}
          </Link>
          <div className="ys-break">{task.title}</div>
        </div>
      ),
    },
    {
      title: t('ledger.fields.source'),
      key: 'source',
      responsive: ['xl'],
      width: 220,
      render: (_, task) => (
        <div className="ys-break">
          <div className="ys-muted ys-ledger-small">{sourceKindLabel(task.sourceKind)}</div>
          {task.sourceTitle}
        </div>
      ),
    },
    ...(own
      ? []
      : [
          {
            title: t('ledger.fields.lead'),
            key: 'lead',
            width: 150,
            responsive: ['lg' as const],
            render: (_: unknown, task: TaskRow) => (
              <span className="ys-break">{label(task.leadDepartmentName, task.leadDepartmentId)}</span>
            ),
          },
        ]),
    {
      title: t('ledger.fields.progress'),
      key: 'progress',
      width: 130,
      responsive: ['md'],
      render: (_, task) => <ProgressMark value={task.progress} light={task.light} />,
    },
    {
      title: t('ledger.fields.state'),
      key: 'state',
      width: 130,
      render: (_, task) => (
        <span className="ys-tags">
          <StateTag state={task.state} />
          {task.escalated && <EscalatedTag />}
        </span>
      ),
    },
    {
      title: t('ledger.fields.due'),
      key: 'due',
      width: 200,
      render: (_, task) => (
        <div>
          <div className="ys-code">{task.dueOn}</div>
          <LightMark task={task} compact />
        </div>
      ),
    },
  ];

  return (
    <DataList<TaskRow>
      items={items}
      rowKey={(task) => task.id}
      columns={columns}
      loading={loading}
      loaded={loaded}
      empty={empty}
      pagination={pagination}
      testId={testId}
      rowClassName={(task) => `is-${task.light}`}
      card={(task) => (
        <Card size="small" className={`ys-ledger-card is-${task.light}`} data-testid="task-card">
          <div className="ys-work-card-head">
            <Link to={taskPath(task.id)} className="ys-work-card-title" data-testid="task-link">
              {task.title}
            </Link>
            <StateTag state={task.state} />
          </div>
          <dl className="ys-work-facts">
            <dt>{t('ledger.fields.number')}</dt>
            <dd className="ys-code">{task.number}</dd>
            <dt>{t('ledger.fields.due')}</dt>
            <dd>
              <span className="ys-code">{task.dueOn}</span>
            </dd>
            {!own && (
              <>
                <dt>{t('ledger.fields.lead')}</dt>
                <dd>{label(task.leadDepartmentName, task.leadDepartmentId)}</dd>
              </>
            )}
            <dt>{t('ledger.fields.source')}</dt>
            <dd>{sourceKindLabel(task.sourceKind)}</dd>
          </dl>
          <ProgressMark value={task.progress} light={task.light} />
          <div className="ys-ledger-card-foot">
            <LightMark task={task} />
            {task.escalated && <EscalatedTag />}
          </div>
        </Card>
      )}
    />
  );
}
