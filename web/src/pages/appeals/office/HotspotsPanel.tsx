// 热点: the category × area bars and the trend (ECharts), and the top pairs of category and area with their count
// against the period before — the list a 未诉先办 report starts from.
import { Card, Col, Row, Skeleton, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HotspotItem, HotspotsReply } from '../../../api/appeals-public.ts';
import type { Remote } from '../../../api/useRemote.ts';
import { EChart } from '../../../components/EChart.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { langOf } from '../public/paths.ts';
import { categoryAreaMatrix, categoryAreaOption, replyInLanguage, trendOption } from './charts.ts';
import { changeOf } from './figures.ts';

const TOP_ROWS = 10;

export function HotspotsPanel({ pairs: pairsRemote, categories: categoriesRemote, bucket }: { pairs: Remote<HotspotsReply>; categories: Remote<HotspotsReply>; bucket: 'week' | 'month' }) {
  const { t, i18n } = useTranslation();
  const h = (key: string) => t(`appealsPublic.office.hotspots.${key}` as 'appealsPublic.office.hotspots.title');
  const lang = langOf(i18n.language);
  // Category and area names in the reader's language, for the charts and the table alike.
  const pairs = useMemo(() => ({ ...pairsRemote, data: pairsRemote.data ? replyInLanguage(pairsRemote.data, lang) : pairsRemote.data }), [pairsRemote, lang]);
  const categories = useMemo(() => ({ ...categoriesRemote, data: categoriesRemote.data ? replyInLanguage(categoriesRemote.data, lang) : categoriesRemote.data }), [categoriesRemote, lang]);
  const options = useMemo(
    () => ({
      bars: pairs.data ? categoryAreaOption(categoryAreaMatrix(pairs.data.items), { countName: t('appealsPublic.office.hotspots.count') }) : null,
      trend: categories.data ? trendOption(categories.data, categories.data.items, { totalName: t('appealsPublic.office.hotspots.all') }) : null,
    }),
    [pairs.data, categories.data, t],
  );
  const empty = (reply: HotspotsReply | undefined) => (reply && reply.total.count === 0 ? h('empty') : false);

  return (
    <Row gutter={[16, 16]} className="ys-appeals-office-section">
      <Col xs={24} xl={12}>
        <Card title={h('title')} size="small">
          {pairs.error && !pairs.loading ? (
            <LoadError error={pairs.error} onRetry={pairs.reload} />
          ) : options.bars ? (
            <EChart option={options.bars} label={h('title')} height={340} empty={empty(pairs.data)} data-testid="appeals-chart-hotspots" />
          ) : (
            <Skeleton active />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={h('trend')} size="small" extra={<span className="ys-muted">{h(bucket === 'week' ? 'weekly' : 'monthly')}</span>}>
          {categories.error && !categories.loading ? (
            <LoadError error={categories.error} onRetry={categories.reload} />
          ) : options.trend ? (
            <EChart option={options.trend} label={h('trend')} height={340} empty={empty(categories.data)} data-testid="appeals-chart-trend" />
          ) : (
            <Skeleton active />
          )}
        </Card>
      </Col>
      {/* The same reply as the bars: a failed load is told there once. */}
      {!(pairs.error && !pairs.loading) && (
        <Col xs={24}>
          <Card title={h('top')} size="small" styles={{ body: { padding: 0 } }} data-testid="appeals-hotspots">
            <TopTable reply={pairs.data ?? null} loading={pairs.loading} />
          </Card>
        </Col>
      )}
    </Row>
  );
}

function TopTable({ reply, loading }: { reply: HotspotsReply | null; loading: boolean }) {
  const { t } = useTranslation();
  const h = (key: string) => t(`appealsPublic.office.hotspots.${key}` as 'appealsPublic.office.hotspots.title');
  const columns: TableColumnsType<HotspotItem> = [
    { title: '#', key: 'index', width: 44, align: 'center', render: (_, __, i) => i + 1 },
    { title: h('category'), key: 'category', render: (_, row) => <span className="ys-break">{row.categoryName ?? '—'}</span> },
    { title: h('area'), key: 'area', width: 120, render: (_, row) => row.areaName ?? '—' },
    { title: h('current'), key: 'count', width: 72, align: 'right', render: (_, row) => <strong>{row.count}</strong> },
    { title: h('previous'), key: 'previous', width: 72, align: 'right', render: (_, row) => row.previous },
    {
      title: h('change'),
      key: 'change',
      width: 96,
      align: 'right',
      render: (_, row) => {
        if (row.previous === 0) return <Tag color="orange" bordered={false}>{h('new')}</Tag>;
        const change = changeOf(row.count, row.previous, 'count', null);
        const rate = row.changeRate === null ? '' : ` (${row.changeRate > 0 ? '+' : row.changeRate < 0 ? '−' : ''}${Math.abs(Math.round(row.changeRate * 100))}%)`;
        return (
          <span className={change && change.direction === 'up' ? 'ys-appeals-rise' : undefined}>
            {change?.text}
            <span className="ys-muted">{rate}</span>
          </span>
        );
      },
    },
  ];
  return (
    <Table<HotspotItem>
      rowKey={(row) => `${row.categoryCode}|${row.areaCode}`}
      size="small"
      columns={columns}
      dataSource={(reply?.items ?? []).slice(0, TOP_ROWS)}
      loading={loading}
      pagination={false}
      scroll={{ x: 520 }}
      locale={{ emptyText: reply ? h('empty') : ' ' }}
      data-testid="appeals-hotspots-table"
    />
  );
}
