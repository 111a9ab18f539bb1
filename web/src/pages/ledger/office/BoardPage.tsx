// /office/ledger — 台账总览: the lights counted (红黄绿 and closed, with 挂牌督办 and 销号审核中), each opening the task
// list filtered by it; lights by unit and by source as stacked bars; the half-time check per plan, unit and
// source; the tasks closed per month. A source may be chosen (kept in the address).
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Select, Skeleton } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getBoard, listSources, type BoardView } from '../../../api/ledger.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { EChart } from '../../../components/EChart.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { holdsAny, LEDGER_WRITERS } from '../access.ts';
import { lightLabel, LIGHT_ORDER, lightWordsIn, tasksPath } from '../labels.ts';
import { Dot } from '../Tags.tsx';
import { barsHeight, closedByMonthOption, lightsOption, twoLineNames, worstFirst } from './boardCharts.ts';
import { HalfTimeTable } from './HalfTimeTable.tsx';
import { ReportsMenu } from './ReportsMenu.tsx';
import '../ledger.css';
import './office.css';

export function BoardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const sourceId = params.get('sourceId') ?? undefined;
  const board = useRemote(useCallback((signal: AbortSignal) => getBoard({ sourceId }, signal), [sourceId]));
  const sources = useRemote(useCallback((signal: AbortSignal) => listSources(signal), []));

  return (
    <div data-testid="ledger-board-page">
      <PageHeader
        title={t('ledger.board.title')}
        description={board.data ? t('ledger.board.asOf', { date: board.data.asOf }) : t('ledger.board.description')}
        extra={
          <>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              value={sourceId}
              onChange={(next?: string) => setParams(next ? { sourceId: next } : {}, { replace: true })}
              placeholder={t('ledger.board.allSources')}
              aria-label={t('ledger.fields.source')}
              options={(sources.data ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.title}` }))}
              style={{ width: 300, maxWidth: 'calc(100vw - 80px)' }}
              popupMatchSelectWidth={false}
              data-testid="ledger-board-source"
            />
            {board.data && <ReportsMenu on={board.data.asOf} />}
            <Button icon={<ReloadOutlined />} onClick={board.reload} aria-label={t('common.refresh')} />
          </>
        }
      />
      {board.error && !board.loading ? (
        <LoadError error={board.error} onRetry={board.reload} />
      ) : !board.data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : board.data.totals.total === 0 ? (
        <EmptyBoard filtered={Boolean(sourceId)} />
      ) : (
        <Board view={board.data} sourceId={sourceId} />
      )}
    </div>
  );
}

function EmptyBoard({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  const { roles } = useSession();
  return (
    <Card data-testid="ledger-board-empty">
      <Empty description={t(filtered ? 'ledger.board.emptySource' : 'ledger.board.empty')}>
        {!filtered && holdsAny(roles, LEDGER_WRITERS) && (
          <span className="ys-tags" style={{ justifyContent: 'center' }}>
            <Link to="/office/ledger/import">
              <Button type="primary">{t('ledger.menu.import')}</Button>
            </Link>
            <Link to="/office/ledger/tasks">
              <Button>{t('ledger.list.newTask')}</Button>
            </Link>
          </span>
        )}
      </Empty>
    </Card>
  );
}

function Board({ view, sourceId }: { view: BoardView; sourceId?: string }) {
  const { t, i18n } = useTranslation();
  const words = useMemo(() => lightWordsIn(i18n.language), [i18n.language]);
  const label = useDepartmentLabel();
  const units = useMemo(() => worstFirst(view.byUnit).map((u) => ({ ...u, name: label(u.name, u.departmentId) })), [view.byUnit, label]);
  const sources = useMemo(() => worstFirst(view.bySource.map((s) => ({ ...s, name: s.title }))), [view.bySource]);
  const unitOption = useMemo(() => lightsOption(units, words), [units, words]);
  const sourceOption = useMemo(() => lightsOption(sources, words), [sources, words]);
  const monthOption = useMemo(
    () => closedByMonthOption(view.closedByMonth, { closed: t('ledger.board.closed'), monthLabel: (m) => (i18n.language === 'en' ? m : `${Number(m.slice(5, 7))}月`) }),
    [view.closedByMonth, t, i18n.language],
  );
  const { totals } = view;
  const open = totals.red + totals.amber + totals.green;
  return (
    <>
      <div className="ys-ledger-lights" data-testid="ledger-board-lights">
        {LIGHT_ORDER.map((light) => (
          <Link key={light} to={tasksPath({ light, sourceId })} className={`ys-ledger-light-card is-${light}`} data-testid={`ledger-board-${light}`}>
            <span className="ys-ledger-light-card-label">
              <Dot light={light} /> {lightLabel(light)}
            </span>
            <span className="ys-ledger-light-card-value">{totals[light]}</span>
            <span className="ys-muted ys-ledger-small">{light === 'done' ? t('ledger.board.ofAll', { total: totals.total }) : t('ledger.board.ofOpen', { open })}</span>
          </Link>
        ))}
      </div>
      <div className="ys-ledger-board-facts">
        <Link to={tasksPath({ escalated: 'true', sourceId })} data-testid="ledger-board-escalated">
          {t('ledger.board.escalated', { count: totals.escalated })}
        </Link>
        <Link to={`/office/ledger/review`} data-testid="ledger-board-reviewing">
          {t('ledger.board.reviewing', { count: totals.reviewing })}
        </Link>
        <Link to={tasksPath({ sourceId })}>{t('ledger.board.all', { count: totals.total })}</Link>
      </div>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={12}>
          <Card title={t('ledger.board.byUnit')} size="small">
            <EChart option={unitOption} label={t('ledger.board.byUnit')} height={barsHeight(units.length, twoLineNames(units) ? 40 : 30)} empty={units.length === 0 && t('ledger.board.noData')} data-testid="ledger-chart-units" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('ledger.board.bySource')} size="small">
            <EChart option={sourceOption} label={t('ledger.board.bySource')} height={barsHeight(sources.length, twoLineNames(sources) ? 40 : 30)} empty={sources.length === 0 && t('ledger.board.noData')} data-testid="ledger-chart-sources" />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('ledger.board.halfTime.title')} size="small" styles={{ body: { padding: 0 } }} extra={<span className="ys-muted ys-ledger-small">{t('ledger.board.halfTime.rule')}</span>}>
            <HalfTimeTable halfTime={view.halfTime} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('ledger.board.closedByMonth')} size="small">
            <EChart option={monthOption} label={t('ledger.board.closedByMonth')} height={260} empty={view.closedByMonth.every((m) => m.closed === 0) && t('ledger.board.noneClosed')} data-testid="ledger-chart-months" />
          </Card>
        </Col>
      </Row>
    </>
  );
}
