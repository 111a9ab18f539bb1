// /my/evaluations/:applicationId/rate — 一事一评, and …/supplement — 追评 (once, no anonymous switch); a closed
// hotline ticket's at /my/evaluations/appeal/:ticketId/rate and …/supplement, the same page in its own words.
// The case comes from 我的评价 (GET /me/evaluations): the page says plainly when it cannot be rated
// (not found, rated already, window closed), otherwise five big level buttons, optional dimensions,
// a comment, and a thank-you that tells a 差评's rater the department will verify and call back.
import { Alert, Button, Card, Result, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import {
  getMyEvaluations,
  rateApplication,
  rateTicket,
  supplementRating,
  type MyEvaluation,
  type RatingView,
} from '../../../api/evaluations.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { messageOf, rateFailureOf } from '../rating/failure.ts';
import {
  draftProblem,
  emptyDraft,
  langOf,
  levelLabel,
  ratingBody,
  type RatingDraft,
} from '../rating/levels.ts';
import { AnonymousSwitch, CommentField, DimensionRates, LevelButtons } from '../rating/RatingForm.tsx';
import {
  casePathOf,
  dayOf,
  findEvaluation,
  myEvaluationsPath,
  ratePathOf,
  rateViewOf,
  subjectText,
  supplementPathOf,
  type EvaluationSubject,
  type RateMode,
} from './model.ts';
import './evaluations-applicant.css';

export function RateApplicationPage() {
  return <RatePage mode="rate" />;
}

export function SupplementPage() {
  return <RatePage mode="supplement" />;
}

/** A closed hotline ticket's rating page. */
export function RateTicketPage() {
  return <RatePage mode="rate" />;
}

export function SupplementTicketPage() {
  return <RatePage mode="supplement" />;
}

/** The case the address names: a ticket under …/appeal/:ticketId/…, otherwise an application. */
function useSubject(): EvaluationSubject {
  const { applicationId, ticketId } = useParams();
  return ticketId !== undefined
    ? { subjectType: 'appeal', subjectId: ticketId }
    : { subjectType: 'application', subjectId: applicationId ?? '' };
}

function RatePage({ mode }: { mode: RateMode }) {
  const { t } = useTranslation();
  const subject = useSubject();
  const words = subjectText(subject.subjectType);
  const list = useRemote(useCallback((signal: AbortSignal) => getMyEvaluations(signal), []));
  // The reply of a successful submission: the thank-you stands until the user leaves.
  const [done, setDone] = useState<RatingView | null>(null);
  const item = findEvaluation(list.data?.items, subject);

  const back = (
    <Link to={myEvaluationsPath} className="ys-back-link">
      ← {t('rate.page.back')}
    </Link>
  );
  if (done) return <Thanks rating={done} subject={subject} />;
  if (list.error && !list.data) {
    return (
      <div className="ys-eval-rate">
        {back}
        <LoadError error={list.error} onRetry={list.reload} />
      </div>
    );
  }
  if (!list.data) {
    return (
      <Card className="ys-eval-rate" data-testid="rate-loading">
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }

  const view = rateViewOf(item, mode);
  const toMine = (
    <Link key="mine" to={myEvaluationsPath}>
      <Button>{t('rate.page.toMine')}</Button>
    </Link>
  );
  switch (view.kind) {
    case 'notFound':
      return (
        <div className="ys-eval-result" data-testid="rate-not-found">
          <Result status="404" title={t(words.notFound)} subTitle={t(words.notFoundHint)} extra={toMine} />
        </div>
      );
    case 'alreadyRated':
      return (
        <div className="ys-eval-result" data-testid="rate-already">
          <Result
            status="info"
            title={t(words.already)}
            subTitle={t(words.alreadyHint)}
            extra={[
              view.maySupplement && (
                <Link key="supplement" to={supplementPathOf(subject)}>
                  <Button type="primary">{t('rate.page.toSupplement')}</Button>
                </Link>
              ),
              toMine,
            ]}
          />
        </div>
      );
    case 'alreadySupplemented':
      return (
        <div className="ys-eval-result" data-testid="rate-already">
          <Result
            status="info"
            title={t('rate.page.alreadySupplemented')}
            subTitle={t('rate.page.alreadySupplementedHint')}
            extra={toMine}
          />
        </div>
      );
    case 'notRated':
      return (
        <Result
          className="ys-eval-result"
          status="info"
          title={t(words.notRated)}
          subTitle={t('rate.page.notRatedHint')}
          extra={[
            view.mayRate && (
              <Link key="rate" to={ratePathOf(subject)}>
                <Button type="primary">{t('rate.page.toRate')}</Button>
              </Link>
            ),
            toMine,
          ]}
        />
      );
    case 'expired':
      return (
        <div className="ys-eval-result" data-testid="rate-expired">
          <Result
            status="warning"
            title={t('rate.page.expired')}
            subTitle={t('rate.page.expiredHint', { time: formatDateTime(view.until) })}
            extra={toMine}
          />
        </div>
      );
    default:
      return (
        <div className="ys-eval-rate" data-testid="rate-page">
          {back}
          <RateForm item={item!} mode={mode} onDone={setDone} />
        </div>
      );
  }
}

function RateForm({
  item,
  mode,
  onDone,
}: {
  item: MyEvaluation;
  mode: RateMode;
  onDone: (rating: RatingView) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = useDepartmentLabel();
  const lang = langOf(i18n.language);
  const [draft, setDraft] = useState<RatingDraft>(emptyDraft);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const problem = draftProblem(draft);
  const supplement = mode === 'supplement';
  const bad = draft.level !== null && draft.level <= 2;
  const words = subjectText(item.subjectType);

  async function submit() {
    setTried(true);
    if (problem) return;
    setBusy(true);
    setFailure(null);
    try {
      const reply = supplement
        ? await supplementRating(item.rating!.id, ratingBody(draft, { withAnonymous: false }))
        : item.subjectType === 'appeal'
          ? await rateTicket({ ...ratingBody(draft, { withAnonymous: true }), ticketId: item.subjectId })
          : await rateApplication({
              ...ratingBody(draft, { withAnonymous: true }),
              applicationId: item.subjectId,
            });
      onDone(reply);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const failureKind = failure ? rateFailureOf(failure) : null;
  return (
    <>
      <header className="ys-eval-case">
        <Typography.Title level={1} className="ys-eval-case-title">
          {supplement ? t('rate.page.supplementTitle') : t(words.title)}
        </Typography.Title>
        <Card size="small">
          <div className="ys-eval-card-title" data-testid="rate-case-title">
            {item.title}
          </div>
          <dl className="ys-eval-facts" style={{ marginTop: 6 }}>
            <dt>{t(words.number)}</dt>
            <dd className="ys-code">{item.number ?? t('rate.mine.noNumber')}</dd>
            <dt>{t(words.department)}</dt>
            <dd>{label(item.departmentName)}</dd>
            <dt>{t('rate.mine.endedAt')}</dt>
            <dd>{dayOf(item.endedAt)}</dd>
            <dt>{t('rate.mine.rateUntil')}</dt>
            <dd>{formatDateTime(item.rateUntil)}</dd>
          </dl>
        </Card>
      </header>

      {supplement && item.rating && (
        <Alert
          type="info"
          showIcon
          className="ys-eval-first"
          message={t('rate.page.firstRating', {
            level: levelLabel(item.rating.level, lang),
            time: formatDateTime(item.rating.ratedAt),
          })}
          description={t('rate.page.supplementIntro')}
        />
      )}

      <Card className="ys-eval-section">
        <h2 id="ys-rate-level-title" className="ys-rate-section-title">
          {t(words.levelTitle)} <span className="ys-muted">{t('rate.form.levelHint')}</span>
        </h2>
        <LevelButtons
          value={draft.level}
          onChange={(level) => setDraft({ ...draft, level })}
          disabled={busy}
          labelledBy="ys-rate-level-title"
        />
        {tried && problem === 'noLevel' && (
          <div className="ys-rate-error" style={{ marginTop: 8 }}>
            {t('rate.form.noLevel')}
          </div>
        )}
        {bad && (
          <Alert
            type="warning"
            showIcon
            className="ys-rate-bad-hint"
            message={t('rate.form.badHint', { level: levelLabel(draft.level!, lang) })}
          />
        )}
      </Card>

      <Card className="ys-eval-section" title={t('rate.form.dimensionsTitle')} size="small">
        <DimensionRates draft={draft} onChange={setDraft} disabled={busy} />
      </Card>

      <Card className="ys-eval-section">
        <CommentField
          value={draft.comment}
          onChange={(comment) => setDraft({ ...draft, comment })}
          placeholder={bad ? t('rate.form.badPlaceholder') : undefined}
          disabled={busy}
          error={tried && problem === 'commentTooLong' ? t('rate.form.commentTooLong') : null}
        />
        {!supplement && (
          <div style={{ marginTop: 16 }}>
            <AnonymousSwitch
              value={draft.anonymous}
              onChange={(anonymous) => setDraft({ ...draft, anonymous })}
              disabled={busy}
            />
          </div>
        )}
      </Card>

      {failureKind && (
        <Alert
          type={failureKind === 'other' ? 'error' : 'warning'}
          showIcon
          className="ys-eval-section"
          message={
            failureKind === 'expired'
              ? t('rate.page.expired')
              : failureKind === 'already'
                ? supplement
                  ? t('rate.page.alreadySupplemented')
                  : t(words.already)
                : failureKind === 'notFound'
                  ? t(words.notFound)
                  : t('rate.page.failed')
          }
          description={<span className="ys-break">{messageOf(failure)}</span>}
          data-testid="rate-failure"
        />
      )}

      <Button
        type="primary"
        size="large"
        block
        className="ys-rate-submit"
        loading={busy}
        onClick={() => void submit()}
        data-testid="rate-submit"
      >
        {t('rate.form.submit')}
      </Button>
    </>
  );
}

function Thanks({ rating, subject }: { rating: RatingView; subject: EvaluationSubject }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const department = label(rating.departmentName, rating.departmentId);
  const subTitle = !rating.bad
    ? t('rate.page.thanksText')
    : rating.realName
      ? t('rate.page.thanksBad', { department })
      : t('rate.page.thanksBadAnonymous', { department });
  return (
    <div className="ys-eval-rate ys-eval-result" data-testid="rate-thanks" data-bad={rating.bad}>
      <Result
        status="success"
        title={t('rate.page.thanksTitle')}
        subTitle={<span className="ys-break">{subTitle}</span>}
        extra={
          <div className="ys-eval-thanks-extra">
            <Link to={myEvaluationsPath}>
              <Button type="primary" size="large">
                {t('rate.page.toMine')}
              </Button>
            </Link>
            <Link to={casePathOf(subject)}>
              <Button size="large">{t(subjectText(subject.subjectType).toCase)}</Button>
            </Link>
          </div>
        }
      />
    </div>
  );
}
