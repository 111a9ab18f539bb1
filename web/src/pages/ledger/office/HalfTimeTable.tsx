// 时间过半任务过半: per plan, per unit and per source, the share of the period gone against the share of the tasks
// closed, and whether the check is met (达标), missed (未达标) or not yet due (未过半). A row opens its tasks.
import { Progress, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import type { BoardView, HalfTimeRow } from '../../../api/ledger.ts';
import { SOURCE_KINDS, type SourceKind } from '../../../../../common/ledger/vocabulary.ts';
import { percent, sourceKindLabel, tasksPath } from '../labels.ts';

type By = keyof BoardView['halfTime'];
const isKind = (key: string): key is SourceKind => (SOURCE_KINDS as readonly string[]).includes(key);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function HalfTimeTable({ halfTime }: { halfTime: BoardView['halfTime'] }) {
  const { t } = useTranslation();
  const [by, setBy] = useState<By>('byPlan');
  const label = useDepartmentLabel();
  // Plans and units are keyed by id, the source rows by the kind of source.
  const linkOf = (row: HalfTimeRow) =>
    by === 'bySource' ? (isKind(row.key) ? tasksPath({ sourceKind: row.key }) : null) : !UUID.test(row.key) ? null : by === 'byUnit' ? tasksPath({ departmentId: row.key }) : tasksPath({ sourceId: row.key });
  // A unit's row is keyed by its department's id, and named in the interface language.
  const labelOf = (row: HalfTimeRow) => (by === 'bySource' && isKind(row.key) ? sourceKindLabel(row.key) : by === 'byUnit' ? label(row.label, row.key) : row.label);
  const columns: TableColumnsType<HalfTimeRow> = [
    {
      title: t(`ledger.board.halfTime.${by}`),
      key: 'label',
      onCell: () => ({ style: { minWidth: 150 } }),
      render: (_, row) => {
        const to = linkOf(row);
        return to ? (
          <Link to={to} className="ys-break">
            {labelOf(row)}
          </Link>
        ) : (
          <span className="ys-break">{labelOf(row)}</span>
        );
      },
    },
    { title: t('ledger.board.halfTime.closed'), key: 'closed', width: 84, align: 'right', render: (_, row) => `${row.closed} / ${row.total}` },
    { title: t('ledger.board.halfTime.timeShare'), key: 'time', width: 130, responsive: ['sm'], render: (_, row) => <Progress percent={Math.round(row.timeShare * 100)} size="small" strokeColor="#8c8c8c" /> },
    { title: t('ledger.board.halfTime.taskShare'), key: 'task', width: 130, responsive: ['sm'], render: (_, row) => <Progress percent={Math.round(row.taskShare * 100)} size="small" status={row.met === false ? 'exception' : 'normal'} /> },
    {
      title: t('ledger.board.halfTime.result'),
      key: 'met',
      width: 96,
      render: (_, row) => (
        <span>
          <Tag color={row.met === null ? 'default' : row.met ? 'success' : 'error'} style={{ marginInlineEnd: 0 }} data-testid="half-time-result" data-met={String(row.met)}>
            {t(row.met === null ? 'ledger.board.halfTime.notYet' : row.met ? 'ledger.board.halfTime.met' : 'ledger.board.halfTime.notMet')}
          </Tag>
          <div className="ys-muted ys-ledger-small ys-only-narrow-inline">
            {percent(row.timeShare)} / {percent(row.taskShare)}
          </div>
        </span>
      ),
    },
  ];
  return (
    <div data-testid="ledger-half-time">
      <Tabs
        size="small"
        activeKey={by}
        onChange={(key) => setBy(key as By)}
        items={(['byPlan', 'byUnit', 'bySource'] as const).map((key) => ({ key, label: t(`ledger.board.halfTime.tabs.${key}`) }))}
        style={{ padding: '0 12px' }}
      />
      <Table<HalfTimeRow> rowKey="key" size="small" columns={columns} dataSource={halfTime[by]} pagination={halfTime[by].length > 10 ? { pageSize: 10, size: 'small' } : false} locale={{ emptyText: t('ledger.board.halfTime.empty') }} />
    </div>
  );
}
