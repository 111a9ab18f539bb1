// /my/evaluations — 我的评价: the applicant's finished cases — applications and closed hotline tickets (诉求,
// tagged) — in two tabs, 待评价 (soonest deadline first, closed ones below) and 已评价 (the level given, the
// 追评, and how a 差评 is being handled). Cards on every screen: a phone reads them top to bottom, a desktop
// two abreast.
import { ClockCircleOutlined, LikeOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getMyEvaluations, type MyEvaluation } from '../../../api/evaluations.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { langOf, levelColor, levelLabel, loopStateLabel } from '../rating/levels.ts';
import {
  casePathOf,
  dayOf,
  deadlineOf,
  evaluationKey,
  groupEvaluations,
  loopInProgress,
  ratePathOf,
  readTab,
  subjectText,
  supplementPathOf,
  type EvaluationTab,
} from './model.ts';
import './evaluations-applicant.css';

export function MyEvaluationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = readTab(params.get('tab'));
  const list = useRemote(useCallback((signal: AbortSignal) => getMyEvaluations(signal), []));
  const groups = useMemo(() => groupEvaluations(list.data?.items ?? []), [list.data]);
  // "Now" for the days-left counts: read once per load, not on every render.
  const [now] = useState(() => new Date());

  const setTab = (next: string) => setParams(next === 'rated' ? { tab: 'rated' } : {}, { replace: true });

  const body = (which: EvaluationTab) => {
    if (!list.data) return <Skeleton active paragraph={{ rows: 4 }} />;
    if (which === 'rated') {
      return groups.rated.length === 0 ? (
        <Empty description={t('rate.mine.emptyRated')} data-testid="evaluations-empty" />
      ) : (
        <div className="ys-eval-cards">
          {groups.rated.map((item) => (
            <EvaluationCard key={evaluationKey(item)} item={item} now={now} />
          ))}
        </div>
      );
    }
    return (
      <>
        {groups.pending.length === 0 ? (
          <Empty
            image={<LikeOutlined className="ys-eval-empty-icon" aria-hidden />}
            styles={{ image: { height: 'auto' } }}
            description={
              <>
                <div>{t('rate.mine.emptyPending')}</div>
                <div className="ys-muted">{t('rate.mine.emptyPendingHint')}</div>
              </>
            }
            data-testid="evaluations-empty"
          />
        ) : (
          <div className="ys-eval-cards">
            {groups.pending.map((item) => (
              <EvaluationCard key={evaluationKey(item)} item={item} now={now} />
            ))}
          </div>
        )}
        {groups.closed.length > 0 && (
          <>
            <Typography.Title level={2} className="ys-eval-subtitle">
              {t('rate.mine.closedTitle', { count: groups.closed.length })}
            </Typography.Title>
            <div className="ys-eval-cards">
              {groups.closed.map((item) => (
                <EvaluationCard key={evaluationKey(item)} item={item} now={now} />
              ))}
            </div>
          </>
        )}
      </>
    );
  };

  return (
    <div className="ys-eval" data-testid="my-evaluations-page">
      <PageHeader
        title={t('rate.mine.title')}
        description={t('rate.mine.description')}
        extra={<Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />}
      />
      {list.error && !list.loading ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'pending',
              label: (
                <span data-testid="tab-pending">
                  {t('rate.mine.tabs.pending')}{' '}
                  <Badge count={groups.pending.length} size="small" offset={[2, -2]} />
                </span>
              ),
              children: body('pending'),
            },
            {
              key: 'rated',
              label: <span data-testid="tab-rated">{t('rate.mine.tabs.rated')}</span>,
              children: body('rated'),
            },
          ]}
        />
      )}
    </div>
  );
}

function EvaluationCard({ item, now }: { item: MyEvaluation; now: Date }) {
  const { t, i18n } = useTranslation();
  const label = useDepartmentLabel();
  const lang = langOf(i18n.language);
  const rating = item.rating;
  const deadline = deadlineOf(item.rateUntil, now);
  const open = rating ? item.maySupplement : item.mayRate;
  const words = subjectText(item.subjectType);
  const ticket = item.subjectType === 'appeal';

  return (
    <Card
      size="small"
      className="ys-eval-card"
      data-testid="evaluation-card"
      data-application={item.applicationId ?? undefined}
      data-subject-type={item.subjectType}
      data-subject={item.subjectId}
    >
      <div className="ys-eval-card-head">
        <span className="ys-eval-card-heading">
          {ticket && (
            <Tag color="purple" data-testid="evaluation-ticket-tag">
              {t('rate.ticket.tag')}
            </Tag>
          )}
          <span className="ys-eval-card-title">{item.title}</span>
        </span>
        {!rating &&
          (item.mayRate ? (
            <Tag color={deadline.state === 'soon' ? 'orange' : 'blue'} icon={<ClockCircleOutlined />}>
              {t('rate.mine.daysLeft', { count: deadline.daysLeft })}
            </Tag>
          ) : (
            <Tag>{t('rate.mine.closed')}</Tag>
          ))}
      </div>
      <dl className="ys-eval-facts">
        <dt>{t(words.number)}</dt>
        <dd className="ys-code">{item.number ?? t('rate.mine.noNumber')}</dd>
        <dt>{t(words.department)}</dt>
        <dd>{label(item.departmentName)}</dd>
        <dt>{t('rate.mine.endedAt')}</dt>
        <dd>{dayOf(item.endedAt)}</dd>
        {open && (
          <>
            <dt>{t(rating ? 'rate.mine.supplementUntil' : 'rate.mine.rateUntil')}</dt>
            <dd>{dayOf(item.rateUntil)}</dd>
          </>
        )}
      </dl>
      {rating && (
        <div className="ys-eval-given" data-testid="evaluation-rating">
          <div className="ys-eval-given-line">
            <span className="ys-muted">{t('rate.mine.myRating')}</span>
            <Tag color={levelColor(rating.level)} data-level={rating.level}>
              {levelLabel(rating.level, lang)}
            </Tag>
            <span className="ys-muted">
              {rating.realName ? t('rate.mine.realName') : t('rate.mine.anonymous')} · {dayOf(rating.ratedAt)}
            </span>
          </div>
          {rating.supplementLevel !== null && (
            <div className="ys-eval-given-line">
              <span className="ys-muted">{t('rate.mine.supplementRating')}</span>
              <Tag color={levelColor(rating.supplementLevel)} data-level={rating.supplementLevel}>
                {levelLabel(rating.supplementLevel, lang)}
              </Tag>
            </div>
          )}
          {rating.comment && <div className="ys-eval-comment">{rating.comment}</div>}
          {rating.loopState && (
            <Tag
              color={loopInProgress(rating) ? 'processing' : 'default'}
              className="ys-eval-loop"
              data-testid="evaluation-loop"
            >
              {t('rate.mine.loop', { state: loopStateLabel(rating.loopState, lang) })}
            </Tag>
          )}
        </div>
      )}
      <div className="ys-eval-actions">
        {!rating && item.mayRate && (
          <Link to={ratePathOf(item)} className="ys-eval-main-action">
            <Button type="primary" block data-testid="evaluation-rate">
              {t('rate.mine.rateNow')}
            </Button>
          </Link>
        )}
        {rating && item.maySupplement && rating.supplementLevel === null && (
          <Link to={supplementPathOf(item)} className="ys-eval-main-action">
            <Button block data-testid="evaluation-supplement">
              {t('rate.mine.supplement')}
            </Button>
          </Link>
        )}
        <Link to={casePathOf(item)} className="ys-eval-view">
          {t(words.view)} ›
        </Link>
      </div>
    </Card>
  );
}
