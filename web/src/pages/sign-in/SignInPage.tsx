import { LockOutlined, LoginOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { startTransition, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { getOidcConfig, oidcLoginUrl, signIn, type SignInBody } from '../../api/auth.ts';
import { isApiError } from '../../api/client.ts';
import { useRemote } from '../../api/useRemote.ts';
import { safeNext } from '../../app/paths.ts';
import { useSession } from '../../app/session.tsx';

interface Failure {
  title: string;
  detail?: string;
}

/** Chinese-first sign-in: username and password, or the city's single sign-on when configured. */
export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { user, accept } = useSession();
  const [form] = Form.useForm<SignInBody>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';
  const ssoError = params.get('error');
  const oidc = useRemote(useCallback((signal: AbortSignal) => getOidcConfig(signal), []));

  if (user) return <Navigate to={next} replace />;

  const describe = (error: unknown): Failure => {
    if (!isApiError(error)) return { title: t('signIn.failed'), detail: String(error) };
    // The server's detail is already in the user's language and says the specifics (e.g. when a lock ends).
    const detail = error.detail && error.detail !== error.title ? error.detail : undefined;
    if (error.status === 429 || error.code === 'RATE_LIMITED') return { title: t('signIn.tooMany'), detail: error.userMessage };
    if (error.code === 'ACCOUNT_LOCKED' || error.status === 423) return { title: t('signIn.locked'), detail: error.userMessage };
    if (error.code === 'ACCOUNT_DISABLED') return { title: t('signIn.disabled'), detail };
    if (error.code === 'INVALID_CREDENTIALS' || error.status === 401) return { title: t('signIn.invalid'), detail };
    if (error.code === 'VALIDATION_FAILED') return { title: t('signIn.failed'), detail: error.errors.map((e) => e.message).join('；') || error.userMessage };
    return { title: t('signIn.failed'), detail: error.userMessage };
  };

  const submit = async (values: SignInBody) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const reply = await signIn({ username: values.username.trim(), password: values.password });
      // One transition for both, so the shell never shows around the sign-in address: the router
      // commits its navigations in transitions, and the session would otherwise render first.
      startTransition(() => {
        accept(reply);
        void navigate(next, { replace: true });
      });
    } catch (error) {
      setFailure(describe(error));
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  const sso = oidc.data?.enabled ? oidc.data : null;

  return (
    <div className="ys-auth-page">
      <Card className="ys-auth-card" data-testid="sign-in">
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0, marginBottom: 4 }}>
          {t('signIn.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>

        {ssoError && !failure && (
          <Alert
            type="error"
            showIcon
            message={ssoError === 'oidc_unknown_user' ? t('signIn.ssoUnknownUser') : t('signIn.ssoFailed')}
            style={{ marginBottom: 16 }}
            data-testid="sign-in-sso-error"
          />
        )}
        {expired && !failure && (
          <Alert type="warning" showIcon message={t('signIn.expired')} style={{ marginBottom: 16 }} data-testid="sign-in-expired" />
        )}
        {failure && (
          <Alert
            type="error"
            showIcon
            message={failure.title}
            description={failure.detail}
            style={{ marginBottom: 16 }}
            data-testid="sign-in-error"
            role="alert"
          />
        )}

        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false} size="large">
          <Form.Item name="username" label={t('signIn.username')} rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus data-testid="username" />
          </Form.Item>
          <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} icon={<LoginOutlined />} data-testid="sign-in-submit">
            {t('signIn.submit')}
          </Button>
        </Form>

        {sso && (
          <>
            <Divider plain style={{ margin: '20px 0 12px' }}>
              {t('signIn.or')}
            </Divider>
            <Button block size="large" icon={<SafetyCertificateOutlined />} href={oidcLoginUrl(next)} data-testid="sign-in-sso">
              {sso.label || t('signIn.sso')}
            </Button>
          </>
        )}
        <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0', fontSize: 12 }}>
          {t('signIn.help')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
