// One rating as staff and the office see it: the levels, dimensions and words (and the 追评), who rated
// it only when the server shows it (otherwise protected), what it is about, the 差评 loop with exactly
// the actions the server allows this user, and the appeals. Served at /work/evaluations/:id and, for
// readers without the queue, at /office/evaluations/ratings/:id.
import { ArrowLeftOutlined, ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getRating, type RatingView } from '../../../api/evaluations.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { AppealDialog } from './AppealDialog.tsx';
import { AppealsPanel } from './AppealsPanel.tsx';
import { LevelTag, RatingChannelTag } from './EvalTags.tsx';
import { dimensionLabel, ratingStatusLabel, subjectPath, subjectTitleOf } from './labels.ts';
import { LoopActionDialog } from './LoopActionDialog.tsx';
import { LoopPanel } from './LoopPanel.tsx';
import type { LoopAction } from './loopActions.ts';
import '../../applications/staff/work.css';
import './evaluations.css';

type ScoreSet = RatingView['first'];

export function RatingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { pathname } = useLocation();
  const office = pathname.startsWith('/office/');
  const label = useDepartmentLabel();
  const remote = useRemote(useCallback((signal: AbortSignal) => getRating(id, signal), [id]));
  const [fresh, setFresh] = useState<RatingView | null>(null);
  const [acting, setActing] = useState<LoopAction | null>(null);
  const [appealing, setAppealing] = useState(false);
  const r = fresh && fresh.id === id ? fresh : remote.data;

  const reload = () => {
    setFresh(null);
    remote.reload();
  };

  const back = office ? (
    <Link to="/office/evaluations/ratings" className="ys-back-link" style={{ marginBottom: 0 }}>
      <ArrowLeftOutlined /> {t('evalWork.rating.backList')}
    </Link>
  ) : (
    <Link to="/work/evaluations" className="ys-back-link" style={{ marginBottom: 0 }}>
      <ArrowLeftOutlined /> {t('evalWork.rating.back')}
    </Link>
  );

  if (remote.error && !remote.loading && !r) return <LoadError error={remote.error} onRetry={reload} />;
  if (!r) return <Skeleton active paragraph={{ rows: 8 }} />;

  const removed = r.status === 'removed';
  return (
    <div data-testid="rating-page">
      <Flex justify="space-between" align="center" gap="small" wrap style={{ marginBottom: 12 }}>
        {back}
        <Button
          icon={<ReloadOutlined />}
          onClick={reload}
          loading={remote.loading}
          aria-label={t('common.refresh')}
        />
      </Flex>
      {removed && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('evalWork.rating.removed')}
          description={
            r.removedReason ? (
              <span className="ys-break">
                {t('evalWork.rating.removedReason', { reason: r.removedReason })}
              </span>
            ) : undefined
          }
          data-testid="rating-removed"
        />
      )}
      <Card className="ys-work-case-head" data-testid="rating-head">
        <div className="ys-work-case-title">
          <Typography.Title
            level={1}
            style={{ fontSize: 20, margin: 0 }}
            className="ys-break"
            data-testid="rating-subject"
          >
            {subjectTitleOf(r, label)}
          </Typography.Title>
          <span className="ys-tags">
            <LevelTag level={r.level} />
            <RatingChannelTag channel={r.channel} />
            {r.bad && <Tag color="red">{t('evalWork.rating.badTag')}</Tag>}
            <Tag>{t(r.realName ? 'evalWork.rating.realName' : 'evalWork.rating.anonymous')}</Tag>
            {removed && <Tag>{ratingStatusLabel(r.status)}</Tag>}
          </span>
        </div>
        <dl className="ys-work-facts ys-work-facts-wide">
          <dt>{t('evalWork.fields.subject')}</dt>
          <dd data-testid="rating-subject-link">
            {r.subjectType === 'application' ? (
              <Link to={subjectPath(r.subjectId)} className="ys-code">
                {r.subjectNumber ?? t('evalWork.rating.subjectApplication')}
              </Link>
            ) : (
              <span className="ys-code">{r.subjectNumber ?? '—'}</span>
            )}
          </dd>
          <dt>{t('evalWork.fields.department')}</dt>
          <dd>{label(r.departmentName, r.departmentId)}</dd>
          <dt>{t('evalWork.fields.item')}</dt>
          <dd className="ys-code">{r.itemCode ?? '—'}</dd>
          <dt>{t('evalWork.fields.hall')}</dt>
          <dd>{r.hallName ? label(r.hallName, r.hallId) : '—'}</dd>
          <dt>{t('evalWork.fields.ratedAt')}</dt>
          <dd>{formatDateTime(r.first.ratedAt)}</dd>
          <dt>{t('evalWork.fields.rater')}</dt>
          <dd data-testid="rating-rater">
            {r.rater ? (
              <>
                {r.rater.name}
                {r.rater.phoneMasked && <span className="ys-muted ys-code"> {r.rater.phoneMasked}</span>}
              </>
            ) : (
              <span className="ys-muted" title={t('evalWork.rating.protectedHint')}>
                <SafetyCertificateOutlined /> {t('evalWork.rating.protected')}
              </span>
            )}
          </dd>
        </dl>
        {!r.rater && (
          <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
            {t('evalWork.rating.protectedHint')}
          </Typography.Paragraph>
        )}
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={t('evalWork.rating.scores')} data-testid="rating-scores">
            <Scores title={t('evalWork.rating.first')} score={r.first} testId="rating-first" />
            {r.supplement && (
              <>
                <Scores
                  title={t('evalWork.rating.supplement')}
                  score={r.supplement}
                  testId="rating-supplement"
                />
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {t('evalWork.rating.effective')}
                </Typography.Paragraph>
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {r.loop ? (
            <LoopPanel loop={r.loop} onAction={setActing} />
          ) : (
            <Card title={t('evalWork.loop.title')}>
              <Typography.Text type="secondary">{t('evalWork.loop.none')}</Typography.Text>
            </Card>
          )}
        </Col>
        <Col xs={24}>
          <AppealsPanel appeals={r.appeals} mayAppeal={r.mayAppeal} onAppeal={() => setAppealing(true)} />
        </Col>
      </Row>
      {acting && r.loop && (
        <LoopActionDialog
          rating={r}
          loop={r.loop}
          action={acting}
          onClose={() => setActing(null)}
          onDone={(next) => {
            setActing(null);
            setFresh(next);
          }}
          onStale={() => {
            setActing(null);
            reload();
          }}
        />
      )}
      {appealing && (
        <AppealDialog
          rating={r}
          onClose={() => setAppealing(false)}
          onDone={(next) => {
            setAppealing(false);
            setFresh(next);
          }}
        />
      )}
    </div>
  );
}

function Scores({ title, score, testId }: { title: string; score: ScoreSet; testId: string }) {
  const { t } = useTranslation();
  const dimensions = Object.entries(score.dimensions);
  return (
    <section className="ys-eval-scores" data-testid={testId}>
      <div className="ys-eval-scores-head">
        <strong>{title}</strong>
        <LevelTag level={score.level} />
        <span className="ys-muted">{formatDateTime(score.ratedAt)}</span>
      </div>
      {dimensions.length > 0 && (
        <dl className="ys-work-facts" aria-label={t('evalWork.fields.dimensions')}>
          {dimensions.map(([key, level]) => (
            <Dimension key={key} name={dimensionLabel(key)} level={level} />
          ))}
        </dl>
      )}
      {score.comment ? (
        <div className="ys-break ys-work-comment">{score.comment}</div>
      ) : (
        <div className="ys-muted">{t('evalWork.rating.noComment')}</div>
      )}
    </section>
  );
}

function Dimension({ name, level }: { name: string; level: number }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>
        <LevelTag level={level} />
      </dd>
    </>
  );
}
