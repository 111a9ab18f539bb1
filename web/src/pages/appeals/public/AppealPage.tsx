// /my/appeals/:id — the requester's ticket: its number and state, the six steps, the answer once given, 补充说明
// (at any time, also after closing) and 隐藏姓名, the public timeline, what was filed (with the photos).
import { CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Result, Row, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { getAppeal, type TicketView } from '../../../api/appeals-public.ts';
import { isApiError } from '../../../api/client.ts';
import { listRegions } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { TicketRateEntry } from '../../evaluations/applicant/RateEntry.tsx';
import { FollowUpCard, HideNameCard } from './AppealActions.tsx';
import { AnswerCard, FactsCard, ProgressCard, TimelineCard } from './AppealParts.tsx';
import { langOf, myAppealsPath, textOf } from './paths.ts';
import { progressOf, stateColor } from './progress.ts';
import './appeals-public.css';

export function AppealPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const remote = useRemote(useCallback((signal: AbortSignal) => getAppeal(id, signal), [id]));
  // A follow-up's or hide-name's reply is the newest view; it stands until the next load.
  const [latest, setLatest] = useState<TicketView | null>(null);
  const loaded = remote.data?.id === id ? remote.data : undefined;
  const ticket = latest && latest.id === id && (!loaded || latest.version >= loaded.version) ? latest : loaded;

  if (remote.error && !remote.loading && !ticket) {
    if (isApiError(remote.error) && (remote.error.status === 404 || remote.error.status === 400)) {
      return (
        <div data-testid="appeal-not-found">
          <Result status="404" title={t('appealsPublic.detail.notFound')} extra={<Link to={myAppealsPath}>{t('appealsPublic.detail.back')}</Link>} />
        </div>
      );
    }
    return <LoadError error={remote.error} onRetry={remote.reload} />;
  }
  if (!ticket) {
    return (
      <Card data-testid="appeal-loading">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  return <Ticket ticket={ticket} onChange={setLatest} onReload={remote.reload} />;
}

function Ticket({ ticket, onChange, onReload }: { ticket: TicketView; onChange: (next: TicketView) => void; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const [params] = useSearchParams();
  const regions = useRemote(useCallback((signal: AbortSignal) => listRegions(signal), []));
  const area = regions.data?.regions.find((r) => r.code === ticket.areaCode);
  const areaName = area ? (lang === 'en' && area.nameEn ? area.nameEn : area.name) : ticket.areaCode;
  const progress = progressOf(ticket.state);
  const can = (key: string) => ticket.actions.some((a) => a.key === key);

  return (
    <div className="ys-appeal-page" data-testid="appeal-page">
      <Link to={myAppealsPath} className="ys-back-link">
        ← {t('appealsPublic.detail.back')}
      </Link>
      <header className="ys-appeal-head">
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} className="ys-appeal-title" data-testid="appeal-title">
            {ticket.title}
          </Typography.Title>
          <div className="ys-appeal-meta">
            <Tag color={stateColor(ticket.state)} bordered={false} data-testid="appeal-state">
              {textOf(ticket.stateLabel, lang)}
            </Tag>
            <span className="ys-muted">{t('appealsPublic.detail.number')}</span>
            <Typography.Text copyable className="ys-code" data-testid="appeal-number">
              {ticket.number}
            </Typography.Text>
          </div>
        </div>
        <Button icon={<ReloadOutlined />} onClick={onReload} aria-label={t('appealsPublic.detail.refresh')} data-testid="appeal-refresh" />
      </header>
      {params.get('filed') === '1' && (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          className="ys-appeal-alert"
          message={t('appealsPublic.detail.filed', { number: ticket.number })}
          description={t('appealsPublic.detail.filedHint')}
          data-testid="appeal-filed"
        />
      )}
      {progress.ended === 'merged' && (
        <Alert
          type="info"
          showIcon
          className="ys-appeal-alert"
          message={t('appealsPublic.detail.merged', { number: ticket.mergedInto?.number ?? '—' })}
          // No link: the other ticket is usually someone else's, which the requester may not open.
          description={t('appealsPublic.detail.mergedHint')}
          data-testid="appeal-merged"
        />
      )}
      {progress.ended === 'invalid' && <Alert type="warning" showIcon className="ys-appeal-alert" message={t('appealsPublic.detail.invalid')} />}
      <ProgressCard ticket={ticket} />
      <Row gutter={[16, 0]}>
        <Col xs={24} lg={15}>
          <AnswerCard ticket={ticket} />
          {/* 好差评: a closed ticket (solved or not) may be rated by its requester, like a finished application. */}
          {ticket.state === 'closed' && <TicketRateEntry ticketId={ticket.id} />}
          {can('followUp') && <FollowUpCard ticket={ticket} onDone={onChange} />}
          <TimelineCard ticket={ticket} />
        </Col>
        <Col xs={24} lg={9}>
          <FactsCard ticket={ticket} areaName={areaName} />
          <HideNameCard ticket={ticket} canHide={can('hideName')} onDone={onChange} />
        </Col>
      </Row>
    </div>
  );
}
