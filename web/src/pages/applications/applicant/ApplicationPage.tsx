// /my/applications/:id — 办件进度: the number and state, what the applicant must do now (an open 补正),
// the result (电子证照 with its public check, postal status), who holds it and until when, a bundle's
// members, the materials, the answers and the timeline; withdraw and urge when the server allows them.
import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Input, Modal, Result, Row, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { actOnApplication, getApplication, type ApplicationDetail, type AvailableAction } from '../../../api/applications.ts';
import { isApiError } from '../../../api/client.ts';
import { getBundleGuide, getItemGuide } from '../../../api/catalog-public.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { mergedFormSchema } from '../../catalog/public/materials.ts';
import { RateEntry } from '../../evaluations/applicant/RateEntry.tsx';
import { CorrectionPanel } from './CorrectionPanel.tsx';
import { myApplicationsPath, resumePath } from './paths.ts';
import { isFinished, langOf, textOf } from './presentation.ts';
import { DeadlineLight, StateTag } from './StateTags.tsx';
import { applicantButtons } from './tracking.ts';
import { Answers, Facts, History, Materials, Members, Outcome } from './TrackingParts.tsx';
import './applicant.css';

export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const remote = useRemote(useCallback((signal: AbortSignal) => getApplication(id, signal), [id]));
  // An action's reply is the newest view; it stands until the next load.
  const [latest, setLatest] = useState<ApplicationDetail | null>(null);
  const loaded = remote.data?.id === id ? remote.data : undefined;
  const app = latest && latest.id === id && (!loaded || latest.version >= loaded.version) ? latest : loaded;

  if (remote.error && !remote.loading && !app) {
    if (isApiError(remote.error) && remote.error.status === 404) {
      return <Result status="404" title={t('apply.detail.notFound')} extra={<Link to={myApplicationsPath}>{t('apply.detail.back')}</Link>} />;
    }
    return <LoadError error={remote.error} onRetry={remote.reload} />;
  }
  if (!app) {
    return (
      <Card data-testid="application-loading">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (app.state === 'draft') {
    const resume = resumePath(app);
    if (resume) return <Navigate to={resume} replace />;
  }
  return <Tracking app={app} onChange={setLatest} onReload={remote.reload} />;
}

function Tracking({ app, onChange, onReload }: { app: ApplicationDetail; onChange: (next: ApplicationDetail) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const guide = useRemote(
    useCallback(
      (signal: AbortSignal): Promise<Record<string, unknown> | undefined> =>
        app.kind === 'bundle' && app.bundleCode
          ? getBundleGuide(app.bundleCode, signal).then((b) => mergedFormSchema(b.fields).schema)
          : app.itemCode
            ? getItemGuide(app.itemCode, signal).then((i) => i.form.schema)
            : Promise.resolve(undefined),
      [app.kind, app.bundleCode, app.itemCode],
    ),
  );
  const buttons = applicantButtons(app.actions);

  return (
    <div className="ys-apply-track" data-testid="application-page">
      <Link to={myApplicationsPath} className="ys-back-link">
        ← {t('apply.detail.back')}
      </Link>
      <header className="ys-apply-track-head">
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} className="ys-apply-title" data-testid="application-title">
            {app.title}
          </Typography.Title>
          <div className="ys-apply-track-meta">
            <StateTag state={app.state} />
            <DeadlineLight deadline={app.deadline} state={app.state} />
            <span className="ys-muted">{t('apply.detail.number')}</span>
            <Typography.Text copyable={Boolean(app.number)} className="ys-code" data-testid="application-number">
              {app.number ?? t('apply.detail.noNumber')}
            </Typography.Text>
          </div>
        </div>
        <div className="ys-apply-track-actions">
          {buttons.map((action) => (
            <ActionButton key={action.key} app={app} action={action} onDone={onChange} />
          ))}
          <Button icon={<ReloadOutlined />} onClick={onReload} aria-label={t('apply.detail.refresh')} data-testid="application-refresh" />
        </div>
      </header>
      <Row gutter={[16, 0]}>
        <Col xs={24} lg={15}>
          {/* 好差评: once the case has ended, invite a rating (or show the one given). */}
          {isFinished(app.state) && <RateEntry applicationId={app.id} />}
          <CorrectionPanel app={app} onDone={onChange} />
          <Outcome app={app} />
          <Facts app={app} />
          <Members app={app} />
          <History app={app} />
        </Col>
        <Col xs={24} lg={9}>
          <Materials app={app} />
          <Answers app={app} schema={guide.data} />
        </Col>
      </Row>
    </div>
  );
}

/** 撤回 (confirmed) and 催办, with a note when the workflow wants one. */
function ActionButton({ app, action, onDone }: { app: ApplicationDetail; action: AvailableAction; onDone: (next: ApplicationDetail) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const withdraw = action.key === 'withdraw';
  const label = withdraw ? t('apply.detail.actions.withdraw') : action.key === 'urge' ? t('apply.detail.actions.urge') : textOf(action.label, langOf(i18n.language));

  async function run() {
    if (action.commentRequired && !comment.trim()) {
      setFailure(t('apply.detail.actions.commentRequired'));
      return;
    }
    setBusy(true);
    try {
      const next = await actOnApplication(app.id, { action: action.key, version: app.version, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      void message.success(withdraw ? t('apply.detail.actions.withdrawn') : action.key === 'urge' ? t('apply.detail.actions.urged') : t('apply.detail.actions.done'));
      setOpen(false);
      setComment('');
      onDone(next);
    } catch (error) {
      setFailure(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button danger={withdraw} onClick={() => setOpen(true)} data-testid={`action-${action.key}`}>
        {label}
      </Button>
      <Modal
        open={open}
        title={label}
        okText={label}
        okButtonProps={{ danger: withdraw, loading: busy, ...({ 'data-testid': 'action-confirm' } as Record<string, string>) }}
        onOk={() => void run()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {withdraw && <Typography.Paragraph>{t('apply.detail.actions.withdrawConfirm')}</Typography.Paragraph>}
        <label className="ys-apply-field">
          <span>{t('apply.detail.actions.comment')}</span>
          <Input.TextArea value={comment} onChange={(event) => setComment(event.target.value)} autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} data-testid="action-comment" />
        </label>
        {failure && <div className="ys-apply-error">{failure}</div>}
      </Modal>
    </>
  );
}
