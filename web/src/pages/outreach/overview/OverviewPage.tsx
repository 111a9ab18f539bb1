// /office/outreach — 企业服务总览: the period's figures (企业对接 N 次, 实地走访 N 次, enterprises contacted, stewards,
// problems raised and solved, blockers found and solved with the resolution rate, coordination meetings, hall
// inspections) for a period kept in the address, links to the lists behind them, and the stewards (帮扶管家).
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getOutreachStats, type OutreachStats } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { presets, readPeriod, writePeriod, type Period } from '../period.ts';
import { figuresOf, isEmptyPeriod, type Figure, type FigureKey } from './figures.ts';
import { BlockersBreakdown } from './BlockersBreakdown.tsx';
import { StewardsPanel } from './StewardsPanel.tsx';
import '../../applications/staff/work.css';
import '../outreach.css';

/** Where each figure's records are listed. */
const FIGURE_LINKS: Partial<Record<FigureKey, string>> = {
  contacts: '/office/outreach/contacts',
  visits: '/office/outreach/contacts?kind=visit',
  problems: '/office/outreach/problems',
  blockers: '/office/projects?state=blocked',
  meetings: '/office/projects/meetings',
  inspections: '/office/inspections',
};

export function OverviewPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = dayjs().format('YYYY-MM-DD');
  const period = useMemo(() => readPeriod(params, today), [params, today]);
  const { from, to } = period;
  const stats = useRemote(useCallback((signal: AbortSignal) => getOutreachStats({ from, to }, signal), [from, to]));
  const setPeriod = (next: Period) => setParams(writePeriod(next, today), { replace: true });

  return (
    <div data-testid="outreach-overview-page">
      <PageHeader
        title={t('outreach.overview.title')}
        description={t('outreach.overview.description')}
        extra={
          <>
            <DatePicker.RangePicker
              value={[dayjs(from), dayjs(to)]}
              allowClear={false}
              presets={presets(today).map((p) => ({ label: t(`outreach.overview.presets.${p.key}`), value: [dayjs(p.period.from), dayjs(p.period.to)] as [dayjs.Dayjs, dayjs.Dayjs] }))}
              disabledDate={(d) => d.isAfter(dayjs(today), 'day')}
              onChange={(range) => {
                if (range?.[0] && range[1]) setPeriod({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
              }}
              aria-label={t('outreach.overview.period')}
              data-testid="outreach-period"
            />
            <Button icon={<ReloadOutlined />} onClick={stats.reload} aria-label={t('common.refresh')} />
          </>
        }
      />
      {stats.error && !stats.loading ? (
        <LoadError error={stats.error} onRetry={stats.reload} />
      ) : !stats.data ? (
        <Card size="small">
          <Skeleton active paragraph={{ rows: 3 }} />
        </Card>
      ) : (
        <Figures stats={stats.data} />
      )}
      <StewardsPanel onChange={stats.reload} />
    </div>
  );
}

function Figures({ stats }: { stats: OutreachStats }) {
  const { t } = useTranslation();
  return (
    <>
      {isEmptyPeriod(stats) && <Alert type="info" showIcon message={t('outreach.overview.emptyPeriod')} style={{ marginBottom: 12 }} data-testid="outreach-empty-period" />}
      <div className="ys-outreach-figures" data-testid="outreach-figures">
        {figuresOf(stats).map((figure) => (
          <FigureCard key={figure.key} figure={figure} />
        ))}
      </div>
      <div className="ys-muted ys-outreach-period-note">{t('outreach.overview.periodNote', { from: stats.from, to: stats.to })}</div>
      <BlockersBreakdown stats={stats} />
    </>
  );
}

function FigureCard({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const link = FIGURE_LINKS[figure.key];
  const body = (
    <>
      <div className="ys-outreach-figure-label">{t(`outreach.overview.figures.${figure.key}`)}</div>
      <div className="ys-outreach-figure-value">
        <span data-testid="figure-value">{figure.value}</span>
        {figure.unit && <span className="ys-outreach-figure-unit">{t(`outreach.overview.units.${figure.unit}`)}</span>}
      </div>
      <div className="ys-outreach-figure-detail">{figure.detail ? t(`outreach.overview.details.${figure.detail.key}`, figure.detail.values) : '\u00a0'}</div>
    </>
  );
  return link ? (
    <Link to={link} className="ys-outreach-figure is-link" data-testid={`outreach-figure-${figure.key}`}>
      {body}
    </Link>
  ) : (
    <div className="ys-outreach-figure" data-testid={`outreach-figure-${figure.key}`}>
      {body}
    </div>
  );
}
