import {
  CheckCircleFilled,
  ClockCircleFilled,
  CloseCircleFilled,
  QuestionCircleFilled,
  SearchOutlined,
  WarningFilled,
} from '@ant-design/icons';
import { Button, Card, Form, Input, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { verifyLicence, type Verification } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import '../registry.css';
import { codeFromInput, failureOf, plausibleCode, resultView, type VerifyFailure } from './result.ts';

const icons = {
  valid: CheckCircleFilled,
  expired: ClockCircleFilled,
  revoked: CloseCircleFilled,
  tampered: WarningFilled,
} as const;

/**
 * 证照核验 (public, no sign-in): anyone holding a licence or its QR code checks it here. One big
 * answer first — valid, expired, revoked, or tampered — then the facts to compare with the paper.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code: raw } = useParams();
  const code = raw ? codeFromInput(raw) : '';

  return (
    <div className="ys-verify" data-testid="verify-page">
      <Typography.Title level={1} className="ys-verify-title">
        {t('registry.verify.title')}
      </Typography.Title>
      {code ? (
        <VerifyResult key={`result-${code}`} code={code} />
      ) : (
        <Typography.Paragraph type="secondary">{t('registry.verify.intro')}</Typography.Paragraph>
      )}
      <CodeForm key={`form-${code}`} initial={code} again={Boolean(code)} />
    </div>
  );
}

function CodeForm({ initial, again }: { initial: string; again: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const submit = ({ code }: { code?: string }) => {
    const next = codeFromInput(code ?? '');
    if (!plausibleCode(next)) {
      setError(t('registry.verify.badInput'));
      return;
    }
    setError(null);
    void navigate(`/verify/${encodeURIComponent(next)}`);
  };
  return (
    <Card
      size="small"
      className="ys-verify-form"
      title={again ? t('registry.verify.checkAnother') : t('registry.verify.enterCode')}
    >
      <Form
        layout="vertical"
        onFinish={submit}
        initialValues={{ code: again ? '' : initial }}
        data-testid="verify-form"
      >
        <Form.Item
          name="code"
          label={t('registry.verify.codeLabel')}
          validateStatus={error ? 'error' : undefined}
          help={error ?? t('registry.verify.codeHelp')}
          style={{ marginBottom: 16 }}
        >
          <Input
            size="large"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={200}
            className="ys-code"
            data-testid="verify-input"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          icon={<SearchOutlined />}
          style={{ marginTop: 12 }}
          data-testid="verify-submit"
        >
          {t('registry.verify.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function VerifyResult({ code }: { code: string }) {
  const check = useRemote(useCallback((signal: AbortSignal) => verifyLicence(code, signal), [code]));

  if (check.loading && !check.data) {
    return (
      <Card className="ys-verify-card">
        <Skeleton active paragraph={{ rows: 4 }} />
      </Card>
    );
  }
  if (check.error)
    return <VerifyFailed failure={failureOf(check.error)} code={code} onRetry={check.reload} />;
  if (!check.data) return null;
  return <VerifiedLicence verification={check.data} />;
}

function VerifiedLicence({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const view = resultView(verification.result);
  const Icon =
    (icons as Record<string, typeof CheckCircleFilled | undefined>)[verification.result] ??
    QuestionCircleFilled;
  const rows: [string, string][] = [
    [t('registry.licence.fields.type'), verification.typeName],
    [t('registry.licence.fields.number'), verification.number],
    [t('registry.licence.fields.holder'), verification.holderName],
    [t('registry.verify.holderCode'), verification.holderCode],
    [t('registry.licence.fields.issuingDepartment'), verification.issuingDepartmentName ? label(verification.issuingDepartmentName) : '—'],
    [t('registry.licence.fields.issuedOn'), verification.issuedOn],
    [t('registry.licence.fields.validTo'), verification.validTo ?? t('registry.licence.noEnd')],
    [t('registry.licence.fields.verificationCode'), verification.code],
  ];
  return (
    <section aria-live="polite" data-testid="verify-result" data-result={verification.result}>
      <div
        className={`ys-verify-banner is-${view.tone}`}
        style={{ background: view.background, color: view.color }}
        role="status"
      >
        <Icon className="ys-verify-icon" aria-hidden />
        <div style={{ minWidth: 0 }}>
          <div className="ys-verify-word" data-testid="verify-word">
            {t(view.title)}
          </div>
          <div className="ys-verify-hint">{t(view.hint)}</div>
        </div>
      </div>
      <Card size="small" className="ys-verify-card">
        <dl className="ys-verify-facts">
          {rows.map(([label, value]) => (
            <div key={label} className="ys-verify-fact">
              <dt>{label}</dt>
              <dd className="ys-break">{value}</dd>
            </div>
          ))}
        </dl>
        <div className="ys-verify-time" data-testid="verify-time">
          {t('registry.verify.checkedAt', { at: formatDateTime(verification.checkedAt, true) })}
        </div>
      </Card>
    </section>
  );
}

function VerifyFailed({
  failure,
  code,
  onRetry,
}: {
  failure: VerifyFailure;
  code: string;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const unavailable = failure === 'unavailable';
  return (
    <section aria-live="polite" data-testid="verify-result" data-result={failure}>
      <div className={`ys-verify-banner ${unavailable ? 'is-neutral' : 'is-danger'}`} role="status">
        {unavailable ? (
          <QuestionCircleFilled className="ys-verify-icon" aria-hidden />
        ) : (
          <CloseCircleFilled className="ys-verify-icon" aria-hidden />
        )}
        <div style={{ minWidth: 0 }}>
          <div className="ys-verify-word" data-testid="verify-word">
            {t(`registry.verify.failures.${failure}`)}
          </div>
          <div className="ys-verify-hint ys-break">
            {t(`registry.verify.failureHints.${failure}`, { code })}
          </div>
        </div>
      </div>
      {unavailable && (
        <Button onClick={onRetry} block size="large" style={{ marginTop: 12 }}>
          {t('common.retry')}
        </Button>
      )}
    </section>
  );
}
