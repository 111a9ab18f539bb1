// /work/window-rating — 一次一评 for the clerk: after serving a visitor, open a rating page for the
// visit, show its address (big link, QR code and check code) or open it on the window tablet, and poll
// every 3 s until the visitor has rated; then start the next visit.
import {
  CheckCircleFilled,
  ClockCircleOutlined,
  DesktopOutlined,
  PlusOutlined,
  QrcodeOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Result, Row, Spin, Typography } from 'antd';
import QRCode from 'qrcode';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createWindowSession,
  getWindowSession,
  windowRatingUrl,
  type WindowSessionView,
} from '../../../api/evaluations.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { messageOf } from '../rating/failure.ts';
import { checkCode, pollDelay, sessionPhase, shouldPoll } from './session.ts';
import './window.css';

export function WindowRatingPage() {
  const { t } = useTranslation();
  const [session, setSession] = useState<WindowSessionView | null>(null);
  return (
    <div className="ys-window" data-testid="window-rating-page">
      <PageHeader title={t('rate.window.title')} description={t('rate.window.description')} />
      {session ? (
        <OpenSession key={session.id} initial={session} onNext={() => setSession(null)} />
      ) : (
        <StartForm onStarted={setSession} />
      )}
    </div>
  );
}

function StartForm({ onStarted }: { onStarted: (session: WindowSessionView) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function start({ service }: { service?: string }) {
    setBusy(true);
    setFailure(null);
    try {
      const text = service?.trim();
      onStarted(await createWindowSession(text ? { service: text } : {}));
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="ys-window-start">
      <Form
        layout="vertical"
        initialValues={{ service: t('rate.window.serviceDefault') }}
        onFinish={(values: { service?: string }) => void start(values)}
        data-testid="window-start-form"
      >
        <Form.Item
          name="service"
          label={t('rate.window.service')}
          extra={t('rate.window.serviceHint')}
          rules={[{ max: 60 }]}
        >
          <Input size="large" maxLength={60} autoComplete="off" data-testid="window-service" />
        </Form.Item>
        {failure && (
          <Alert
            type="error"
            showIcon
            message={<span className="ys-break">{failure}</span>}
            style={{ marginBottom: 16 }}
          />
        )}
        <Button
          type="primary"
          size="large"
          htmlType="submit"
          icon={<QrcodeOutlined />}
          loading={busy}
          block
          data-testid="window-start"
        >
          {t('rate.window.start')}
        </Button>
      </Form>
    </Card>
  );
}

/** One open visit: its address for the visitor, and its state, polled until rated or expired. */
function OpenSession({ initial, onNext }: { initial: WindowSessionView; onNext: () => void }) {
  const { t } = useTranslation();
  const [session, setSession] = useState(initial);
  const [checkedAt, setCheckedAt] = useState(() => Date.now());
  const [pollError, setPollError] = useState<string | null>(null);
  const phase = sessionPhase(session, new Date(checkedAt));
  const url = windowRatingUrl(window.location.origin, session.token);
  const polling = shouldPoll(phase);
  const id = session.id;

  useEffect(() => {
    if (!polling) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const schedule = () => {
      timer = setTimeout(() => {
        getWindowSession(id, controller.signal).then(
          (next) => {
            failures = 0;
            setSession(next);
            setPollError(null);
            setCheckedAt(Date.now());
            if (shouldPoll(sessionPhase(next, new Date()))) schedule();
          },
          (error: unknown) => {
            if (controller.signal.aborted) return;
            failures += 1;
            setPollError(messageOf(error));
            setCheckedAt(Date.now());
            schedule();
          },
        );
      }, pollDelay(failures));
    };
    schedule();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [id, polling]);

  const qr = useRemote(
    useCallback(() => QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 480 }), [url]),
  );

  return (
    <Card className="ys-window-session" data-testid="window-session" data-phase={phase}>
      {phase === 'rated' ? (
        <Result
          status="success"
          icon={<CheckCircleFilled />}
          title={<span data-testid="window-rated">{t('rate.window.rated')}</span>}
          subTitle={t('rate.window.ratedHint')}
          extra={
            <Button
              type="primary"
              size="large"
              icon={<PlusOutlined />}
              onClick={onNext}
              data-testid="window-next"
            >
              {t('rate.window.next')}
            </Button>
          }
        />
      ) : (
        <>
          {phase === 'expired' ? (
            <Alert
              type="warning"
              showIcon
              message={t('rate.window.expired')}
              description={t('rate.window.expiredHint')}
              className="ys-window-status"
            />
          ) : (
            <div className="ys-window-status is-waiting" data-testid="window-waiting">
              <Spin size="small" />
              <span>{t('rate.window.waiting')}</span>
              <span className="ys-muted">{t('rate.window.waitingHint')}</span>
            </div>
          )}
          {pollError && polling && (
            <Alert
              type="warning"
              showIcon
              message={
                <span className="ys-break">{t('rate.window.pollFailed', { message: pollError })}</span>
              }
              className="ys-window-status"
            />
          )}
          <Row gutter={[24, 16]} align="middle">
            <Col xs={24} md={10} className="ys-window-qr-col">
              {qr.data ? (
                <img
                  src={qr.data}
                  alt={t('rate.window.qrAlt')}
                  className="ys-window-qr"
                  data-testid="window-qr"
                />
              ) : (
                <div className="ys-window-qr is-empty" />
              )}
            </Col>
            <Col xs={24} md={14}>
              <Typography.Paragraph className="ys-window-scan">{t('rate.window.scan')}</Typography.Paragraph>
              <div className="ys-window-label">{t('rate.window.code')}</div>
              <div
                className="ys-window-code ys-code"
                data-testid="window-code"
                aria-describedby="ys-window-code-hint"
              >
                {checkCode(session.token)}
              </div>
              <div id="ys-window-code-hint" className="ys-muted">
                {t('rate.window.codeHint')}
              </div>
              <div className="ys-window-label">{t('rate.window.link')}</div>
              <Typography.Link
                href={url}
                target="_blank"
                rel="noopener"
                className="ys-window-url"
                copyable={{ text: url, tooltips: [t('rate.window.copy'), t('common.copied')] }}
                data-testid="window-url"
              >
                {url}
              </Typography.Link>
              <dl className="ys-window-facts">
                <dt>{t('rate.window.service')}</dt>
                <dd>{session.service}</dd>
                <dt>{t('rate.tablet.hall')}</dt>
                <dd>{session.hallName}</dd>
                <dt>{t('rate.tablet.clerk')}</dt>
                <dd>{session.clerkName}</dd>
              </dl>
              <div className="ys-muted">
                <ClockCircleOutlined />{' '}
                {t('rate.window.expiresAt', { time: formatDateTime(session.expiresAt) })}
              </div>
              <div className="ys-window-buttons">
                <Button
                  type="primary"
                  size="large"
                  icon={<DesktopOutlined />}
                  onClick={() => window.open(url, '_blank', 'noopener')}
                  disabled={phase !== 'waiting'}
                  data-testid="window-open-tablet"
                >
                  {t('rate.window.openTablet')}
                </Button>
                <Button size="large" icon={<PlusOutlined />} onClick={onNext} data-testid="window-next">
                  {t('rate.window.next')}
                </Button>
              </div>
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
