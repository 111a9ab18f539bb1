// /rate/window/:token — 一次一评 on the window tablet or the visitor's phone (no sign-in, no shell): the
// hall, clerk and service, the five big level buttons and an optional comment (always anonymous);
// then a full-screen thank-you that clears itself for the next visitor. A used, expired or unknown link
// says so and sends the visitor back to the clerk.
import {
  CheckCircleFilled,
  ClockCircleOutlined,
  DisconnectOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Result, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  getPublicWindowSession,
  rateWindowSession,
  type WindowSessionView,
} from '../../../api/evaluations.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx';
import { messageOf } from '../rating/failure.ts';
import { draftProblem, emptyDraft, ratingBody, type RatingDraft } from '../rating/levels.ts';
import { CommentField, LevelButtons } from '../rating/RatingForm.tsx';
import { checkCode, secondsLeft, tabletFailureOf, THANKS_MS } from './session.ts';
import './window.css';

type Stage =
  { kind: 'form' } | { kind: 'thanks'; bad: boolean; at: number } | { kind: 'finished' } | { kind: 'gone' };

export function WindowTabletPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const remote = useRemote(
    useCallback((signal: AbortSignal) => getPublicWindowSession(token, signal), [token]),
  );
  const [stage, setStage] = useState<Stage>({ kind: 'form' });

  let body;
  if (stage.kind === 'gone' || (remote.error && tabletFailureOf(remote.error) === 'gone')) {
    body = <Gone />;
  } else if (stage.kind === 'thanks') {
    body = <Thanks bad={stage.bad} at={stage.at} onEnd={() => setStage({ kind: 'finished' })} />;
  } else if (stage.kind === 'finished' || remote.data?.rated) {
    body = (
      <div data-testid="tablet-done">
        <Result
          icon={<CheckCircleFilled style={{ color: '#52c41a' }} />}
          title={t('rate.tablet.done')}
          subTitle={t('rate.tablet.doneHint')}
        />
      </div>
    );
  } else if (remote.error) {
    body = (
      <Result
        status="error"
        title={t('rate.tablet.loadFailed')}
        subTitle={<span className="ys-break">{messageOf(remote.error)}</span>}
        extra={
          <Button size="large" icon={<ReloadOutlined />} onClick={remote.reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!remote.data) {
    body = (
      <div className="ys-tablet-loading">
        <Spin size="large" />
      </div>
    );
  } else {
    body = (
      <TabletForm
        session={remote.data}
        token={token}
        onRated={(bad) => setStage({ kind: 'thanks', bad, at: Date.now() })}
        onGone={() => setStage({ kind: 'gone' })}
      />
    );
  }

  return (
    <div className="ys-tablet" data-testid="window-tablet-page">
      <header className="ys-tablet-bar">
        <span className="ys-tablet-brand">
          <span className="ys-tablet-mark" aria-hidden>
            {t('app.logoMark')}
          </span>
          {t('app.name')}
        </span>
        <LanguageSwitch />
      </header>
      <main className="ys-tablet-main">{body}</main>
    </div>
  );
}

function TabletForm({
  session,
  token,
  onRated,
  onGone,
}: {
  session: WindowSessionView;
  token: string;
  onRated: (bad: boolean) => void;
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RatingDraft>(emptyDraft);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problem = draftProblem(draft);

  async function submit() {
    setTried(true);
    if (problem) return;
    setBusy(true);
    setFailure(null);
    try {
      const reply = await rateWindowSession(token, ratingBody(draft, { withAnonymous: false }));
      onRated(reply.bad);
    } catch (error) {
      if (tabletFailureOf(error) === 'gone') onGone();
      else setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ys-tablet-form" data-testid="tablet-form">
      <h1 id="ys-tablet-title" className="ys-tablet-title">
        {t('rate.tablet.title')}
      </h1>
      <dl className="ys-tablet-facts">
        <div>
          <dt>{t('rate.tablet.hall')}</dt>
          <dd>{session.hallName}</dd>
        </div>
        <div>
          <dt>{t('rate.tablet.clerk')}</dt>
          <dd data-testid="tablet-clerk">{session.clerkName}</dd>
        </div>
        <div>
          <dt>{t('rate.tablet.service')}</dt>
          <dd>{session.service}</dd>
        </div>
        {session.applicationTitle && (
          <div>
            <dt>{t('rate.tablet.application')}</dt>
            <dd>{session.applicationTitle}</dd>
          </div>
        )}
        <div>
          <dt>{t('rate.tablet.code')}</dt>
          <dd className="ys-code" data-testid="tablet-code">
            {checkCode(session.token || token)}
          </dd>
        </div>
      </dl>
      <LevelButtons
        value={draft.level}
        onChange={(level) => setDraft({ ...draft, level })}
        disabled={busy}
        large
        labelledBy="ys-tablet-title"
      />
      {tried && problem === 'noLevel' && (
        <div className="ys-rate-error ys-tablet-error">{t('rate.form.noLevel')}</div>
      )}
      <Card className="ys-tablet-card">
        <CommentField
          value={draft.comment}
          onChange={(comment) => setDraft({ ...draft, comment })}
          placeholder={draft.level !== null && draft.level <= 2 ? t('rate.form.badPlaceholder') : undefined}
          disabled={busy}
          error={tried && problem === 'commentTooLong' ? t('rate.form.commentTooLong') : null}
        />
        {/* Nobody signs in at the window: the server keeps no identity, so there is no switch to offer. */}
        <p className="ys-muted ys-tablet-note">{t('rate.tablet.anonymousNote')}</p>
      </Card>
      {failure && (
        <Alert
          type="error"
          showIcon
          message={<span className="ys-break">{failure}</span>}
          className="ys-tablet-card"
        />
      )}
      <Button
        type="primary"
        size="large"
        block
        className="ys-rate-submit"
        loading={busy}
        onClick={() => void submit()}
        data-testid="tablet-submit"
      >
        {t('rate.form.submit')}
      </Button>
    </div>
  );
}

/** Full screen, counting down, then cleared: the next visitor never sees this one's rating. */
function Thanks({ bad, at, onEnd }: { bad: boolean; at: number; onEnd: () => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(at);
  const left = secondsLeft(at, THANKS_MS, now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left > 0) return;
    const timer = setTimeout(onEnd, 0);
    return () => clearTimeout(timer);
  }, [left, onEnd]);

  return (
    <div className="ys-tablet-thanks" data-testid="tablet-thanks" data-bad={bad}>
      <CheckCircleFilled className="ys-tablet-thanks-icon" />
      <h1 className="ys-tablet-thanks-title">{t('rate.tablet.thanks')}</h1>
      <p className="ys-tablet-thanks-text">
        {bad ? t('rate.tablet.thanksBad') : t('rate.tablet.thanksText')}
      </p>
      <p className="ys-muted">
        <ClockCircleOutlined /> {t('rate.tablet.returning', { seconds: left })}
      </p>
    </div>
  );
}

function Gone() {
  const { t } = useTranslation();
  return (
    <div data-testid="tablet-gone">
      <Result
        icon={<DisconnectOutlined style={{ color: '#d48806' }} />}
        title={<span className="ys-break">{t('rate.tablet.gone')}</span>}
        subTitle={t('rate.tablet.goneHint')}
      />
    </div>
  );
}
