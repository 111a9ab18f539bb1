// 好差评总览: the period's KPI cards, the level distribution, 差评率 by department and the monthly trend
// (ECharts, loaded on first use), and a table grouped by department, item, hall, channel or month whose
// rows drill down to the ratings behind them.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Row, Segmented, Skeleton, Table, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { METRIC_GROUPS, RATING_LEVELS, type MetricGroup } from '../../../../../common/api/evaluations.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getEvaluationMetrics, type MetricsReply, type MetricsRow } from '../../../api/evaluations.ts';
import { useRemote, type Remote } from '../../../api/useRemote.ts';
import { EChart } from '../../../components/EChart.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { levelLabel } from '../staff/labels.ts';
import { departmentBadRateOption, levelDistributionOption, monthlyTrendOption } from './charts.ts';
import { readOverviewFilters, writeOverviewFilters, type OverviewFilters } from './filters.ts';
import { drillParams, kpisOf, percent, periodPresets, type Kpi } from './metrics.ts';
import '../../applications/staff/work.css';
import '../staff/evaluations.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

function useMetrics(
  groupBy: MetricGroup,
  from: string,
  to: string,
  skip = false,
): Remote<MetricsReply | null> {
  return useRemote(
    useCallback(
      (signal: AbortSignal) =>
        skip ? Promise.resolve(null) : getEvaluationMetrics({ groupBy, from, to }, signal),
      [groupBy, from, to, skip],
    ),
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const label = useDepartmentLabel();
  const { filters, change } = useUrlFilters(readOverviewFilters, writeOverviewFilters);
  const { from, to, groupBy } = filters;
  const byDepartment = useMetrics('department', from, to);
  const byMonth = useMetrics('month', from, to);
  const shared = groupBy === 'department' ? byDepartment : groupBy === 'month' ? byMonth : null;
  const byOther = useMetrics(groupBy, from, to, shared !== null);
  const table = shared ?? byOther;
  const setFilters = (next: Partial<OverviewFilters>) =>
    change(next, { replace: true });
  const reload = () => {
    byDepartment.reload();
    byMonth.reload();
    if (!shared) byOther.reload();
  };

  const total = byDepartment.data?.total;
  const options = useMemo(
    () => ({
      levels: total
        ? levelDistributionOption(total, {
            levelNames: [...RATING_LEVELS].reverse().map((level) => levelLabel(level)),
            seriesName: t('evalWork.overview.charts.levels'),
          })
        : null,
      badRate: byDepartment.data
        ? departmentBadRateOption(byDepartment.data.rows.map((r) => ({ ...r, label: label(r.label, r.key) })), {
            seriesName: t('evalWork.overview.charts.badRateSeries'),
          })
        : null,
      trend: byMonth.data
        ? monthlyTrendOption(byMonth.data.rows, {
            ratedName: t('evalWork.overview.charts.rated'),
            badRateName: t('evalWork.overview.charts.badRateSeries'),
          })
        : null,
    }),
    [total, byDepartment.data, byMonth.data, t, label],
  );

  const drill = (row: MetricsRow) => {
    const query = drillParams(groupBy, row.key, { from, to });
    if (query) void navigate(`/office/evaluations/ratings?${query.toString()}`);
  };

  const presets = periodPresets().map((p) => ({
    label: t(`evalWork.overview.presets.${p.key}`),
    value: [dayjs(p.from), dayjs(p.to)] as [dayjs.Dayjs, dayjs.Dayjs],
  }));
  return (
    <div data-testid="eval-overview-page">
      <PageHeader
        title={t('evalWork.menu.overview')}
        description={t('evalWork.overview.description')}
        extra={
          <>
            <DatePicker.RangePicker
              value={[dayjs(from), dayjs(to)]}
              allowClear={false}
              presets={presets}
              onChange={(range) => {
                if (range?.[0] && range[1])
                  setFilters({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
              }}
              aria-label={t('evalWork.overview.period')}
              data-testid="eval-overview-period"
            />
            <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
          </>
        }
      />
      {byDepartment.error && !byDepartment.loading ? (
        <LoadError error={byDepartment.error} onRetry={reload} />
      ) : (
        <KpiCards kpis={total ? kpisOf(total) : null} />
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={8}>
          <Card title={t('evalWork.overview.charts.levels')} size="small">
            {options.levels ? (
              <EChart
                option={options.levels}
                label={t('evalWork.overview.charts.levels')}
                height={280}
                empty={total && total.rated === 0 ? t('evalWork.overview.charts.noData') : false}
                data-testid="eval-chart-levels"
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card title={t('evalWork.overview.charts.badRate')} size="small">
            {options.badRate ? (
              <EChart
                option={options.badRate}
                label={t('evalWork.overview.charts.badRate')}
                height={280}
                empty={
                  byDepartment.data?.rows.some((r) => r.badRate !== null)
                    ? false
                    : t('evalWork.overview.charts.noData')
                }
                data-testid="eval-chart-bad-rate"
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('evalWork.overview.charts.trend')} size="small">
            {byMonth.error && !byMonth.loading ? (
              <LoadError error={byMonth.error} onRetry={byMonth.reload} />
            ) : options.trend ? (
              <EChart
                option={options.trend}
                label={t('evalWork.overview.charts.trend')}
                height={300}
                empty={byMonth.data?.rows.length ? false : t('evalWork.overview.charts.noData')}
                data-testid="eval-chart-trend"
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
      </Row>
      <Card
        title={t('evalWork.overview.table')}
        style={{ marginTop: 16 }}
        styles={{ body: { padding: 0 } }}
        extra={
          <Segmented<MetricGroup>
            value={groupBy}
            onChange={(value) => setFilters({ groupBy: value })}
            options={METRIC_GROUPS.map((g) => ({ value: g, label: t(`evalWork.overview.groups.${g}`) }))}
            aria-label={t('evalWork.overview.groupBy')}
            data-testid="eval-overview-group"
          />
        }
        className="ys-eval-table-card"
      >
        {table.error && !table.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={table.error} onRetry={table.reload} />
          </div>
        ) : (
          <MetricsTable reply={table.data ?? null} loading={table.loading} onDrill={drill} />
        )}
      </Card>
    </div>
  );
}

function KpiCards({ kpis }: { kpis: Kpi[] | null }) {
  const { t } = useTranslation();
  if (!kpis)
    return (
      <Card size="small">
        <Skeleton active paragraph={{ rows: 1 }} title={false} />
      </Card>
    );
  return (
    <div className="ys-eval-kpis" data-testid="eval-kpis">
      {kpis.map((kpi) => (
        <div key={kpi.key} className="ys-eval-kpi" data-testid={`eval-kpi-${kpi.key}`}>
          <div className="ys-eval-kpi-label">{t(`evalWork.kpi.${kpi.key}`)}</div>
          <div className={`ys-eval-kpi-value${kpi.tone ? ` is-${kpi.tone}` : ''}`}>{kpi.value}</div>
          <div className="ys-eval-kpi-detail">
            {kpi.key === 'bad'
              ? t('evalWork.kpi.badRateDetail', { value: kpi.detail ?? '—' })
              : (kpi.detail ?? '\u00a0')}
            {kpi.key === 'realNameBadRate' && kpi.tone && (
              <span className={`ys-eval-kpi-target is-${kpi.tone}`}>
                {' '}
                · {t(kpi.tone === 'good' ? 'evalWork.kpi.onTarget' : 'evalWork.kpi.belowTarget')}
              </span>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}

type Column = { key: keyof MetricsRow & string; kind: 'count' | 'rate'; width: number };
// Sized to fit beside the side menu on a 1366-pixel screen (the long headings wrap); narrower, it scrolls.
const COLUMNS: readonly Column[] = [
  { key: 'invited', kind: 'count', width: 72 },
  { key: 'answered', kind: 'count', width: 72 },
  { key: 'ratingRate', kind: 'rate', width: 88 },
  { key: 'rated', kind: 'count', width: 72 },
  { key: 'satisfaction', kind: 'rate', width: 100 },
  { key: 'bad', kind: 'count', width: 72 },
  { key: 'badRate', kind: 'rate', width: 88 },
  { key: 'callbackRate', kind: 'rate', width: 88 },
  { key: 'rectifyRate', kind: 'rate', width: 88 },
  { key: 'realNameBadRate', kind: 'rate', width: 120 },
  { key: 'onTimeRate', kind: 'rate', width: 96 },
];
/** The names' column, pinned at the left: narrower on a phone so the figures beside it show. */
const LABEL_WIDTH = { wide: 180, narrow: 120 };
const FIGURES_WIDTH = COLUMNS.reduce((sum, column) => sum + column.width, 0);
const cell = (row: MetricsRow, column: Column) =>
  column.kind === 'rate' ? percent(row[column.key] as number | null) : String(row[column.key]);

function MetricsTable({
  reply,
  loading,
  onDrill,
}: {
  reply: MetricsReply | null;
  loading: boolean;
  onDrill: (row: MetricsRow) => void;
}) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const labelWidth = useNarrow() ? LABEL_WIDTH.narrow : LABEL_WIDTH.wide;
  const columns: TableColumnsType<MetricsRow> = [
    {
      title: t('evalWork.columns.label'),
      key: 'label',
      fixed: 'left',
      width: labelWidth,
      render: (_, row) => (
        <button
          type="button"
          className="ys-eval-drill"
          onClick={() => onDrill(row)}
          title={t('evalWork.overview.drill')}
          data-testid="eval-metrics-drill"
        >
          {reply?.groupBy === 'department' ? label(row.label, row.key) : row.label}
        </button>
      ),
    },
    ...COLUMNS.map((column) => ({
      title: t(`evalWork.columns.${column.key as 'rated'}`),
      key: column.key,
      width: column.width,
      align: 'right' as const,
      render: (_: unknown, row: MetricsRow) => cell(row, column),
    })),
  ];
  const total = reply?.total;
  return (
    <Table<MetricsRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={reply?.rows ?? []}
      loading={loading}
      pagination={false}
      scroll={{ x: labelWidth + FIGURES_WIDTH }}
      onRow={(row) => ({
        onClick: (event) => !(event.target as HTMLElement).closest('button') && onDrill(row),
        className: 'ys-eval-row',
      })}
      summary={() =>
        total ? (
          <Table.Summary fixed>
            <Table.Summary.Row className="ys-eval-total" data-testid="eval-metrics-total">
              <Table.Summary.Cell index={0}>{t('evalWork.overview.total')}</Table.Summary.Cell>
              {COLUMNS.map((column, i) => (
                <Table.Summary.Cell key={column.key} index={i + 1} align="right">
                  {cell(total, column)}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
      data-testid="eval-metrics-table"
    />
  );
}
