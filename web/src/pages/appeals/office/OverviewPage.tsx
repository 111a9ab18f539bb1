// /office/appeals — 接诉即办分析: a period (with presets, kept in the address); the city's figures as cards with
// the counts behind each rate and the change against the period before; the 三率 ranking of the units; the hot
// spots by category × area and the trend over the period (ECharts, loaded on first use).
import { ArrowDownOutlined, ArrowUpOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Skeleton, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { getAppealHotspots, getAppealRates, type RatesReply } from '../../../api/appeals-public.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { countsOf, kpisOf, type Change, type Kpi } from './figures.ts';
import { HotspotsPanel } from './HotspotsPanel.tsx';
import { bucketFor, presets, previousPeriod, readPeriod, writePeriod, type Period } from './period.ts';
import { RankingTable } from './RankingTable.tsx';
import './office.css';

export function OverviewPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = dayjs().format('YYYY-MM-DD');
  const period = useMemo(() => readPeriod(params, today), [params, today]);
  const before = useMemo(() => previousPeriod(period), [period]);
  const bucket = bucketFor(period);
  const { from, to } = period;

  const rates = useRemote(useCallback((signal: AbortSignal) => getAppealRates({ from, to }, signal), [from, to]));
  // The period before: only for the comparison, so a failure there leaves the page whole.
  const previous = useRemote(useCallback((signal: AbortSignal) => getAppealRates(before, signal).catch(() => null), [before]));
  const pairs = useRemote(useCallback((signal: AbortSignal) => getAppealHotspots({ from, to, bucket, groupBy: 'categoryArea', top: 100 }, signal), [from, to, bucket]));
  const categories = useRemote(useCallback((signal: AbortSignal) => getAppealHotspots({ from, to, bucket, groupBy: 'category', top: 10 }, signal), [from, to, bucket]));
  const reload = () => [rates, previous, pairs, categories].forEach((r) => r.reload());
  const setPeriod = (next: Period) => setParams(writePeriod(next, today), { replace: true });

  return (
    <div data-testid="appeals-overview-page">
      <PageHeader
        title={t('appealsPublic.office.title')}
        description={t('appealsPublic.office.description')}
        extra={
          <>
            <DatePicker.RangePicker
              value={[dayjs(from), dayjs(to)]}
              allowClear={false}
              presets={presets(today).map((p) => ({ label: t(`appealsPublic.office.presets.${p.key}`), value: [dayjs(p.period.from), dayjs(p.period.to)] as [dayjs.Dayjs, dayjs.Dayjs] }))}
              disabledDate={(d) => d.isAfter(dayjs(today), 'day')}
              onChange={(range) => {
                if (range?.[0] && range[1]) setPeriod({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
              }}
              aria-label={t('appealsPublic.office.period')}
              data-testid="appeals-overview-period"
            />
            <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
          </>
        }
      />
      {rates.error && !rates.loading ? (
        <LoadError error={rates.error} onRetry={rates.reload} />
      ) : !rates.data ? (
        <Card size="small">
          <Skeleton active paragraph={{ rows: 3 }} />
        </Card>
      ) : (
        <CityFigures reply={rates.data} previous={previous.data ?? null} before={before} />
      )}
      {/* A failed load of the rates shows once, above; the ranking comes from the same reply. */}
      {!(rates.error && !rates.loading) && (
        <Card
          title={t('appealsPublic.office.ranking.title')}
          size="small"
          className="ys-appeals-office-section"
          styles={{ body: { padding: 0 } }}
          data-testid="appeals-ranking"
        >
          <RankingTable reply={rates.data ?? null} previous={previous.data ?? null} loading={rates.loading} />
        </Card>
      )}
      <HotspotsPanel pairs={pairs} categories={categories} bucket={bucket} />
    </div>
  );
}

function CityFigures({ reply, previous, before }: { reply: RatesReply; previous: RatesReply | null; before: Period }) {
  const { t } = useTranslation();
  const kpis = kpisOf(reply.total, previous?.total);
  const counts = countsOf(reply.total, previous?.total);
  const w = reply.weights;
  const hint = (kpi: Kpi) =>
    kpi.key === 'score' ? t('appealsPublic.office.kpiHints.score', { response: w.response, resolution: w.resolution, satisfaction: w.satisfaction }) : t(`appealsPublic.office.kpiHints.${kpi.key}`);
  return (
    <>
      {reply.scope === 'department' && <Alert type="info" showIcon message={t('appealsPublic.office.department')} className="ys-appeals-office-section" />}
      <div className="ys-appeals-kpis" data-testid="appeals-kpis">
        {kpis.map((kpi) => (
          <Tooltip key={kpi.key} title={hint(kpi)}>
            <div className="ys-appeals-kpi" data-testid={`appeals-kpi-${kpi.key}`} tabIndex={0}>
              <div className="ys-appeals-kpi-label">{t(`appealsPublic.office.kpi.${kpi.key}`)}</div>
              <div className="ys-appeals-kpi-value">{kpi.value}</div>
              <div className="ys-appeals-kpi-detail">{kpi.detail ?? '\u00a0'}</div>
              <ChangeLine change={kpi.change} rate={kpi.kind === 'rate'} hasPrevious={previous !== null && previous.total.tickets > 0} />
            </div>
          </Tooltip>
        ))}
      </div>
      <div className="ys-appeals-counts" data-testid="appeals-counts">
        {counts.map((c) => (
          <span key={c.key} className="ys-appeals-count">
            <span className="ys-muted">{t(`appealsPublic.office.counts.${c.key}`)}</span> <strong>{c.value}</strong>
            {c.change && c.change.direction !== 'flat' && <span className="ys-muted"> ({c.change.text})</span>}
          </span>
        ))}
        <span className="ys-muted ys-appeals-compared">{t('appealsPublic.office.comparedWith', { from: before.from, to: before.to })}</span>
      </div>
    </>
  );
}

/** The change against the period before, with words for which way is better (not colour alone). */
export function ChangeLine({ change, rate, hasPrevious }: { change: Change | null; rate: boolean; hasPrevious: boolean }) {
  const { t } = useTranslation();
  if (!change) return <div className="ys-appeals-change ys-muted">{hasPrevious ? '\u00a0' : t('appealsPublic.office.noPrevious')}</div>;
  if (change.direction === 'flat') return <div className="ys-appeals-change ys-muted">{t('appealsPublic.office.flat')}</div>;
  const tone = change.good === null ? '' : change.good ? ' is-good' : ' is-bad';
  return (
    <div className={`ys-appeals-change${tone}`}>
      {change.direction === 'up' && <ArrowUpOutlined aria-hidden />}
      {change.direction === 'down' && <ArrowDownOutlined aria-hidden />} {t(rate ? 'appealsPublic.office.changeRate' : 'appealsPublic.office.change', { text: change.text })}
      {change.good !== null && <span className="ys-appeals-change-word"> · {t(change.good ? 'appealsPublic.office.better' : 'appealsPublic.office.worse')}</span>}
    </div>
  );
}
