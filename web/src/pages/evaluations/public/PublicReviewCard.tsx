// 我要点评 on the public satisfaction page: an anonymous review (综合点评) of a hall or department from
// the page's own list — five big level buttons and a comment; 429 says plainly to wait a while.
import { CheckCircleFilled, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { postPublicReview } from '../../../api/evaluations.ts';
import { messageOf, rateFailureOf } from '../rating/failure.ts';
import { draftProblem, emptyDraft, ratingBody, type RatingDraft } from '../rating/levels.ts';
import { CommentField, LevelButtons } from '../rating/RatingForm.tsx';
import type { DepartmentRow } from './satisfaction.ts';

/** The card's element id: 我要点评 at the top of the page scrolls to it. */
export const PUBLIC_REVIEW_ID = 'ys-public-review';

export function PublicReviewCard({ departments }: { departments: readonly DepartmentRow[] }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const [departmentId, setDepartmentId] = useState<string | undefined>(undefined);
  const [draft, setDraft] = useState<RatingDraft>(emptyDraft);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ tooMany: boolean; message: string } | null>(null);
  const [done, setDone] = useState<{ bad: boolean } | null>(null);
  const problem = draftProblem(draft);
  // Halls first, then departments, each by name.
  const options = [...departments]
    .sort((a, b) => Number(b.hall) - Number(a.hall) || a.name.localeCompare(b.name, 'zh-CN'))
    .map((d) => ({ value: d.id, label: d.hall ? t('rate.public.hallOption', { name: label(d.name, d.id) }) : label(d.name, d.id) }));

  async function submit() {
    setTried(true);
    if (problem || !departmentId) return;
    setBusy(true);
    setFailure(null);
    try {
      await postPublicReview({ ...ratingBody(draft, { withAnonymous: false }), departmentId });
      setDone({ bad: draft.level !== null && draft.level <= 2 });
      setDraft(emptyDraft());
      setTried(false);
    } catch (error) {
      setFailure({ tooMany: rateFailureOf(error) === 'tooMany', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      className="ys-sat-review"
      title={
        <span>
          <EditOutlined /> {t('rate.public.review.title')}
        </span>
      }
      id={PUBLIC_REVIEW_ID}
      data-testid="public-review"
    >
      {done ? (
        <Result
          className="ys-sat-review-done"
          icon={<CheckCircleFilled style={{ color: '#52c41a' }} />}
          title={<span data-testid="public-review-done">{t('rate.public.review.done')}</span>}
          subTitle={done.bad ? t('rate.public.review.doneBad') : undefined}
          extra={
            <Button onClick={() => setDone(null)} data-testid="public-review-again">
              {t('rate.public.review.again')}
            </Button>
          }
        />
      ) : (
        <div className="ys-sat-review-form">
          <p className="ys-muted ys-sat-review-intro">{t('rate.public.review.intro')}</p>
          <label className="ys-rate-field">
            <span className="ys-rate-field-label">{t('rate.public.review.department')}</span>
            <Select
              showSearch
              optionFilterProp="label"
              value={departmentId}
              onChange={setDepartmentId}
              placeholder={t('rate.public.review.departmentPlaceholder')}
              options={options}
              size="large"
              status={tried && !departmentId ? 'error' : undefined}
              data-testid="public-review-department"
            />
            {tried && !departmentId && (
              <span className="ys-rate-error">{t('rate.public.review.noDepartment')}</span>
            )}
          </label>
          <div>
            <div id="ys-review-level" className="ys-rate-field-label ys-sat-review-level">
              {t('rate.form.levelTitle')}
            </div>
            <LevelButtons
              value={draft.level}
              onChange={(level) => setDraft({ ...draft, level })}
              disabled={busy}
              labelledBy="ys-review-level"
            />
            {tried && problem === 'noLevel' && (
              <div className="ys-rate-error" style={{ marginTop: 8 }}>
                {t('rate.form.noLevel')}
              </div>
            )}
          </div>
          <CommentField
            value={draft.comment}
            onChange={(comment) => setDraft({ ...draft, comment })}
            placeholder={draft.level !== null && draft.level <= 2 ? t('rate.form.badPlaceholder') : undefined}
            disabled={busy}
            error={tried && problem === 'commentTooLong' ? t('rate.form.commentTooLong') : null}
          />
          {failure && (
            <Alert
              type={failure.tooMany ? 'warning' : 'error'}
              showIcon
              message={
                failure.tooMany ? (
                  t('rate.public.review.tooMany')
                ) : (
                  <span className="ys-break">{failure.message}</span>
                )
              }
              data-testid="public-review-failure"
            />
          )}
          <Button
            type="primary"
            size="large"
            block
            className="ys-rate-submit"
            loading={busy}
            onClick={() => void submit()}
            data-testid="public-review-submit"
          >
            {t('rate.public.review.submit')}
          </Button>
        </div>
      )}
    </Card>
  );
}
