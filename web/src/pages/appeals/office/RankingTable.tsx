// 三率排名: one row per unit in the server's order — ranked units by rank (ties share one), then the units with
// too small a sample, shown with their figures but without a rank and marked 样本不足. The score's change and
// the places moved are against the period before.
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RatesReply } from '../../../api/appeals-public.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { useNarrow } from '../../registry/useNarrow.ts';
import { percent, rankingRows, rankingSummary, scoreText, type RankingRow } from './figures.ts';

const RATE_COLUMNS = ['responseRate', 'resolutionRate', 'satisfactionRate', 'onTimeRate', 'returnRate'] as const;

export function RankingTable({ reply, previous, loading }: { reply: RatesReply | null; previous: RatesReply | null; loading: boolean }) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const label = useDepartmentLabel();
  const r = (key: string) => t(`appealsPublic.office.ranking.${key}` as 'appealsPublic.office.ranking.rank');
  const rows = reply ? rankingRows(reply.units, previous?.units) : [];
  const summary = reply ? rankingSummary(reply.units) : null;
  const minSample = reply?.minSample ?? 0;

  const columns: TableColumnsType<RankingRow> = [
    {
      title: r('rank'),
      key: 'rank',
      width: 64,
      fixed: 'left',
      align: 'center',
      render: (_, row) => (
        <span className={`ys-appeals-rank${row.medal ? ` is-${row.medal}` : ''}`} data-testid="appeals-rank">
          {row.rankText}
        </span>
      ),
    },
    {
      title: r('unit'),
      key: 'unit',
      width: narrow ? 128 : 200,
      fixed: 'left',
      render: (_, row) => (
        <div className="ys-appeals-unit">
          <span className="ys-break">{label(row.departmentName, row.departmentId)}</span>
          {row.insufficientSample && (
            <Tooltip title={t('appealsPublic.office.ranking.insufficientTitle', { count: row.calledBack, min: minSample })}>
              <Tag bordered={false} className="ys-appeals-insufficient" data-testid="appeals-insufficient">
                {r('insufficient')}
              </Tag>
            </Tooltip>
          )}
        </div>
      ),
    },
    {
      title: r('score'),
      key: 'score',
      width: 88,
      align: 'right',
      render: (_, row) => <span className={row.rankText === '—' ? 'ys-muted' : 'ys-appeals-score'}>{scoreText(row.score)}</span>,
    },
    {
      title: r('scoreChange'),
      key: 'change',
      width: 104,
      align: 'right',
      render: (_, row) => <Movement row={row} />,
    },
    ...RATE_COLUMNS.map((key) => ({
      title: r(key),
      key,
      width: 92,
      align: 'right' as const,
      render: (_: unknown, row: RankingRow) => percent(row[key]),
    })),
    { title: r('tickets'), key: 'tickets', width: 72, align: 'right', render: (_, row) => row.tickets },
    { title: r('calledBack'), key: 'calledBack', width: 72, align: 'right', render: (_, row) => row.calledBack },
  ];
  const width = columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0);

  return (
    <>
      {summary && (
        <div className="ys-appeals-ranking-head">
          <span>{t('appealsPublic.office.ranking.summary', summary)}</span>
          <span className="ys-muted">{t('appealsPublic.office.ranking.hint', { min: minSample })}</span>
        </div>
      )}
      <Table<RankingRow>
        rowKey="departmentId"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: width }}
        rowClassName={(row) => (row.rankText === '—' ? 'ys-appeals-unranked' : '')}
        locale={{ emptyText: reply ? r('empty') : ' ' }}
        data-testid="appeals-ranking-table"
      />
    </>
  );
}

function Movement({ row }: { row: RankingRow }) {
  const { t } = useTranslation();
  const change = row.scoreChange;
  return (
    <span className="ys-appeals-movement">
      {change ? <span className={change.good === null ? '' : change.good ? 'is-good' : 'is-bad'}>{change.text}</span> : <span className="ys-muted">—</span>}
      {row.rankMove !== null && row.rankMove !== 0 && (
        <Tooltip title={t(row.rankMove > 0 ? 'appealsPublic.office.ranking.moveUp' : 'appealsPublic.office.ranking.moveDown', { count: Math.abs(row.rankMove) })}>
          <span className={row.rankMove > 0 ? 'is-good' : 'is-bad'} aria-label={t(row.rankMove > 0 ? 'appealsPublic.office.ranking.moveUp' : 'appealsPublic.office.ranking.moveDown', { count: Math.abs(row.rankMove) })}>
            {row.rankMove > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
            {Math.abs(row.rankMove)}
          </span>
        </Tooltip>
      )}
    </span>
  );
}
