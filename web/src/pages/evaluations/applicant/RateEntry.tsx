// The 评价 invitation on a finished case's tracking page (/my/applications/:id; for a closed hotline ticket,
// TicketRateEntry on its page in 我的诉求): rate it while the window is open, or see the rating given and add
// a 追评. Shows nothing when 我的评价 does not list the case (not rateable) or cannot be read: the tracking
// page must not suffer for it.
import { Alert, Button, Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getMyEvaluations } from '../../../api/evaluations.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { langOf, levelColor, levelLabel } from '../rating/levels.ts';
import {
  dayOf,
  effectiveLevel,
  findEvaluation,
  myEvaluationsPath,
  ratePathOf,
  subjectText,
  supplementPathOf,
  type EvaluationSubject,
} from './model.ts';
import './evaluations-applicant.css';

export function RateEntry({ applicationId }: { applicationId: string }) {
  return <CaseRateEntry subject={{ subjectType: 'application', subjectId: applicationId }} />;
}

/** The same invitation for a closed hotline ticket (for the requester's ticket page). */
export function TicketRateEntry({ ticketId }: { ticketId: string }) {
  return <CaseRateEntry subject={{ subjectType: 'appeal', subjectId: ticketId }} />;
}

function CaseRateEntry({ subject }: { subject: EvaluationSubject }) {
  const { t, i18n } = useTranslation();
  const list = useRemote(useCallback((signal: AbortSignal) => getMyEvaluations(signal), []));
  const item = findEvaluation(list.data?.items, subject);
  if (!item) return null;
  const rating = item.rating;
  if (!rating && !item.mayRate) return null;

  return (
    <Alert
      type={rating ? 'success' : 'info'}
      showIcon
      className="ys-eval-entry"
      data-testid="rate-entry"
      message={
        <div className="ys-eval-entry-body">
          <span className="ys-eval-entry-text">
            {rating ? (
              <>
                {t('rate.entry.rated')}
                <Tag color={levelColor(effectiveLevel(rating))}>
                  {levelLabel(effectiveLevel(rating), langOf(i18n.language))}
                </Tag>
              </>
            ) : (
              <>
                <span>{t(subjectText(subject.subjectType).invite)}</span>
                <span className="ys-muted">{t('rate.entry.until', { date: dayOf(item.rateUntil) })}</span>
              </>
            )}
          </span>
          <span className="ys-eval-entry-actions">
            {!rating && (
              <Link to={ratePathOf(subject)}>
                <Button type="primary" size="small" data-testid="rate-entry-rate">
                  {t('rate.entry.rate')}
                </Button>
              </Link>
            )}
            {rating && item.maySupplement && rating.supplementLevel === null && (
              <Link to={supplementPathOf(subject)}>
                <Button size="small" data-testid="rate-entry-supplement">
                  {t('rate.entry.supplement')}
                </Button>
              </Link>
            )}
            {rating && (
              <Link to={`${myEvaluationsPath}?tab=rated`}>
                <Button size="small" type="link">
                  {t('rate.entry.view')}
                </Button>
              </Link>
            )}
          </span>
        </div>
      }
    />
  );
}
